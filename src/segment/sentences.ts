/**
 * Sentence splitting: a hand-written linear scanner over each paragraph. A sentence ends at a run
 * of terminal punctuation (with the closing quotes or brackets that follow it) when the next
 * sentence visibly starts: after whitespace, with a capital, digit, opening quote or dash; or, in
 * scraped text that lost the space, glued to a capitalised word ("Ukraine.Smith").
 * Abbreviations and initials ("M. Dupont", "John F. Smith", "U.S.") and short quotations that
 * span sentences do not end one.
 */
import type { Paragraph, Sentence, Span } from '../core/types.js';
import type { LanguagePack } from '../lang/types.js';
import { isCaselessLetter, isLetterOrDigit, isSpace, isUpper, trimSpan } from './chars.js';
import { quotedRanges } from './quotes.js';

/** A quotation longer than this is probably unbalanced or a whole speech: split inside it again. */
const LONGEST_QUOTE = 600;

const PERIOD = 0x2e;
const STRAIGHT_QUOTE = 0x22;
const TERMINALS = new Set([PERIOD, 0x21, 0x3f, 0x2026]); // . ! ? …
/** Marks that close a quotation or aside and stay with the sentence they end. */
const CLOSERS = new Set([0x29, 0x5d, 0xbb, 0x201d, 0x2019, 0x203a]); // ) ] » ” ’ ›
/** Marks that may open a sentence besides capitals and digits: quotes, brackets, dashes, bullets. */
const STARTERS = new Set([0x22, 0x27, 0x28, 0x5b, 0xab, 0x201c, 0x201e, 0x2018, 0x2039, 0x2d, 0x2013, 0x2014, 0x2022, 0xbf, 0xa1]);

export function splitSentences(
  text: string,
  paragraphs: readonly Paragraph[],
  lang: Pick<LanguagePack, 'abbreviations'>,
): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of sentenceSpans(text, paragraph, lang.abbreviations.nonFinal)) {
      sentences.push({ start: span.start, end: span.end, paragraph: index });
    }
  });
  return sentences;
}

function sentenceSpans(text: string, paragraph: Span, nonFinal: ReadonlySet<string>): Span[] {
  const { start: from, end: to } = paragraph;
  const quotes = quotedRanges(text, from, to);
  let quote = 0;
  const spans: Span[] = [];
  let sentenceStart = from;
  for (let i = from; i < to; i++) {
    if (!TERMINALS.has(text.charCodeAt(i))) continue;
    let runEnd = i + 1;
    while (runEnd < to && TERMINALS.has(text.charCodeAt(runEnd))) runEnd++;
    while (quote < quotes.length && quotes[quote].end < i) quote++;
    const open = quote < quotes.length && quotes[quote].start < i ? quotes[quote] : null;
    let closersEnd = runEnd;
    while (closersEnd < to && isCloser(text.charCodeAt(closersEnd), closersEnd, open)) closersEnd++;
    let next = closersEnd;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next >= to) break;
    const insideQuote = open !== null && open.end >= closersEnd && open.end - open.start <= LONGEST_QUOTE;
    if (!insideQuote && endsSentence(text, from, i, runEnd, closersEnd, next, nonFinal)) {
      pushTrimmed(text, sentenceStart, closersEnd, spans);
      sentenceStart = next;
    }
    i = runEnd - 1;
  }
  pushTrimmed(text, sentenceStart, to, spans);
  return spans;
}

/** A straight quote closes only the quotation open around the terminal punctuation. */
function isCloser(code: number, at: number, open: Span | null): boolean {
  return CLOSERS.has(code) || (code === STRAIGHT_QUOTE && open !== null && open.end === at);
}

/**
 * Whether the terminal run [runStart, runEnd), followed by closers up to `closersEnd` and the
 * next sentence's first character at `next`, ends a sentence.
 */
function endsSentence(
  text: string, paragraphStart: number, runStart: number, runEnd: number, closersEnd: number, next: number,
  nonFinal: ReadonlySet<string>,
): boolean {
  const nextCode = text.charCodeAt(next);
  const singleMark = runEnd - runStart === 1;
  const endsWithPeriod = singleMark && text.charCodeAt(runStart) === PERIOD;
  if (next === closersEnd) {
    // Glued: only a capitalised word after a full word ("Ukraine.Smith", not "U.S.Army" or "drones.a").
    if (!singleMark || !isUpper(nextCode)) return false;
    const word = wordBefore(text, paragraphStart, runStart);
    return word.length > 1 && !nonFinal.has(word.toLowerCase()) && text.charCodeAt(runStart - word.length - 1) !== PERIOD;
  }
  if (!startsSentence(nextCode)) return false;
  if (endsWithPeriod) {
    const word = wordBefore(text, paragraphStart, runStart);
    // An initial comes before a name ("John F. Smith"); before a quote or a dash it was a word ("le réseau social X. « ...").
    if (word.length === 1 && !isDigit(word.charCodeAt(0)) && isUpper(nextCode)) return false;
    // After a number the abbreviation is a unit or a date's month ("122 mm.", "le 12 sept."): a capital may open a sentence.
    if (nonFinal.has(word.toLowerCase()) && !(followsNumber(text, paragraphStart, runStart - word.length) && isUpper(nextCode))) return false;
  }
  // "(...)" and "[…]" mark a cut inside a quotation, not a sentence end.
  const before = text.charCodeAt(runStart - 1);
  const elidedPassage = !endsWithPeriod && (before === 0x28 || before === 0x5b);
  return !elidedPassage;
}

function startsSentence(code: number): boolean {
  return isUpper(code) || isDigit(code) || STARTERS.has(code) || isCaselessLetter(code);
}

/** The letters and digits just before `end` (the abbreviation or word a period follows). */
function wordBefore(text: string, lowerBound: number, end: number): string {
  let start = end;
  while (start > lowerBound && isLetterOrDigit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** A number and a space stand right before `at` ("122 " in "122 mm"). */
function followsNumber(text: string, lowerBound: number, at: number): boolean {
  return at - 2 >= lowerBound && isSpace(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 2));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span) out.push(span);
}
