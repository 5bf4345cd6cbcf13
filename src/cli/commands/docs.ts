import type { Command } from 'commander';
import type { DocumentSummary } from '../../core/types.js';
import { addJsonOption, dbOption, formatTable, printJson, withExistingLedger } from '../support.js';

export function registerDocs(program: Command): void {
  addJsonOption(program.command('docs')
    .description('list the documents in the ledger')
    .addOption(dbOption()))
    .action((options: { db: string; json?: boolean }) => withExistingLedger(options.db, (ledger) => {
      const documents = ledger.documents();
      if (options.json) printJson(documents);
      else printDocuments(documents);
    }));
}

export function printDocuments(documents: DocumentSummary[]): void {
  if (documents.length === 0) {
    process.stdout.write('No documents.\n');
    return;
  }
  const rows = documents.map((doc) => [
    doc.id.slice(0, 12), doc.language, doc.published ?? '-', String(doc.claims), doc.title ?? doc.name,
  ]);
  process.stdout.write(`${formatTable(['ID', 'LANG', 'DATE', 'CLAIMS', 'TITLE'], rows, [12, 4, 10, 6, 80])}\n`);
}
