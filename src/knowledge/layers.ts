/**
 * Layered matching. Each layer is a trie of phrases; a layer's slots (`{country}`, `{institution}`)
 * are filled by the mentions earlier layers found at that token, so names and demonyms (layer 1)
 * make up institutions ("ministère russe de la Défense", layer 2), which make up roles ("porte-parole
 * du ministère russe de la Défense", layer 3). A layer can also take owner phrases before or after a
 * match ("US", "de la Maison Blanche") that tell whose role or institution it is.
 *
 * Every layer is tried at every token; the result keeps, from left to right, the longest mention
 * starting at each point (a higher layer wins a tie), so mentions never overlap.
 */
import { tokenize, type TokenList } from './tokens.js';
import { caseKeys, insertPhrase, longestMatch, matchesAt, mayStartAt, newTrie, type CaseKeys, type MatchContext, type SlotBinding, type TrieNode } from './trie.js';
import { expandPattern, expandPatternForms } from './patterns.js';
import type { EntityMention, MentionKind } from './mention.js';
import type { EntityLexicon } from '../lang/types.js';

export type Binding = SlotBinding<EntityMention>;

/** A phrase's value, how many leading context tokens (`<le> général`) stay out of its span, and its number. */
export interface Phrase<V> {
  value: V;
  context: number;
  plural: boolean;
}

export interface Layer<V> {
  trie: TrieNode<Phrase<V>>;
  ownerBefore: TrieNode<true> | null;
  ownerAfter: TrieNode<true> | null;
  /** The mention a match makes, or null when the match does not stand (no country where one is needed). */
  build(value: V, bindings: readonly Binding[], span: { start: number; end: number }, text: string, plural: boolean): EntityMention | null;
}

/** How many owner phrases may follow one another ("ambassadeur | russe | à l'ONU"). */
const MAX_OWNERS_AFTER = 2;

/** Adds every phrase of each pattern to the trie; a leading `<...>` part is context, outside the span. */
export function addPatterns<V>(trie: TrieNode<Phrase<V>>, patterns: readonly string[], value: V): void {
  for (const pattern of patterns) {
    for (const { phrase, plural } of expandPatternForms(pattern)) {
      const context = /^<([^>]*)>\s*(.*)$/.exec(phrase);
      if (!context) { insertPhrase(trie, phrase, { value, context: 0, plural }); continue; }
      insertPhrase(trie, `${context[1]} ${context[2]}`, { value, context: tokenize(context[1]).keys.length, plural });
    }
  }
}

/**
 * A layer of lexicon entries (roles, institutions) whose matches may take the language's owner
 * phrases before and after them ("US", "de la Maison Blanche").
 */
export function ownedLayer<V extends { patterns: readonly string[] }>(
  entries: readonly V[], lexicon: EntityLexicon, build: Layer<V>['build'],
): Layer<V> {
  const trie = newTrie<Phrase<V>>();
  for (const entry of entries) addPatterns(trie, entry.patterns, entry);
  return { trie, ownerBefore: ownerTrie(lexicon.ownerBefore), ownerAfter: ownerTrie(lexicon.ownerAfter), build };
}

/** A trie of owner phrases, or null when the language has none. */
function ownerTrie(patterns: readonly string[]): TrieNode<true> | null {
  if (patterns.length === 0) return null;
  const trie = newTrie<true>();
  for (const pattern of patterns) for (const phrase of expandPattern(pattern)) insertPhrase(trie, phrase, true);
  return trie;
}

interface Found {
  mention: EntityMention;
  /** Token where the span begins (after any context) and the token after it. */
  spanToken: number;
  endToken: number;
}

/** Slot kinds and the mention kinds that fill them. */
const SLOT_FILLERS: Record<'country' | 'demonym' | 'institution', ReadonlySet<MentionKind>> = {
  country: new Set(['country', 'capital', 'demonym']),
  demonym: new Set(['demonym']),
  institution: new Set(['institution']),
};

/** All mentions of the layers in text[from, to), left to right, without overlaps. */
export function findMentions(
  text: string, from: number, to: number, layers: readonly Layer<any>[], notNames: ReadonlySet<string>,
): EntityMention[] {
  const tokens = tokenize(text, from, to);
  const cased = caseKeys(text, tokens);
  const found: (Found | null)[][] = [];
  for (const layer of layers) {
    const context = slotContext(text, tokens, cased, found, notNames);
    const row: (Found | null)[] = new Array(tokens.keys.length);
    for (let token = 0; token < tokens.keys.length; token++) row[token] = matchLayer(layer, context, token);
    found.push(row);
  }
  return leftmostLongest(found, tokens.keys.length);
}

function slotContext(
  text: string, tokens: TokenList, cased: CaseKeys, found: (Found | null)[][], notNames: ReadonlySet<string>,
): MatchContext<EntityMention> {
  return {
    text, tokens, notNames, cased,
    fillSlot(kind, token) {
      let best: Found | null = null;
      for (const row of found) {
        const candidate = row[token];
        if (candidate && SLOT_FILLERS[kind].has(candidate.mention.kind)
          && (kind !== 'country' || candidate.mention.country !== null)
          && (!best || candidate.endToken > best.endToken)) best = candidate;
      }
      return best && { mention: best.mention, endToken: best.endToken };
    },
  };
}

function matchLayer<V>(layer: Layer<V>, context: MatchContext<EntityMention>, token: number): Found | null {
  if (!mayStartAt(layer.trie, context, token) && !(layer.ownerBefore && mayStartAt(layer.ownerBefore, context, token))) return null;
  let best = matchCore(layer, context, token, []);
  // Every owner, the longest first, which wins a tie: in "Ukrainian military intelligence chief" the role
  // follows "Ukrainian", not the longer "Ukrainian military intelligence".
  const owners = layer.ownerBefore && mayStartAt(layer.ownerBefore, context, token)
    ? matchesAt(layer.ownerBefore, context, token).sort((a, b) => b.endToken - a.endToken) : [];
  for (const owner of owners) {
    const owned = matchCore(layer, context, owner.endToken, owner.bindings, token);
    if (owned && (!best || owned.endToken > best.endToken)) best = owned;
  }
  return best;
}

/** The longest phrase at `token`, extended by owner phrases after it while the mention stands. */
function matchCore<V>(
  layer: Layer<V>, context: MatchContext<EntityMention>, token: number, ownerBindings: Binding[], ownerStart?: number,
): Found | null {
  const core = longestMatch(layer.trie, context, token);
  if (!core) return null;
  const { tokens, text } = context;
  const spanToken = ownerStart ?? token + core.value.context;
  const spanStart = tokens.starts[spanToken];
  const extents = [{ bindings: [...ownerBindings, ...core.bindings], endToken: core.endToken }];
  for (let n = 0; n < MAX_OWNERS_AFTER && layer.ownerAfter; n++) {
    const last = extents[extents.length - 1];
    const owner = longestMatch(layer.ownerAfter, context, last.endToken);
    if (!owner) break;
    extents.push({ bindings: [...last.bindings, ...owner.bindings], endToken: owner.endToken });
  }
  for (let i = extents.length - 1; i >= 0; i--) {
    const { bindings, endToken } = extents[i];
    const span = { start: spanStart, end: tokens.ends[endToken - 1] };
    const mention = layer.build(core.value.value, bindings, span, text, core.value.plural);
    if (mention) return { mention, spanToken, endToken };
  }
  return null;
}

/** From left to right, the longest mention whose span starts at each token (context tokens do not count). */
function leftmostLongest(found: (Found | null)[][], tokenCount: number): EntityMention[] {
  const bySpanStart: (Found | undefined)[] = new Array(tokenCount);
  for (const row of found) {
    for (const candidate of row) {
      if (!candidate) continue;
      const best = bySpanStart[candidate.spanToken];
      if (!best || candidate.endToken >= best.endToken) bySpanStart[candidate.spanToken] = candidate;
    }
  }
  const mentions: EntityMention[] = [];
  for (let token = 0; token < tokenCount;) {
    const best = bySpanStart[token];
    if (!best) { token++; continue; }
    mentions.push(best.mention);
    token = best.endToken;
  }
  return mentions;
}

/** The first slot of a kind, in text order (a loop, not `find`: builds run at every match). */
export function firstSlot(bindings: readonly Binding[], kind: Binding['kind']): Binding | undefined {
  for (const binding of bindings) if (binding.kind === kind) return binding;
  return undefined;
}

/** The first country among the slot mentions, in text order. */
export function firstCountry(bindings: readonly Binding[]): string | null {
  for (const binding of bindings) if (binding.mention?.country) return binding.mention.country;
  return null;
}
