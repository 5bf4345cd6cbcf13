/**
 * What a word is, read from its neighbours and the lexicon: the few word-class tests the annotators
 * share, since we have no tagger; and how a phrase found by a pattern replaces the words inside it.
 */
import type { Span, Token } from '../core/types.js';
import type { ClaimLexicon } from '../lang/types.js';

/** Words a source named by common nouns may have after its determiner ("l'opposition", "a local newspaper"). */
const MAX_SOURCE_WORDS = 3;
/** Words a source with no determiner spans at most ("independent sanctions monitors"). */
const MAX_BARE_SOURCE_WORDS = 3;

/** An auxiliary of any voice: "a", "has", "été", "were". */
export function isAuxiliary(word: string, lex: ClaimLexicon): boolean {
  return lex.auxiliaries.has(word) || lex.passiveAuxiliaries.has(word);
}

/** A verb the lexicons know: an auxiliary, an event verb, a reporting verb, a verb of refusal ("declined") or of urging ("urged"). */
export function isVerb(word: string | undefined, lex: ClaimLexicon): boolean {
  return word !== undefined && (lex.auxiliaries.has(word) || lex.events.has(word) || lex.reportingVerbs.has(word) || lex.refusals.has(word)
    || lex.urgings.has(word) || lex.reactionVerbs.has(word));
}

/**
 * The index of the sentence's first verb the lexicons know, after its first word; -1 when none. After a
 * determiner a verb's form is a noun ("the state news agency").
 */
export function firstVerbIndex(tokens: readonly Token[], lex: ClaimLexicon): number {
  // A capitalised word inside the sentence is a name's ("the United States said"), unless the line is in title case
  // ("Iran Denies Sending Drones to Russia"), which is only worked out for a capitalised verb form.
  let titleCased: boolean | undefined;
  return tokens.findIndex((t, i) => i > 0 && t.kind === 'word' && isVerb(t.text.toLowerCase(), lex)
    && !lex.determiners.has(tokens[i - 1].text.toLowerCase()) && (!CAPITALISED.test(t.text) || (titleCased ??= isTitleCased(tokens))));
}

const CAPITALISED = /^\p{Lu}/u;

/** Most words of the line are capitalised ("Iran Denies Supplying Russia With Drones"). */
export function isTitleCased(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  return 2 * words.filter((t) => CAPITALISED.test(t.text)).length > words.length;
}

/** A lower-case word that is no function word, auxiliary or reporting verb: part of a noun phrase. */
export function isLowerCaseContentWord(t: Token, lex: ClaimLexicon): boolean {
  return t.kind === 'word' && /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !lex.pronouns.has(t.text) && !lex.nameStopwords.has(t.text)
    && !lex.auxiliaries.has(t.text) && !lex.reportingVerbs.has(t.text);
}

/** A pronoun that can stand for a speaker: "il", "she", "they", and "we", "nous" (lower case). */
export function isSpeakerPronoun(word: string, lex: ClaimLexicon): boolean {
  return lex.pronouns.has(word) || lex.firstPersonPlural.has(word);
}

/** A comma or a conjunction, between two items of a list (", ", "et", "and"). */
export function isListJoiner(word: string, lex: ClaimLexicon): boolean {
  return word === ',' || lex.conjunctions.has(word.toLowerCase());
}

/** A form of an event noun ("livraison", "deployment"), or a verb form listed as a noun too ("transfers"). */
export function isEventNoun(word: string, lex: ClaimLexicon): boolean {
  const entry = lex.events.get(word);
  return entry !== undefined && (entry.tense === 'noun' || entry.alsoNoun === true);
}

/** Only commas and conjunctions between two items of a list (", ", " et ", " and "). */
export function isListGap(gap: string, lex: ClaimLexicon): boolean {
  return gap.split(/[\s,]+/u).every((word) => word === '' || isListJoiner(word, lex));
}

/** A source named with no determiner ("officials", "independent sanctions monitors"), where the language allows one. */
export function isBareSource(tokens: readonly Token[], lex: ClaimLexicon): boolean {
  return lex.bareSource !== null && tokens.length > 0 && tokens.length <= MAX_BARE_SOURCE_WORDS && lex.bareSource.test(tokens.map((t) => t.text).join(' '));
}

/**
 * A determiner or a number, and a few lower-case words ("l'opposition", "the local press", "six sources",
 * « de source militaire »): a source the text names without a name. Anything longer is a clause, not a
 * subject. Official statements capitalise the organisation they name again ("The Ministry reiterates").
 */
export function isCommonNounSource(tokens: readonly Token[], lex: ClaimLexicon): boolean {
  if (isBareSource(tokens, lex)) return true;
  const [determiner, ...words] = withoutSourceQualifier(tokens, lex);
  const opener = determiner?.text.toLowerCase() ?? '';
  if (lex.nonSourceDeterminers.has(opener)) return false;
  const opens = lex.determiners.has(opener) || lex.articleFreeSourceOpeners.has(opener) || lex.cardinals.has(opener) || /^\p{Nd}+$/u.test(opener);
  if (!opens || words.length === 0) return false;
  if (words.length === 1 && lex.organisationHeads.has(words[0].text.toLowerCase())) return true;
  // "a Balkan investigative network", "a European group": capitalised qualifiers may stand before the head of a body's name
  // (not before people: "the Belarusian soldiers").
  // The head, last, is always a lower-case word: neither exception below applies to it.
  const head = words.at(-1)!.text.toLowerCase();
  const body = lex.organisationHeads.has(head) || lex.mediaNouns.has(head);
  const qualifier = (w: Token, k: number) => body && k < words.length - 1 && w.kind === 'word' && CAPITALISED.test(w.text) && !lex.nameStopwords.has(w.text.toLowerCase());
  // "a group of experts", « une commission d'enquête »: two nouns joined, article-free.
  const link = (w: Token, k: number) => k > 0 && k < words.length - 1 && lex.nounLinks.has(w.text.toLowerCase()) && isLowerCaseContentWord(words[k + 1], lex);
  return words.length <= MAX_SOURCE_WORDS && words.every((w, k) => isLowerCaseContentWord(w, lex) || qualifier(w, k) || link(w, k));
}

/** The tokens of a source before what it knows ("two people" of "two people familiar with the matter"). */
function withoutSourceQualifier(tokens: readonly Token[], lex: ClaimLexicon): readonly Token[] {
  const words = tokens.map((t) => t.text);
  const qualifier = lex.sourceQualifier.exec(words.join(' '));
  if (!qualifier) return tokens;
  let length = 0;
  const kept = words.findIndex((word) => (length += word.length + 1) > qualifier.index + 1);
  return kept < 0 ? tokens : tokens.slice(0, kept);
}

/**
 * Word i heads a noun phrase: a determiner, a preposition (not an infinitive marker) or a possessor
 * right before it, so a present verb form there is a noun ("the transfers", "on ships", "à propos des
 * déclarations", "Pyongyang's state media").
 */
export function isNounPosition(lower: readonly string[], i: number, lex: ClaimLexicon): boolean {
  const previous = lower[i - 1];
  return previous !== undefined && (lex.determiners.has(previous) || lex.prepositions.has(previous) && !lex.infinitiveMarkers.has(previous)
    || lex.possessor !== null && lex.possessor.test(previous));
}

/** Removes from `list` the spans overlapping [start, end): a phrase replaces the single words inside it. */
export function dropOverlapping(list: Span[], start: number, end: number): void {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].start < end && start < list[k].end) list.splice(k, 1);
}

/** Index of the first token starting at or after `offset`, or `tokens.length` when none does. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

/** The preposition right before a mention, skipping an article ("à la Russie" -> "à"). */
export function prepositionBefore(tokens: readonly Token[], at: number, lex: ClaimLexicon): string | null {
  const word = wordBefore(tokens, at, lex);
  return word !== null && lex.prepositions.has(word) ? word : null;
}

/**
 * The lower-cased word right before offset `at`, skipping an article ("frappé la ville" -> "frappé"), a
 * word narrowing a place ("sent to eastern Russia" -> "to") and a place noun naming it (« déployées dans la
 * région de Koursk » -> « dans »), or null.
 */
export function wordBefore(tokens: readonly Token[], at: number, lex: ClaimLexicon): string | null {
  const lower = (k: number) => tokens[k].text.toLowerCase();
  let k = tokenIndexAt(tokens, at) - 1;
  while (k >= 0 && tokens[k].end > at) k--;
  const skipPlaceWords = () => {
    if (k >= 0 && lex.placeQualifiers.has(lower(k))) k--;
    if (k >= 0 && lex.determiners.has(lower(k))) k--;
  };
  skipPlaceWords();
  if (k >= 1 && lex.nounLinks.has(lower(k)) && lex.placeNouns.has(lower(k - 1))) {
    k -= 2;
    skipPlaceWords();
  }
  return k >= 0 ? lower(k) : null;
}

/**
 * The lower-cased word before the preposition governing the word at offset `at`, an article skipped ("the
 * war in Ukraine" -> "war", « une arme utilisée en Ukraine » -> "utilisée"); null when no preposition stands there.
 */
export function wordBeforePreposition(tokens: readonly Token[], at: number, lex: ClaimLexicon): string | null {
  const k = prepositionIndexBefore(tokens, at, lex);
  return k > 0 ? tokens[k - 1].text.toLowerCase() : null;
}

/** The index of the preposition governing the word at offset `at`, an article skipped ("in the Kursk region" -> "in"), or -1. */
export function prepositionIndexBefore(tokens: readonly Token[], at: number, lex: ClaimLexicon): number {
  let k = tokenIndexAt(tokens, at) - 1;
  if (k >= 0 && lex.determiners.has(tokens[k].text.toLowerCase())) k--;
  return k >= 0 && lex.prepositions.has(tokens[k].text.toLowerCase()) ? k : -1;
}

/** A word's possessive ending ("Iran's", "Petrenko’s"). */
export const POSSESSIVE_ENDING = /['’]s$/u;

/** A relative pronoun, subject or object ("which", "who", « qui », « dont »). */
export function isRelativePronoun(word: string, lex: ClaimLexicon): boolean {
  return lex.subjectRelatives.has(word) || lex.objectRelatives.has(word);
}

/** Between a country and what it owns: "South Korea's", "the South Korean". */
export const POSSESSIVE_GAP = /^(?:['’]s)?\s$/u;

/** Nothing, or a short preposition a date leaves out, between a word and the date beside it ("said on Monday", "in Moscow on Monday"). */
export const SHORT_PREPOSITION_ONLY = /^\s*(?:\p{Ll}{1,3}\s+)?$/u;

/** The sentence ends in a question mark, maybe inside a closing quote. */
export function isQuestion(text: string, sentence: Span): boolean {
  return /\?\s*[»”"]?\s*$/u.test(text.slice(sentence.start, sentence.end));
}

/** How many of the tokens are words. */
export function wordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const t of tokens) if (t.kind === 'word') count++;
  return count;
}
