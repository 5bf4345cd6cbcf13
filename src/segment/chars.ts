/** Character tests shared by the segmenters; they work on UTF-16 code units for speed. */
import type { Span } from '../core/types.js';

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const CASELESS_LETTER = /\p{Lo}/u;

/** Whitespace, control characters and the invisible spaces scraped text carries (U+200B, BOM). */
export function isSpace(code: number): boolean {
  return code <= 32 || (code >= 127 && (code === 0x200b || SPACE.test(String.fromCharCode(code))));
}

export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCharCode(code));
}

/** Letters of scripts without case (Arabic, CJK...) can start a sentence like a capital. */
export function isCaselessLetter(code: number): boolean {
  return code >= 128 && CASELESS_LETTER.test(String.fromCharCode(code));
}

/** [start, end) without surrounding whitespace, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
