import { InvalidArgumentError, Option, type Command } from 'commander';
import { claimWhen, detectShifts, formatWhen, SHIFT_KINDS, STANCE_SYMBOLS, type Shift, type ShiftKind } from '../../analyse/index.js';
import { shiftRecord } from '../../export/json.js';
import { addJsonOption, dbOption, printJson, truncate, withExistingLedger } from '../support.js';

interface ShiftsOptions {
  db: string;
  json?: boolean;
  about?: string;
  kind?: ShiftKind;
  periodMonths?: number;
}

export function registerShifts(program: Command): void {
  addJsonOption(program.command('shifts')
    .description('walk-backs, reassertions, reversals, contradictions and corroborations, with their claims')
    .addOption(new Option('--kind <kind>', 'only this kind of shift').choices(SHIFT_KINDS))
    .option('--about <text>', 'only claims whose text, participants or item contain every word of this')
    .option('--period-months <n>', 'contradictions: how many months apart two claims may be (default 0)', parseMonths)
    .addOption(dbOption()))
    .action((options: ShiftsOptions) => withExistingLedger(options.db, (ledger) => {
      const shifts = detectShifts(ledger.claims({ about: options.about }), { periodMonths: options.periodMonths })
        .filter((shift) => !options.kind || shift.kind === options.kind);
      if (options.json) printJson(shifts.map(shiftRecord));
      else process.stdout.write(shifts.length > 0 ? `${shifts.map(formatShift).join('\n\n')}\n` : 'No shifts.\n');
    }));
}

function formatShift(shift: Shift): string {
  const evidence = shift.claims.map((claim) => `    ${STANCE_SYMBOLS[claim.stance]} ${formatWhen(claimWhen(claim))}  `
    + `${claim.speaker.name} (${claim.doc.name}): “${truncate(claim.text, 100)}”`);
  return [`${shift.date}  ${shift.kind}  ${shift.proposition.label}`, `  ${shift.summary}`, ...evidence].join('\n');
}

function parseMonths(value: string): number {
  const months = Number(value);
  if (!Number.isInteger(months) || months < 0) throw new InvalidArgumentError('expected a whole number of months (0 or more)');
  return months;
}
