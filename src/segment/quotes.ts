/**
 * Quotation pairing inside one paragraph, so the sentence splitter can keep a quotation that spans
 * several sentences together. Only matched, outermost quotations are returned: an unmatched mark
 * (common in scraped text) protects nothing.
 */
import type { Span } from '../core/types.js';
import { isSpace } from './chars.js';

const STRAIGHT = 0x22; // "
/** Closing mark -> the opening mark it matches. */
const CLOSES: ReadonlyMap<number, number> = new Map([
  [0xbb, 0xab], // » closes «
  [0x201d, 0x201c], // ” closes “
  [0x203a, 0x2039], // › closes ‹
]);
const OPENERS = new Set([0xab, 0x201c, 0x2039, 0x201e]); // « “ ‹ „

/** Outermost matched quotations as [opening mark, closing mark] index pairs (`end` is the closing mark's index). */
export function quotedRanges(text: string, start: number, end: number): Span[] {
  const ranges: Span[] = [];
  const open: { mark: number; at: number }[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let mark = code;
    if (code === STRAIGHT) {
      if (text.charCodeAt(i - 1) === STRAIGHT && i > start) continue; // a doubled "" is one mark
      if (!open.some((q) => q.mark === STRAIGHT)) {
        if (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) open.push({ mark, at: i });
        continue;
      }
    } else if (OPENERS.has(code)) {
      // German „…“ closes with the English opening mark.
      if (code === 0x201c && open.length > 0 && open[open.length - 1].mark === 0x201e) mark = 0x201e;
      else {
        open.push({ mark, at: i });
        continue;
      }
    } else if (CLOSES.has(code)) {
      mark = CLOSES.get(code)!;
    } else continue;
    closeQuote(open, mark, i, ranges);
  }
  return ranges;
}

/** Pops the innermost quotation opened with `mark`; records it when it was the outermost one. */
function closeQuote(open: { mark: number; at: number }[], mark: number, at: number, ranges: Span[]): void {
  let depth = open.length - 1;
  while (depth >= 0 && open[depth].mark !== mark) depth--;
  if (depth < 0) return;
  if (depth === 0) ranges.push({ start: open[0].at, end: at });
  open.length = depth;
}
