/**
 * Date expressions: every date mentioned in the sentences, normalised against the publication date
 * at the precision the text and that date support.
 *
 * chrono-node reads explicit day dates ("19 juillet", "July 19, 2022", "23.10.2022"); our own rules
 * read what it misses or gets wrong for news: bare months and years ("en février 2022", "depuis
 * août", "en 2014"), weekdays (the most recent one, since news is told in the past), and relative
 * phrases ("la semaine dernière", "plus tôt ce mois-ci"). The words come from the language pack.
 */
import type { DateMention, DatePrecision, DateRelation, PartialDate, Sentence, Span } from '../core/types.js';
import type { DateLexicon, LanguagePack, RelativeUnit } from '../lang/types.js';
import { allMatches, phraseRegex, wordRegex } from '../lang/regex.js';

/** A date found in one sentence, offsets relative to the sentence. */
interface Candidate {
  start: number;
  end: number;
  value: PartialDate;
  precision: DatePrecision;
  relative: boolean;
  /** The year is written out ("juillet 2022", "2014"), not worked out from the publication date. */
  yearWritten?: boolean;
}

/** The last date whose year is written out: a narrative's own time, which "deux mois plus tard, en septembre" goes on from. */
interface Narrative {
  year: number;
  month: number | null;
}

/** The publication date: what relative expressions are resolved against. */
interface Reference {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  /** A day inside the publication period (its middle when only the month or year is known). */
  anchor: Date;
}

/** The lexicon's patterns, compiled once per lexicon. */
interface Patterns {
  month: RegExp;
  relative: RegExp;
}

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const VALUE_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEAR = wordRegex(String.raw`\b(?:1[89]|20)\d\d(?![\p{L}\p{N}]|[.,]\d)`);
const DIGIT = /\d/;
const SPACE = /\s/;
/** "23.10.2022", "2022-10-23", "10/23/2022". */
const NUMERIC_DATE = wordRegex(String.raw`\b(?:\d{1,4})[./-]\d{1,2}[./-]\d{2,4}(?!\d)`);
/** How much text around a month name chrono reads: enough for "mardi 19 juillet", "du 3 au 5 août", "July 19th, 2022". */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 14;
const LETTER = /\p{L}/u;
/** A time chrono read after the date ("23.10.2022, 13:27", "5 août à 14h30"): not part of the date. */
const TIME_TAIL = /[,\s]+(?:\p{L}+\s+)?\d{1,2}\s*(?:[:h]\s*\d{2}|h\b|[ap]\.?m\b\.?)[\s\S]*$/iu;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;
/** How far before a date to look for "depuis le", "jusqu'au", "au mois de". */
const LOOKBACK = 40;
/** chrono needs a reference day; only the components it is certain of are used, so any day will do. */
const ANY_DAY = new Date(Date.UTC(2000, 0, 1));

const compiled = new WeakMap<DateLexicon, Patterns>();

export function findDates(
  text: string,
  sentences: readonly Sentence[],
  published: PartialDate | null,
  lang: Pick<LanguagePack, 'dates'>,
): DateMention[] {
  const lexicon = lang.dates;
  const patterns = compile(lexicon);
  const reference = parsePublished(published);
  const mentions: DateMention[] = [];
  let narrative: Narrative | null = null;
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    for (const found of selectLongest(candidatesIn(sentence, lexicon, patterns, reference, narrative))) {
      if (found.yearWritten) narrative = { year: Number(found.value.slice(0, 4)), month: found.value.length >= 7 ? Number(found.value.slice(5, 7)) : null };
      const { relation, start: from } = relationOf(sentence, found.start, lexicon);
      mentions.push({
        start: start + from, end: start + found.end, text: sentence.slice(from, found.end),
        value: found.value, precision: found.precision, relation, relative: found.relative,
      });
    }
  }
  return mentions;
}

/**
 * In a document with no publication date, the spans of the time expressions that would need one ("on Monday",
 * « la semaine dernière », "three days ago"): no date can be worked out for them, but the attribution still reads
 * past them ("said on Monday the United States had ..."). None when the document has a publication date.
 */
export function findUndatedTimes(text: string, sentences: readonly Sentence[], published: PartialDate | null, lang: Pick<LanguagePack, 'dates'>): Span[] {
  if (parsePublished(published)) return [];
  const lexicon = lang.dates;
  const patterns = compile(lexicon);
  const spans: Span[] = [];
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    for (const time of selectLongest(relativeCandidates(sentence, lexicon, patterns, ANY_REFERENCE))) spans.push({ start: start + relationOf(sentence, time.start, lexicon).start, end: start + time.end });
  }
  return spans;
}

/** Any publication day, to find relative expressions whose dates are not wanted. */
const ANY_REFERENCE = parsePublished('2000-01-01')!;

function compile(lexicon: DateLexicon): Patterns {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    // Abbreviations end with their period, which a closing \b would reject.
    const months = [...lexicon.months.keys()]
      .sort((a, b) => b.length - a.length)
      .map((form) => (form.endsWith('.') ? `${form.slice(0, -1)}\\.` : `${form}\\b`));
    patterns = {
      month: wordRegex(String.raw`\b(?<month>${months.join('|')})(?:,?\s+(?<year>\d{4})(?!\d))?`),
      relative: phraseRegex([...lexicon.relativePhrases.keys()]),
    };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

function candidatesIn(
  sentence: string, lexicon: DateLexicon, patterns: Patterns, reference: Reference | null, narrative: Narrative | null,
): Candidate[] {
  const months = allMatches(patterns.month, sentence);
  const found = monthDates(sentence, months, lexicon, reference, narrative);
  if (DIGIT.test(sentence)) {
    for (const window of chronoWindows(sentence, months)) found.push(...chronoDates(sentence, window, lexicon, reference));
  }
  found.push(...yearDates(sentence, lexicon));
  if (reference) found.push(...relativeCandidates(sentence, lexicon, patterns, reference));
  return found;
}

/** The dates that only the publication date works out: "mardi", « la semaine dernière », "three days ago". */
function relativeCandidates(sentence: string, lexicon: DateLexicon, patterns: Patterns, reference: Reference): Candidate[] {
  return [
    ...weekdayDates(sentence, lexicon, reference), ...relativeDates(sentence, lexicon, patterns.relative, reference),
    ...countedDates(sentence, lexicon, reference),
  ];
}

// ---------------------------------------------------------------- absolute dates

/**
 * Where chrono may find a day date: around a month name with a digit nearby, and around numeric
 * dates. chrono is slow (tens of microseconds a sentence), so it only reads these short windows.
 */
function chronoWindows(sentence: string, months: RegExpExecArray[]): Span[] {
  const anchors = [...months, ...allMatches(NUMERIC_DATE, sentence)].sort((a, b) => a.index - b.index);
  const windows: Span[] = [];
  for (const anchor of anchors) {
    const window = widenToWords(sentence, anchor.index - WINDOW_BEFORE, anchor.index + anchor[0].length + WINDOW_AFTER);
    if (!DIGIT.test(sentence.slice(window.start, window.end))) continue;
    const last = windows[windows.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else windows.push(window);
  }
  return windows;
}

/** [start, end) clamped to the sentence and pushed out to whole words. */
function widenToWords(sentence: string, start: number, end: number): Span {
  let from = Math.max(0, start);
  let to = Math.min(sentence.length, end);
  while (from > 0 && !SPACE.test(sentence[from - 1])) from--;
  while (to < sentence.length && !SPACE.test(sentence[to])) to++;
  return { start: from, end: to };
}

function chronoDates(sentence: string, window: Span, lexicon: DateLexicon, reference: Reference | null): Candidate[] {
  const found: Candidate[] = [];
  for (const result of lexicon.chrono.parse(sentence.slice(window.start, window.end), reference?.anchor ?? ANY_DAY)) {
    const { start: date } = result;
    if (!date.isCertain('day') || !date.isCertain('month')) continue; // weekdays and times: ours
    let matched = result.text;
    if (date.isCertain('hour')) matched = matched.replace(TIME_TAIL, '');
    matched = matched.replace(TRAILING_PUNCTUATION, '');
    const hasYear = date.isCertain('year');
    if (!hasYear && !LETTER.test(matched)) continue; // "3.5" is a number, not the 3rd of May
    const month = date.get('month')!;
    const day = date.get('day')!;
    const start = window.start + result.index;
    const year = hasYear ? date.get('year')! : yearOf(month, day, sentence, start, lexicon, reference);
    if (year === null) continue;
    found.push({ start, end: start + matched.length, value: formatDate(year, month, day), precision: 'day', relative: false, yearWritten: hasYear });
  }
  return found;
}

/**
 * "février 2022", "November 2022"; a bare month only after a lead ("en août", "depuis août"). A bare
 * month said to come later ("Deux mois plus tard, en septembre") goes on from the narrative's year.
 */
function monthDates(
  sentence: string, months: RegExpExecArray[], lexicon: DateLexicon, reference: Reference | null, narrative: Narrative | null,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of months) {
    const name = match.groups!.month;
    if (lexicon.monthsCapitalised && name[0] === name[0].toLowerCase()) continue;
    const month = lexicon.months.get(name.toLowerCase())!;
    const written = match.groups!.year;
    if (!written && !hasLead(sentence, match.index, lexicon)) continue;
    const year = written ? Number(written)
      : narrativeYear(month, sentence, lexicon, reference, narrative) ?? yearOf(month, null, sentence, match.index, lexicon, reference);
    if (year === null) continue;
    found.push({
      start: match.index, end: match.index + match[0].length,
      value: formatDate(year, month), precision: 'month', relative: false, yearWritten: written !== undefined,
    });
  }
  return found;
}

/**
 * The year of a bare month said to come later than a narrative's written date ("Deux mois plus tard, en
 * septembre" after "juillet 2022"): that year, or the next when the month comes before its month. Null
 * when the sentence says no such thing, or the narrative is of the publication year.
 */
function narrativeYear(
  month: number, sentence: string, lexicon: DateLexicon, reference: Reference | null, narrative: Narrative | null,
): number | null {
  if (!narrative || narrative.year >= (reference?.year ?? Infinity) || !lexicon.laterCues.test(sentence)) return null;
  return narrative.year + (narrative.month !== null && month < narrative.month ? 1 : 0);
}

/** "en 2014", "depuis 2015": a bare year only after a lead, so counts ("2000 soldats") are not dates. */
function yearDates(sentence: string, lexicon: DateLexicon): Candidate[] {
  const found: Candidate[] = [];
  for (const match of allMatches(YEAR, sentence)) {
    if (!hasLead(sentence, match.index, lexicon)) continue;
    found.push({
      start: match.index, end: match.index + match[0].length, value: match[0], precision: 'year', relative: false, yearWritten: true,
    });
  }
  return found;
}

/**
 * The year of a month (and day) written without one: the publication year, moved back a year when
 * that would fall after publication (news reports the past), or forward when the sentence speaks
 * of the future and the date would fall before it.
 */
function yearOf(
  month: number, day: number | null, sentence: string, at: number, lexicon: DateLexicon, reference: Reference | null,
): number | null {
  if (!reference) return null;
  if (reference.month === null) return reference.year;
  const order = month - reference.month || (day !== null && reference.day !== null ? day - reference.day : 0);
  if (order === 0) return reference.year;
  const future = lexicon.futureCues.test(clauseAround(sentence, at, lexicon));
  if (order > 0 && !future) return reference.year - 1;
  if (order < 0 && future) return reference.year + 1;
  return reference.year;
}

/**
 * The clause of a sentence around offset `at`, between the complement clauses (or commas) before and
 * after it: in "said in February that missiles were expected to follow" and "Missiles could follow next
 * year, officials said in June", the month is when it was said, and the future of what was said does
 * not move it forward.
 */
function clauseAround(sentence: string, at: number, lexicon: DateLexicon): string {
  let start = 0;
  let end = sentence.length;
  const boundaries = [...allMatches(lexicon.clauseOpeners, sentence), ...allMatches(CLAUSE_PUNCTUATION, sentence)].sort((a, b) => a.index - b.index);
  for (const opener of boundaries) {
    if (opener.index < at) start = opener.index;
    else {
      end = opener.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

// Not the comma of a number ("10,000").
const CLAUSE_PUNCTUATION = /;|,(?!\d)/gu;

function hasLead(sentence: string, at: number, lexicon: DateLexicon): boolean {
  const before = sentence.slice(Math.max(0, at - LOOKBACK), at);
  return lexicon.leadBefore.test(before) || lexicon.relationBefore.test(before);
}

// ---------------------------------------------------------------- relative dates

/** "mardi" is the most recent Tuesday on or before publication; "mardi dernier" strictly before. */
function weekdayDates(sentence: string, lexicon: DateLexicon, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of allMatches(lexicon.weekdayPattern, sentence)) {
    const { weekday, last, next } = match.groups!;
    const target = lexicon.weekdays.get(weekday.toLowerCase())!;
    const today = reference.anchor.getUTCDay();
    let shift: number;
    if (next) shift = (target - today + 7) % 7 || 7;
    else shift = -((today - target + 7) % 7 || (last ? 7 : 0));
    const date = addDays(reference.anchor, shift);
    found.push(relativeCandidate(match.index, match[0].length, isoDay(date), 'day', reference));
  }
  return found;
}

function relativeDates(sentence: string, lexicon: DateLexicon, pattern: RegExp, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of allMatches(pattern, sentence)) {
    const phrase = match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const { unit, offset } = lexicon.relativePhrases.get(phrase)!;
    const shifted = shift(reference, unit, offset);
    if (shifted) found.push(relativeCandidate(match.index, match[0].length, shifted.value, shifted.precision, reference));
  }
  return found;
}

/** "il y a deux semaines", "three days ago". */
function countedDates(sentence: string, lexicon: DateLexicon, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const { pattern, direction } of lexicon.countedOffsets) {
    for (const match of allMatches(pattern, sentence)) {
      const { count, unit } = match.groups!;
      const amount = DIGIT.test(count) ? Number(count) : lexicon.numbers.get(count.toLowerCase());
      const resolvedUnit = lexicon.units.get(unit.toLowerCase());
      if (amount === undefined || resolvedUnit === undefined) continue;
      const shifted = shift(reference, resolvedUnit, direction * amount);
      if (shifted) found.push(relativeCandidate(match.index, match[0].length, shifted.value, shifted.precision, reference));
    }
  }
  return found;
}

/** The period `offset` units away from publication, at the precision that period has. */
function shift(reference: Reference, unit: RelativeUnit, offset: number): { value: string; precision: DatePrecision } | null {
  const { anchor } = reference;
  switch (unit) {
    case 'day':
      return { value: isoDay(addDays(anchor, offset)), precision: 'day' };
    case 'week': {
      // A week (Monday to Sunday) is only as precise as the month or year its days share.
      const monday = addDays(anchor, offset * 7 - ((anchor.getUTCDay() + 6) % 7));
      const first = isoDay(monday);
      const last = isoDay(addDays(monday, 6));
      if (first.slice(0, 7) === last.slice(0, 7)) return { value: first.slice(0, 7), precision: 'month' };
      if (first.slice(0, 4) === last.slice(0, 4)) return { value: first.slice(0, 4), precision: 'year' };
      return null;
    }
    case 'month': {
      const date = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + offset, 1));
      return { value: isoDay(date).slice(0, 7), precision: 'month' };
    }
    case 'year':
      return { value: String(anchor.getUTCFullYear() + offset), precision: 'year' };
  }
}

/** A relative date is never more precise than the publication date it is computed from. */
function relativeCandidate(
  start: number, length: number, value: string, precision: DatePrecision, reference: Reference,
): Candidate {
  const coarsest = PRECISION_RANK[precision] <= PRECISION_RANK[reference.precision] ? precision : reference.precision;
  return { start, end: start + length, value: value.slice(0, VALUE_LENGTH[coarsest]), precision: coarsest, relative: true };
}

// ---------------------------------------------------------------- helpers

/** Keeps the longest of overlapping candidates (then the most precise), in text order. */
function selectLongest(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
    else if (isBetter(candidate, last)) kept[kept.length - 1] = candidate;
  }
  return kept;
}

function isBetter(a: Candidate, b: Candidate): boolean {
  const lengths = (a.end - a.start) - (b.end - b.start);
  return lengths > 0 || (lengths === 0 && PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision]);
}

/** The relation a marker just before the date gives it ("depuis août"), the marker joining the mention. */
function relationOf(sentence: string, at: number, lexicon: DateLexicon): { relation: DateRelation; start: number } {
  const before = sentence.slice(Math.max(0, at - LOOKBACK), at);
  const match = lexicon.relationBefore.exec(before);
  if (!match) return { relation: 'on', start: at };
  const { since, before: earlier } = match.groups!;
  const relation: DateRelation = since ? 'since' : earlier ? 'before' : 'after';
  return { relation, start: at - before.length + match.index };
}

function parsePublished(published: PartialDate | null): Reference | null {
  const match = published ? PUBLISHED.exec(published) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  const anchor = new Date(Date.UTC(year, (month ?? 7) - 1, day ?? (month ? 16 : 2)));
  return { year, month, day, precision, anchor };
}


/** The day before a day ("2024-09-11" gives "2024-09-10"). */
export function dayBefore(day: PartialDate): PartialDate {
  return isoDay(addDays(new Date(`${day}T00:00:00Z`), -1));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function formatDate(year: number, month: number, day?: number): PartialDate {
  const yearMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return day === undefined ? yearMonth : `${yearMonth}-${String(day).padStart(2, '0')}`;
}
