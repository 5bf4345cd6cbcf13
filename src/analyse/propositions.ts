/**
 * Propositions as first-class records: every claim about the same event (type, participants,
 * item), whatever the document or language, grouped so its history can be read in one place.
 */
import type { Item, LedgerClaim, PartialDate, Proposition, PropositionType, Stance } from '../core/types.js';
import { countryByCode } from '../knowledge/countries.js';
import { tokenize } from '../knowledge/tokens.js';
import { claimWhen, sortChronologically } from './chronology.js';
import { itemAncestors, itemAtLevel, type ItemLevel } from './items.js';

/** A claim that is about a proposition. */
export type PropositionClaim = LedgerClaim & { proposition: Proposition };

export interface PartyStance {
  party: string;
  /** The stances of the party's latest statement (one statement can admit one part and deny another). */
  stances: Stance[];
  /** When that statement was made (said, else published), null when undated. */
  date: PartialDate | null;
  claimIds: string[];
}

export interface PropositionRecord {
  /** Readable and stable: `supply:iran>russia:drones`, `produce:iran+russia:drones`. */
  id: string;
  /** `Iran → Russia: drones (supply)`. */
  label: string;
  type: PropositionType;
  actor: string;
  recipient: string;
  item: Item;
  /** Its claims in chronological order. */
  claims: PropositionClaim[];
  /** Parties (affiliation, else speaker name) in order of their first claim. */
  parties: string[];
  latestStances: PartyStance[];
  /** Earliest and latest date among its claims (said, else published), null when none is dated. */
  first: PartialDate | null;
  last: PartialDate | null;
  languages: string[];
}

// ---------------------------------------------------------------- parties and statements

/** Who a claim speaks for: the speaker's affiliation, else the speaker itself. */
export function partyOf(claim: LedgerClaim): string {
  return claim.speaker.affiliation ?? claim.speaker.name;
}

/**
 * Claims by one speaker, in one document, at one date form one statement: "admitted supplying
 * drones before the war, but not since" is an `admits` and a `denies` said together.
 */
export function statementKey(claim: LedgerClaim): string {
  return [slug(claim.speaker.name), claim.doc.id, claim.saidOn ?? '', claim.saidOnRelation].join('|');
}

/** Groups claims (already in chronological order) into statements, ordered by their first claim. */
export function groupStatements<T extends LedgerClaim>(claims: readonly T[]): T[][] {
  const statements = new Map<string, T[]>();
  for (const claim of claims) {
    const key = statementKey(claim);
    const statement = statements.get(key);
    if (statement) statement.push(claim);
    else statements.set(key, [claim]);
  }
  return [...statements.values()];
}

// ---------------------------------------------------------------- identity

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Participants may be given as ISO 3166 alpha-2 codes; show them as English short names. */
export function canonicalParticipant(name: string): string {
  const trimmed = name.trim();
  return COUNTRY_CODE.test(trimmed) ? countryByCode(trimmed) ?? trimmed : trimmed;
}

const WORD_KEY = /^[\p{L}\p{N}]/u;

/** Lower-case, accent-folded words joined by `-` ("États-Unis" -> "etats-unis"): the comparable form of a name. */
export function slug(text: string): string {
  return tokenize(text).keys.filter((key) => WORD_KEY.test(key)).join('-');
}

/** The participants in key order: as written, except `produce`, whose participants are unordered. */
function orderedParticipants(proposition: Proposition): [string, string] {
  const actor = canonicalParticipant(proposition.actor);
  const recipient = canonicalParticipant(proposition.recipient);
  if (proposition.type === 'produce' && slug(recipient) < slug(actor)) return [recipient, actor];
  return [actor, recipient];
}

/** `supply:iran>russia`: the type and participants, without the item. */
export function subjectId(proposition: Proposition): string {
  const [first, second] = orderedParticipants(proposition);
  const joiner = proposition.type === 'produce' ? '+' : '>';
  return `${proposition.type}:${slug(first)}${joiner}${slug(second)}`;
}

export function propositionId(proposition: Proposition, item: Item = proposition.item): string {
  return `${subjectId(proposition)}:${slug(item)}`;
}

export function propositionLabel(proposition: Proposition, item: Item = proposition.item): string {
  const [first, second] = orderedParticipants(proposition);
  const arrow = proposition.type === 'produce' ? '↔' : '→';
  return `${first} ${arrow} ${second}: ${item} (${proposition.type})`;
}

export function hasProposition(claim: LedgerClaim): claim is PropositionClaim {
  return claim.proposition !== null;
}

/**
 * True when the claim belongs to the proposition `id` at the claim's own item or a broader one
 * (`supply:iran>russia:weapons` takes in drones), or `id` names only the subject (`supply:iran>russia`).
 */
export function claimMatchesProposition(claim: LedgerClaim, id: string): boolean {
  if (!claim.proposition) return false;
  const wanted = id.trim().toLowerCase();
  if (subjectId(claim.proposition) === wanted) return true;
  const items = [claim.proposition.item, ...itemAncestors(claim.proposition.item)];
  return items.some((item) => propositionId(claim.proposition!, item) === wanted);
}

// ---------------------------------------------------------------- grouping

export interface GroupOptions {
  /** View items at this level: `weapons` puts drones and missiles together. Default `exact`. */
  level?: ItemLevel;
}

/** Groups claims into propositions, most-discussed first; claims without a proposition are left out. */
export function groupPropositions(claims: readonly LedgerClaim[], options: GroupOptions = {}): PropositionRecord[] {
  const level = options.level ?? 'exact';
  const groups = new Map<string, { proposition: Proposition; item: Item; claims: PropositionClaim[] }>();
  for (const claim of sortChronologically(claims)) {
    if (!hasProposition(claim)) continue;
    const item = itemAtLevel(claim.proposition.item, level);
    const id = propositionId(claim.proposition, item);
    const group = groups.get(id);
    if (group) group.claims.push(claim);
    else groups.set(id, { proposition: claim.proposition, item, claims: [claim] });
  }
  return [...groups.entries()]
    .map(([id, group]) => buildRecord(id, group.proposition, group.item, group.claims))
    .sort((a, b) => b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1));
}

function buildRecord(id: string, proposition: Proposition, item: Item, claims: PropositionClaim[]): PropositionRecord {
  const [actor, recipient] = orderedParticipants(proposition);
  const dates = claims.map((claim) => claimWhen(claim).date).filter((date): date is string => date !== null);
  return {
    id,
    label: propositionLabel(proposition, item),
    type: proposition.type,
    actor,
    recipient,
    item,
    claims,
    parties: unique(claims.map(partyOf)),
    latestStances: latestStances(claims),
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    languages: unique(claims.map((claim) => claim.doc.language)),
  };
}

function latestStances(claims: readonly PropositionClaim[]): PartyStance[] {
  const latest = new Map<string, PropositionClaim[]>();
  for (const statement of groupStatements(claims)) latest.set(partyOf(statement[0]), statement);
  return [...latest.entries()].map(([party, statement]) => ({
    party,
    stances: unique(statement.map((claim) => claim.stance)),
    date: claimWhen(statement[0]).date,
    claimIds: statement.map((claim) => claim.id),
  }));
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
