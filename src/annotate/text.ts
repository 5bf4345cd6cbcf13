/** Small text helpers shared by the annotators. */

/** Lower-case, accents removed, apostrophes unified: a key for comparing words ("Téhéran" -> "teheran"). */
export function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** Trims white space and the given punctuation from both ends of a span. */
export function trimSpan(text: string, start: number, end: number, extra = ''): { start: number; end: number } {
  const strip = new RegExp(`[\\s${extra.replace(/[\]\\^-]/g, '\\$&')}]`, 'u');
  while (start < end && strip.test(text[start])) start++;
  while (end > start && strip.test(text[end - 1])) end--;
  return { start, end };
}
