/** Text helpers every stage may use. */

/** Lower case without diacritics, so "Téhéran", "TEHERAN" and "teheran" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
    .replace(UNDECOMPOSABLE_LETTERS, (letter) => LETTER_FOLDS[letter]);
}
const COMBINING_MARKS = /\p{M}+/gu;
/** Letters that Unicode does not decompose into a base letter and a mark, spelled as a user would type them. */
const LETTER_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
const UNDECOMPOSABLE_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

const stripClasses = new Map<string, RegExp>();

/** Trims white space and the given punctuation from both ends of a span. */
export function trimSpan(text: string, start: number, end: number, extra = ''): { start: number; end: number } {
  let strip = stripClasses.get(extra);
  if (!strip) {
    strip = new RegExp(`[\\s${extra.replace(/[\]\\^-]/g, '\\$&')}]`, 'u');
    stripClasses.set(extra, strip);
  }
  while (start < end && strip.test(text[start])) start++;
  while (end > start && strip.test(text[end - 1])) end--;
  return { start, end };
}

/** Spans `a` and `b` stand side by side, in either order, with only white space between them ("Iranian drones", « drones iraniens »). */
export function areAdjacent(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return WHITE_SPACE.test(text.slice(a.end, b.start)) || WHITE_SPACE.test(text.slice(b.end, a.start));
}
const WHITE_SPACE = /^\s+$/u;

/** The text from `start` to `end` with the given spans (in text order) blanked out, so that patterns cannot match inside them. */
export function sliceWithout(text: string, start: number, end: number, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = start;
  for (const span of spans) {
    if (span.end <= at || span.start >= end) continue;
    out += text.slice(at, Math.max(at, span.start)) + ' '.repeat(Math.min(end, span.end) - Math.max(at, span.start));
    at = Math.min(end, span.end);
  }
  return out + text.slice(at, end);
}

const QUOTE_MARKS = /[«»“”„‟‹›"]/gu;

/**
 * The text with its double quote marks blanked, offsets unchanged: a formula quoted in part (« ne pas être « en mesure
 * de confirmer » ») reads as the formula.
 */
export function withoutQuoteMarks(text: string): string {
  return text.replace(QUOTE_MARKS, ' ');
}
