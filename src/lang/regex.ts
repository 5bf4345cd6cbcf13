/**
 * Regexes for lexicon patterns. JavaScript's `\b` only knows ASCII letters, so "\bété\b" fails on
 * accented words; lexicons write `\b` naturally and this turns it into a Unicode-aware boundary.
 * A `\b` that opens a word becomes a lookbehind, one that closes it a lookahead.
 */
const OPENS_WORD = '(?<![\\p{L}\\p{N}])';
const CLOSES_WORD = '(?![\\p{L}\\p{N}])';

export function wordRegex(source: string, flags = 'iu'): RegExp {
  // A boundary followed by a letter, a group, a class or \p{...} opens a word; any other closes one, and so does one
  // before a lookahead ("déjà\b(?!\s+été)").
  const converted = source.replace(/\\b(?=(\(\?[=!])?([\p{L}\p{N}(\[]|\\p)?)/gu,
    (_match, lookahead: string | undefined, opening: string | undefined) => (opening && !lookahead ? OPENS_WORD : CLOSES_WORD));
  return regexOf(converted, flags.includes('u') ? flags : flags + 'u');
}

/** A RegExp for `source`: a WordStartRegExp when every alternative opens a word, else a plain one. */
function regexOf(source: string, flags: string): RegExp {
  return scanSourceOf(source) !== null ? new WordStartRegExp(source, flags) : new RegExp(source, flags);
}

const scanSources = new Map<string, string | null>();

/** withoutOpeningBoundary, worked out once per source (global and sticky copies share it). */
function scanSourceOf(source: string): string | null {
  if (!scanSources.has(source)) scanSources.set(source, withoutOpeningBoundary(source));
  return scanSources.get(source)!;
}

/**
 * A pattern each of whose alternatives opens a word. A leading lookbehind stops V8 from skipping
 * ahead to where a match could start, so it tries the whole pattern at every position, about ten
 * times slower. This class scans with the opening lookbehinds removed and checks the word start
 * itself, moving on one character when it fails: the matches are exactly those of the full pattern.
 * Overriding `exec` is enough: `test`, `match`, `replace` and `split` all call it.
 */
class WordStartRegExp extends RegExp {
  readonly #scanner: RegExp;

  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    this.#scanner = new RegExp(scanSourceOf(this.source) ?? this.source, this.flags.includes('g') ? this.flags : this.flags + 'g');
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const scanner = this.#scanner;
    const stateful = this.global || this.sticky;
    let from = stateful ? this.lastIndex : 0;
    while (from <= text.length) {
      scanner.lastIndex = from;
      const match = scanner.exec(text);
      if (match === null) break;
      if (opensWordAt(text, match.index)) {
        if (stateful) this.lastIndex = scanner.lastIndex;
        return match;
      }
      if (this.sticky) break;
      from = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
    }
    if (stateful) this.lastIndex = 0;
    return null;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function opensWordAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // A low surrogate ends a code point that starts one unit earlier.
  const char = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
  return !LETTER_OR_DIGIT.test(char);
}

/**
 * `source` with the word-opening lookbehind removed from the start of every alternative, or null when
 * some alternative does not start with one (directly or through a group that cannot be skipped).
 */
function withoutOpeningBoundary(source: string): string | null {
  const alternatives = topLevelAlternatives(source);
  const stripped: string[] = [];
  for (const alternative of alternatives) {
    if (alternative.startsWith(OPENS_WORD)) {
      stripped.push(alternative.slice(OPENS_WORD.length));
      continue;
    }
    const group = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(alternative);
    if (!group) return null;
    const close = closingParen(alternative);
    if (close < 0 || /^[?*]|^\{0[,}]/.test(alternative.slice(close + 1))) return null;
    const inner = withoutOpeningBoundary(alternative.slice(group[0].length, close));
    if (inner === null) return null;
    stripped.push(group[0] + inner + alternative.slice(close));
  }
  return stripped.join('|');
}

/** Splits a regex source at the `|` that are outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  for (const { index, char, depth } of groupSyntax(source)) {
    if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Index of the `)` closing the group that opens `source`, or -1. */
function closingParen(source: string): number {
  for (const { index, char, depth } of groupSyntax(source)) if (char === ')' && depth === 0) return index;
  return -1;
}

/**
 * The `(`, `)` and `|` of a regex source that are syntax (not escaped, not inside a class), with the
 * group depth they leave: inside a `(`, outside a `)`.
 */
function* groupSyntax(source: string): Generator<{ index: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' || char === ')' || char === '|') {
      if (char !== '|') depth += char === '(' ? 1 : -1;
      yield { index: i, char, depth };
    }
  }
}

const globals = new WeakMap<RegExp, RegExp>();

/** Every match of a lexicon pattern in `text`, with one global copy of the pattern compiled per pattern. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globals.get(pattern);
  if (!global) {
    global = regexOf(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    globals.set(pattern, global);
  }
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    matches.push(m);
    if (m[0] === '') global.lastIndex++;
  }
  return matches;
}

const unions = new WeakMap<object, RegExp>();

/**
 * One regex matching wherever any of `patterns()` matches, compiled once per `key` (the patterns are only
 * listed then): a single scan that tells whether the slower, separate scans are worth running.
 */
export function unionOf(key: object, patterns: () => readonly RegExp[]): RegExp {
  let union = unions.get(key);
  if (!union) {
    union = regexOf(patterns().map((p) => `(?:${p.source})`).join('|'), 'iu');
    unions.set(key, union);
  }
  return union;
}

const anchored = new WeakMap<RegExp, Map<string, RegExp>>();

/** The pattern anchored at the start of `text` (after white space), then `tail`; compiled once per pattern and tail. */
export function matchAtStart(pattern: RegExp, text: string, tail = ''): RegExpExecArray | null {
  let byTail = anchored.get(pattern);
  if (!byTail) {
    byTail = new Map();
    anchored.set(pattern, byTail);
  }
  let re = byTail.get(tail);
  if (!re) {
    re = new RegExp(`^\\s*(?:${pattern.source})${tail}`, pattern.flags.replace('g', ''));
    byTail.set(tail, re);
  }
  return re.exec(text);
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The pattern matched exactly at `index` of `text`, with one sticky copy compiled per pattern. */
export function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    stickies.set(pattern, sticky);
  }
  sticky.lastIndex = index;
  return sticky.exec(text);
}

/**
 * An optional apposition between commas, for patterns whose parts it may separate: "the allegations,
 * repeated by several capitals, that P", "les accusations, relayées par la presse, selon lesquelles P".
 */
export const APPOSITION = String.raw`(?:\s*,[^,;.!?]{3,80}?,)?`;

/** An alternation of literal phrases, longest first, as a Unicode-aware whole-word regex. */
export function phraseRegex(phrases: readonly string[], flags = 'iu'): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+'));
  return wordRegex(`\\b(?:${escaped.join('|')})\\b`, flags);
}
