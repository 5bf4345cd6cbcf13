/**
 * Transcripts: press briefings and interviews label each turn with its speaker ("MR. FENWICK:",
 * "Q:"). What a speaker says in their turn is their own voice: "we" is them, and a statement that no
 * reporting verb attributes is still their claim. A question claims nothing. A written interview
 * may label nothing: its questions are paragraphs of their own, and every other paragraph after
 * the first question is the answer of the person its introduction presents.
 */
import type { Sentence, Span, Speaker } from '../core/types.js';
import type { ClaimLexicon } from '../lang/types.js';
import type { Frame } from './attribution.js';
import { personSpeaker } from './speakers.js';
import { isUpperCase, titleCase, type Cast } from './people.js';
import { isQuestion } from './words.js';

export interface Turn {
  /** The label and its colon: who speaks, not what they say. */
  label: Span;
  /** The labelled name without its title ("FENWICK", "JANE DOE"), or null for a question or an answer. */
  name: string | null;
  /** An answer labelled as such ("A:", « R : »): whoever the document presents as answering speaks. */
  answer: boolean;
}

/**
 * The turn each sentence belongs to: the last label at or before its paragraph. A document is read
 * as a transcript only when it labels both a speaker and a question, so a stray "NOTE:" starts no turn;
 * a document that labels none may still be an interview (interviewTurns).
 */
export function turnsBySentence(
  text: string, sentences: readonly Sentence[], lex: ClaimLexicon, cast: Cast, outlets: readonly (Span | null)[] = [],
): (Turn | null)[] {
  // "LE FIGARO. - L'Iran livre-t-il ... ?": a label whose paragraph only asks is the interviewer's, whoever it names.
  const labels = sentences.map((s, i) => {
    const label = !opensParagraph(sentences, i) ? null
      : outletLabel(text, s, outlets[i] ?? null) ?? publicationLabel(text, sentences, i, lex) ?? labelOf(text, s, lex);
    return label?.name && asksOnly(text, sentences, i, label.label.end) ? { ...label, name: null } : label;
  });
  const transcript = labels.some((t) => t && (t.name || t.answer)) && labels.some((t) => t && !t.name && !t.answer);
  if (!transcript) return interviewTurns(text, sentences, lex, cast) ?? labels.map(() => null);
  let current: Turn | null = null;
  return labels.map((label) => current = label ?? current);
}

function opensParagraph(sentences: readonly Sentence[], i: number): boolean {
  return i === 0 || sentences[i - 1].paragraph !== sentences[i].paragraph;
}

/** Question paragraphs an unlabelled interview has at least. */
const MIN_INTERVIEW_QUESTIONS = 2;

/**
 * The turns of an interview that labels none, or null when the text is none: it presents itself as
 * an interview, names its guest before its first question, and asks at least two questions in short
 * paragraphs of their own, each ending with its question. An explainer's question headings ("Que
 * sait-on ?") name no guest.
 */
function interviewTurns(text: string, sentences: readonly Sentence[], lex: ClaimLexicon, cast: Cast): (Turn | null)[] | null {
  const asks = sentences.map((_, i) => opensParagraph(sentences, i) && endsAsking(text, sentences, i));
  const first = asks.indexOf(true);
  if (first <= 0 || asks.filter(Boolean).length < MIN_INTERVIEW_QUESTIONS) return null;
  const opening = sentences[first].start;
  if (!lex.interviewMarker.test(text.slice(0, opening))) return null;
  // The guest is presented with a role ("Le vice-ministre ..., X, répond à nos questions"); the interviewer's byline gives none.
  const presented = cast.people.filter((p) => p.mentions[0].start < opening);
  const guest = presented.find((p) => p.role !== null) ?? presented[0];
  if (!guest) return null;
  let current: Turn | null = null;
  return sentences.map((s, i) => {
    if (i < first) return null;
    if (opensParagraph(sentences, i)) current = { label: { start: s.start, end: s.start }, name: asks[i] ? null : guest.name, answer: false };
    return current;
  });
}

/** Sentences a question paragraph may have, the question last ("Les Occidentaux affirment que P. Que répondez-vous ?"). */
const MAX_QUESTION_SENTENCES = 3;

/** The short paragraph opening at sentence i ends with a question: an interviewer's, who may set it up first. */
function endsAsking(text: string, sentences: readonly Sentence[], i: number): boolean {
  let last = i;
  while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[i].paragraph) last++;
  return last - i < MAX_QUESTION_SENTENCES && isQuestion(text, sentences[last]);
}

/** Every sentence of the paragraph opening at sentence i is a question, past a label ending at `from`. */
function asksOnly(text: string, sentences: readonly Sentence[], i: number, from = sentences[i].start): boolean {
  for (let k = i; k < sentences.length && sentences[k].paragraph === sentences[i].paragraph; k++) {
    if (sentences[k].end > from && !isQuestion(text, sentences[k])) return false;
  }
  return true;
}

/** The sentence is the one the turn's label opens. */
export function opensTurn(turn: Turn, sentence: Span): boolean {
  return turn.label.start === sentence.start;
}

/** "AFP: ...", "Reuters: ...": a news outlet labelling a turn is a journalist asking, whatever the paragraph says. */
function outletLabel(text: string, sentence: Sentence, outlet: Span | null): Turn | null {
  if (outlet?.start !== sentence.start) return null;
  const colon = LABEL_COLON.exec(text.slice(outlet.end, sentence.end));
  return colon ? { label: { start: sentence.start, end: outlet.end + colon[0].length }, name: null, answer: false } : null;
}

const LABEL_COLON = /^\s?:\s/u;

/** "Le Monde : Kiev affirme que P. Que répondez-vous ?": a publication's name labelling a question is the interviewer's. */
function publicationLabel(text: string, sentences: readonly Sentence[], i: number, lex: ClaimLexicon): Turn | null {
  const label = lex.publicationLabel.exec(text.slice(sentences[i].start, sentences[i].end));
  return label && endsAsking(text, sentences, i) ? { label: { start: sentences[i].start, end: sentences[i].start + label[0].length }, name: null, answer: false } : null;
}

/** Characters a label may take: "PIERRE DUPONT. - " is cut into two sentences after its period, so it may run past the first. */
const MAX_LABEL_CHARS = 60;

function labelOf(text: string, sentence: Sentence, lex: ClaimLexicon): Turn | null {
  const lineEnd = text.indexOf('\n', sentence.start);
  const line = text.slice(sentence.start, Math.min(lineEnd < 0 ? text.length : lineEnd, Math.max(sentence.end, sentence.start + MAX_LABEL_CHARS)));
  const question = lex.questionLabel.exec(line);
  if (question) return { label: { start: sentence.start, end: sentence.start + question[0].length }, name: null, answer: false };
  const answer = lex.answerLabel.exec(line);
  if (answer) return { label: { start: sentence.start, end: sentence.start + answer[0].length }, name: null, answer: true };
  const speaker = lex.speakerLabel.exec(line);
  const name = speaker?.slice(1).find(Boolean);
  if (!speaker || !name || lex.notSpeakerLabels.has(name.toLowerCase())) return null;
  return { label: { start: sentence.start, end: sentence.start + speaker[0].length }, name, answer: false };
}

/**
 * The person a label names: the one the text gives in full ("Mark Fenwick" for "MR. FENWICK"), else the
 * name as labelled. An answer's label names nobody: the document's issuer answers ("Point de presse du
 * porte-parole du Quai d'Orsay"), else the one person it names (an interview's guest).
 */
export function speakerOfTurn(turn: Turn, cast: Cast, homeCountry: string | null, issuer: Speaker | null): Speaker | null {
  if (turn.answer) return issuer ?? (cast.people.length === 1 ? personSpeaker(cast.people[0], () => homeCountry) : null);
  if (!turn.name) return null;
  const person = cast.bySurnameOf(turn.name);
  // Who speaks in a briefing speaks for the one the title says gives it ("Pentagon Press Secretary Holds a Press Briefing").
  const country = issuer?.affiliation ?? null;
  if (person && !isUpperCase(person.name)) return personSpeaker(person, () => country ?? homeCountry);
  // A person known only from the labels is written as the fullest label writes them ("Tomas Ellerby" for "MR. ELLERBY"
  // after "PRESS SECRETARY TOMAS ELLERBY").
  return { name: titleCase(person?.name ?? turn.name), type: 'person', affiliation: country };
}

/**
 * A statement in a speaker's turn, or in an official statement, that nothing else attributes: the
 * speaker's own voice, over the span `voiced` (after the turn's label).
 */
export function voiceFrame(voiced: Span): Frame {
  const { start } = voiced;
  return {
    kind: 'voice',
    cue: { start, end: start, cls: 'say', tense: 'present', first: -1, last: -1, cliticPronoun: null, rule: 'transcript-turn' },
    speakerRegion: null, speakerNearEnd: false, speakerFromMainClause: false,
    content: voiced, speakerIsContentSubject: false,
  };
}
