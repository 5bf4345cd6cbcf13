/**
 * Paragraphs: the kept stretches of each line. Scraped text usually has one paragraph per line,
 * sometimes blank lines between; excluded ranges (boilerplate) are cut out, so a paragraph never
 * overlaps one.
 */
import type { ExcludedRange, Paragraph, Span } from '../core/types.js';
import { trimSpan } from './chars.js';

const LINE = /[^\n\r\u2028\u2029]+/g;
const CONTENT = /[\p{L}\p{N}]/u;

export function splitParagraphs(text: string, excluded: readonly ExcludedRange[]): Paragraph[] {
  const cuts = mergeRanges(excluded);
  const paragraphs: Paragraph[] = [];
  let cut = 0;
  for (const line of text.matchAll(LINE)) {
    let start = line.index;
    const end = start + line[0].length;
    while (cut < cuts.length && cuts[cut].end <= start) cut++;
    // Walk the cuts that overlap this line; the last one may also overlap the next line, so keep it.
    let next = cut;
    while (next < cuts.length && cuts[next].start < end) {
      pushTrimmed(text, start, cuts[next].start, paragraphs);
      start = Math.max(start, cuts[next].end);
      if (cuts[next].end > end) break;
      next++;
    }
    cut = next;
    pushTrimmed(text, start, end, paragraphs);
  }
  return paragraphs;
}

/** Excluded ranges sorted and merged, so one forward walk sees each cut once. */
function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Adds [start, end) without its surrounding whitespace, when it holds a letter or digit. */
function pushTrimmed(text: string, start: number, end: number, out: Paragraph[]): void {
  const span = trimSpan(text, start, end);
  if (span && CONTENT.test(text.slice(span.start, span.end))) out.push(span);
}
