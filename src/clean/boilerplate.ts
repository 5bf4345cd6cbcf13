/**
 * Finds the page furniture around an article's content (share buttons, bylines, captions, author
 * bios, repeated lines...) as ranges of the original text; nothing is deleted. Line patterns come
 * from the language pack; the rules that combine lines (repeats, position, neighbours) are here.
 */
import type { BoilerplateKind, ExcludedRange, PartialDate, Span } from '../core/types.js';
import type { BoilerplateLexicon, LanguagePack } from '../lang/types.js';
import { contentLines, type Line } from './lines.js';
import { repeatedSentenceRuns } from './repeated-sentences.js';

/** ` date 2022-07 Title...`: a date marker some scrapers put before the title. */
const DATE_MARKER = /^\s*(date\s+(\d{4}(?:-\d{2}){0,2}))(?=\s|$)/;
/**
 * "SEOUL, Nov 2, 2023 (Reuters) - ", "SÉOUL, 5 septembre 2023 – ", "Kiev, 3 février 2024 (AFP) - ": a
 * place (in capitals, or capitalised before the agency's name), a date (group 1 or 2), a dash. A place
 * in capitals may also stand alone before a long dash ("WASHINGTON — ", "BRUSSELS (AP) — ") or, after the
 * agency, before a hyphen ("JERUSALEM (Reuters) - "); a story from two bureaus names both ("DUBAI/WASHINGTON, ...").
 * A wire story may give a day of the month and the agency alone ("Sept 25 (Reuters) - ").
 */
export const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40},\s+([^–—()]{4,40}?)\s*(?:\([^)]{1,40}\)\s*)?|\p{Lu}[\p{L}\p{M} .'’/-]{2,40},\s+([^–—()]{4,40}?)\s*\([^)]{1,40}\)\s*)[-–—]\s|^\p{Lu}{2}[\p{Lu}\p{M} .'’/-]{1,40}?\s*(?:\([^)]{1,40}\)\s*)?[–—]\s|^\p{Lu}{2}[\p{Lu}\p{M} .'’/-]{1,40}?\s*\([^)]{1,40}\)\s*-\s|^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\([^)]{1,40}\)\s*[-–—]\s/u;
/** The dateline opens the first paragraph or two after the title. */
const DATELINE_LINES = 3;
/** "14h32 - ", "2:32 p.m. ET —": the time a live blog's entry opens with. */
const LIVE_TIME_STAMP = /^\d{1,2}\s?[h:.]\s?\d{2}(?:\s?[aApP]\.?[mM]\.?)?(?:\s+\p{Lu}{2,4})?\s*[-–—|:]\s+/u;
/** CSS class or alt-text residue: a lone lowercase hyphenated identifier ("top-article-image"). */
const MARKUP_RESIDUE = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;
const IMAGE_WORD = /image|photo|img|figure|thumb|avatar|picture/;
const PHOTO_AGENCIES = 'afp|reuters|ap|epa|anadolu|sputnik|tass|xinhua';
/** Marks that only photo credits carry: ©, image banks, "Name/Agency". */
const CREDIT_MARK = new RegExp(
  String.raw`©|\bgetty\s*images\b|\bshutterstock\b|\bap photo\b|/\s*(?:${PHOTO_AGENCIES})\b|\b(?:${PHOTO_AGENCIES})\s*/`, 'i');
const SOCIAL_NETWORK = 'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|messenger|e-?mail';
/** "Facebook | Twitter | Email": a row of share buttons. */
const SOCIAL_NETWORKS = new RegExp(String.raw`^(?:(?:${SOCIAL_NETWORK})(?:\s*[|·•,/]\s*|\s+|$))+$`, 'i');
/** A line that is only a person's name: two to four capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A name at the start of a line: one to five capitalised words. */
const LEADING_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}/u;
const FINAL_PUNCTUATION = /[.!?…;:]["”»’)]*$/;
const SENTENCE_END = /[.!?…]$/;
const DIGIT = /\d/;
const WORD_GAP = /\s+/;

/** Lines longer than this are content, whatever they start with. */
const MAX_WIDGET_LINE = 200;
const MAX_BYLINE = 120;
const MAX_CAPTION_WORDS = 15;
const MAX_LOGO_WORDS = 6;
/** A date line is short, in the header (the lines above the first paragraph), and mostly date. */
const MAX_DATE_LINE = 60;
const MAX_HEADER_LINES = 8;
const MIN_DATE_SHARE = 0.6;
/** Author bios sit in the last part of the text: past this fraction of its length. */
const BIO_REGION = 0.5;

export interface DateMarker {
  value: PartialDate;
  /** The marker itself (`date 2022-07`), without the title that may follow. */
  span: Span;
}

/** The ` date YYYY-MM[-DD]` marker at the very start of a text, if any. */
export function readDateMarker(text: string): DateMarker | null {
  const match = DATE_MARKER.exec(text);
  if (!match) return null;
  const start = match[0].length - match[1].length;
  return { value: match[2], span: { start, end: start + match[1].length } };
}

/** Sorted, non-overlapping ranges of `text` that later stages ignore. */
export function findBoilerplate(text: string, lang: LanguagePack): ExcludedRange[] {
  const marker = readDateMarker(text);
  const lines = contentLines(text);
  if (marker) cutMarker(lines, marker.span, text);
  const kinds = lines.map((line) => lineKind(line.text, lang.boilerplate));
  markImageCaptions(lines, kinds);
  markDateLines(lines, kinds, lang.boilerplate);
  markDoubledCaptions(lines, kinds);
  markRepeats(lines, kinds);
  markAuthorBio(lines, kinds, text.length, lang.boilerplate);

  const ranges: ExcludedRange[] = marker ? [{ ...marker.span, kind: 'date-line' }] : [];
  const dateline = datelineIndex(lines, kinds);
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind) {
      ranges.push({ start: line.start, end: line.end, kind });
      return;
    }
    // A dateline or a live blog's time stamp opening the line is furniture; the rest of the line is body.
    const prefix = i === dateline ? DATELINE.exec(line.text) : LIVE_TIME_STAMP.exec(line.text);
    const bodyStart = line.start + (prefix?.[0].length ?? 0);
    if (prefix) ranges.push({ start: line.start, end: bodyStart, kind: i === dateline ? 'dateline' : 'time-stamp' });
    for (const run of repeatedSentenceRuns(text, { start: bodyStart, end: line.end })) ranges.push({ ...run, kind: 'duplicate' });
  });
  return ranges;
}

/** The line opening with the dateline, among the first kept lines, or -1. */
function datelineIndex(lines: Line[], kinds: (BoilerplateKind | null)[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < DATELINE_LINES; i++) {
    if (kinds[i] !== null) continue;
    if (DATELINE.test(lines[i].text)) return i;
    seen++;
  }
  return -1;
}

/** Cuts the date marker off the first line, so the title after it is a line of its own. */
function cutMarker(lines: Line[], marker: Span, text: string): void {
  const first = lines[0];
  const title = text.slice(marker.end, first.end).trimStart();
  if (title === '') lines.shift();
  else lines[0] = { start: first.end - title.length, end: first.end, text: title };
}

/** What a line is on its own, from its words alone; null for content. */
function lineKind(line: string, lex: BoilerplateLexicon): BoilerplateKind | null {
  if (line.length > MAX_WIDGET_LINE) return null;
  if (MARKUP_RESIDUE.test(line)) return IMAGE_WORD.test(line) ? 'caption' : 'other';
  if (lex.shareLine.test(line) || SOCIAL_NETWORKS.test(line)) return 'share';
  if (lex.navigationLine.test(line)) return 'navigation';
  if (lex.backToTopLine.test(line)) return 'back-to-top';
  if (lex.readAlsoPrefix.test(line) || lex.relatedHeaderLine.test(line)) return 'read-also';
  if (lex.readingTimeLine.test(line)) return 'reading-time';
  if (lex.sourceLine.test(line)) return 'source-line';
  if (lex.creditPrefix.test(line) || (isShortUnpunctuated(line, MAX_CAPTION_WORDS) && CREDIT_MARK.test(line))) {
    return 'credit';
  }
  if (lex.logoPrefix.test(line) && isShortUnpunctuated(line, MAX_LOGO_WORDS)) return 'logo';
  if (isByline(line, lex)) return 'byline';
  return null;
}

/**
 * "Par: Anna Novak | 23.10.2022, 13:27", "By Jane Doe": the prefix, then a capitalised name; or a name, then the
 * author's job, with no prefix ("Dan Sabbagh Defence and security editor", « Jean Dupont, envoyé spécial à Kiev »).
 */
function isByline(line: string, lex: BoilerplateLexicon): boolean {
  if (line.length > MAX_BYLINE || SENTENCE_END.test(line)) return false;
  const prefix = lex.bylinePrefix.exec(line);
  if (prefix) return LEADING_NAME.test(line.slice(prefix[0].length));
  const name = LEADING_NAME.exec(line);
  return name !== null && name[0].includes(' ') && line.split(/\s+/u).length <= MAX_JOB_BYLINE_WORDS && lex.bylineJob.test(line);
}

/** Words of a byline giving a name and the author's job ("Dan Sabbagh Defence and security editor"). */
const MAX_JOB_BYLINE_WORDS = 10;

/** A time of day, with the short word before it and its zone: "at 14.05 GMT", « à 11h04 », "10:30 a.m. ET"; not "23.10.2022". */
const CLOCK_TIME = /(?:(?<!\p{L})\p{Ll}{1,2}\s+)?(?<![\d./])\b\d{1,2}[.:h]\d{2}(?![.:/]?\d)(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CES?T|[ECMP][SD]?T)(?!\p{L})){0,2},?/giu;

/** A line that is only a date, above the first paragraph: when the page was published or updated. */
function markDateLines(lines: Line[], kinds: (BoilerplateKind | null)[], lex: BoilerplateLexicon): void {
  for (let i = 0; i < MAX_HEADER_LINES && i < lines.length && lines[i].text.length <= MAX_WIDGET_LINE; i++) {
    // The time of day is no part of the date: "Updated at 14.05 GMT, 16 December 2024", "Publié le 25/09/2022 à 11h04".
    const line = firstDatedPart(lines[i].text, lex).replace(lex.datePrefix, '').replace(CLOCK_TIME, '');
    if (kinds[i] !== null || line.length > MAX_DATE_LINE || !DIGIT.test(line)) continue;
    const [date] = lex.bylineDates.parse(line);
    if (!date?.start.isCertain('year')) continue;
    const placed = AFTER_PLACED_DATE.test(line.slice(date.index + date.text.length)) && PLACE_BEFORE_DATE.test(line.slice(0, date.index));
    if (placed || date.text.length >= MIN_DATE_SHARE * line.length) kinds[i] = 'date-line';
  }
}

/**
 * Where a briefing, statement or dispatch was given, before its date: "Washington, D.C., September 12, 2024",
 * "Paris, le 16 février 2024 (AFP)". A short article may stand before the date, an agency after it.
 */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}\p{M}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.]{0,10})?,\s*(?:\p{Ll}{1,3}\s+)?$/u;
const AFTER_PLACED_DATE = /^\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—]\s*)?$/u;

const PART_SEPARATOR = /\s*[,|·•]\s*|\.\s+|\s[-–—]\s/gu;

/**
 * "Publié le 2 décembre 2024, modifié le 3 décembre": the line up to its second dated part; "Le Monde, publié le
 * 20 octobre 2022": from its first one, when what comes before holds no date.
 */
function firstDatedPart(line: string, lex: BoilerplateLexicon): string {
  for (const separator of line.matchAll(PART_SEPARATOR)) {
    const rest = line.slice(separator.index + separator[0].length);
    if (lex.datePrefix.test(rest)) return DIGIT.test(line.slice(0, separator.index)) ? line.slice(0, separator.index) : rest;
  }
  return line;
}

/** An image's caption: a line between an image placeholder and the photo's credit. */
function markImageCaptions(lines: Line[], kinds: (BoilerplateKind | null)[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (kinds[i] === null && kinds[i - 1] === 'caption' && kinds[i + 1] === 'credit') kinds[i] = 'caption';
  }
}

/**
 * An image's alt text and caption scraped together: "X YX Y" on one line, often followed or
 * preceded by "X Y" alone. All copies are captions.
 */
function markDoubledCaptions(lines: Line[], kinds: (BoilerplateKind | null)[]): void {
  lines.forEach((line, i) => {
    if (kinds[i] !== null || line.text.length > MAX_WIDGET_LINE) return;
    if (!isShortUnpunctuated(line.text, 2 * MAX_CAPTION_WORDS)) return;
    const half = doubledHalf(line.text);
    if (half === null) return;
    kinds[i] = 'caption';
    for (const j of [i - 1, i + 1]) {
      if (lines[j]?.text === half && kinds[j] === null) kinds[j] = 'caption';
    }
  });
}

/** `t` is some text written twice, touching or with one space between: that text, else null. */
function doubledHalf(t: string): string | null {
  for (const gap of [0, 1]) {
    const half = (t.length - gap) / 2;
    if (!Number.isInteger(half) || half < 8) continue;
    const first = t.slice(0, half);
    if (first === t.slice(half + gap) && (gap === 0 || t[half] === ' ')) return first;
  }
  return null;
}

/**
 * A line that repeats an earlier one word for word is excluded, the first kept: the title's repeat
 * under the byline, a paragraph scraped twice. A short unpunctuated line repeated right after
 * itself is an image caption (alt text then caption), and both copies go.
 */
function markRepeats(lines: Line[], kinds: (BoilerplateKind | null)[]): void {
  const title = kinds.indexOf(null);
  const firstSeen = new Map<string, number>();
  lines.forEach((line, i) => {
    const first = firstSeen.get(line.text);
    if (first === undefined) {
      firstSeen.set(line.text, i);
      return;
    }
    if (kinds[i] !== null) return;
    if (first === title) kinds[i] = 'repeated-headline';
    else if (first === i - 1 && isShortUnpunctuated(line.text, MAX_CAPTION_WORDS)) {
      kinds[i] = 'caption';
      kinds[first] ??= 'caption';
    } else kinds[i] = 'duplicate';
  });
}

/**
 * An author bio near the end: a first-person paragraph about writing ("Je suis rédactrice web"),
 * or "<Name> is a reporter who..." as the last paragraph; with the name line just before it.
 */
function markAuthorBio(
  lines: Line[], kinds: (BoilerplateKind | null)[], textLength: number, lex: BoilerplateLexicon,
): void {
  const lastContent = kinds.lastIndexOf(null);
  lines.forEach((line, i) => {
    if (kinds[i] !== null || line.start < BIO_REGION * textLength) return;
    const name = LEADING_NAME.exec(line.text);
    const thirdPerson = name !== null && lex.bioThirdPerson.test(line.text.slice(name[0].length).trimStart());
    const nameAbove = i > 0 && kinds[i - 1] === null && NAME_LINE.test(lines[i - 1].text);
    const isBio = lex.bioFirstPerson.test(line.text) || (thirdPerson && (nameAbove || i === lastContent));
    if (!isBio) return;
    kinds[i] = 'author-bio';
    if (nameAbove) kinds[i - 1] = 'author-bio';
  });
}

function isShortUnpunctuated(line: string, maxWords: number): boolean {
  return !FINAL_PUNCTUATION.test(line) && wordCount(line) <= maxWords;
}

function wordCount(line: string): number {
  return line.split(WORD_GAP).length;
}
