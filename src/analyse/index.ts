/** Analysis over ledger claims: propositions, timeline, shifts and actors (pure functions). */
export { itemAncestors, itemCovers, itemsRelated, itemAtLevel, type ItemLevel } from './items.js';
export {
  claimWhen, formatWhen, sortChronologically, claimPeriod, monthLabel, type ClaimWhen, type MonthRange,
} from './chronology.js';
export {
  groupPropositions, propositionId, propositionLabel, subjectId, claimMatchesProposition, partyOf, statementKey,
  groupStatements, canonicalParticipant, hasProposition, slug,
  type PropositionRecord, type PropositionClaim, type PartyStance, type GroupOptions,
} from './propositions.js';
export {
  buildTimeline, timelineByActor, STANCE_SYMBOLS, type TimelineEntry, type TimelineLane, type TimelineOptions,
} from './timeline.js';
export { detectShifts, SHIFT_KINDS, type Shift, type ShiftKind, type ShiftOptions } from './shifts.js';
export { summariseActors, type ActorSummary } from './actors.js';
export { buildReport, type LedgerReport, type ReportOptions } from './report.js';
