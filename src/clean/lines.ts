import type { Span } from '../core/types.js';

/** A non-blank line: its trimmed content and where that content sits in the text. */
export interface Line extends Span {
  text: string;
}

const LINE_CONTENT = /[^\r\n]+/g;

/** The non-blank lines of `text` in order, trimmed, with offsets into `text` (CRLF or LF). */
export function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(LINE_CONTENT)) {
    const raw = match[0];
    const content = raw.trim();
    if (content === '') continue;
    const start = match.index + raw.length - raw.trimStart().length;
    const end = start + content.length;
    lines.push({ start, end, text: content });
  }
  return lines;
}
