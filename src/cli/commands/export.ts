import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { ITEMS } from '../../core/types.js';
import { buildReport, type ItemLevel, type LedgerReport } from '../../analyse/index.js';
import { claimsToCsv } from '../../export/csv.js';
import { reportToHtml } from '../../export/html.js';
import { reportToJson } from '../../export/json.js';
import { reportToMarkdown } from '../../export/markdown.js';
import { CliError, dbOption, withExistingLedger } from '../support.js';

const FORMATS = {
  json: reportToJson,
  csv: (report: LedgerReport) => claimsToCsv(report.claims),
  md: reportToMarkdown,
  html: reportToHtml,
} as const;
type Format = keyof typeof FORMATS;

interface ExportOptions {
  db: string;
  format: Format;
  out?: string;
  about?: string;
  level: ItemLevel;
}

export function registerExport(program: Command): void {
  program.command('export')
    .description('write propositions, claims and shifts as JSON, CSV (claims), Markdown or self-contained HTML')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(FORMATS)).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--about <text>', 'only claims whose text, participants or item contain every word of this')
    .addOption(new Option('--level <level>', 'group proposition items at this level (e.g. weapons)')
      .choices(['exact', 'top', ...ITEMS]).default('exact'))
    .addOption(dbOption())
    .action((options: ExportOptions) => withExistingLedger(options.db, (ledger) => {
      const report = buildReport(ledger.claims({ about: options.about }), { level: options.level });
      const output = FORMATS[options.format](report);
      if (options.out) writeOutput(options.out, output);
      else process.stdout.write(output);
    }));
}

function writeOutput(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${path}: cannot write the export (${reason})`);
  }
}
