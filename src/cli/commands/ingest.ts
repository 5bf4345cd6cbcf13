import { InvalidArgumentError, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { folderFiles } from '../../ingest/index.js';
import { ingest, type IngestReport } from '../../store/index.js';
import { addJsonOption, dbOption, printJson } from '../support.js';

interface IngestOptions {
  db: string;
  json?: boolean;
  maxBytes?: number;
}

export function registerIngest(program: Command): void {
  addJsonOption(program.command('ingest')
    .description('read, analyse and store articles (text, HTML, JSON Lines) in the ledger')
    .argument('<path...>', 'files or folders to read; - reads standard input')
    .option('--max-bytes <n>', 'skip files larger than this', parseByteCount)
    .addOption(dbOption()))
    .action(async (paths: string[], options: IngestOptions) => {
      const progress = await progressBar(paths);
      const report = await ingest(paths, {
        db: options.db, stdin: process.stdin, maxBytes: options.maxBytes,
        onProgress: (result) => progress?.advance(result.name ?? result.file),
      }).finally(() => progress?.stop());
      process.exitCode = printIngestReport(report, options.json);
    });
}

/** One stderr line per failed input, then the counts (or the whole report); returns the exit status. */
export function printIngestReport(report: IngestReport, json = false): number {
  for (const result of report.results) {
    if (result.status === 'failed') reportFailure(result.file, result.error ?? 'failed');
  }
  if (json) printJson(report);
  else process.stdout.write(`${summary(report)}\n`);
  return report.counts.failed > 0 ? 1 : 0;
}

export function reportFailure(file: string, problem: string): void {
  process.stderr.write(`claimtrail: ${file}: ${problem}\n`);
}

function summary({ counts }: IngestReport): string {
  const parts = [`${counts.added} added`, `${counts.unchanged} unchanged`];
  if (counts.updated > 0) parts.push(`${counts.updated} updated`);
  parts.push(`${counts.failed} failed`);
  return parts.join(', ');
}

function parseByteCount(value: string): number {
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return bytes;
}

/**
 * A bar on stderr, only for a person watching several inputs being read. Its unit is the document;
 * the total starts at the number of files and grows when JSON Lines feeds turn out to hold more.
 */
async function progressBar(paths: string[]): Promise<Progress | null> {
  if (!process.stderr.isTTY) return null;
  const files = await countFiles(paths);
  if (files < 2) return null;
  const bar = new SingleBar({
    stream: process.stderr, format: ' {bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true,
  });
  bar.start(files, 0, { label: '' });
  let done = 0;
  return {
    advance(label) {
      done += 1;
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { label });
    },
    stop: () => bar.stop(),
  };
}

interface Progress {
  advance(label: string): void;
  stop(): void;
}

async function countFiles(paths: string[]): Promise<number> {
  let count = 0;
  for (const path of paths) {
    const isFolder = path !== '-' && (await stat(path).catch(() => null))?.isDirectory();
    if (!isFolder) count += 1;
    else for await (const _file of folderFiles(path)) count += 1;
  }
  return count;
}
