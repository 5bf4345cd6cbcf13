import { Option, type Command } from 'commander';
import { extractToContract, type ContractRecord } from '../../export/contract.js';
import { openLedger, type Ledger } from '../../store/index.js';
import { reportFailure } from './ingest.js';

interface ExtractOptions {
  format: 'jsonl' | 'json';
  db?: string;
}

export function registerExtract(program: Command): void {
  program.command('extract')
    .description('analyse files in memory and print their claims in the exchange format (CONTRACT.md)')
    .argument('<path...>', 'files or folders to read; - reads standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--db <path>', 'also store the analysed documents in this ledger')
    .action(async (paths: string[], options: ExtractOptions) => {
      const ledger = options.db === undefined ? null : openLedger(options.db);
      try {
        process.exitCode = await extract(paths, options.format, ledger);
      } finally {
        ledger?.close();
      }
    });
}

/** Writes the records of every readable input; returns the exit status (1 when an input failed). */
async function extract(paths: string[], format: ExtractOptions['format'], ledger: Ledger | null): Promise<number> {
  const collected: ContractRecord[] = [];
  let failed = false;
  for await (const result of extractToContract(paths, { stdin: process.stdin })) {
    if (!result.ok) {
      reportFailure(result.file, result.error);
      failed = true;
      continue;
    }
    ledger?.addDocument(result.doc);
    if (format === 'json') collected.push(...result.records);
    else process.stdout.write(result.records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  }
  ledger?.indexClaims();
  if (format === 'json') process.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  return failed ? 1 : 0;
}
