import type { Command } from 'commander';
import { summariseActors, type ActorSummary } from '../../analyse/index.js';
import { addJsonOption, dbOption, formatTable, printJson, withExistingLedger } from '../support.js';

export function registerActors(program: Command): void {
  addJsonOption(program.command('actors')
    .description('speakers with their affiliation, number of claims and the propositions they spoke on')
    .addOption(dbOption()))
    .action((options: { db: string; json?: boolean }) => withExistingLedger(options.db, (ledger) => {
      const actors = summariseActors(ledger.claims());
      if (options.json) printJson(actors);
      else process.stdout.write(`${formatActors(actors)}\n`);
    }));
}

function formatActors(actors: readonly ActorSummary[]): string {
  if (actors.length === 0) return 'No speakers.';
  const rows = actors.map((actor) => [
    actor.name,
    actor.affiliation ?? '-',
    actor.type,
    String(actor.claims),
    Object.entries(actor.stances).map(([stance, count]) => `${stance} ${count}`).join(', '),
    actor.propositions.map((entry) => `${entry.id} (${entry.claims})`).join(', ') || '-',
  ]);
  return formatTable(['SPEAKER', 'AFFILIATION', 'TYPE', 'CLAIMS', 'STANCES', 'PROPOSITIONS'], rows, [30, 16, 12, 6, 40, 90]);
}
