/**
 * A token trie over folded tokens (tokens.ts), with slots that match a mention found by an earlier
 * layer (`{country}`, `{institution}`...), a capitalised word (`{name}`) or a number (`#`).
 *
 * Case lives on the edges: a pattern word written capitalised ("Turkey") only follows a capitalised
 * text token, a short all-capital acronym ("US", "KN-#") only the same letters in capitals, and a
 * lower-case word any token. So "turkey" is no country, "us" no United States, "drones" any drones.
 */
import { isNumberKey, isUpperAt, tokenize, type TokenList } from './tokens.js';

export type SlotKind = 'country' | 'demonym' | 'institution' | 'name' | 'number';
const SLOT_KINDS = new Set<string>(['country', 'demonym', 'institution', 'name', 'number']);

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  slots: [SlotKind, TrieNode<T>][] | null;
  /** The value of the phrase ending here: the first one inserted. */
  value: T | undefined;
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), slots: null, value: undefined };
}

/** Edge key prefixes for case-sensitive words. */
const CAPITAL = '^';
const EXACT = '=';
/** Acronyms this short are words in some language when lower-cased ("US", "UN", "EU" = French "eu"). */
const MAX_EXACT_LETTERS = 5;

/** Adds one plain phrase (already expanded, see patterns.ts) ending in `value`; a phrase keeps its first value. */
export function insertPhrase<T>(root: TrieNode<T>, phrase: string, value: T): void {
  const exact = isShortAcronym(phrase);
  let node = root;
  for (const piece of phrase.split(/(\{[a-z]+\}|#)/)) {
    const slot = piece === '#' ? 'number' : /^\{([a-z]+)\}$/.exec(piece)?.[1];
    if (slot !== undefined) {
      if (!SLOT_KINDS.has(slot)) throw new Error(`entity pattern "${phrase}": unknown slot {${slot}}`);
      node = slotChild(node, slot as SlotKind);
      continue;
    }
    const tokens = tokenize(piece);
    for (let i = 0; i < tokens.keys.length; i++) {
      const original = piece.slice(tokens.starts[i], tokens.ends[i]);
      node = child(node, edgeKey(original, tokens.keys[i], exact));
    }
  }
  node.value ??= value;
}

function isShortAcronym(phrase: string): boolean {
  const letters = phrase.replace(/\{[a-z]+\}|[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= MAX_EXACT_LETTERS && letters === letters.toUpperCase()
    && letters !== letters.toLowerCase();
}

function edgeKey(original: string, key: string, exact: boolean): string {
  if (!/\p{L}/u.test(original)) return key;
  if (exact) return EXACT + original;
  return isUpperAt(original, 0) ? CAPITAL + key : key;
}

function child<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  let next = node.next.get(key);
  if (!next) node.next.set(key, next = newTrie<T>());
  return next;
}

function slotChild<T>(node: TrieNode<T>, slot: SlotKind): TrieNode<T> {
  node.slots ??= [];
  const found = node.slots.find(([kind]) => kind === slot);
  if (found) return found[1];
  const next = newTrie<T>();
  node.slots.push([slot, next]);
  return next;
}

/** A slot filled in a match: which tokens it took and what earlier layer's mention, if any. */
export interface SlotBinding<M> {
  kind: SlotKind;
  startToken: number;
  endToken: number;
  /** Offsets of the filled text. */
  start: number;
  end: number;
  mention: M | null;
}

/** The text being matched: its tokens and how slots are filled there. */
export interface MatchContext<M> {
  text: string;
  tokens: TokenList;
  /** The longest earlier mention of a slot kind starting at a token, with the token after it. */
  fillSlot(kind: 'country' | 'demonym' | 'institution', token: number): { mention: M; endToken: number } | null;
  /** Capitalised words that cannot be a `{name}`, folded. */
  notNames: ReadonlySet<string>;
  /** The case-sensitive edge keys of the tokens (see caseKeys). */
  cased: CaseKeys;
}

/** Per token, the keys of the case-sensitive edges it can follow; null for a token not capitalised. */
export interface CaseKeys {
  capital: (string | null)[];
  exact: (string | null)[];
}

/** Built once per text rather than at every trie node, where they would be concatenated again and again. */
export function caseKeys(text: string, tokens: TokenList): CaseKeys {
  const capital: (string | null)[] = new Array(tokens.keys.length).fill(null);
  const exact: (string | null)[] = new Array(tokens.keys.length).fill(null);
  for (let i = 0; i < tokens.keys.length; i++) {
    if (!isUpperAt(text, tokens.starts[i])) continue;
    capital[i] = CAPITAL + tokens.keys[i];
    exact[i] = EXACT + text.slice(tokens.starts[i], tokens.ends[i]);
  }
  return { capital, exact };
}

/** A match: the value, the token after it and the slots it filled. */
export interface TrieMatch<T, M> {
  value: T;
  endToken: number;
  bindings: SlotBinding<M>[];
}

/** The longest match at `start` (literal words win a tie over slots, then the earliest inserted value). */
export function longestMatch<T, M>(
  root: TrieNode<T>, context: MatchContext<M>, start: number, bindings: SlotBinding<M>[] = [],
): TrieMatch<T, M> | null {
  const search: Search<T, M> = { context, bindings, best: null };
  visit(search, root, start);
  return search.best;
}

/** Every match at `start`, one per length, in the order longestMatch would prefer them among equals. */
export function matchesAt<T, M>(root: TrieNode<T>, context: MatchContext<M>, start: number): TrieMatch<T, M>[] {
  const search: Search<T, M> = { context, bindings: [], best: null, all: [] };
  visit(search, root, start);
  return search.all!;
}

interface Search<T, M> {
  context: MatchContext<M>;
  /** Slots filled on the current path. */
  bindings: SlotBinding<M>[];
  best: TrieMatch<T, M> | null;
  /** When collecting every match: the first found of each length. */
  all?: TrieMatch<T, M>[];
}

// A plain recursive function rather than a closure: this runs at every token of every text.
function visit<T, M>(search: Search<T, M>, node: TrieNode<T>, token: number): void {
  const { context, bindings } = search;
  if (node.value !== undefined && (!search.best || token > search.best.endToken)) {
    search.best = { value: node.value, endToken: token, bindings: bindings.slice() };
  }
  if (node.value !== undefined && search.all && !search.all.some((m) => m.endToken === token)) {
    search.all.push({ value: node.value, endToken: token, bindings: bindings.slice() });
  }
  const { keys, starts, ends } = context.tokens;
  if (token >= keys.length) return;
  const plain = node.next.get(keys[token]);
  if (plain) visit(search, plain, token + 1);
  const capitalKey = context.cased.capital[token];
  if (capitalKey !== null) {
    const capital = node.next.get(capitalKey);
    if (capital) visit(search, capital, token + 1);
    const exact = node.next.get(context.cased.exact[token]!);
    if (exact) visit(search, exact, token + 1);
  }
  if (!node.slots) return;
  for (const [kind, next] of node.slots) {
    const filled = fillSlot(context, kind, token);
    if (!filled) continue;
    bindings.push({
      kind, startToken: token, endToken: filled.endToken, start: starts[token], end: ends[filled.endToken - 1], mention: filled.mention,
    });
    visit(search, next, filled.endToken);
    bindings.pop();
  }
}

/** A cheap test that rules out most tokens: no phrase of the trie can start with this one. */
export function mayStartAt<T, M>(trie: TrieNode<T>, context: MatchContext<M>, token: number): boolean {
  if (trie.slots) return true;
  if (trie.next.has(context.tokens.keys[token])) return true;
  const capitalKey = context.cased.capital[token];
  return capitalKey !== null && (trie.next.has(capitalKey) || trie.next.has(context.cased.exact[token]!));
}

function fillSlot<M>(context: MatchContext<M>, kind: SlotKind, token: number): { mention: M | null; endToken: number } | null {
  const key = context.tokens.keys[token];
  if (kind === 'number') return isNumberKey(key) ? { mention: null, endToken: token + 1 } : null;
  if (kind === 'name') {
    const isName = context.cased.capital[token] !== null && /^\p{L}/u.test(key) && !context.notNames.has(key);
    return isName ? { mention: null, endToken: token + 1 } : null;
  }
  return context.fillSlot(kind, token);
}
