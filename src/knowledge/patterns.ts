/**
 * The small pattern language of the entity lexicons, expanded to plain phrases before matching:
 *
 * - `(a|b|c)` one of the alternatives; `[x]` optional (`[a|b]` = one of them or nothing);
 * - `word(s)` an inflection suffix; equal suffixes of a phrase are taken together and different ones
 *   independently, so "missile(s) balistique(s)" gives "missile balistique" and "missiles balistiques"
 *   and "représentant(e)(s)" gives its four forms; a form that spells out `(s)` or `(x)` is plural;
 * - `{country}`, `{demonym}`, `{institution}`, `{name}` slots, and `#` for any number, are kept
 *   as they are for the matcher (see trie.ts).
 */

const SUFFIX = /(?<=[\p{L}.)])\(([^()|\s]+)\)/gu;

const PLURAL_SUFFIXES: ReadonlySet<string> = new Set(['s', 'x']);

export interface PatternPhrase {
  phrase: string;
  /** Whether the phrase is the plural form ("foreign ministers" from "foreign minister(s)"). */
  plural: boolean;
}

/** All the plain phrases a pattern stands for, whitespace collapsed. */
export function expandPattern(pattern: string): string[] {
  return [...new Set(expandPatternForms(pattern).map((form) => form.phrase))];
}

/** All the plain phrases a pattern stands for, each with its number. */
export function expandPatternForms(pattern: string): PatternPhrase[] {
  const phrases = new Map<string, boolean>();
  for (const { form, plural } of inflect(pattern)) {
    const parser = { source: form, at: 0 };
    const alternatives = parseAlternatives(parser);
    if (parser.at < form.length) throw new Error(`entity pattern "${pattern}": unbalanced "${form[parser.at]}"`);
    for (const phrase of alternatives) {
      const clean = phrase.replace(/\s+/g, ' ').trim();
      if (clean && !phrases.has(clean)) phrases.set(clean, plural);
    }
  }
  return [...phrases].map(([phrase, plural]) => ({ phrase, plural }));
}

/** The pattern with each distinct suffix group left out or spelled out. */
function inflect(pattern: string): { form: string; plural: boolean }[] {
  const suffixes = new Set([...pattern.matchAll(SUFFIX)].map((match) => match[1]));
  let forms = [{ form: pattern, plural: false }];
  for (const suffix of suffixes) {
    const group = `(${suffix})`;
    forms = forms.flatMap(({ form, plural }) => [
      { form: form.replaceAll(group, ''), plural },
      { form: form.replaceAll(group, suffix), plural: plural || PLURAL_SUFFIXES.has(suffix) },
    ]);
  }
  return forms;
}

interface Parser { source: string; at: number }

/** alternatives := sequence ('|' sequence)* */
function parseAlternatives(parser: Parser): string[] {
  const results = parseSequence(parser);
  while (parser.source[parser.at] === '|') {
    parser.at++;
    results.push(...parseSequence(parser));
  }
  return results;
}

/** sequence := (text | '(' alternatives ')' | '[' alternatives ']')* */
function parseSequence(parser: Parser): string[] {
  let results = [''];
  const { source } = parser;
  while (parser.at < source.length) {
    const char = source[parser.at];
    if (char === '|' || char === ')' || char === ']') break;
    let options: string[];
    if (char === '(' || char === '[') {
      parser.at++;
      options = parseAlternatives(parser);
      const close = char === '(' ? ')' : ']';
      if (source[parser.at] !== close) throw new Error(`entity pattern "${source}": missing "${close}"`);
      parser.at++;
      if (char === '[') options.push('');
    } else {
      const end = source.slice(parser.at).search(/[|()[\]]/);
      const text = end < 0 ? source.slice(parser.at) : source.slice(parser.at, parser.at + end);
      parser.at += text.length;
      options = [text];
    }
    results = results.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return results;
}
