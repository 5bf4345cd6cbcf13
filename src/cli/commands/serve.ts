import { InvalidArgumentError, type Command } from 'commander';
import { openLedger } from '../../store/index.js';
import { startServer } from '../../server/start.js';
import { dbOption } from '../support.js';

const DEFAULT_PORT = 4730;

interface ServeOptions {
  db: string;
  port: number;
  host: string;
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('browse the ledger in a local web app (propositions, timelines, documents, ingestion)')
    .addOption(dbOption('ledger file (created if missing)'))
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on; anything but loopback exposes the ledger to the network', '127.0.0.1')
    .action(async (options: ServeOptions) => {
      const ledger = openLedger(options.db);
      const server = await startServer({ ledger, host: options.host, port: options.port }).catch((error: unknown) => {
        ledger.close();
        throw error;
      });
      const documents = ledger.documents().length;
      process.stdout.write(`claimtrail: serving ${options.db} (${documents} document${documents === 1 ? '' : 's'}) at ${server.url}\n`);
      process.stdout.write('Press Ctrl+C to stop.\n');
      const stop = () => {
        server.close().finally(() => ledger.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return port;
}
