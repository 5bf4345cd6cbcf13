/**
 * Tokens for entity matching, read on a case- and accent-folded view of the text that keeps every
 * offset: each UTF-16 code unit folds to exactly one code unit, so a token's [start, end) is valid in
 * the original text too.
 *
 * Hyphens, apostrophes and spaces only separate tokens ("Su-35" = "Su 35", "l'armée" = "l armée");
 * a letter run and a digit run are separate tokens ("SU35" = "Su 35"); any other punctuation mark is
 * a token of its own, so names never match across commas or quotes.
 */

const enum CharClass { Unknown = 0, Separator, Letter, Digit, Mark, Punct }

const SEPARATORS = new Set([..."-\u2010\u2011\u00AD'\u2019\u2018\u02BC`\u00B4\u2032"]);
/** Letters that Unicode decomposition leaves alone but readers see as accented Latin letters. */
const EXTRA_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h' };

const classes = new Uint8Array(0x10000);
const folds = new Uint16Array(0x10000);

function classify(code: number): void {
  const char = String.fromCharCode(code);
  let cls: CharClass;
  if (SEPARATORS.has(char) || /\s/.test(char) || (code >= 0xd800 && code <= 0xdfff)) cls = CharClass.Separator;
  else if (/\p{M}/u.test(char)) cls = CharClass.Mark;
  else if (/\p{L}/u.test(char)) cls = CharClass.Letter;
  else if (/\p{Nd}/u.test(char)) cls = CharClass.Digit;
  else cls = CharClass.Punct;
  const base = char.normalize('NFD')[0].toLowerCase()[0];
  folds[code] = (EXTRA_FOLDS[base] ?? base).charCodeAt(0);
  classes[code] = cls;
}

function classOf(code: number): CharClass {
  if (classes[code] === CharClass.Unknown) classify(code);
  return classes[code];
}

/** Folded form of one code unit (lower case, accents removed). */
function foldUnit(code: number): number {
  if (classes[code] === CharClass.Unknown) classify(code);
  return folds[code];
}

/** Tokens of a range of text: parallel arrays of offsets and folded keys. */
export interface TokenList {
  starts: number[];
  ends: number[];
  /** Folded token text ("etats", "35", "."). */
  keys: string[];
}

/** Tokenises `text` between `from` and `to`; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): TokenList {
  const tokens: TokenList = { starts: [], ends: [], keys: [] };
  const folded = foldRange(text, from, to);
  let i = from;
  while (i < to) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === CharClass.Separator || cls === CharClass.Mark) { i++; continue; }
    const start = i;
    let hasMark = false;
    i++;
    if (cls !== CharClass.Punct) {
      for (; i < to; i++) {
        const next = classOf(text.charCodeAt(i));
        if (next === CharClass.Mark) hasMark = true;
        else if (next !== cls) break;
      }
    }
    const key = folded.slice(start - from, i - from);
    tokens.starts.push(start);
    tokens.ends.push(i);
    tokens.keys.push(hasMark ? key.replace(/\p{M}/gu, '') : key);
  }
  return tokens;
}

const UTF16 = new TextDecoder('utf-16le');

/** The folded copy of text[from, to), the same length. */
function foldRange(text: string, from: number, to: number): string {
  const codes = new Uint16Array(to - from);
  for (let i = from; i < to; i++) codes[i - from] = foldUnit(text.charCodeAt(i));
  return UTF16.decode(codes);
}

/** A token of digits ("35", "2024"): tokens are runs of one character class, so its first character tells. */
export function isNumberKey(key: string): boolean {
  return key.length > 0 && classOf(key.charCodeAt(0)) === CharClass.Digit;
}

/** The folded key of a whole phrase, for dictionary look-ups ("États-Unis" -> "etats unis"). */
export function foldPhrase(phrase: string): string {
  return tokenize(phrase).keys.join(' ');
}

/** True when the code unit at `offset` is an upper-case letter. */
export function isUpperAt(text: string, offset: number): boolean {
  const char = text[offset];
  return char !== undefined && char !== char.toLowerCase();
}
