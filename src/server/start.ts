/** Starts the HTTP server on a ledger: used by `claimtrail serve` and by the browser tests. */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import type { Ledger } from '../store/index.js';
import { createApp } from './app.js';
import { ledgerData } from './data.js';

export interface ServerOptions {
  ledger: Ledger;
  host: string;
  /** 0 picks a free port. */
  port: number;
  webRoot?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/** The built web app: `dist/web` of this package, whether running from dist/ or from src/ (tsx). */
export function defaultWebRoot(): string {
  const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return join(packageRoot, 'dist', 'web');
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const loopback = LOOPBACK_HOSTS.includes(options.host);
  const app = createApp({
    data: ledgerData(options.ledger),
    webRoot: options.webRoot ?? defaultWebRoot(),
    // Only a loopback server knows every name it is reached by; others are exposed on purpose.
    allowedHosts: loopback ? LOOPBACK_HOSTS : undefined,
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    throw new Error(listenError(error as NodeJS.ErrnoException, options));
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
    }),
  };
}

function listenError(error: NodeJS.ErrnoException, { host, port }: ServerOptions): string {
  if (error.code === 'EADDRINUSE') return `port ${port} is already in use on ${host} (choose another with --port)`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `cannot listen on host ${host} (${error.code})`;
  if (error.code === 'EACCES') return `not allowed to listen on port ${port} (choose one above 1024)`;
  return `cannot start the server: ${error.message}`;
}
