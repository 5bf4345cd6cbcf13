/**
 * Transcripts: press briefings and interviews label each turn with its speaker ("MR. FENWICK:",
 * "Q:"). What a speaker says in their turn is their own voice: "we" is them, and a statement that no
 * reporting verb attributes is still their claim. A question claims nothing.
 */
import type { Sentence, Span, Speaker } from '../core/types.js';
import type { ClaimLexicon } from '../lang/types.js';
import type { Frame } from './attribution.js';
import { personSpeaker } from './speakers.js';
import type { Cast } from './people.js';

export interface Turn {
  /** The label and its colon: who speaks, not what they say. */
  label: Span;
  /** The labelled name without its title ("FENWICK", "JOHN KIRBY"), or null for a question. */
  name: string | null;
}

/**
 * The turn each sentence belongs to: the last label at or before its paragraph. A document is read
 * as a transcript only when it labels both a speaker and a question, so a stray "NOTE:" starts no turn.
 */
export function turnsBySentence(text: string, sentences: readonly Sentence[], lex: ClaimLexicon): (Turn | null)[] {
  const labels = sentences.map((s, i) => (i === 0 || sentences[i - 1].paragraph !== s.paragraph ? labelOf(text, s, lex) : null));
  const transcript = labels.some((t) => t?.name) && labels.some((t) => t && !t.name);
  let current: Turn | null = null;
  return labels.map((label) => (transcript ? current = label ?? current : null));
}

/** The sentence is the one the turn's label opens. */
export function opensTurn(turn: Turn, sentence: Span): boolean {
  return turn.label.start === sentence.start;
}

function labelOf(text: string, sentence: Sentence, lex: ClaimLexicon): Turn | null {
  const line = text.slice(sentence.start, sentence.end);
  const question = lex.questionLabel.exec(line);
  if (question) return { label: { start: sentence.start, end: sentence.start + question[0].length }, name: null };
  const speaker = lex.speakerLabel.exec(line);
  const name = speaker?.slice(1).find(Boolean);
  if (!speaker || !name || lex.notSpeakerLabels.has(name.toLowerCase())) return null;
  return { label: { start: sentence.start, end: sentence.start + speaker[0].length }, name };
}

/** The person a label names: the one the text gives in full ("Mark Fenwick" for "MR. FENWICK"), else the name as labelled. */
export function speakerOfTurn(turn: Turn, cast: Cast, homeCountry: string | null): Speaker | null {
  if (!turn.name) return null;
  const person = cast.bySurnameOf(turn.name);
  if (person) return personSpeaker(person, homeCountry);
  return { name: titleCase(turn.name), type: 'person', affiliation: null };
}

/** "JEAN-PIERRE O'NEIL" -> "Jean-Pierre O'Neil": how the name is written in running text. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** A statement in a speaker's turn that nothing else attributes: their own voice. */
export function voiceFrame(sentence: Sentence, turn: Turn): Frame {
  const start = Math.max(sentence.start, turn.label.end);
  return {
    kind: 'voice',
    cue: { start, end: start, cls: 'say', tense: 'present', first: -1, last: -1, cliticPronoun: null, rule: 'transcript-turn' },
    speakerRegion: null, speakerNearEnd: false, speakerFromMainClause: false,
    content: { start, end: sentence.end }, speakerIsContentSubject: false,
  };
}
