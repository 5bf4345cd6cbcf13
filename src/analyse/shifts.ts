/**
 * Shifts: how positions on a proposition moved, each event with the claims that support it.
 *
 * Claims about the same type and participants are compared across items through the item
 * hierarchy, using what each stance implies: asserting "drones" implies asserting "weapons", and
 * denying (or seeing no evidence of) "weapons" implies the same for "drones". So a positive claim
 * on item P and a negative one on item N conflict when N covers P, and the event is reported at
 * N's level, the finest level where both claims are visible. Siblings (drones, ballistic missiles)
 * never conflict.
 *
 * - walk-back: a party (affiliation, else speaker) asserted, then a later statement of it only has
 *   no_evidence, speculates or retracts on a covering item;
 * - reassertion: after a walk-back, the party asserts again;
 * - reversal: a party denied and later admits, or admitted and later denies;
 * - contradiction: two parties hold opposite stances (asserts/admits vs denies/no_evidence) in
 *   overlapping periods (months; `periodMonths` widens the window);
 * - corroboration: the accused party (the proposition's actor) admits what another party
 *   asserted, or two parties other than the accused assert the same thing.
 *
 * A party's claims are read statement by statement (one speaker, one document, one date, see
 * statementKey): a statement that admits one part and denies another ("drones before the war, but
 * not since") still completes a reversal from an earlier denial, and is not itself a reversal;
 * a statement that both asserts and speculates is not a walk-back. Author claims (the outlet's own
 * voice) and claims by unidentified speakers are left out: neither is a party with a position.
 */
import type { Item, LedgerClaim, SpeakerType, Stance } from '../core/types.js';
import { claimPeriod, claimWhen, formatWhen, monthLabel, sortChronologically } from './chronology.js';
import { itemAncestors, itemCovers, itemsRelated } from './items.js';
import {
  canonicalParticipant, groupStatements, hasProposition, partyOf, propositionId, propositionLabel, slug,
  statementKey, subjectId, unique, type PropositionClaim,
} from './propositions.js';

export type ShiftKind = 'walk-back' | 'reassertion' | 'reversal' | 'contradiction' | 'corroboration';
export const SHIFT_KINDS: readonly ShiftKind[] = ['walk-back', 'reassertion', 'reversal', 'contradiction', 'corroboration'];

export interface Shift {
  kind: ShiftKind;
  /** The proposition at the level where all supporting claims are visible. */
  proposition: { id: string; label: string };
  parties: string[];
  /** Walk-backs, reassertions and reversals: the party's stance before and after. */
  from: Stance | null;
  to: Stance | null;
  /** When it happened: the date of the claim that completes it, or the shared month of a contradiction. */
  date: string;
  summary: string;
  /** Supporting claims, in chronological order. */
  claims: PropositionClaim[];
}

export interface ShiftOptions {
  /** Contradictions: how many months apart the two claims' periods may be. Default 0 (overlapping). */
  periodMonths?: number;
}

const POSITIVE: ReadonlySet<Stance> = new Set(['asserts', 'admits']);
const NEGATIVE: ReadonlySet<Stance> = new Set(['denies', 'no_evidence']);
const WEAKENING: ReadonlySet<Stance> = new Set(['no_evidence', 'speculates', 'retracts']);
const NOT_A_PARTY: ReadonlySet<SpeakerType> = new Set(['author', 'unknown']);

/** Detects every shift in the claims, ordered by when it happened. */
export function detectShifts(claims: readonly LedgerClaim[], options: ShiftOptions = {}): Shift[] {
  const sorted = sortChronologically(claims).filter((claim): claim is PropositionClaim =>
    hasProposition(claim) && !NOT_A_PARTY.has(claim.speaker.type));
  const order = new Map(sorted.map((claim, index) => [claim.id, index]));
  const collector = new ShiftCollector(order);
  for (const subjectClaims of groupBy(sorted, (claim) => subjectId(claim.proposition)).values()) {
    for (const partyClaims of groupBy(subjectClaims, partyOf).values()) detectPartyShifts(partyClaims, collector);
    detectContradictions(subjectClaims, options.periodMonths ?? 0, collector);
    detectAdmissions(subjectClaims, collector);
    detectIndependentAssertions(subjectClaims, collector);
  }
  return collector.shifts();
}

// ---------------------------------------------------------------- one party over time

interface PartyState {
  /** Assertions not yet walked back. */
  asserted: PropositionClaim[];
  /** Weakening claims of walk-backs not yet followed by a new assertion. */
  walkedBack: PropositionClaim[];
  /** Denials and admissions not yet reversed. */
  denied: PropositionClaim[];
  admitted: PropositionClaim[];
}

function detectPartyShifts(claims: PropositionClaim[], collector: ShiftCollector): void {
  const state: PartyState = { asserted: [], walkedBack: [], denied: [], admitted: [] };
  for (const statement of groupStatements(claims)) {
    detectWalkBacks(statement, state, collector);
    detectReassertions(statement, state, collector);
    detectReversals(statement, state, collector);
  }
}

function detectWalkBacks(statement: PropositionClaim[], state: PartyState, collector: ShiftCollector): void {
  const weakenings = statement.filter((claim) => WEAKENING.has(claim.stance) && !hedged(statement, claim, POSITIVE));
  for (const weakening of weakenings) {
    const walkedBack = take(state.asserted, (assertion) => itemCovers(itemOf(weakening), itemOf(assertion)));
    if (walkedBack.length === 0) continue;
    state.walkedBack.push(weakening);
    const party = partyOf(weakening);
    collector.add('walk-back', weakening, itemOf(weakening), [party], [...walkedBack, weakening], {
      from: 'asserts', to: weakening.stance, summary: `${party} walked back: asserts → ${weakening.stance}`,
    });
  }
}

function detectReassertions(statement: PropositionClaim[], state: PartyState, collector: ShiftCollector): void {
  for (const assertion of statement.filter((claim) => claim.stance === 'asserts')) {
    const walkBacks = take(state.walkedBack, (weakening) => itemCovers(itemOf(weakening), itemOf(assertion)));
    state.asserted.push(assertion);
    if (walkBacks.length === 0) continue;
    const party = partyOf(assertion);
    const from = walkBacks.at(-1)!.stance;
    collector.add('reassertion', assertion, coarsestItem(walkBacks), [party], [...walkBacks, assertion], {
      from, to: 'asserts', summary: `${party} asserts again after walking back (${from} → asserts)`,
    });
  }
}

function detectReversals(statement: PropositionClaim[], state: PartyState, collector: ShiftCollector): void {
  const admissions = statement.filter((claim) => claim.stance === 'admits');
  for (const admission of admissions) {
    const denials = take(state.denied, (denial) => itemCovers(itemOf(denial), itemOf(admission)));
    if (denials.length === 0) continue;
    const party = partyOf(admission);
    collector.add('reversal', admission, coarsestItem(denials), [party], [...denials, admission], {
      from: 'denies', to: 'admits', summary: `${party} reversed: denies → admits`,
    });
  }
  // A denial said together with a related admission is a partial admission, not a new denial.
  const denials = statement.filter((claim) => claim.stance === 'denies' && !hedged(statement, claim, ADMITS));
  for (const denial of denials) {
    const admitted = take(state.admitted, (admission) => itemCovers(itemOf(denial), itemOf(admission)));
    if (admitted.length === 0) continue;
    const party = partyOf(denial);
    collector.add('reversal', denial, itemOf(denial), [party], [...admitted, denial], {
      from: 'admits', to: 'denies', summary: `${party} reversed: admits → denies`,
    });
  }
  state.admitted.push(...admissions);
  state.denied.push(...denials);
}

const ADMITS: ReadonlySet<Stance> = new Set(['admits']);

/** True when the same statement also takes one of `stances` on a related item. */
function hedged(statement: readonly PropositionClaim[], claim: PropositionClaim, stances: ReadonlySet<Stance>): boolean {
  return statement.some((other) => stances.has(other.stance) && itemsRelated(itemOf(other), itemOf(claim)));
}

// ---------------------------------------------------------------- parties against each other

function detectContradictions(claims: PropositionClaim[], periodMonths: number, collector: ShiftCollector): void {
  const negativesByMonth = new Map<number, PropositionClaim[]>();
  const negatives = claims.filter((claim) => NEGATIVE.has(claim.stance));
  for (const claim of negatives) {
    const period = claimPeriod(claim);
    if (!period) continue;
    for (let month = period.from; month <= period.to; month++) push(negativesByMonth, month, claim);
  }
  for (const positive of claims) {
    if (!POSITIVE.has(positive.stance)) continue;
    const period = claimPeriod(positive);
    // A claim from an undated article may have been made at any time: it can contradict any dated
    // claim, and the undated claims of its own article, but two undated articles cannot be compared.
    const undated = (negative: PropositionClaim) => !claimPeriod(negative);
    const opposed = period ? [] : negatives.filter((negative) => !undated(negative) || negative.doc.id === positive.doc.id);
    if (period) {
      for (let month = period.from - periodMonths; month <= period.to + periodMonths; month++) opposed.push(...(negativesByMonth.get(month) ?? []));
      opposed.push(...negatives.filter(undated));
    }
    const seen = new Set<string>();
    for (const negative of opposed) {
      if (seen.has(negative.id)) continue;
      seen.add(negative.id);
      if (partyOf(negative) === partyOf(positive) || !itemCovers(itemOf(negative), itemOf(positive))) continue;
      addContradiction(positive, negative, collector);
    }
  }
}

function addContradiction(positive: PropositionClaim, negative: PropositionClaim, collector: ShiftCollector): void {
  const later = collector.isLater(positive, negative) ? positive : negative;
  const periods = [claimPeriod(positive), claimPeriod(negative)].filter((p) => p !== null);
  const month = periods.length ? monthLabel(Math.max(...periods.map((p) => p.from))) : 'undated';
  const when = periods.length === 2 ? month : periods.length === 1 ? `${month}, one side undated` : 'both undated';
  const parties = [partyOf(positive), partyOf(negative)];
  collector.add('contradiction', later, itemOf(negative), parties, [positive, negative], {
    from: null, to: null, date: periods.length ? month : undefined, group: month,
    summary: (claims) => `${parties[0]} ${stancesOf(claims, parties[0])} vs ${parties[1]} ${stancesOf(claims, parties[1])} (${when})`,
  });
}

function detectAdmissions(claims: PropositionClaim[], collector: ShiftCollector): void {
  claims.forEach((admission, index) => {
    if (admission.stance !== 'admits' || !isAccused(admission)) return;
    const party = partyOf(admission);
    const latestByParty = new Map<string, PropositionClaim>();
    for (const claim of claims.slice(0, index)) {
      if (claim.stance === 'asserts' && partyOf(claim) !== party && itemCovers(itemOf(claim), itemOf(admission))) {
        latestByParty.set(partyOf(claim), claim);
      }
    }
    if (latestByParty.size === 0) return;
    const assertions = [...latestByParty.values()];
    const others = [...latestByParty.keys()];
    collector.add('corroboration', admission, coarsestItem(assertions), [party, ...others], [...assertions, admission], {
      from: null, to: null, summary: `${party} admits what ${others.join(', ')} asserted`,
    });
  });
}

/**
 * Two parties other than the accused asserting the same thing, reported at the finest level
 * where they agree (drones), not again at broader levels for the same parties (weapons).
 */
function detectIndependentAssertions(claims: PropositionClaim[], collector: ShiftCollector): void {
  const assertions = claims.filter((claim) => claim.stance === 'asserts' && !isAccused(claim));
  const levels = unique(assertions.map(itemOf)).sort((a, b) => itemAncestors(b).length - itemAncestors(a).length);
  const reported: { level: Item; parties: string }[] = [];
  for (const level of levels) {
    const firstByParty = new Map<string, PropositionClaim>();
    for (const assertion of assertions) {
      if (itemCovers(level, itemOf(assertion)) && !firstByParty.has(partyOf(assertion))) {
        firstByParty.set(partyOf(assertion), assertion);
      }
    }
    if (firstByParty.size < 2) continue;
    const parties = [...firstByParty.keys()];
    const partySet = [...parties].sort().join('|');
    if (reported.some((done) => done.parties === partySet && itemCovers(level, done.level))) continue;
    reported.push({ level, parties: partySet });
    const firsts = [...firstByParty.values()];
    collector.add('corroboration', firsts[1], level, parties, firsts, {
      from: null, to: null, summary: `asserted independently by ${parties.join(', ')}`,
    });
  }
}

/** The accused: the proposition's actor (either participant of a joint production). */
function isAccused(claim: PropositionClaim): boolean {
  const party = slug(partyOf(claim));
  const { type, actor, recipient } = claim.proposition;
  return party === slug(canonicalParticipant(actor)) || (type === 'produce' && party === slug(canonicalParticipant(recipient)));
}

// ---------------------------------------------------------------- building the events

interface ShiftDetails {
  from: Stance | null;
  to: Stance | null;
  summary: string | ((claims: PropositionClaim[]) => string);
  /** Date shown instead of the completing claim's date. */
  date?: string;
  /** Extra grouping key: events of the same kind, level, parties and group merge. */
  group?: string;
}

interface Draft {
  kind: ShiftKind;
  at: PropositionClaim;
  level: Item;
  parties: string[];
  claims: Map<string, PropositionClaim>;
  details: ShiftDetails;
}

/** Collects events, merging those completed by the same statement at the same level. */
class ShiftCollector {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly order: ReadonlyMap<string, number>) {}

  isLater(a: LedgerClaim, b: LedgerClaim): boolean {
    return this.order.get(a.id)! > this.order.get(b.id)!;
  }

  add(kind: ShiftKind, at: PropositionClaim, level: Item, parties: string[], claims: PropositionClaim[], details: ShiftDetails): void {
    const key = [kind, propositionId(at.proposition, level), parties.join('|'), details.group ?? statementKey(at)].join('#');
    const draft = this.drafts.get(key);
    if (!draft) {
      this.drafts.set(key, { kind, at, level, parties, claims: new Map(claims.map((claim) => [claim.id, claim])), details });
      return;
    }
    for (const claim of claims) draft.claims.set(claim.id, claim);
    if (this.isLater(draft.at, at)) draft.at = at;
  }

  shifts(): Shift[] {
    return [...this.drafts.values()]
      .sort((a, b) => this.order.get(a.at.id)! - this.order.get(b.at.id)! || SHIFT_KINDS.indexOf(a.kind) - SHIFT_KINDS.indexOf(b.kind))
      .map((draft) => this.finish(draft));
  }

  private finish(draft: Draft): Shift {
    const claims = [...draft.claims.values()].sort((a, b) => this.order.get(a.id)! - this.order.get(b.id)!);
    const { from, to, summary, date } = draft.details;
    return {
      kind: draft.kind,
      proposition: {
        id: propositionId(draft.at.proposition, draft.level),
        label: propositionLabel(draft.at.proposition, draft.level),
      },
      parties: draft.parties,
      from,
      to,
      date: date ?? formatWhen(claimWhen(draft.at)),
      summary: typeof summary === 'string' ? summary : summary(claims),
      claims,
    };
  }
}

// ---------------------------------------------------------------- small helpers

function itemOf(claim: PropositionClaim): Item {
  return claim.proposition.item;
}

/** The broadest item among claims whose items lie on one branch. */
function coarsestItem(claims: readonly PropositionClaim[]): Item {
  return claims.map(itemOf).reduce((broadest, item) => (itemCovers(item, broadest) ? item : broadest));
}

function stancesOf(claims: readonly PropositionClaim[], party: string): string {
  return unique(claims.filter((claim) => partyOf(claim) === party).map((claim) => claim.stance)).join('/');
}

/** Removes and returns the elements matching `test`. */
function take<T>(list: T[], test: (value: T) => boolean): T[] {
  const taken = list.filter(test);
  if (taken.length > 0) list.splice(0, list.length, ...list.filter((value) => !test(value)));
  return taken;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<K, V>(values: readonly V[], keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) push(groups, keyOf(value), value);
  return groups;
}
