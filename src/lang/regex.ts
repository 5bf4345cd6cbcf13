/**
 * Regexes for lexicon patterns. JavaScript's `\b` only knows ASCII letters, so "\bété\b" fails on
 * accented words; lexicons write `\b` naturally and this turns it into a Unicode-aware boundary.
 * A `\b` that opens a word becomes a lookbehind, one that closes it a lookahead: a two-sided
 * boundary makes V8 try the whole pattern at every position, about ten times slower.
 */
const OPENS_WORD = '(?<![\\p{L}\\p{N}])';
const CLOSES_WORD = '(?![\\p{L}\\p{N}])';

export function wordRegex(source: string, flags = 'iu'): RegExp {
  // A boundary followed by a letter, a group, a class or \p{...} opens a word; any other closes one.
  const converted = source.replace(/\\b(?=([\p{L}\p{N}(\[]|\\p)?)/gu, (_match, opening: string | undefined) => (opening ? OPENS_WORD : CLOSES_WORD));
  return new RegExp(converted, flags.includes('u') ? flags : flags + 'u');
}

const globals = new WeakMap<RegExp, RegExp>();

/** Every match of a lexicon pattern in `text`, with one global copy of the pattern compiled per pattern. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
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
 * One regex matching wherever any of `patterns` matches, compiled once per `key`: a single scan that
 * tells whether the slower, separate scans are worth running.
 */
export function unionOf(key: object, patterns: readonly RegExp[]): RegExp {
  let union = unions.get(key);
  if (!union) {
    union = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'iu');
    unions.set(key, union);
  }
  return union;
}

const anchored = new WeakMap<RegExp, RegExp>();

/** The pattern anchored at the start of `text` (after white space), compiled once per pattern. */
export function matchAtStart(pattern: RegExp, text: string, tail = ''): RegExpExecArray | null {
  let re = anchored.get(pattern);
  if (!re) {
    re = new RegExp(`^\\s*(?:${pattern.source})${tail}`, pattern.flags.replace('g', ''));
    anchored.set(pattern, re);
  }
  return re.exec(text);
}

/** An alternation of literal phrases, longest first, as a Unicode-aware whole-word regex. */
export function phraseRegex(phrases: readonly string[], flags = 'iu'): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+'));
  return wordRegex(`\\b(?:${escaped.join('|')})\\b`, flags);
}
