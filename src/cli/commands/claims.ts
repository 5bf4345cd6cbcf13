import { Option, type Command } from 'commander';
import { STANCES, type ClaimFilter, type LedgerClaim } from '../../core/types.js';
import { addJsonOption, dbOption, formatProposition, formatTable, printJson, withExistingLedger } from '../support.js';

interface ClaimsOptions extends ClaimFilter {
  db: string;
  json?: boolean;
}

export function registerClaims(program: Command): void {
  addJsonOption(program.command('claims')
    .description('list the claims in the ledger, optionally filtered')
    .option('--speaker <name>', 'speaker name or affiliation contains this (accents and case ignored)')
    .addOption(new Option('--stance <stance>', 'only this stance').choices(STANCES))
    .option('--about <text>', 'claim text, participants or item contain every word of this')
    .option('--doc <doc>', 'only this document (id, id prefix or name)')
    .addOption(dbOption()))
    .action(({ db, json, ...filter }: ClaimsOptions) => withExistingLedger(db, (ledger) => {
      const claims = ledger.claims(filter);
      if (json) printJson(claims);
      else printClaims(claims);
    }));
}

export function printClaims(claims: LedgerClaim[]): void {
  if (claims.length === 0) {
    process.stdout.write('No claims.\n');
    return;
  }
  const rows = claims.map((claim) => [
    claim.saidOn ? `${claim.saidOnRelation === 'before' ? '<' : ''}${claim.saidOn}` : '-',
    claim.speaker.name, claim.stance, formatProposition(claim.proposition), claim.doc.name, claim.text,
  ]);
  const headers = ['SAID ON', 'SPEAKER', 'STANCE', 'PROPOSITION', 'DOC', 'CLAIM'];
  process.stdout.write(`${formatTable(headers, rows, [11, 28, 11, 56, 24, 70])}\n`);
}
