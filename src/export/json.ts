/**
 * The analysis as one JSON object: propositions and shifts refer to claims by id, so each claim
 * appears once, in full, in `claims`.
 */
import type { LedgerClaim } from '../core/types.js';
import type { LedgerReport, PropositionRecord, Shift } from '../analyse/index.js';
import { propositionId } from '../analyse/index.js';

export interface ShiftRecord extends Omit<Shift, 'claims'> {
  claimIds: string[];
}

export interface PropositionSummary extends Omit<PropositionRecord, 'claims'> {
  claimIds: string[];
}

export function shiftRecord(shift: Shift): ShiftRecord {
  const { claims, ...rest } = shift;
  return { ...rest, claimIds: claims.map((claim) => claim.id) };
}

export function propositionSummary(record: PropositionRecord): PropositionSummary {
  const { claims, ...rest } = record;
  return { ...rest, claimIds: claims.map((claim) => claim.id) };
}

/** A claim with the id of its (exact-level) proposition, so readers can join without recomputing it. */
export function claimRecord(claim: LedgerClaim): LedgerClaim & { propositionId: string | null } {
  return { ...claim, propositionId: claim.proposition ? propositionId(claim.proposition) : null };
}

export function reportToJson(report: LedgerReport): string {
  const value = {
    propositions: report.propositions.map(propositionSummary),
    claims: report.claims.map(claimRecord),
    shifts: report.shifts.map(shiftRecord),
    actors: report.actors,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
