/**
 * When a claim was said, and the chronological order of claims.
 *
 * Ordering rule (dates come at day, month or year precision):
 * - A month-only date sorts at the start of its month: after every day of the previous month and
 *   before the days of the same month, the way a month heading precedes its days ("2022-07" comes
 *   before "2022-07-11"). A year-only date likewise sorts before the months of that year.
 * - "before D" (an earlier statement reported in the past perfect) sorts just before the claims
 *   dated D, and after everything dated earlier than D.
 * - A claim without a date of its own takes its document's published date, marked `published`,
 *   and sorts after claims said on that same date; with neither it is undated and sorts last.
 * - Ties: coarser precision first (it is the anchor order above), then document order (documents
 *   by published date then name, claims by offset in the text).
 */
import type { DatePrecision, LedgerClaim, PartialDate } from '../core/types.js';

export interface ClaimWhen {
  /** The date used for ordering, or null when undated. */
  date: PartialDate | null;
  precision: DatePrecision | null;
  relation: 'on' | 'before';
  /** `said`: the claim's own date; `published`: its document's date stands in; `unknown`: neither. */
  basis: 'said' | 'published' | 'unknown';
}

interface ParsedDate {
  year: number;
  month: number | null;
  day: number | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parseDate(value: PartialDate | null | undefined): ParsedDate | null {
  const match = value ? PARTIAL_DATE.exec(value) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

function precisionOf(date: ParsedDate): DatePrecision {
  return date.day !== null ? 'day' : date.month !== null ? 'month' : 'year';
}

export function claimWhen(claim: LedgerClaim): ClaimWhen {
  const said = parseDate(claim.saidOn);
  if (said) return { date: claim.saidOn, precision: precisionOf(said), relation: claim.saidOnRelation, basis: 'said' };
  const published = parseDate(claim.doc.published);
  if (published) return { date: claim.doc.published, precision: precisionOf(published), relation: 'on', basis: 'published' };
  return { date: null, precision: null, relation: 'on', basis: 'unknown' };
}

/** "2022-07-19", "before 2022-07", "2022-07 (published)", "undated". */
export function formatWhen(when: ClaimWhen): string {
  if (!when.date) return 'undated';
  const date = when.relation === 'before' ? `before ${when.date}` : when.date;
  return when.basis === 'published' ? `${date} (published)` : date;
}

/** Where a date anchors on the time line: YYYYMMDD with 00 for a missing month or day. */
function anchorOf(value: PartialDate | null): number {
  const date = parseDate(value);
  if (!date) return Number.POSITIVE_INFINITY;
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

const RELATION_RANK = { before: 0, on: 1 } as const;
const BASIS_RANK = { said: 0, published: 1, unknown: 2 } as const;

interface SortKey {
  anchor: number;
  relation: number;
  basis: number;
  docAnchor: number;
  docName: string;
  start: number;
  id: string;
}

function sortKey(claim: LedgerClaim): SortKey {
  const when = claimWhen(claim);
  return {
    anchor: anchorOf(when.date),
    relation: RELATION_RANK[when.relation],
    basis: BASIS_RANK[when.basis],
    docAnchor: anchorOf(claim.doc.published),
    docName: claim.doc.name,
    start: claim.start,
    id: claim.id,
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a.anchor - b.anchor || a.relation - b.relation || a.basis - b.basis
    || compareNumbers(a.docAnchor, b.docAnchor) || compareText(a.docName, b.docName)
    || a.start - b.start || compareText(a.id, b.id);
}

/** Infinity - Infinity is NaN, so undated documents need an explicit comparison. */
function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The claims in chronological order (a new array; keys are computed once per claim). */
export function sortChronologically<T extends LedgerClaim>(claims: readonly T[]): T[] {
  return claims
    .map((claim) => ({ claim, key: sortKey(claim) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ claim }) => claim);
}

/** An inclusive range of months, as `year * 12 + month - 1`. */
export interface MonthRange {
  from: number;
  to: number;
}

/**
 * The months a claim may have been said in: a day or month date gives its month, a year date the
 * whole year. "before D" is read as the period of D (it is reported as just before). Null if undated.
 */
export function claimPeriod(claim: LedgerClaim): MonthRange | null {
  const date = parseDate(claimWhen(claim).date);
  if (!date) return null;
  if (date.month === null) return { from: date.year * 12, to: date.year * 12 + 11 };
  const month = date.year * 12 + date.month - 1;
  return { from: month, to: month };
}

/** "2022-07" for a month index. */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
