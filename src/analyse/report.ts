/** Everything the analysis says about a set of claims, in one value for exports and the API. */
import type { LedgerClaim } from '../core/types.js';
import { summariseActors, type ActorSummary } from './actors.js';
import { sortChronologically } from './chronology.js';
import { groupPropositions, type GroupOptions, type PropositionRecord } from './propositions.js';
import { detectShifts, type Shift, type ShiftOptions } from './shifts.js';

export interface LedgerReport {
  /** All claims, in chronological order. */
  claims: LedgerClaim[];
  propositions: PropositionRecord[];
  shifts: Shift[];
  actors: ActorSummary[];
}

export type ReportOptions = GroupOptions & ShiftOptions;

export function buildReport(claims: readonly LedgerClaim[], options: ReportOptions = {}): LedgerReport {
  return {
    claims: sortChronologically(claims),
    propositions: groupPropositions(claims, options),
    shifts: detectShifts(claims, options),
    actors: summariseActors(claims),
  };
}
