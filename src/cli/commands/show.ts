import type { Command } from 'commander';
import type { AnalysedDocument } from '../../core/types.js';
import type { Ledger } from '../../store/index.js';
import {
  addJsonOption, CliError, dbOption, markSpans, printJson, useColour, withExistingLedger, type Mark,
} from '../support.js';

export function registerShow(program: Command): void {
  addJsonOption(program.command('show')
    .description('print a document with its excluded ranges and dates marked')
    .argument('<doc>', 'document id, id prefix or name')
    .addOption(dbOption()))
    .action((ref: string, options: { db: string; json?: boolean }) => withExistingLedger(options.db, (ledger) => {
      const doc = findDocument(ledger, ref);
      if (options.json) printJson(doc);
      else process.stdout.write(renderDocument(doc, useColour(process.stdout)));
    }));
}

export function findDocument(ledger: Ledger, ref: string): AnalysedDocument {
  const doc = ledger.document(ref);
  if (!doc) throw new CliError(`no document matches "${ref}" (see \`claimtrail docs\`)`);
  return doc;
}

/** A header line, then the text with boilerplate dimmed (or bracketed) and dates tagged with their value. */
function renderDocument(doc: AnalysedDocument, colour: boolean): string {
  const { meta } = doc;
  const header = `${meta.title ?? doc.name}\n${doc.id}  ${doc.name}  ${meta.language}  ${meta.published ?? 'undated'}` +
    `${meta.url ? `  ${meta.url}` : ''}\n\n`;
  const excluded: Mark[] = doc.excluded.map(({ start, end, kind }) => colour
    ? { start, end, open: '\x1b[2m', close: '\x1b[22m' }
    : { start, end, open: `[-excluded: ${kind}-]`, close: '[-]' });
  const dates: Mark[] = doc.dates.map(({ start, end, value }) => colour
    ? { start, end, open: '\x1b[4m', close: `\x1b[24m\x1b[36m{${value}}\x1b[39m` }
    : { start, end, open: '[', close: `]{${value}}` });
  const body = markSpans(doc.text, [...excluded, ...dates]);
  return `${header}${body}${body.endsWith('\n') ? '' : '\n'}`;
}
