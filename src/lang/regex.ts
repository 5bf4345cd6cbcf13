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

/** An alternation of literal phrases, longest first, as a Unicode-aware whole-word regex. */
export function phraseRegex(phrases: readonly string[], flags = 'iu'): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+'));
  return wordRegex(`\\b(?:${escaped.join('|')})\\b`, flags);
}
