/**
 * Scraped paragraphs sometimes hold the same sentences twice in a row, the second copy slightly
 * reworded (a quote doubled by a page's pull-quote markup). Sentences are compared as word sets,
 * only against their neighbours, so the cost stays linear in the paragraph's length.
 */
import type { Span } from '../core/types.js';

/** The longest run of sentences looked for (a quote of up to this many sentences doubled). */
const MAX_RUN = 3;
/** Sentences shorter than this (in distinct words) are too short to call a repeat. */
const MIN_WORDS = 4;
/** Shared words over the smaller and over the larger word set. */
const MIN_OVERLAP_OF_SMALLER = 0.75;
const MIN_OVERLAP_OF_LARGER = 0.5;

/**
 * A sentence end: final punctuation and closing quotes, before a capital or a number (past any space) or the
 * end; not an abbreviation's period before a lower-case word ("Russia's U.N. envoy said").
 */
const SENTENCE_END = /[.!?…]+["”»’)]*(?=\s*["“«]?[\p{Lu}\p{N}]|\s*$)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

interface Sentence {
  start: number;
  text: string;
  words: Set<string>;
}

/**
 * Ranges of `text` within `span` holding the first copy of a sentence run that is immediately
 * repeated. The later copy is kept: it is the one that usually carries the attribution.
 */
export function repeatedSentenceRuns(text: string, span: Span): Span[] {
  const sentences = splitSentences(text, span);
  const runs: Span[] = [];
  let i = 0;
  while (i < sentences.length) {
    const length = repeatedRunLength(sentences, i);
    if (length === 0) {
      i += 1;
      continue;
    }
    runs.push({ start: sentences[i].start, end: sentences[i + length].start });
    i += 2 * length;
  }
  return runs;
}

/** The length k of a run starting at `first` that the next k sentences repeat, or 0. */
function repeatedRunLength(sentences: Sentence[], first: number): number {
  for (let length = 1; length <= MAX_RUN && first + 2 * length <= sentences.length; length++) {
    let repeated = true;
    for (let j = 0; j < length && repeated; j++) {
      repeated = similar(sentences[first + j], sentences[first + length + j]);
    }
    if (repeated) return length;
  }
  return 0;
}

/**
 * Nearly the same words, and every name of one in the other, in the same order (a copy may add its attribution).
 * Formulaic sentences ("The representative of France said that ...") share most of their words, and only their
 * names tell them apart; so do mirrored ones ("Iran's president said Tehran sent no drones to Russia. Russia's
 * president said Iran sent drones to Russia.").
 */
function similar(a: Sentence, b: Sentence): boolean {
  const [smaller, larger] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (smaller.size < MIN_WORDS) return false;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared += 1;
  if (shared < MIN_OVERLAP_OF_SMALLER * smaller.size || shared < MIN_OVERLAP_OF_LARGER * larger.size) return false;
  // Names are only read for the rare pairs that share their words.
  const [namesA, namesB] = [namesIn(a.text), namesIn(b.text)];
  const [fewer, more] = namesA.size <= namesB.size ? [namesA, namesB] : [namesB, namesA];
  return isSubsequence([...fewer], [...more]);
}

/** Every item of `part` found in `whole`, in the same order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let next = 0;
  for (const item of part) {
    next = whole.indexOf(item, next) + 1;
    if (next === 0) return false;
  }
  return true;
}

function splitSentences(text: string, span: Span): Sentence[] {
  const body = text.slice(span.start, span.end);
  const sentences: Sentence[] = [];
  let from = 0;
  const add = (to: number) => {
    const piece = body.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (lead < piece.length) sentences.push({ start: span.start + from + lead, text: piece, words: wordSet(piece) });
    from = to;
  };
  for (const end of body.matchAll(SENTENCE_END)) add(end.index + end[0].length);
  add(body.length);
  return sentences;
}

function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(WORD) ?? []);
}

const NAME_OR_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}*|\p{N}+)/gu;

/**
 * The sentence's capitalised words and numbers. The first word counts too, capitalised anyway as it is:
 * "Seoul said P. Kyiv said P." are two sources saying the same, not a quote and its copy.
 */
function namesIn(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(NAME_OR_NUMBER)].map((m) => m[0]));
}
