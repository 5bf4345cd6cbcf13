import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingest } from '../../store/index.js';
import { dbOption, withExistingLedger } from '../support.js';
import { printClaims } from './claims.js';
import { printDocuments } from './docs.js';
import { printIngestReport } from './ingest.js';

/** The invented articles shipped with the package (same place relative to src/ and dist/). */
const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled sample articles, then list their documents and claims')
    .addOption(dbOption())
    .action(async (options: { db: string }) => {
      process.stdout.write(`Ingesting the sample articles in ${SAMPLES} into ${options.db}\n`);
      const report = await ingest([SAMPLES], { db: options.db });
      process.exitCode = printIngestReport(report);
      const sampleIds = new Set(report.results.map((result) => result.id));
      withExistingLedger(options.db, (ledger) => {
        process.stdout.write('\nDocuments\n');
        printDocuments(ledger.documents().filter((doc) => sampleIds.has(doc.id)));
        process.stdout.write('\nClaims\n');
        printClaims(ledger.claims().filter((claim) => sampleIds.has(claim.doc.id)));
      });
      process.stdout.write('\nTry: claimtrail explain <doc>   claimtrail claims --stance denies   claimtrail --help\n');
    });
}
