import type { Command } from 'commander';
import type { LedgerClaim } from '../../core/types.js';
import {
  buildTimeline, groupPropositions, timelineByActor, type TimelineEntry, type TimelineLane,
} from '../../analyse/index.js';
import { addJsonOption, dbOption, formatTable, printJson, UsageError, withExistingLedger } from '../support.js';

interface TimelineOptions {
  db: string;
  json?: boolean;
  about?: string;
  byActor?: boolean;
}

export function registerTimeline(program: Command): void {
  addJsonOption(program.command('timeline')
    .description('claims in the order they were said (stances: ● asserts ✕ denies ○ no evidence ◆ admits ? speculates ↩ retracts)')
    .argument('[proposition]', 'a proposition id, e.g. supply:iran>russia:drones; a broader item '
      + '(supply:iran>russia:weapons) takes in narrower ones, and supply:iran>russia takes every item')
    .option('--about <text>', 'claim text, participants or item contain every word of this')
    .option('--by-actor', 'one lane per affiliation (or speaker, when unaffiliated)')
    .addOption(dbOption()))
    .action((proposition: string | undefined, options: TimelineOptions) => withExistingLedger(options.db, (ledger) => {
      const claims = ledger.claims({ about: options.about });
      const entries = buildTimeline(claims, { proposition });
      if (proposition && entries.length === 0) throw new UsageError(unknownProposition(proposition, claims));
      const lanes = options.byActor ? timelineByActor(entries) : null;
      if (options.json) printJson(lanes ?? entries);
      else if (lanes) process.stdout.write(`${lanes.map(formatLane).join('\n\n')}\n`);
      else process.stdout.write(`${formatEntries(entries, true)}\n`);
    }));
}

function unknownProposition(id: string, claims: readonly LedgerClaim[]): string {
  const known = groupPropositions(claims).slice(0, 5).map((record) => record.id);
  return `no claims about "${id}"` + (known.length > 0 ? ` (known propositions include: ${known.join(', ')})` : '');
}

function formatLane(lane: TimelineLane): string {
  return `${lane.party} (${lane.entries.length})\n${formatEntries(lane.entries, false)}`;
}

function formatEntries(entries: readonly TimelineEntry[], withParty: boolean): string {
  if (entries.length === 0) return 'No claims.';
  const headers = ['WHEN', 'STANCE', ...(withParty ? ['PARTY'] : []), 'SPEAKER', 'PROPOSITION', 'MODE', 'DOC', 'EVIDENCE'];
  const rows = entries.map((entry) => [
    entry.whenLabel,
    `${entry.symbol} ${entry.stance}`,
    ...(withParty ? [entry.party] : []),
    entry.speaker,
    entry.proposition?.label ?? '-',
    entry.mode ?? '-',
    entry.source.name,
    entry.excerpt,
  ]);
  const widths = [22, 13, ...(withParty ? [16] : []), 26, 44, 8, 24, 80];
  return formatTable(headers, rows, widths);
}
