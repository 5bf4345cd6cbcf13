/**
 * Claims in the order they were said, each with who said it, how (stance symbol), and where the
 * evidence is. Ordering rules are documented in chronology.ts.
 */
import type { LedgerClaim, PropositionMode, Stance } from '../core/types.js';
import { claimWhen, formatWhen, sortChronologically, type ClaimWhen } from './chronology.js';
import { claimMatchesProposition, partyOf, propositionId, propositionLabel } from './propositions.js';

/**
 * One symbol per stance, readable in a terminal: filled for commitments (asserts ●, admits ◆),
 * hollow for absence of evidence (○), a cross for denial (✕), a question mark for speculation,
 * a return arrow for retraction (↩).
 */
export const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = {
  asserts: '●',
  denies: '✕',
  no_evidence: '○',
  admits: '◆',
  speculates: '?',
  retracts: '↩',
};

export interface TimelineEntry {
  claimId: string;
  when: ClaimWhen;
  /** `2022-07-19`, `before 2022-07`, `2022-07 (published)` or `undated`. */
  whenLabel: string;
  speaker: string;
  affiliation: string | null;
  /** Affiliation, else speaker: the lane the entry goes in with `--by-actor`. */
  party: string;
  stance: Stance;
  symbol: string;
  mode: PropositionMode | null;
  proposition: { id: string; label: string } | null;
  /** The evidence span with its white space collapsed. */
  excerpt: string;
  source: { docId: string; name: string; title: string | null; start: number; end: number };
}

export interface TimelineOptions {
  /** Keep only claims of this proposition id, at its level or a finer one (see claimMatchesProposition). */
  proposition?: string;
}

const SPACES = /\s+/g;

export function buildTimeline(claims: readonly LedgerClaim[], options: TimelineOptions = {}): TimelineEntry[] {
  const { proposition } = options;
  const selected = proposition ? claims.filter((claim) => claimMatchesProposition(claim, proposition)) : claims;
  return sortChronologically(selected).map(toEntry);
}

function toEntry(claim: LedgerClaim): TimelineEntry {
  const when = claimWhen(claim);
  return {
    claimId: claim.id,
    when,
    whenLabel: formatWhen(when),
    speaker: claim.speaker.name,
    affiliation: claim.speaker.affiliation,
    party: partyOf(claim),
    stance: claim.stance,
    symbol: STANCE_SYMBOLS[claim.stance],
    mode: claim.proposition?.mode ?? null,
    proposition: claim.proposition
      ? { id: propositionId(claim.proposition), label: propositionLabel(claim.proposition) }
      : null,
    excerpt: claim.text.replace(SPACES, ' ').trim(),
    source: { docId: claim.doc.id, name: claim.doc.name, title: claim.doc.title, start: claim.start, end: claim.end },
  };
}

export interface TimelineLane {
  party: string;
  entries: TimelineEntry[];
}

/** One lane per party (affiliation, else speaker), lanes in order of their first entry. */
export function timelineByActor(entries: readonly TimelineEntry[]): TimelineLane[] {
  const lanes = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const lane = lanes.get(entry.party);
    if (lane) lane.push(entry);
    else lanes.set(entry.party, [entry]);
  }
  return [...lanes.entries()].map(([party, laneEntries]) => ({ party, entries: laneEntries }));
}
