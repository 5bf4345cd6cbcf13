/**
 * General knowledge: find the countries, capitals, demonyms, regions, blocs, institutions, weapon
 * items and roles a text mentions, with offsets into the original text.
 *
 *   findEntities(text, sentence, languagePack('fr'))
 *   -> [{ start, end, kind: 'role', canonical: 'spokesperson', role: 'spokesperson', country: 'United States', institution: 'Pentagon' }, ...]
 *
 * Matchers are built once per language pack (some tens of milliseconds), then run in time linear in the text.
 */
import type { Item, Span } from '../core/types.js';
import type { EntityLexicon, LanguagePack } from '../lang/types.js';
import { SUPPORTED_LANGUAGES, languagePack } from '../lang/index.js';
import { CAPITALS, PROVINCES, REGIONS, countryByCode, countryNames } from './countries.js';
import { INSTITUTIONS, institutionLayer } from './institutions.js';
import { SYSTEM_ORIGINS, WEAPON_SYSTEMS, itemAncestors } from './items.js';
import { roleLayer } from './roles.js';
import { addPatterns, findMentions, firstSlot, type Layer, type Phrase } from './layers.js';
import { newTrie } from './trie.js';
import { foldPhrase } from './tokens.js';
import { isStatelessGroup, type EntityMention } from './mention.js';

export type { EntityMention, MentionKind } from './mention.js';
export { isStatelessGroup, namesCountry } from './mention.js';
export { countryByCode } from './countries.js';
export { itemAncestors } from './items.js';
export { broaderRole } from './roles.js';

const STATELESS_GROUPS: ReadonlySet<string> = new Set(INSTITUTIONS.filter((i) => isStatelessGroup({ institutionKind: i.kind, country: i.country })).map((i) => i.name));

/** The canonical name of an armed group of no state ("Houthis", "Hezbollah"): a party in its own name. */
export function isStatelessGroupName(name: string): boolean {
  return STATELESS_GROUPS.has(name);
}

/** The part of a language pack the finder reads, so callers can pass a whole pack. */
export type EntityLanguage = Pick<LanguagePack, 'entities'>;

interface Matcher {
  layers: Layer<any>[];
  notNames: ReadonlySet<string>;
}

const matchers = new WeakMap<EntityLexicon, Matcher>();

/** Entity mentions inside `span` (default: the whole text), left to right, never overlapping. */
export function findEntities(text: string, span: Span | null, lang: EntityLanguage): EntityMention[] {
  const { layers, notNames } = matcherFor(lang.entities);
  return findMentions(text, span?.start ?? 0, span?.end ?? text.length, layers, notNames);
}

/** Role mentions only: the role span, its English role and the country it implies. */
export function findRoles(text: string, span: Span | null, lang: EntityLanguage): EntityMention[] {
  return findEntities(text, span, lang).filter((mention) => mention.kind === 'role');
}

/** The item mentions of a span and the most specific item among them (the first on a tie). */
export function findItems(text: string, span: Span | null, lang: EntityLanguage): { item: Item | null; mentions: EntityMention[] } {
  const mentions = findEntities(text, span, lang).filter((mention) => mention.item !== undefined);
  let item: Item | null = null;
  for (const mention of mentions) {
    if (item === null || itemAncestors(mention.item!).length > itemAncestors(item).length) item = mention.item!;
  }
  return { item, mentions };
}

/** True when `broader` is a strict ancestor of `narrower` ("weapons" of "drones"). */
export function isBroaderItem(broader: Item, narrower: Item): boolean {
  return itemAncestors(narrower).includes(broader);
}

/** The same item, or one a class of the other ("missiles" and "ballistic missiles"). */
export function relatedItems(a: Item, b: Item): boolean {
  return a === b || isBroaderItem(a, b) || isBroaderItem(b, a);
}

/**
 * The country a word or phrase stands for in any supported language ("Téhéran", "nord-coréenne",
 * "US", "Kremlin" -> "Russia"), or null. Case rules apply: "us" is no country.
 */
export function countryOf(word: string): string | null {
  return wholeMention(word, () => true)?.country ?? null;
}

/** Canonical name of a country from an ISO alpha-2 code or a name in any supported language, or null. */
export function countryName(codeOrName: string): string | null {
  const trimmed = codeOrName.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const byCode = countryByCode(trimmed);
    if (byCode) return byCode;
  }
  const isCountry = (mention: EntityMention) => mention.kind === 'country';
  // DisplayNames' own forms name a country too: "Myanmar (Burma)", "Congo - Kinshasa".
  return wholeMention(trimmed, isCountry)?.country ?? wholeMention(trimmed.replace(/\s*\(.*\)$/, ''), isCountry)?.country ?? null;
}

/** The mention covering all of `phrase`, in the first supported language that has one. */
function wholeMention(phrase: string, accept: (mention: EntityMention) => boolean): EntityMention | null {
  const trimmed = phrase.trim();
  for (const code of SUPPORTED_LANGUAGES) {
    const mentions = findEntities(trimmed, null, languagePack(code));
    if (mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === trimmed.length && accept(mentions[0])) {
      return mentions[0];
    }
  }
  return null;
}

function matcherFor(lexicon: EntityLexicon): Matcher {
  let matcher = matchers.get(lexicon);
  if (!matcher) {
    matcher = {
      layers: [nameLayer(lexicon), institutionLayer(lexicon), roleLayer(lexicon)],
      notNames: new Set(lexicon.notNames.map(foldPhrase)),
    };
    matchers.set(lexicon, matcher);
  }
  return matcher;
}

/** What a plain name stands for; `#` in `canonical` is replaced by the number the text gives. */
type NameValue = Omit<EntityMention, 'start' | 'end'>;

/** Layer 1: names of countries, places, blocs, institutions, items, and the language's demonyms. */
function nameLayer(lexicon: EntityLexicon): Layer<NameValue> {
  const trie = newTrie<Phrase<NameValue>>();
  const add = (patterns: readonly string[], value: NameValue) => addPatterns(trie, patterns, value);
  for (const { name, kind, country, aliases } of INSTITUTIONS) add(aliases, { kind: 'institution', canonical: name, country, institutionKind: kind });
  for (const [country, names] of countryNames(SUPPORTED_LANGUAGES)) add(names, { kind: 'country', canonical: country, country });
  for (const [region, names] of Object.entries(REGIONS)) add(names, { kind: 'region', canonical: region, country: null });
  for (const [country, names] of Object.entries(CAPITALS)) add(names, { kind: 'capital', canonical: country, country });
  for (const [country, names] of Object.entries(PROVINCES)) add(names, { kind: 'region', canonical: country, country });
  for (const [country, bases] of Object.entries(lexicon.demonyms)) {
    add(bases.flatMap((base) => inflectDemonym(base, lexicon)), { kind: 'demonym', canonical: country, country });
  }
  for (const [bloc, words] of Object.entries(lexicon.blocs)) add(words, { kind: 'bloc', canonical: bloc, country: null });
  for (const [item, words] of Object.entries(lexicon.items) as [Item, readonly string[]][]) add(words, { kind: 'item', canonical: item, country: null, item });
  const origins = new Map(Object.entries(SYSTEM_ORIGINS).flatMap(([country, names]) => names.map((name) => [name, country])));
  for (const [item, names] of Object.entries(WEAPON_SYSTEMS) as [Item, readonly string[]][]) {
    for (const name of names) {
      const origin = origins.get(name);
      // "a new batch of Shaheds", "des Lancets": a name ending in a letter takes a plural.
      const plurals = /\p{Ll}$/u.test(name) ? [name, `${name}s`] : [name];
      const forms = [...plurals, ...(lexicon.systemClassWords[item] ?? []).map((word) => `${name} ${word}`)];
      add(forms, { kind: 'item', canonical: name, country: null, item, ...(origin ? { origin } : {}) });
    }
  }
  return {
    trie, ownerBefore: null, ownerAfter: null,
    build(value, bindings, span, text) {
      const number = firstSlot(bindings, 'number');
      const canonical = number ? value.canonical.replace('#', text.slice(number.start, number.end)) : value.canonical;
      const mention: EntityMention = { start: span.start, end: span.end, kind: value.kind, canonical, country: value.country };
      if (value.item) mention.item = value.item;
      if (value.origin) mention.origin = value.origin;
      if (value.institutionKind) mention.institutionKind = value.institutionKind;
      return mention;
    },
  };
}

/** All forms of a demonym: `a|b|c` as listed, else the base form with the endings its suffix takes. */
function inflectDemonym(base: string, lexicon: EntityLexicon): string[] {
  if (base.includes('|')) return base.split('|');
  const [, endings] = lexicon.demonymEndings.find(([suffix]) => base.endsWith(suffix)) ?? ['', ['']];
  return endings.map((ending) => base + ending);
}
