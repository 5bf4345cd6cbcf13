/**
 * A Unicode regex tokenizer: one global regex, one match per token, offsets into the original text. Language-agnostic, but it knows the two places where French glues words together:
 * elisions ("l’Iran" -> "l’" + "Iran") and inverted subject pronouns ("a-t-il" -> "a" + "-t-il").
 */
import type { Span, Token, TokenKind } from '../core/types.js';

const CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
/** Subject pronouns hyphenated after a verb ("dit-il", "a-t-on"); "-on" only with the euphonic t ("add-on"). */
const CLITIC = String.raw`-(?:t-(?:ils?|elles?|on)|ils?|elles?|je)(?!${CHAR})`;
const ELISION = String.raw`(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})`;
/** A word holds at least one letter; inner hyphens and apostrophes join parts ("Shahed-136", "aujourd’hui"). */
const WORD = String.raw`\p{N}*\p{L}${CHAR}*(?:(?!${CLITIC})[-‐'’]${CHAR}+)*`;
/** Digits with inner separators: "3.5", "3,5", "23.10.2022", "13:27", "15 000" (no-break spaces only). */
const NUMBER = String.raw`\p{N}+(?:[.,:/\u00a0\u202f]\p{N}+)*`;
const QUOTE = `[«»“”„‟"‹›‘’‚']`;
/** Signs Unicode files as punctuation but that read as symbols: "%", "#", "&", "@", "§". */
const SYMBOL = String.raw`\p{S}|[%‰‱#&@*§¶†‡]`;
const PUNCT = String.raw`\.{2,}|[?!]{2,}|\p{P}`;

const TOKEN = new RegExp(
  `(${ELISION})|(${CLITIC})|(${WORD})|(${NUMBER})|(${QUOTE})|(${SYMBOL})|(${PUNCT})|\\S`,
  'gu',
);
const KINDS: TokenKind[] = ['word', 'word', 'word', 'number', 'quote', 'symbol', 'punct'];

/** Tokens of `text` inside `span` (the whole text by default), whitespace skipped. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const part = text.slice(span.start, span.end);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m !== null; m = TOKEN.exec(part)) {
    const start = span.start + m.index;
    tokens.push({ start, end: start + m[0].length, text: m[0], kind: kindOf(m) });
  }
  return tokens;
}

function kindOf(match: RegExpExecArray): TokenKind {
  for (let group = 1; group <= KINDS.length; group++) {
    if (match[group] !== undefined) return KINDS[group - 1];
  }
  return 'symbol';
}
