/**
 * Attribution: who reports what in a sentence. Finds reporting cues (verbs in every tense and
 * inversion, "selon X", evidence frames, nominal reports, headline attributions) and, for each,
 * where its speaker is written and which span holds the reported content.
 * Speakers are resolved later (speakers.ts); this module only reads the sentence's structure.
 */
import type { Span, Token } from '../core/types.js';
import type { ClaimLexicon, EventForm, ReportClass, ReportingEntry, Tense } from '../lang/types.js';
import { allMatches, matchAt, matchAtStart, unionOf } from '../lang/regex.js';
import { areAdjacent, trimSpan, withoutQuoteMarks } from '../core/text.js';
import { isNameWord } from './people.js';
import { dropOverlapping, firstVerbIndex, isAuxiliary, isCommonNounSource, isEventNoun, isListJoiner, isNounPosition, isQuestion, isRelativePronoun, isSpeakerPronoun, isTitleCased, isVerb, POSSESSIVE_ENDING, tokenIndexAt, wordBefore } from './words.js';

export interface Cue extends Span {
  cls: ReportClass;
  tense: Tense;
  /** Token indices of the verb group (auxiliaries included) within the sentence's tokens. */
  first: number;
  last: number;
  /** A subject pronoun glued to the verb ("a-t-il", "dit-elle"). */
  cliticPronoun: string | null;
  /** The content is the rest of the clause ("a lancé un avertissement contre ..."). */
  contentFollows?: boolean;
  /** The speaker is written inside the cue ("quoted Sorokin as saying"). */
  speakerWithin?: Span;
  /** The report is negated, its negation read already ("did not believe that P" denies P). */
  negated?: boolean;
  rule: string;
}

export type FrameKind =
  | 'indirect' | 'inverted' | 'infinitive' | 'accusation' | 'object' | 'quote' | 'trailing' | 'orphan'
  | 'according' | 'evidence' | 'nominal' | 'headline' | 'continuation' | 'aside' | 'voice';

export interface Frame {
  kind: FrameKind;
  cue: Cue;
  /** Where the speaker is written, and whether to take the mention nearest its end (a subject before its verb). */
  speakerRegion: Span | null;
  speakerNearEnd: boolean;
  /** The speaker is the sentence's main subject (participial cues: "..., déclarant que"). */
  speakerFromMainClause: boolean;
  content: Span;
  /** The content is an infinitive whose implicit subject is the speaker ("a nié avoir fourni"). */
  speakerIsContentSubject: boolean;
  /** Where the content's implicit subject is written, when it is not the speaker ("Iran was accused by Kyiv of supplying"). */
  implicitSubject?: Span;
  /** The report sits in a relative clause and is about its antecedent ("The claim, which Tehran rejects, ..."). */
  aboutAntecedent?: boolean;
  /** A report named by an evidence noun ("indications that P"), which a speaker holds as their own, unlike claims. */
  evidence?: boolean;
  /**
   * The source qualifies the claim noun ("US allegations that it had sent drones"): the claims are about another,
   * whom a pronoun opening the content stands for, not the source.
   */
  sourceQualifiesClaims?: boolean;
  /** A content coordinated after a lack of evidence ("had no evidence that P, or that Q"): Q lacks it too. */
  lacksEvidence?: boolean;
  /** The report ends its sentence on a colon ("Foreign Secretary X said:"): what it says is quoted in the paragraphs after. */
  announces?: boolean;
}

/** A sentence prepared for the annotators: its tokens, lower-cased, and the spans to treat as names. */
export interface SentenceView {
  text: string;
  span: Span;
  tokens: Token[];
  lower: string[];
  /** Spans of entity and person mentions: the verb group never crosses them. */
  mentions: Span[];
  /** Date mentions, in text order. */
  dates: Span[];
}

const OPENING_QUOTES = new Set(['«', '“', '„', '‹', '"']);
/** A token ending a sentence. */
export const SENTENCE_STOP = /^[.!?]$/u;
const CLOSING_QUOTES = new Set(['»', '”', '›', '"']);
const CLITIC = /^-(?:t-)?(il|elle|ils|elles|on)$/u;
/** Punctuation ending a clause right after a verb. */
const CLAUSE_END = /^[,.;:!?]$/u;
const MAX_GROUP_GAP = 4;
/** Negation words an infinitive may have before it (« ne pas », « n'avoir jamais »). */
const MAX_NEGATION_WORDS = 3;
const MAX_COMPLEMENT_LOOKAHEAD = 8;
/** Tokens an adjunct may span between a reporting verb and its complement: "said in a statement carried by state news agency KCNA that". */
const MAX_ADJUNCT_LOOKAHEAD = 12;
/** Words that may link an evidence formula to a verb it governs ("permettant de", "to"). */
const MAX_FORMULA_COMPLEMENT = 3;

/** All the attribution frames of a sentence, in text order. */
export function findFrames(view: SentenceView, lex: ClaimLexicon): Frame[] {
  const sentence = view.text.slice(view.span.start, view.span.end);
  // Most sentences hold none of the phrase patterns: one scan rules them all out (two when a formula may be quoted in part).
  const unquoted = withoutQuoteMarks(sentence);
  // "..., a claim Reuters could not verify", "said, without providing evidence, that P": the reporter's own asides,
  // looked for once, and only when a frame needs them.
  let asides: Span[] | undefined;
  const reporterAsides = () => (asides ??= matchSpans(view, lex.reporterAside, sentence));
  const union = unionOf(lex, () => phrasePatterns(lex));
  const phrases = union.test(sentence) || unquoted !== sentence && union.test(unquoted);
  const cues = findCues(view, lex, phrases, unquoted);
  const verbFrames: Frame[] = [];
  for (const cue of cues) {
    const frame = frameOf(view, cue, lex);
    if (!frame) continue;
    // "quoted Sorokin as saying": whatever the frame, its speaker is the one the cue names.
    verbFrames.push(cue.speakerWithin ? { ...frame, speakerRegion: cue.speakerWithin, speakerNearEnd: false, speakerFromMainClause: false } : frame);
  }
  // "..., sans toutefois confirmer la livraison": a verb in the reporter's aside reports nothing, and cuts no content before it.
  const frames = verbFrames.filter((f) => !cueWithin(f, reporterAsides()));
  const sources = [...(phrases ? allMatches(lex.accordingTo, sentence) : []), ...viewpointOpening(view, sentence, lex)];
  frames.push(...accordingFrames(view, sources, frames, lex));
  bindContentEnds(view, frames, lex);
  if (phrases) {
    frames.push(...evidenceFrames(view, lex, frames, reporterAsides));
    frames.push(...nominalFrames(view, lex, frames));
  }
  const headline = headlineFrame(view, lex);
  if (headline && !frames.some((f) => f.kind !== 'evidence')) frames.push(headline);
  // A quote going on from the sentence before; reports inside it in the first person ("we believe") are its speaker's too.
  const continuation = frames.every((f) => speaksInFirstPerson(view, f, lex)) ? continuationFrame(view) : null;
  if (continuation) frames.push(continuation);
  bindContentEnds(view, frames, lex);
  frames.push(...coordinatedContents(view, frames, lex));
  shareSubjects(view, frames);
  answerReportsBefore(view, frames);
  for (const frame of frames) {
    skipLeadingSource(view, frame, lex);
    skipLeadingDate(view, frame, lex);
  }
  // "..., a claim Reuters could not verify": the reporter's caveat reports nothing of the speaker's; "asked whether
  // the administration had evidence that ...": nor does a question.
  const unsaid = !frames.length ? [] : [
    ...reporterAsides(),
    ...(phrases ? matchSpans(view, lex.indirectQuestion, sentence) : []),
  ];
  return frames.filter((f) => (f.content.end > f.content.start || f.announces) && !cueWithin(f, unsaid) && !restatesReportBefore(view, f, frames, lex))
    .sort((a, b) => a.cue.start - b.cue.start);
}

/** The frame's cue lies inside one of `regions`. */
function cueWithin(frame: Frame, regions: readonly Span[]): boolean {
  return regions.some((region) => frame.cue.start >= region.start && frame.cue.end <= region.end);
}

/**
 * "dismissed the reports, which he called “fantasies”", « a balayé ces informations, qu'il a qualifiées de
 * « fantasmes » »: a report in a relative clause on the object of the report just before, by the same speaker,
 * says again what that one said.
 */
function restatesReportBefore(view: SentenceView, frame: Frame, frames: Frame[], lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  const pronoun = frame.cue.first - 1;
  const relative = lower[pronoun - 1] ?? '';
  if (tokens[pronoun - 2]?.text !== ',' || !isSpeakerPronoun(lower[pronoun], lex)) return false;
  if (!lex.objectRelatives.has(relative) && !lex.complementizers.has(relative)) return false;
  const comma = tokens[pronoun - 2];
  const previous = frames.filter((f) => f.cue.end <= comma.start).sort((a, b) => b.cue.start - a.cue.start)[0];
  return previous?.kind === 'object' && !tokens.some((t) => t.start >= previous.cue.end && t.end <= comma.start && t.kind === 'punct');
}

/** Characters a formula saying something stands unconfirmed spans at most ("have still not yet been independently verified"). */
const MAX_UNCONFIRMED_FORMULA = 60;

/** The word at token i comes right after a verdict a reporting verb gives ("dismissed as nonsense", 'rejected as "groundless" U.S.'). */
function followsVerdict(view: SentenceView, i: number, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  let verdict = i - 1;
  while (verdict >= 0 && (tokens[verdict].kind === 'quote' || insideMention(view, tokens[verdict]))) verdict--;
  let link = verdict - 1;
  while (link >= 0 && tokens[link].kind === 'quote') link--;
  return link >= 1 && tokens[verdict].kind === 'word' && lex.predicateLinks.has(lower[link]) && lex.reportingVerbs.has(lower[link - 1]);
}

/** The participle at token i ends such a formula ("is not confirmed", « n'a pas été vérifiée »). */
function unconfirmedAt(view: SentenceView, i: number, lex: ClaimLexicon): boolean {
  const end = view.tokens[i].end;
  const window = view.text.slice(Math.max(view.span.start, end - MAX_UNCONFIRMED_FORMULA), end);
  const m = lex.unconfirmed.exec(window);
  return m !== null && m.index + m[0].length === window.length;
}

/** The lexicon patterns a sentence is scanned for beyond its reporting verbs. */
function phrasePatterns(lex: ClaimLexicon): RegExp[] {
  return [lex.noEvidence, lex.evidenceFrame, lex.accordingTo, lex.nominalReport, lex.indirectQuestion, ...lex.reportingPhrases.map((p) => p.pattern)];
}

// ------------------------------------------------------------------ cues

/** How many tokens right before token i make up a demonym ("Azerbaijani", "South Korean"): 0 when none ends there. */
function demonymWordsBefore(view: SentenceView, i: number): number {
  const before = view.tokens[i - 1];
  const demonym = before && view.mentions.find((m) => mentionKind(m) === 'demonym' && m.end === before.end);
  return demonym ? i - tokenIndexAt(view.tokens, demonym.start) : 0;
}

function findCues(view: SentenceView, lex: ClaimLexicon, phrases: boolean, unquoted: string): Cue[] {
  const cues: Cue[] = [];
  const { tokens, lower } = view;
  // "could not confirm", "pas en mesure de confirmer", « pas « en mesure de confirmer » »: a verb inside an evidence
  // formula reports nothing itself.
  const formulas = !phrases ? [] : matchSpans(view, lex.noEvidence, unquoted);
  for (let i = 0; i < tokens.length; i++) {
    const entry = lex.reportingVerbs.get(lower[i]) ?? inciseEntry(view, i, lex);
    if (!entry || insideMention(view, tokens[i]) || nicknameClose(view, i, lex) >= 0) continue;
    const afterArticle = lex.determiners.has(lower[i - 1]);
    const clitic = afterArticle && isObjectClitic(view, i - 1, lex);
    if (afterArticle && !clitic) continue;
    // After a preposition a present form is a noun ("concern over reports that", "à propos des déclarations"),
    // and so is one that ends a quoted phrase ('had seen "credible reports" that', 'as "a partnership between sovereign
    // states."'), opens a compound ("think tank") or is the object of an infinitive ("met to discuss reports that";
    // not "to publicly deny").
    const endsQuote = (closesQuote(view, i + 1) || SENTENCE_STOP.test(tokens[i + 1]?.text ?? '') && closesQuote(view, i + 2)) && quoteAfterSubject(view, i, lex) < 0;
    const objectOfInfinitive = i >= 2 && lex.infinitiveMarkers.has(lower[i - 2]) && tokens[i - 1].kind === 'word' && !lex.adverbEnding.test(lower[i - 1]);
    if (entry.tense === 'present' && (isNounPosition(lower, i, lex) && !clitic || endsQuote || lex.compoundHeads.has(lower[i + 1]) || objectOfInfinitive)) continue;
    // ... and so is one in the source "according to" names ("according to South Korean and U.S. estimates"), or one
    // after a lower-case word and before a finite copula, the subject of its clause ("The terrorist state is being ...").
    const endsPhrase = tokens[i + 1] === undefined || tokens[i + 1].kind === 'punct';
    if (entry.tense === 'present' && endsPhrase && namedByAccording(view, tokens[i], lex)) continue;
    if (entry.tense === 'present' && lex.passiveAuxiliaries.has(lower[i + 1]) && !lex.nonFinite.test(lower[i + 1])
      && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '') && !insideMention(view, tokens[i - 1])) continue;
    // ... and a participle is an adjective: "on reported Iranian transfers", "about alleged deliveries" (not after an
    // auxiliary: "a depuis admis"), "Iran's alleged drone deliveries".
    const participle = entry.tense === 'past' || entry.tense === 'participle';
    if (participle && (lex.prepositions.has(lower[i - 1]) && !lex.auxiliaries.has(lower[i - 2]) || POSSESSIVE_ENDING.test(lower[i - 1] ?? ''))) continue;
    // "declined to confirm that P", "stopped short of confirming", "a refusé de commenter": nothing was said.
    if ((lex.refusals.has(lower[i - 2]) || lex.refusals.has(`${lower[i - 3]} ${lower[i - 2]}`)) && lex.prepositions.has(lower[i - 1])) continue;
    // "without confirming it had taken place", "sans confirmer": nor was this.
    if (lex.privatives.has(lower[i - 1])) continue;
    // "un accord avait été conclu", "was concluded": a conclusion reached in the passive is a deal's, nobody's belief.
    if (entry.cls === 'believe' && entry.tense === 'participle' && lex.passiveAuxiliaries.has(lower[i - 1])) continue;
    // "a appelé ses alliés à répondre « avec fermeté »", "urged Tehran to clarify": the one asked is to speak, not the speaker.
    if (isUrgedToSpeak(lower, i, lex)) continue;
    // « ce que les États-Unis disaient depuis l'été », "what Washington had said": a thing said, not a report
    // (but « ce que les experts jugent être une escalade », "what officials say is" reports what it is).
    // « P, ce que Téhéran dément » comments the clause before it: that is a report.
    if (inFreeRelative(view, i, lex) && !isAuxiliary(lower[i + 1], lex) && apposedClaimNounStart(view, i, lex) === null) continue;
    // Right after another reporting verb, a form is its object noun ("denied reports that", "dismissed claims"), past a
    // demonym too ("rejected Azerbaijani claims that"). A name is no verb, though: "The United States condemns".
    const verbBefore = i - 1 - demonymWordsBefore(view, i);
    // After a determiner the form before is a noun itself: ", a claim rejected by Bogota".
    if (lex.reportingVerbs.has(lower[verbBefore]) && !lex.auxiliaries.has(lower[verbBefore]) && !insideMention(view, tokens[verbBefore])
      && !lex.determiners.has(lower[verbBefore - 1] ?? '')) continue;
    // So is one after the verdict such a verb gives: "dismissed as nonsense reports that", « rejeté comme fausses les ... ».
    // 'rejected as "groundless" U.S. claims that': quote marks and a name may stand between.
    if (entry.tense === 'present' && followsVerdict(view, i, lex)) continue;
    // ... nor does its object ("could not confirm reports that") or a verb complementing it
    // ("pas d'information permettant de confirmer", "no evidence to confirm").
    if (formulas.some((f) => tokens[i].start >= f.start && tokens[i].end <= f.end || complementsFormula(view, i, f))) continue;
    // "the deliveries have not been confirmed": a participle saying that P stands unconfirmed reports nothing either.
    if (entry.tense === 'participle' && unconfirmedAt(view, i, lex)) continue;
    // "aucune preuve suggérant que": the participle belongs to the evidence noun, not to a speaker; so does one
    // after claims ("insinuations in Western media claiming that P": a report whose source is not named).
    if (entry.tense === 'gerund' && (lex.evidenceNouns.has(lower[i - 1]) || withinNominalReport(view, tokens[i], lex))) continue;
    // "have taken note of": a form after a light verb is its noun.
    if (lex.lightVerbs.has(lower[i - 1])) continue;
    const cue = verbGroup(view, i, entry.cls, entry.tense, lex, `reporting-verb(${lower[i]})`);
    if (!cue || asksByInversion(view, cue)) continue;
    // "did not believe that P", « ne croit pas que P »: a belief denied is a denial; other reports denied say nothing.
    if (!isNegatedReport(view, cue, lex)) cues.push(cue);
    else if (cue.cls === 'believe' && negatesVerbOnly(view, cue, lex)) cues.push({ ...cue, cls: 'deny', negated: true, rule: `negated-belief(${lower[i]})` });
  }
  for (const { pattern, cls, contentFollows } of phrases ? lex.reportingPhrases : []) {
    const text = view.text.slice(view.span.start, view.span.end);
    for (const m of allMatches(pattern, text)) {
      const start = view.span.start + (m.index ?? 0);
      const end = start + m[0].length;
      const first = tokenIndexAt(tokens, start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
      // A phrase replaces the single verbs inside it ("laisse entendre", "est allé jusqu'à suggérer").
      dropOverlapping(cues, start, end);
      // "..., calling the claims baseless": a phrase opening on a participle is one, its speaker the main subject.
      const tense = lex.presentParticiple.test(lower[first]) ? 'gerund' : 'past';
      const group = verbGroup(view, last, cls, tense, lex, `reporting-phrase(${m[0].toLowerCase()})`, first);
      if (group) cues.push({ ...group, contentFollows, speakerWithin: speakerInside(m, start) });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * « Washington l'affirme », « il l'a dit »: an article-like word right after a subject (a name or a
 * pronoun) and before a verb is the verb's object pronoun, not a determiner.
 */
export function isObjectClitic(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  if (!lex.objectClitics.has(view.lower[k]) || k === 0) return false;
  const before = view.tokens[k - 1];
  return lex.pronouns.has(view.lower[k - 1]) || mentionAround(view, before)?.end === before.end;
}

/** Characters a free relative (« tout ce que ») spans at most. */
const FREE_RELATIVE_REACH = 16;

/** The text of the sentence up to offset `at` ends on a free relative (« ce que », "what"). */
function freeRelativeBefore(view: SentenceView, at: number, lex: ClaimLexicon): boolean {
  return lex.freeRelative.test(view.text.slice(Math.max(view.span.start, at - FREE_RELATIVE_REACH), at));
}

/** The complementizer at token k closes a free relative (« confirmait ce que ... »): what follows is no content. */
function opensFreeRelative(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  return freeRelativeBefore(view, view.tokens[k + 1]?.start ?? view.span.end, lex);
}

/** Words a subject may span between a free relative and its verb (« ce que les autorités américaines avaient »). */
const MAX_RELATIVE_SUBJECT = 5;

/** The verb at token i has a free relative before its subject: « ce que X disait », "what X said". */
function inFreeRelative(view: SentenceView, i: number, lex: ClaimLexicon): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= 0 && i - k <= MAX_RELATIVE_SUBJECT + 1; k--) {
    if (tokens[k].kind !== 'word') return false;
    if (freeRelativeBefore(view, tokens[k].start, lex)) return true;
  }
  return false;
}

/** Words between a verb of asking and the infinitive it governs ("appelé ses alliés à", "urged Western countries to"). */
const MAX_URGED_WORDS = 4;

function isUrgedToSpeak(lower: readonly string[], i: number, lex: ClaimLexicon): boolean {
  const link = lower[i - 1];
  if (link === undefined || !lex.prepositions.has(link) && !lex.infinitiveMarkers.has(link)) return false;
  for (let k = i - 2; k >= 0 && i - 1 - k <= MAX_URGED_WORDS; k--) if (lex.urgings.has(lower[k])) return true;
  return false;
}

/** Where the group named `speaker` of a reporting phrase matched at `start` lies ("quoted Sorokin as saying"). */
function speakerInside(m: RegExpExecArray, start: number): Span | undefined {
  const speaker = m.groups?.speaker;
  if (speaker === undefined) return undefined;
  const from = start + m[0].indexOf(speaker);
  return { start: from, end: from + speaker.length };
}

/**
 * "has never acknowledged", "n'a pas démenti", "ne nie pas": a report negated is no report, neither
 * of its content nor against it. The negation stands in the verb group or right around it, or opens
 * the subject ("Neither Moscow nor Pyongyang has confirmed").
 */
function isNegatedReport(view: SentenceView, cue: Cue, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  if (lex.negatedSubject.test(view.text.slice(view.span.start, tokens[cue.first].start))) return true;
  // « ne pas croire », "not to say": an infinitive's negation words stand before it.
  let first = Math.max(0, cue.first - 1);
  while (first > 0 && cue.first - first < MAX_NEGATION_WORDS && lex.infinitiveNegation.has(lower[first])) first--;
  const from = tokens[first].start;
  // « ne dit pas que »: the negation may follow the verb; "said none had been sent", with no "that", opens the content on
  // it, as its subject.
  const contentSubject = lex.optionalComplementizer && isVerb(lower[cue.last + 2], lex);
  const to = tokens[Math.min(tokens.length - 1, contentSubject ? cue.last : cue.last + 1)].end;
  return lex.negation.test(view.text.slice(from, to));
}

/**
 * Only auxiliaries and negation words stand in the verb group ("did not think", « ne croit pas »): the belief
 * itself is negated, not a phrase governing it (« nous n'avons pas de raison de penser le contraire »).
 */
function negatesVerbOnly(view: SentenceView, cue: Cue, lex: ClaimLexicon): boolean {
  const { lower, tokens } = view;
  for (let k = cue.first; k < cue.last; k++) {
    if (tokens[k].kind === 'word' && !lex.auxiliaries.has(lower[k]) && !lex.infinitiveNegation.has(lower[k]) && !lex.adverbEnding.test(lower[k])) return false;
  }
  return true;
}

/**
 * "Pourquoi ces missiles inquiètent-ils Kiev ?", "Que dit-il ?": a clitic subject after a word, in a
 * question, inverts a question, not an incise (which follows a comma or a quote: "», a-t-il dit").
 */
function asksByInversion(view: SentenceView, cue: Cue): boolean {
  const before = view.tokens[cue.first - 1];
  return cue.cliticPronoun !== null && before?.kind === 'word' && isQuestion(view.text, view.span);
}

/**
 * A verb that reports only in an incise: a clitic subject glued to it ("lance-t-il", "a-t-il lancé"),
 * or right after a quote ("« ... », a lancé le président", "“...,” he continued").
 */
function inciseEntry(view: SentenceView, i: number, lex: ClaimLexicon): ReportingEntry | undefined {
  const entry = lex.inciseVerbs.get(view.lower[i]);
  if (!entry) return undefined;
  const { tokens, lower } = view;
  if (CLITIC.test(lower[i + 1] ?? '') || CLITIC.test(lower[i - 1] ?? '')) return entry;
  let k = i - 1;
  // "“...,” she continued": the subject pronoun stands between the quote and the verb.
  if (k >= 0 && tokens[k].kind === 'word' && lex.pronouns.has(lower[k])) k--;
  if (k >= 0 && lex.auxiliaries.has(lower[k])) k--;
  if (k >= 0 && tokens[k].text === ',') k--;
  return k >= 0 && CLOSING_QUOTES.has(tokens[k].text) ? entry : undefined;
}

/**
 * The name at `at` reports the quote its sentence opens on: right after the quote's close, or after an inverted
 * verb ("“...,” Jane Doe told reporters", « « ... », a déclaré Jane Doe »).
 */
export function namesQuoteOpeningSentence(view: SentenceView, at: number, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  if (!OPENING_QUOTES.has(tokens[0]?.text ?? '')) return false;
  let k = tokenIndexAt(tokens, at) - 1;
  if (k >= 0 && lex.reportingVerbs.has(lower[k])) k--;
  if (k >= 0 && lex.auxiliaries.has(lower[k])) k--;
  if (k >= 0 && tokens[k].text === ',') k--;
  return k > 0 && closesQuote(view, k);
}

/**
 * The index of the quote mark the verb at token `i` opens right after its subject, perhaps past an adverb ('said it
 * "rejects" the reports', 'Iran "categorically denies" them'), or -1. Such a verb is no noun ending a quoted phrase
 * ('had seen "credible reports" that'), and its subject is before the mark.
 */
function quoteAfterSubject(view: SentenceView, i: number, lex: ClaimLexicon): number {
  let k = i - 1;
  let open = -1;
  for (let skipped = 0; skipped < 2 && k > 0; skipped++) {
    if (view.tokens[k].kind === 'quote' && open < 0) open = k--;
    else if (lex.adverbEnding.test(view.lower[k])) k--;
    else break;
  }
  if (open < 0 || k < 0) return -1;
  const named = isSpeakerPronoun(view.lower[k], lex) || lex.neuterPronouns.has(view.lower[k]) || insideMention(view, view.tokens[k]);
  return named ? open : -1;
}

/** Token k is a quote mark that closes a quote: a closing one, or a straight one after an odd number of them. */
function closesQuote(view: SentenceView, k: number): boolean {
  const mark = view.tokens[k]?.text;
  if (mark === '"') return view.tokens.slice(0, k).filter((t) => t.text === '"').length % 2 === 1;
  return mark !== undefined && CLOSING_QUOTES.has(mark);
}

/** Tokens a quoted nickname spans, its marks included (“Hemedti”, "Abu Mohammed al-Jolani"). */
const MAX_NICKNAME_TOKENS = 6;
/** Tokens the words introducing a nickname span ("known as", « dit »). */
const MAX_NICKNAME_INTRO = 2;

/**
 * The quote mark closing a nickname that words at token i introduce after a name and a comma ("Mohamed Hamdan
 * Dagalo, known as “Hemedti”,", « Mohammed Hamdan Daglo, dit « Hemetti », »), or -1: the intro reports nothing,
 * and the quote is part of the name's apposition.
 */
function nicknameClose(view: SentenceView, i: number, lex: ClaimLexicon): number {
  const { tokens } = view;
  if (i < 2 || tokens[i - 1].text !== ',' || !isTitleCased([tokens[i - 2]])) return -1;
  const intro = matchAt(lex.nicknameIntro, view.text, tokens[i].start);
  const open = intro ? tokenIndexAt(tokens, tokens[i].start + intro[0].length) : -1;
  if (open < 0 || tokens[open]?.kind !== 'quote' || !/^\p{Lu}/u.test(tokens[open + 1]?.text ?? '')) return -1;
  for (let k = open + 1; k < tokens.length && k - open < MAX_NICKNAME_TOKENS; k++) {
    if (tokens[k].kind === 'quote') return k;
    if (tokens[k].kind === 'punct') return -1;
  }
  return -1;
}

/** The first token of the words introducing the nickname whose closing quote mark is token k (see nicknameClose), or -1. */
function nicknameIntroBefore(view: SentenceView, k: number, lex: ClaimLexicon): number {
  if (view.tokens[k]?.kind !== 'quote') return -1;
  for (let intro = k - 2; intro >= 0 && k - intro <= MAX_NICKNAME_TOKENS + MAX_NICKNAME_INTRO; intro--) {
    if (nicknameClose(view, intro, lex) === k) return intro;
  }
  return -1;
}

/** Token i follows the formula directly or through a few words, with no punctuation between. */
function complementsFormula(view: SentenceView, i: number, formula: Span): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_FORMULA_COMPLEMENT + 1; k--) {
    if (view.tokens[k].end === formula.end) return true;
    // « n'a « aucune information » permettant d'affirmer »: the formula quoted whole.
    if (CLOSING_QUOTES.has(view.tokens[k].text) && view.tokens[k - 1]?.end === formula.end) return true;
    if (view.tokens[k].kind !== 'word' || view.tokens[k].end < formula.end) return false;
  }
  return false;
}

function insideMention(view: SentenceView, t: Span): boolean {
  return mentionAround(view, t) !== undefined;
}

function mentionAround(view: SentenceView, t: Span): Span | undefined {
  return view.mentions.find((m) => t.start >= m.start && t.end <= m.end);
}

/** What a mention of the view is: "person" for a person, else its entity kind ("country", "role", ...). */
function mentionKind(mention: Span): string | null {
  if ('person' in mention) return 'person';
  return 'kind' in mention && typeof mention.kind === 'string' ? mention.kind : null;
}

function isDemonym(view: SentenceView, t: Span): boolean {
  const mention = mentionAround(view, t);
  return mention !== undefined && mentionKind(mention) === 'demonym';
}

/** Punctuation of the sentence, not the dot of an abbreviated name ("U.S.", "Brig. Gen."), which the tokenizer splits off. */
export function isClausePunct(view: SentenceView, t: Token): boolean {
  return t.kind === 'punct' && !insideMention(view, t);
}

/**
 * The verb group around a reporting verb at token i: auxiliaries and adverbs before it ("a également
 * nié", "a-t-il ajouté"), a clitic after it ("dit-il"). A bare participle with no auxiliary is an
 * adjective ("les armes fournies"), not a report.
 */
function verbGroup(view: SentenceView, i: number, cls: ReportClass, formTense: Tense, lex: ClaimLexicon, rule: string, phraseStart = i): Cue | null {
  const { tokens, lower } = view;
  let first = phraseStart;
  let tense: Tense = formTense;
  let cliticPronoun: string | null = null;
  for (let k = phraseStart - 1, gap = 0; k >= 0 && gap <= MAX_GROUP_GAP; k--, gap++) {
    const t = tokens[k];
    const clitic = CLITIC.exec(lower[k]);
    if (clitic) { cliticPronoun = clitic[1]; continue; }
    const aux = lex.auxiliaries.get(lower[k]);
    if (aux && t.kind === 'word') { first = k; tense = aux; break; }
    // 'had "repeatedly warned"': a quote may open inside the verb group, after its auxiliary. Not before a concern: in
    // 'said Tehran was "deeply concerned" by the accusations and that P', the concern is a state the report describes.
    if (t.kind === 'quote' && cls !== 'concern' && !closesQuote(view, k) && lex.auxiliaries.has(lower[k - 1] ?? '')) continue;
    // "we are increasingly concerned that P", « nous sommes préoccupés par »: a concern stated with the copula.
    if (cls === 'concern' && formTense === 'participle' && lex.presentCopulas.has(lower[k])) { first = k; tense = 'present'; break; }
    if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || insideMention(view, t)) break;
    // "have said they believe": the auxiliary belongs to the reporting verb before; "would continue and
    // accused": to the verb before the conjunction.
    if (lex.reportingVerbs.has(lower[k]) || lex.conjunctions.has(lower[k])) break;
  }
  const after = lower[i + 1];
  const trailingClitic = after ? CLITIC.exec(after) : null;
  if (trailingClitic) cliticPronoun = trailingClitic[1];
  const last = trailingClitic ? i + 1 : i;
  if (formTense === 'participle' && first === phraseStart && !cliticPronoun) {
    const prev = tokens[phraseStart - 1];
    // « des généraux accusés d'avoir livré »: a participle of accusation before its link qualifies the noun (accusedByParticiple).
    const qualifying = cls === 'accuse' && lex.accusationLinks.has(lower[i + 1] ?? '');
    // « , une accusation rejetée par Bogota »: the participle after an apposed claim noun is a report (apposedPassive).
    const apposedPassive = lex.agentPrepositions.has(lower[i + 1] ?? '') && apposedClaimNounStart(view, phraseStart, lex) !== null;
    if (!prev || prev.text !== ',' && !sharesAuxiliary(view, phraseStart, cls, lex) && !qualifying && !apposedPassive) return null;
  }
  return { start: tokens[first].start, end: tokens[last].end, cls, tense, first, last, cliticPronoun, rule };
}

/** Words of an accused party between an accusing verb and its link ("accusé les autorités turques d'"). */
const MAX_ACCUSED_WORDS = 4;

/**
 * "a démenti ces accusations et assuré que P", "a averti que P et accusé Ankara d'alimenter le conflit":
 * a participle right after a conjunction and right before its complement shares the auxiliary of the
 * verb before the conjunction.
 */
function sharesAuxiliary(view: SentenceView, i: number, cls: ReportClass, lex: ClaimLexicon): boolean {
  const { lower } = view;
  if (!lex.conjunctions.has(lower[i - 1])) return false;
  if (lex.complementizers.has(lower[i + 1])) return true;
  return cls === 'accuse' && lower.slice(i + 2, i + 2 + MAX_ACCUSED_WORDS).some((word) => lex.accusationLinks.has(word));
}

/** "..., et (a) assuré que": another reporting verb, coordinated, starts at token k. */
function opensCoordinatedReport(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  const { lower } = view;
  if (!lex.conjunctions.has(lower[k])) return false;
  const verb = lex.auxiliaries.has(lower[k + 1]) ? k + 2 : k + 1;
  return lex.reportingVerbs.has(lower[verb]);
}

// ------------------------------------------------------------------ frames

/** Words that may stand between a reporting verb and its object ("a nié en bloc les allégations"). */
const MAX_WORDS_BEFORE_OBJECT = 4;

function withinObjectReach(between: string): boolean {
  return between.trim().split(/\s+/).length <= MAX_WORDS_BEFORE_OBJECT;
}

/**
 * Whether a claim noun after this text is the reporting verb's object: within reach, in the same
 * clause. In "said on X, calling the reports propaganda", the reports are what the next verb governs, and so
 * they are in "said his country rejected the allegations".
 */
function isObjectOfVerb(between: string, lex: ClaimLexicon): boolean {
  return !/[,;]/u.test(between) && withinObjectReach(between) && !(between.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => isVerb(word, lex));
}

/**
 * "Fabian Richter, a drone expert at the institute, said the programme ...": the comma before the verb closes an
 * apposition to the person the sentence opens on, who is its subject.
 */
function apposedToOpeningPerson(view: SentenceView, cue: Cue, lex: ClaimLexicon): boolean {
  const apposition = appositionOpening(view, cue.first, lex);
  const opening = view.tokens[apposition];
  return apposition > 0 && view.mentions.some((m) => mentionKind(m) === 'person' && m.start === view.tokens[0].start && m.end === opening.start);
}

/** The token after a side adverbial starting at token i (« pour sa part », "for its part"), or i. */
function afterSideAdverbial(view: SentenceView, i: number, lex: ClaimLexicon): number {
  const m = i < view.tokens.length ? matchAt(lex.sideAdverbials, view.text, view.tokens[i].start) : null;
  return m ? tokenIndexAt(view.tokens, view.tokens[i].start + m[0].length) : i;
}

/** Nothing but a colon after a reporting verb ends its sentence: "X said:", « a-t-il déclaré : ». */
const ANNOUNCING_COLON = /^\s*:\s*$/u;

/** Characters before a denial searched for "confirm or" (« confirmer ou de »). */
const CONFIRM_OR_REACH = 24;

/** Characters before a reporting verb where its generic subject ("all those who") may start. */
const GENERIC_SUBJECT_REACH = 40;

function frameOf(view: SentenceView, cue: Cue, lex: ClaimLexicon): Frame | null {
  const { tokens, lower } = view;
  const sentenceEnd = view.span.end;
  const base = { cue, speakerFromMainClause: false, speakerIsContentSubject: false };
  const before = tokens[cue.first - 1];
  // "..., a déclaré X", "“...” dit-il", "...livrés.a déclaré X": the speaker follows the verb. A comma alone
  // is not enough: "Kim Yo-jong, avait qualifié ..." closes an apposition before its own verb.
  const addressed = lex.addresseeVerbs.has(lower[cue.last]) && !lex.addresseeVerbsInvert;
  // « le porte-parole de la diplomatie, Ali Hosseini, a rejeté ces accusations »: a name apposed to the subject
  // closes it; what follows the verb is its object, not an inverted subject.
  const apposedName = before?.text === ',' && (view.mentions.some((m) => mentionKind(m) === 'person' && m.end === before.start) || nicknameIntroBefore(view, cue.first - 2, lex) >= 0
    || apposedToOpeningPerson(view, cue, lex));
  // A participle never inverts its subject: "..., fearing an escalation" names no speaker after it.
  const inverted = cue.cliticPronoun !== null
    || before !== undefined && cue.tense !== 'gerund' && (isClausePunct(view, before) || before.kind === 'quote') && !addressed && !apposedName
      && !answersClaimAfter(view, cue, lex) && sourceFollows(view, cue.last, lex);
  // « les instructeurs assurent la formation de », « soutient l'Ukraine »: before its object (not its inverted subject) the verb says nothing.
  // A date is no object (« a assuré le mois dernier que »).
  const beforeObject = lex.determiners.has(lower[cue.last + 1]) && !view.dates.some((d) => d.start === view.tokens[cue.last + 1].start);
  if (!inverted && lex.otherSenseBeforeObject.has(lower[cue.last]) && beforeObject) return null;
  if (lex.otherSenseBefore?.test(view.text.slice(view.tokens[cue.last].start, view.span.end))) return null;
  // "Those who claim otherwise must show their evidence": a report of nobody in particular.
  if (lex.genericSubject.test(view.text.slice(Math.max(view.span.start, cue.start - GENERIC_SUBJECT_REACH), cue.start))) return null;
  if ((cue.cls === 'deny' || cue.cls === 'say') && lex.confirmOr.test(view.text.slice(Math.max(view.span.start, cue.start - CONFIRM_OR_REACH), cue.start))) return null;
  // "..., déclarant que ...", "X a déclaré que P et est allé jusqu'à suggérer que Q": the speaker is the
  // subject of the main clause.
  const gerund = cue.tense === 'gerund' || lex.conjunctions.has(lower[cue.first - 1]);
  // Worked out at most once: a backward scan of the sentence.
  let subjectSpan: Span | undefined;
  const subjectRegion = (): Span => (subjectSpan ??= { start: clauseOpening(view, cue.first, lex), end: cue.start });
  const absolute = cue.tense === 'gerund' ? absoluteSubject(view, cue, lex) : null;
  const fromMain = absolute ? { speakerRegion: absolute, speakerNearEnd: true, speakerFromMainClause: false }
    : { speakerRegion: gerund ? null : subjectRegion(), speakerNearEnd: true, speakerFromMainClause: gerund };
  // "sanctions contre l'Iran, qu'elle accuse d'avoir livré des missiles", "Iran, which it accuses of supplying missiles":
  // the accused is the relative's antecedent, the accuser the main clause's subject.
  const antecedent = cue.cls === 'accuse' ? accusedAntecedent(view, cue, lex) : null;
  if (antecedent && cue.last + 1 < tokens.length) {
    return {
      ...base, kind: 'accusation', content: { start: tokens[cue.last + 1].start, end: sentenceEnd },
      speakerRegion: null, speakerNearEnd: true, speakerFromMainClause: true, implicitSubject: antecedent,
    };
  }
  const qualifying = accusesOrSuspects(view, cue, lex) ? accusedByParticiple(view, cue, lex) : null;
  if (qualifying === NO_REPORT) return null;
  if (qualifying) return qualifying;
  const rejectedBy = apposedPassive(view, cue, lex);
  if (rejectedBy) return rejectedBy;
  const passive = passiveFrame(view, cue, subjectRegion, lex);
  if (passive === NO_REPORT) return null;
  if (passive) return passive;

  // Look right for the complement: "que ...", "avoir fourni ...", ": « ... »", "de fournir ...", past a date
  // ("said on Thursday the drones were", "a nié mardi avoir fourni") or an adverb (« dit également avoir observé »).
  // Adverbs and dates may alternate (« assurait encore en octobre n'avoir jamais livré »).
  let complement = afterDate(view, afterSideAdverbial(view, cue.last + 1, lex), lex);
  while (complement < tokens.length - 1 && lex.subjectAdverbs.has(lower[complement])) complement = afterDate(view, complement + 1, lex);
  let negated = complement;
  while (negated < tokens.length && lex.infinitiveNegation.has(lower[negated])) negated++;
  const lookahead = lex.prepositions.has(lower[complement] ?? '') ? MAX_ADJUNCT_LOOKAHEAD : MAX_COMPLEMENT_LOOKAHEAD;
  // "accuse X of P", and a suspicion built like it ("soupçonne X d'avoir P"): X, then the act.
  const accusing = accusesOrSuspects(view, cue, lex);
  for (let k = complement, seen = 0; k < tokens.length && seen < lookahead; k++, seen++) {
    const t = tokens[k];
    // "a démenti ces accusations et assuré que P": P is the second verb's.
    if (opensCoordinatedReport(view, k, lex)) break;
    // "said cooperation with Belarus is a matter that ...": where "that" may be left out, a verb after a subject of
    // a few words means the clause has begun ("said there were reports that P" has not).
    if (lex.optionalComplementizer && seen >= 2 && isAuxiliary(lower[k], lex)) break;
    if (lex.complementizers.has(lower[k]) && !determinesClaimNoun(view, k, lex) && !opensFreeRelative(view, k, lex)) {
      // "said it was plausible that P": a hedge between the verb and "that" belongs to the content.
      const hedged = seen > 0 && lex.speculation.test(view.text.slice(tokens[cue.last].end, t.start));
      return { ...base, ...fromMain, kind: 'indirect', content: { start: hedged ? tokens[cue.last + 1].start : t.end, end: sentenceEnd } };
    }
    // Not the straight quote closing the phrase: 'called the reports "groundless"'.
    if (t.text === ':' || OPENING_QUOTES.has(t.text) && seen === 0 && !closesQuote(view, k)) {
      const announces = ANNOUNCING_COLON.test(view.text.slice(cue.end, sentenceEnd));
      return { ...base, ...fromMain, kind: 'quote', content: { start: t.end, end: sentenceEnd }, ...(announces ? { announces } : {}) };
    }
    // "a nié avoir fourni", "dit n'avoir aucune information": the infinitive, negated or not, right after the verb,
    // capitalised only in a title-cased headline ("Iran Denies Supplying Russia With Drones").
    // A preposition that looks like a participle ("said during a visit", « a déclaré pendant ») opens no content.
    const participlePreposition = lex.prepositions.has(lower[k]) && lex.presentParticiple.test(lower[k]);
    if (k === negated && t.kind === 'word' && isNonFinite(lower[k], lex) && !participlePreposition && (/^\p{Ll}/u.test(t.text) || isTitleCased(tokens))) {
      return { ...base, ...fromMain, kind: 'infinitive', content: { start: tokens[complement].start, end: sentenceEnd }, speakerIsContentSubject: true };
    }
    // « a affirmé dans un communiqué avoir abattu un drone »: a perfect infinitive after an adjunct is the content too.
    if (k > complement && lex.prepositions.has(lower[complement]) && lex.perfectInfinitives.has(lower[k]) && !lex.prepositions.has(lower[k - 1])) {
      let from = k;
      while (from > complement + 1 && lex.infinitiveNegation.has(lower[from - 1])) from--;
      return { ...base, ...fromMain, kind: 'infinitive', content: { start: tokens[from].start, end: sentenceEnd }, speakerIsContentSubject: true };
    }
    if (accusing && lex.accusationLinks.has(lower[k]) && seen > 0) {
      return { ...base, ...fromMain, kind: 'accusation', content: { start: tokens[cue.last + 1].start, end: sentenceEnd } };
    }
    if (t.kind === 'punct' && t.text !== '’') {
      // "acknowledged, however, that ...": a short adverbial between commas keeps the complement in reach; « a démenti,
      // mardi, avoir livré »: the infinitive after it is the complement.
      const aside = t.text === ',' ? asideEnd(view, k, lex) : -1;
      if (aside < 0) break;
      if (k === complement) {
        complement = aside + 1;
        negated = complement;
        while (negated < tokens.length && lex.infinitiveNegation.has(lower[negated])) negated++;
      }
      k = aside;
      continue;
    }
    // A name that is no prepositional complement starts a clause of its own ("said the United States could ..."),
    // unless "that" follows it: then it is who was told ("told The Associated Press that ...").
    // Right after the verb a name is often who was told ("told lawmakers in a briefing that"): only a verb
    // after it makes it a subject ("said Kyiv had evidence that P" reports that Kyiv had evidence).
    // A demonym is no name but a word of a noun phrase: "told a Ukrainian broadcaster that".
    // So is a name with the noun it qualifies: "told the IRNA news agency that".
    if (!accusing && insideMention(view, t) && !isGoverned(view, k, lex) && !isDemonym(view, t)) {
      const after = afterMention(view, t);
      if (seen === 0 && opensClauseAfterName(view, cue, after, lex)) return { ...base, ...fromMain, kind: 'indirect', content: { start: t.start, end: sentenceEnd } };
      if (seen > 0 ? !complementizerAfterNouns(view, after, lex) : isVerb(lower[after], lex)) break;
      // The name's own punctuation ("the U.N. Security Council") closes nothing.
      k = Math.max(k, after - 1);
    }
  }

  const rest = view.text.slice(tokens[cue.last].end, sentenceEnd);
  if (cue.contentFollows) return { ...base, ...fromMain, kind: 'object', content: { start: cue.end, end: sentenceEnd } };
  const nominal = lex.nominalReport.exec(rest);
  if (nominal && !inverted && isObjectOfVerb(rest.slice(0, nominal.index), lex)) {
    // "Il a nié les allégations selon lesquelles P": the content is P.
    const start = tokens[cue.last].end + (nominal.index ?? 0) + nominal[0].length;
    return { ...base, ...fromMain, kind: 'object', content: { start, end: sentenceEnd } };
  }
  const object = lex.anaphoricClaim.exec(rest);
  // "said the rumour may have been spread to ...": followed by a verb, the claim noun is a subject, not the object.
  const subjectOfClause = object !== null && isVerb(firstWordOf(rest.slice(object.index + object[0].length)), lex);
  if (object && !inverted && !subjectOfClause && isObjectOfVerb(rest.slice(0, object.index), lex)) {
    return { ...base, ...fromMain, kind: 'object', content: { start: cue.start, end: sentenceEnd } };
  }
  if (inverted) {
    const speakerEnd = invertedSubjectEnd(view, cue.last, lex);
    // « a-t-on appris jeudi de source diplomatique »: the date after the verb is no part of its subject.
    const afterDay = tokens[afterDate(view, cue.last + 1, lex)]?.start ?? cue.end;
    const speakerRegion = { start: afterDay < speakerEnd ? afterDay : cue.end, end: speakerEnd };
    // "des débris qui, a-t-il assuré, prouvent ...": the report is an aside in a relative clause, which is the content.
    const relative = before?.text === ',' ? tokens[cue.first - 2] : undefined;
    if (relative && lex.subjectRelatives.has(relative.text.toLowerCase())) {
      return { ...base, kind: 'aside', content: { start: relative.start, end: sentenceEnd }, speakerRegion, speakerNearEnd: false };
    }
    const contentStart = quoteOrClauseStart(view, cue.first);
    // "La Corée du Nord, a-t-il dit, pourrait ...": the content goes on after the speaker.
    const aside = before !== undefined && isAside(view, before, contentStart, view.text.slice(speakerEnd, sentenceEnd), lex);
    const content = { start: contentStart, end: aside ? sentenceEnd : before ? before.start : cue.start };
    if (!aside && isSubjectWithAside(view, content)) return null;
    return { ...base, kind: aside ? 'aside' : 'inverted', content, speakerRegion, speakerNearEnd: false };
  }
  const objectWords = rest.match(/\p{L}+/gu)?.length ?? 0;
  const answers = answersClaim(cue.cls);
  if (answers && objectWords > 0 && objectWords <= 4 && !inverted) {
    // "Pyongyang had denied it", "a démenti ces informations": the object stands for a proposition.
    return { ...base, ...fromMain, kind: 'object', content: { start: cue.start, end: sentenceEnd } };
  }
  const apposed = answers && objectWords === 0 ? apposedClaimNounStart(view, cue.first, lex) : null;
  if (apposed !== null) {
    // "..., a charge Ankara rejects.": the claim noun is the object, standing for what was said before.
    return { ...base, ...fromMain, kind: 'object', content: { start: apposed, end: sentenceEnd } };
  }
  const subject = subjectRegion();
  // "“...”, Martin a déclaré lorsque...", "Russia may buy missiles, Secretary Jane Doe said.": content, then its source.
  const comma = lastSeparator(view, { start: view.span.start, end: cue.start }, cue.first, lex);
  const contentStart = quoteOrClauseStart(view, cue.first);
  // The verb closes its clause: nothing after it, a short complement, a comma.
  // "..., two sources told the agency on Friday, in a ...", "told lawmakers in a closed-door briefing, according
  // to ...": who was told, then a comma, closes it too.
  // Where "told" has no verb after it at all, the rest is who was told and how ("told a U.N. Security Council committee
  // in a report seen by Reuters on Monday").
  const told = lex.addresseeVerbs.has(lower[cue.last]);
  const closesClause = isBareReport(rest, lex) || lex.afterReport.test(rest) || CLAUSE_END_AFTER_VERB.test(rest)
    || told && (isBareReport(addresseePhrase(rest, lex), lex, MAX_ADDRESSEE_WORDS) || lex.optionalComplementizer && isBareReport(rest, lex, Infinity));
  // "The claim, which Tehran has repeatedly rejected, is backed by ...": a report in a relative clause closed right
  // after its verb is about its antecedent ("..., which it said was prolonging the war" reports its own clause).
  const relative = comma ? tokens[tokenIndexAt(tokens, comma.end)] : undefined;
  if (comma && relative && lex.objectRelatives.has(relative.text.toLowerCase()) && relative.end < cue.start && tokens[cue.last + 1]?.text === ',') {
    return { ...base, kind: 'object', content: { start: contentStart, end: comma.start }, speakerRegion: { start: relative.end, end: cue.start }, speakerNearEnd: true, aboutAntecedent: true };
  }
  if (comma && isAside(view, comma, contentStart, rest, lex)) {
    // "North Korea, he said, may be preparing to send troops": the report sits inside its content.
    return { ...base, kind: 'aside', content: { start: contentStart, end: sentenceEnd }, speakerRegion: { start: comma.end, end: cue.start }, speakerNearEnd: true };
  }
  // "Asked about the reports, the ministry denied": what the speaker was asked is not what they said.
  const questioned = lex.questionedOpener.test(view.text.slice(contentStart, comma?.start ?? contentStart));
  // "P, et Pyongyang qualifie ces informations de ...": a clause coordinated after the comma has its own object.
  const coordinated = comma !== null && lex.conjunctions.has(lower[tokenIndexAt(tokens, comma.end)] ?? '');
  if (comma && comma.start - contentStart >= 12 && (CLOSING_QUOTES.has(comma.text) || closesClause) && !questioned && !coordinated
    && !isAdjunct(view, contentStart, comma.start, lex)) {
    return { ...base, kind: 'trailing', content: { start: contentStart, end: comma.start }, speakerRegion: { start: comma.end, end: cue.start }, speakerNearEnd: true };
  }
  // "Kyiv accuses, Tehran denies": an accusation with nothing after it in its clause makes the one the text is about.
  const bareAccusation = cue.cls === 'accuse' && (tokens[cue.last + 1] === undefined || CLAUSE_END.test(tokens[cue.last + 1].text));
  if (bareAccusation) return { ...base, ...fromMain, kind: 'object', content: { start: cue.start, end: sentenceEnd } };
  if (cue.cls === 'accuse' && objectWords > 0) {
    // "condamne avec fermeté la livraison de drones à la Russie": what is condemned is the content.
    return { ...base, ...fromMain, kind: 'object', content: { start: tokens[cue.last + 1].start, end: sentenceEnd } };
  }
  if (answers) {
    // "Moscou a démenti.", "a qualifié ces accusations d'absurdes": a denial of what was just said.
    return { ...base, ...fromMain, kind: 'object', content: { start: cue.start, end: sentenceEnd } };
  }
  if (subject.start === view.span.start && isBareReport(rest, lex)) {
    return { ...base, kind: 'orphan', content: { start: cue.start, end: cue.start }, speakerRegion: subject, speakerNearEnd: true };
  }
  if (lex.announcingVerbs.has(lower[cue.last]) && opensOnEventNoun(view, complement, lex)) {
    // "announced the deployment of nuclear weapons to Belarus", « a annoncé la livraison de drones »: the event is what is
    // said, and the speaker's own unless the noun names another doer.
    return { ...base, ...fromMain, kind: 'object', content: { start: tokens[complement].start, end: sentenceEnd }, speakerIsContentSubject: true };
  }
  if (lex.optionalComplementizer) {
    // "said Iran had sent ...", "said 11,000 soldiers had been sent", but not "to consider reports of arms
    // transfers": no clause opens with a preposition.
    if (lex.listingVerbs.has(lower[cue.last]) && addsToList(view, complement, lex)) return null;
    // "told reporters Iran had sent ...", "told Al Jazeera the group ...": who was told is not what was said.
    const first = lex.addresseeVerbs.has(lower[cue.last]) ? afterAddressee(view, complement, lex) : complement;
    const next = tokens[first];
    // "said about 10,000 soldiers were ...", "said at least two shipments had ...": a preposition before a number counts it.
    const counting = countedAt(view, first, lex);
    if (next && (next.kind === 'word' || next.kind === 'number') && (!lex.prepositions.has(lower[first]) || counting)) {
      return { ...base, ...fromMain, kind: 'indirect', content: { start: next.start, end: sentenceEnd } };
    }
  }
  return null;
}

/** An approximator of one word or two opens at token `k`, before a number ("about 10,000", "at least two"). */
function countedAt(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  const isCount = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || lex.cardinals.has(t.text.toLowerCase()));
  return lex.approximators.has(view.lower[k]) && isCount(view.tokens[k + 1])
    || lex.approximators.has(`${view.lower[k]} ${view.lower[k + 1]}`) && isCount(view.tokens[k + 2]);
}

/**
 * A determiner, then an event noun at token k, as the verb's object: "the deployment", « la livraison », but not the
 * subject of a clause ("confirmed the deliveries had resumed").
 */
function opensOnEventNoun(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  if (!lex.determiners.has(view.lower[k] ?? '') || !isEventNoun(view.lower[k + 1] ?? '', lex)) return false;
  for (let j = k + 2; j < view.tokens.length && view.tokens[j].text !== ','; j++) if (isVerb(view.lower[j], lex) && !lex.events.has(view.lower[j])) return false;
  return true;
}

/** Lower-case nouns this many at most may qualify a name before "that" ("told the IRNA news agency that"). */
const MAX_NOUNS_AFTER_NAME = 2;

/** "that" stands at `at`, or after a few lower-case words that are no verbs ("news agency that"). */
function complementizerAfterNouns(view: SentenceView, at: number, lex: ClaimLexicon): boolean {
  // "told the Security Council on Wednesday that": a date may come before "that".
  for (let k = at, from = at; k < view.tokens.length && k - from <= MAX_NOUNS_AFTER_NAME; k++) {
    const dated = afterDate(view, k, lex);
    if (dated > k) {
      from += dated - k;
      k = dated - 1;
      continue;
    }
    if (lex.complementizers.has(view.lower[k])) return true;
    if (!isLowerCaseNoun(view, k, lex)) return false;
  }
  return false;
}

/** A lower-case word that is no verb, no complementizer, no adverb: a noun a name may qualify ("agency", "personnel"). */
function isLowerCaseNoun(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  const t = view.tokens[k];
  return t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isVerb(view.lower[k], lex)
    && !lex.complementizers.has(view.lower[k]) && !lex.subjectAdverbs.has(view.lower[k]) && !lex.prepositions.has(view.lower[k]);
}

/** The token after who was told, if `at` names them: "reporters", a news outlet ("the BBC", "Al Jazeera"). */
function afterAddressee(view: SentenceView, at: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  if (lex.addressees.has(lower[at])) return at + 1;
  const nameAt = lex.determiners.has(lower[at]) ? at + 1 : at;
  const outlet = view.mentions.find((m) => m.start === tokens[nameAt]?.start && 'institutionKind' in m && m.institutionKind === 'media');
  return outlet ? tokenIndexAt(tokens, outlet.end) : at;
}

/**
 * Text from `start` to `end` is an adjunct, not a clause: it opens with a preposition and holds no verb the lexicons
 * know (« Dans un communiqué publié par l'agence officielle, X a qualifié ... », "In a statement carried by ...").
 */
function isAdjunct(view: SentenceView, start: number, end: number, lex: ClaimLexicon): boolean {
  const first = tokenIndexAt(view.tokens, start);
  if (!lex.prepositions.has(view.lower[first])) return false;
  // After a determiner a verb's form is a noun (« un communiqué »).
  for (let k = first; k < view.tokens.length && view.tokens[k].end <= end; k++) {
    if (isVerb(view.lower[k], lex) && !lex.determiners.has(view.lower[k - 1])) return false;
  }
  return true;
}

/**
 * The mention a relative pronoun standing for the accusing verb's object refers to: ", qu'elle accuse", ", which
 * they accuse", right after it and its comma. Null when the verb has no such relative before its subject pronoun.
 */
function accusedAntecedent(view: SentenceView, cue: Cue, lex: ClaimLexicon): Span | null {
  const { tokens, lower } = view;
  const pronoun = cue.first - 1;
  if (pronoun < 3 || !lex.relativeObjects.has(lower[pronoun - 1]) || tokens[pronoun - 2].text !== ',') return null;
  if (!lex.pronouns.has(lower[pronoun]) && !lex.neuterPronouns.has(lower[pronoun])) return null;
  const end = tokens[pronoun - 3].end;
  return view.mentions.find((m) => m.end === end) ?? null;
}

/**
 * "sanctions against Iran Air, accused of carrying the drones", « trois généraux iraniens accusés d'avoir livré des
 * drones »: a participle of accusation right before its link qualifies the noun phrase before it, which stands accused.
 * The accuser is the main clause's subject before it; "Iran, accused of P, has denied Q" names none, and a
 * headline ("Iran accused of P") reports nothing.
 */
function accusedByParticiple(view: SentenceView, cue: Cue, lex: ClaimLexicon): Frame | typeof NO_REPORT | null {
  const { tokens, lower } = view;
  // "the UAE, suspected by UN experts of arming the RSF": the agent accuses.
  const agent = lex.agentPrepositions.has(lower[cue.last + 1] ?? '') ? cue.last + 2 : -1;
  const link = agent > 0 ? actLink(view, agent, lex) : cue.last + 1;
  if (cue.first !== cue.last || link <= agent || !lex.accusationLinks.has(lower[link] ?? '') || !lex.pastParticiple.test(lower[cue.last])) return null;
  // A suspicion with no agent ("Iran, suspected of P") is read as any other.
  if (cue.cls !== 'accuse' && agent < 0) return null;
  const apposed = tokens[cue.first - 1]?.text === ',';
  const accused = nounPhraseEndingAt(view, apposed ? cue.first - 2 : cue.first - 1, lex);
  // « une entreprise accusée de P »: with no party to accuse, a participle qualifying its noun reports nothing.
  if (!accused) return apposed ? null : NO_REPORT;
  const at = tokenIndexAt(tokens, accused.start);
  const opening = clauseOpening(view, at, lex);
  // "L'Iran, accusé de P": an article before the accused is no main clause.
  const mainClause = tokens.some((t, k) => k < at && t.start >= opening && t.kind === 'word' && !lex.determiners.has(lower[k]));
  // "Iran accused of supplying drones", as a headline: nobody is said to accuse.
  if (!mainClause && !apposed && agent < 0) return NO_REPORT;
  const speakerRegion = agent > 0 ? { start: tokens[agent].start, end: tokens[link].start } : mainClause ? { start: opening, end: accused.start } : null;
  return {
    kind: 'accusation', cue, speakerRegion, speakerNearEnd: false, speakerFromMainClause: false, speakerIsContentSubject: false,
    content: { start: tokens[link].start, end: apposedUntilVerb(view, link, lex) }, implicitSubject: accused,
  };
}

/**
 * ", a claim rejected by Bogota", « , une accusation rejetée par Bogota »: a claim noun apposed to the clause before it
 * stands for that clause, and the agent of the participle after it answers it.
 */
function apposedPassive(view: SentenceView, cue: Cue, lex: ClaimLexicon): Frame | null {
  const { tokens, lower } = view;
  const agent = tokens[cue.last + 2];
  if (cue.first !== cue.last || !answersClaim(cue.cls) || !lex.pastParticiple.test(lower[cue.last]) || !lex.agentPrepositions.has(lower[cue.last + 1] ?? '') || !agent) return null;
  const claimNoun = apposedClaimNounStart(view, cue.first, lex);
  if (claimNoun === null) return null;
  return {
    kind: 'object', cue, content: { start: claimNoun, end: view.span.end }, speakerRegion: { start: agent.start, end: view.span.end },
    speakerNearEnd: false, speakerFromMainClause: false, speakerIsContentSubject: false,
  };
}

/** Words a noun phrase may have after the mention that says whose it is ("Iranian generals", "Iran Air"). */
const MAX_NOUNS_AFTER_OWNER = 2;

/** The noun phrase ending with token `last` that holds a mention ("Iran Air", "trois généraux iraniens", "Iranian generals"), or null. */
function nounPhraseEndingAt(view: SentenceView, last: number, lex: ClaimLexicon): Span | null {
  const { tokens, lower } = view;
  for (let k = last; k >= 0 && last - k <= MAX_NOUNS_AFTER_OWNER; k--) {
    const mention = view.mentions.find((m) => m.end === tokens[k].end);
    if (mention) return { start: mention.start, end: tokens[last].end };
    if (tokens[k].kind !== 'word' || isVerb(lower[k], lex) || lex.determiners.has(lower[k])) return null;
  }
  return null;
}

/** Where a participial aside opening before token `from` ends: at the comma before the main verb ("Iran, accused of P, denied"), else the sentence's end. */
function apposedUntilVerb(view: SentenceView, from: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  const comma = tokens.findIndex((t, k) => k > from && t.text === ',');
  return comma > 0 && isVerb(lower[comma + 1], lex) ? tokens[comma].start : view.span.end;
}

/** "Iran, accused of P, has denied the claims": a claim answered right after the verb is its object, not who answers. */
function answersClaimAfter(view: SentenceView, cue: Cue, lex: ClaimLexicon): boolean {
  const next = view.tokens[cue.last + 1];
  return answersClaim(cue.cls) && next !== undefined && matchAt(lex.anaphoricClaim, view.text, next.start) !== null;
}

/** A denial, admission or retraction: a report answering a claim, which it may only point at ("a démenti"). */
export function answersClaim(cls: ReportClass): boolean {
  return cls === 'deny' || cls === 'admit' || cls === 'retract';
}

/**
 * "added five companies to its blacklist": the object is put somewhere ("to" and a determiner) before any
 * verb, so no clause was reported ("added Iran had sent drones to Russia" has its verb first).
 */
function addsToList(view: SentenceView, from: number, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  for (let k = from; k < tokens.length && tokens[k].kind !== 'punct'; k++) {
    if (isVerb(lower[k], lex)) return false;
    if (lower[k] === 'to' && (lex.determiners.has(lower[k + 1]) || lex.possessives.has(lower[k + 1]))) return true;
  }
  return false;
}

/**
 * A report in the passive, its speaker the agent: "The allegations have been denied by Tehran", « Ces
 * accusations ont été démenties par Téhéran » deny what the subject names; "Iran has been accused by
 * Ukraine of supplying drones", « L'Iran a été accusé par Kiev de fournir » accuse the subject of the act.
 */
function passiveFrame(view: SentenceView, cue: Cue, subjectRegion: () => Span, lex: ClaimLexicon): Frame | typeof NO_REPORT | null {
  const { tokens, lower } = view;
  const believed = cue.cls === 'believe';
  // "is suspected by X of P" is built like "is accused by X of P".
  const accusing = accusesOrSuspects(view, cue, lex);
  // A passive auxiliary right before the participle or its verb group, adverbs aside ("is disputed", "were now believed").
  const passiveGroup = lower.slice(Math.max(0, cue.first - 1), cue.last).some((word) => lex.passiveAuxiliaries.has(word));
  if (!(answersClaim(cue.cls) || accusing || believed) || !passiveGroup) return null;
  // "was dismissed by Moscow as propaganda": a phrase cue holds the agent before its verdict.
  const verb = verbInPhrase(view, cue, lex);
  // "has been denying" is no passive.
  // A phrase may open on a participle that reports only in it: « ont été qualifiées de propagande par Moscou ».
  const form = lex.reportingVerbs.get(lower[verb])?.tense ?? (lex.pastParticiple.test(lower[verb]) ? 'participle' : undefined);
  if (form !== 'past' && form !== 'participle') return null;
  // The agent stands after the verb, or after the phrase's verdict ("was dismissed as propaganda by Moscow").
  const isAgentAt = (k: number) => lex.agentPrepositions.has(lower[k]) && k + 1 < tokens.length;
  const afterVerb = afterDate(view, verb + 1, lex);
  const afterPhrase = afterDate(view, cue.last + 1, lex);
  const by = verb < cue.last && !isAgentAt(afterVerb) && isAgentAt(afterPhrase) ? afterPhrase : afterVerb;
  const agent = isAgentAt(by);
  // "soldiers are believed to be in Russia": a hedge on what the sentence says, no report of its own.
  if (believed) return agent ? null : NO_REPORT;
  if (!agent) return agentlessPassive(view, cue, by, subjectRegion, lex);
  const link = accusing ? actLink(view, by + 1, lex) : -1;
  let end = by + 1;
  while (end < tokens.length && tokens[end].kind !== 'punct' && end !== link && !(verb < cue.last && lex.predicateLinks.has(lower[end]))) end++;
  const speakerRegion = { start: tokens[by + 1].start, end: tokens[end]?.start ?? view.span.end };
  const base = { cue, speakerRegion, speakerNearEnd: false, speakerFromMainClause: false, speakerIsContentSubject: false };
  const subject = subjectRegion();
  if (accusing && end === link) {
    return { ...base, kind: 'accusation', content: { start: tokens[end].start, end: view.span.end }, implicitSubject: subject };
  }
  return { ...base, kind: 'object', content: trimSpan(view.text, subject.start, tokens[by].start) };
}

/** An accusing cue, or a verb of suspicion built like one ("suspects Russia of buying", « soupçonne la Russie d'avoir acheté »). */
function accusesOrSuspects(view: SentenceView, cue: Cue, lex: ClaimLexicon): boolean {
  return cue.cls === 'accuse' || lex.suspicionVerbs.has(view.lower[cue.last]);
}

/**
 * The accusation link after token `from` that opens the act, in the clause: the first one before a verb that is not
 * finite (« accusés par des experts de l'ONU d'armer »: not the « de » of the agent's name), else the first one.
 */
function actLink(view: SentenceView, from: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  let first = -1;
  for (let k = from; k < tokens.length && tokens[k].kind !== 'punct'; k++) {
    if (!lex.accusationLinks.has(lower[k])) continue;
    let verb = k + 1;
    while (verb < tokens.length && lex.infinitiveNegation.has(lower[verb])) verb++;
    if (verb < tokens.length && isNonFinite(lower[verb], lex)) return k;
    if (first < 0) first = k;
  }
  return first;
}

/**
 * The cue's reporting verb: its last word, or for a phrase ("dismissed by Moscow as propaganda") the verb inside it,
 * else the word the phrase opens on past its auxiliaries (« ont été qualifiées de propagande »).
 */
function verbInPhrase(view: SentenceView, cue: Cue, lex: ClaimLexicon): number {
  const { lower } = view;
  if (lex.reportingVerbs.has(lower[cue.last])) return cue.last;
  for (let k = cue.first; k < cue.last; k++) if (lex.reportingVerbs.has(lower[k]) && !lex.auxiliaries.has(lower[k])) return k;
  let opening = cue.first;
  while (opening < cue.last && (lex.auxiliaries.has(lower[opening]) || lex.passiveAuxiliaries.has(lower[opening]))) opening++;
  return opening;
}

/** A reporting verb that reports nothing: its frame is dropped, not read in some other way. */
const NO_REPORT = Symbol('no report');

/**
 * A passive that names nobody who reports. "Iran was accused of supplying drones", « L'Iran est accusé de
 * fournir »: an accusation of the subject whose source is not known. "The figure was disputed", « Ces
 * informations ont été démenties »: the subject is what was denied, not who denied it, and nothing is reported.
 */
function agentlessPassive(view: SentenceView, cue: Cue, next: number, subjectRegion: () => Span, lex: ClaimLexicon): Frame | typeof NO_REPORT {
  const link = view.tokens[next];
  if (cue.cls !== 'accuse' || !link || !lex.accusationLinks.has(view.lower[next])) return NO_REPORT;
  return {
    kind: 'accusation', cue, speakerRegion: null, speakerNearEnd: false, speakerFromMainClause: false, speakerIsContentSubject: false,
    content: { start: link.start, end: view.span.end }, implicitSubject: subjectRegion(),
  };
}

/** "rejected that report, calling it ...": a complementizer that is a determiner of a claim noun closing the clause. */
function determinesClaimNoun(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  const { tokens } = view;
  if (!lex.determiners.has(view.lower[k])) return false;
  const claim = matchAt(lex.anaphoricClaim, view.text, tokens[k].start);
  if (!claim) return false;
  const next = tokens[tokenIndexAt(tokens, tokens[k].start + claim[0].length)];
  return next === undefined || next.kind === 'punct';
}

/** The token after a date that starts at token k, with its preposition ("on Thursday", "Thursday", "mardi"), else k. */
function afterDate(view: SentenceView, k: number, lex: ClaimLexicon): number {
  const { tokens } = view;
  const starts = [tokens[k]?.start, lex.prepositions.has(view.lower[k]) ? tokens[k + 1]?.start : undefined];
  const date = view.dates.find((d) => starts.includes(d.start));
  return date ? tokenIndexAt(tokens, date.end) : k;
}

/** Words of a subject before a reporting aside ("The drones, he said, were ..."). */
const MAX_SUBJECT_BEFORE_ASIDE = 6;

/**
 * A report between commas after a short unquoted subject, its predicate going on after the report
 * ("North Korea, he said, may ..."), not an adjunct of the report (", lors d'une réunion", ", speaking ...").
 */
function isAside(view: SentenceView, comma: Token, contentStart: number, rest: string, lex: ClaimLexicon): boolean {
  // The word after the report may be elided: "La Russie, a-t-il poursuivi, n'a acheté aucune arme".
  const next = /^\s*,\s*(\p{Ll}+(?:\s|['’]))\s*\p{L}/u.exec(rest);
  if (comma.text !== ',' || !next) return false;
  const word = next[1].trim();
  if (lex.prepositions.has(word) || lex.conjunctions.has(word) || lex.afterReport.test(word) || lex.reportingVerbs.has(word)) return false;
  const subject = view.text.slice(contentStart, comma.start);
  if (/[»”"]\s*$/u.test(subject)) return false;
  const words = subject.match(/\p{L}+/gu)?.length ?? 0;
  return words > 0 && words <= MAX_SUBJECT_BEFORE_ASIDE;
}

/** After a verb of saying other than "told", a name followed by a verb no lexicon lists is its subject ("says Belarus hosts"). */
function opensClauseAfterName(view: SentenceView, cue: Cue, after: number, lex: ClaimLexicon): boolean {
  const word = view.lower[after];
  // A denial's object is a noun phrase ("denied Western reports", "calls US claims absurd"), a clause only after "that".
  return lex.finiteVerbShape !== null && word !== undefined && !answersClaim(cue.cls) && !lex.addresseeVerbs.has(view.lower[cue.last])
    && lex.finiteVerbShape.test(view.tokens[after].text) && !lex.prepositions.has(word) && !lex.conjunctions.has(word);
}

/** Words an aside between commas may hold ("however", "in turn", "pour sa part"). */
const MAX_ASIDE_WORDS = 3;
/** Words an aside may hold when "that" follows it ("said, speaking on condition of anonymity, that P"). */
const MAX_ASIDE_WORDS_BEFORE_COMPLEMENTIZER = 8;

/** The index of the comma closing a short lower-case aside, one citing a source or the reporter's, that opens with the comma at `k`, or -1. */
function asideEnd(view: SentenceView, k: number, lex: ClaimLexicon): number {
  const { tokens } = view;
  // "reported, citing U.S. officials, that P": the source cited, names and all.
  const citing = matchAt(lex.citingAside, view.text, tokens[k].start);
  if (citing) return tokenIndexAt(tokens, tokens[k].start + citing[0].length - 1);
  // "said, without providing evidence, that P": the reporter's own aside.
  const reporter = matchAt(lex.reporterAside, view.text, tokens[k].start);
  const closing = reporter ? tokenIndexAt(tokens, tokens[k].start + reporter[0].length) : -1;
  if (tokens[closing]?.text === ',') return closing;
  // "said, in a report seen by The Associated Press, that P": a name governed by a preposition may sit in an
  // aside that a complementizer closes.
  let named = false;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_ASIDE_WORDS_BEFORE_COMPLEMENTIZER + 1; j++) {
    const t = tokens[j];
    if (t.text === ',') {
      const short = j - k <= MAX_ASIDE_WORDS + 1 && !named;
      return j > k + 1 && (short || lex.complementizers.has(tokens[j + 1]?.text.toLowerCase() ?? '')) ? j : -1;
    }
    const governedName = t.kind === 'word' && insideMention(view, t) && isGoverned(view, j, lex);
    if (governedName) {
      named = true;
      j = afterMention(view, t) - 1;
      continue;
    }
    const determinesName = lex.determiners.has(view.lower[j]) && insideMention(view, tokens[j + 1] ?? t) && isGoverned(view, j + 1, lex);
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) && !determinesName || insideMention(view, t)) return -1;
  }
  return -1;
}

/**
 * The last comma or closing quote before a verb group that has a name between it and the verb: a
 * known mention, a pronoun, or a lone capitalised word ("”, Petrov said").
 */
function lastSeparator(view: SentenceView, region: Span, verb: number, lex: ClaimLexicon): Token | null {
  const { tokens } = view;
  // "“...,” Jane Doe, the assistant secretary, told the committee": the separator is before the subject and its apposition.
  const apposition = appositionOpening(view, verb, lex);
  for (let k = (apposition >= 0 ? apposition : verb) - 1; k >= 0 && tokens[k].start >= region.start; k--) {
    const t = tokens[k];
    if (t.text !== ',' && !CLOSING_QUOTES.has(t.text)) continue;
    const between = tokens.slice(k + 1, verb);
    // « Les ministres français, allemand et britannique ont dénoncé »: a comma in a list of demonyms separates nothing.
    if (t.text === ',' && listsDemonyms(view, between, lex)) continue;
    const isPronoun = (w: Token) => isSpeakerPronoun(w.text.toLowerCase(), lex) || lex.neuterPronouns.has(w.text.toLowerCase());
    const named = view.mentions.some((m) => m.start >= t.end && m.end <= tokens[verb].start)
      || between.length <= 2 && between.some(isPronoun)
      || between.length === 1 && isNameWord(between[0], lex)
      || isCommonNounSource(between, lex)
      || lex.oneOfThem.test(view.text.slice(t.end, tokens[verb].start));
    return named ? t : null;
  }
  return null;
}

/** The words are demonyms and the conjunctions or commas between them ("allemand et britannique"). */
function listsDemonyms(view: SentenceView, words: Token[], lex: ClaimLexicon): boolean {
  return words.some((w) => isDemonym(view, w))
    && words.every((w) => isDemonym(view, w) || isListJoiner(w.text, lex));
}

/** Words of a name in apposition ("the spokesperson, Jane Marie Doe, said"). */
const MAX_APPOSED_NAME_WORDS = 4;

/** A role is named at token i, or after one word qualifying it ("vice director of", "senior adviser to"). */
function opensOnRole(view: SentenceView, i: number): boolean {
  const starts = [view.tokens[i], view.tokens[i + 1]].filter((t) => t?.kind === 'word').map((t) => t.start);
  return view.mentions.some((m) => mentionKind(m) === 'role' && starts.includes(m.start));
}

/**
 * The comma opening an apposition that a comma right before the verb closes ("Jane Doe, the assistant
 * secretary, told", "the spokesperson, Jane Doe, said"), or -1. An apposition opens with a determiner
 * or is a name: "Ivan Petrov, a réagi jeudi, jugeant" has a verb of its own between its commas.
 */
function appositionOpening(view: SentenceView, verb: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  if (tokens[verb - 1]?.text !== ',') return -1;
  for (let k = verb - 2; k >= 0; k--) {
    if (tokens[k].text !== ',') continue;
    const name = tokens.slice(k + 1, verb - 1);
    // "its spokesman, Col. Jane Doe, said": a title and its abbreviating dot stand in the name.
    const isName = name.filter((t) => t.kind === 'word').length <= MAX_APPOSED_NAME_WORDS && name.every((t) => isNameWord(t, lex) || insideMention(view, t));
    // "John Doe, spokesman for the ministry, said", « X, porte-parole du ministère, a déclaré »: a role needs no article.
    // Before a participle it is the apposition of an earlier verb's subject (« a assuré X, porte-parole, jugeant »).
    const bareRole = opensOnRole(view, k + 1) && !lex.presentParticiple.test(lower[verb]);
    return lex.determiners.has(lower[k + 1]) || isName || bareRole ? k : -1;
  }
  return -1;
}

/**
 * Where the subject after an inverted verb ends: at a comma that opens an adjunct ("..., a déclaré le
 * ministère, lors d'une réunion avec les députés") rather than an apposition ("..., a dit le
 * porte-parole, Jean Martin", "..., le général Paul Martin").
 */
function invertedSubjectEnd(view: SentenceView, verb: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  for (let k = verb + 1; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1];
    if (tokens[k].text === ',' && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !lex.determiners.has(lower[k + 1])) {
      return tokens[k].start;
    }
  }
  return view.span.end;
}

/** True when the phrase at token k follows a preposition ("à la presse", "to CNN"), articles skipped. */
function isGoverned(view: SentenceView, k: number, lex: ClaimLexicon): boolean {
  let j = k - 1;
  while (j >= 0 && insideMention(view, view.tokens[j]) && view.mentions.some((m) => view.tokens[j].start >= m.start && view.tokens[k].end <= m.end)) j--;
  if (j >= 0 && lex.determiners.has(view.lower[j])) j--;
  return j >= 0 && lex.prepositions.has(view.lower[j]);
}

/** Tokens after a verb where an inverted source may start, and more past a preposition (« à la télévision d'État »). */
const SOURCE_REACH = 5;
const SOURCE_REACH_AFTER_ADJUNCT = 8;

/**
 * A named source right after a verb group ("a déclaré mardi le porte-parole ...", "dit Martin"), not
 * the subject of a clause the verb introduces ("..., said the European Union was preparing ...").
 */
function sourceFollows(view: SentenceView, last: number, lex: ClaimLexicon): boolean {
  const from = view.tokens[last].end;
  // A complement clause or a coordinated report after the verb has subjects of its own ("et assuré que la Chine"),
  // and so has one opening with a subject pronoun and its verb ("said they were taken near the Iranian city").
  // A date after the verb takes no room from the source ("ont indiqué vendredi des sources au sein du ministère").
  const first = afterDate(view, last + 1, lex);
  // « a déclaré à la télévision d'État le porte-parole »: where it was said takes room too.
  const reach = lex.invertsAfterAdjunct && lex.prepositions.has(view.lower[first] ?? '') ? SOURCE_REACH_AFTER_ADJUNCT : SOURCE_REACH;
  let end = Math.min(view.tokens.length - 1, first + reach);
  for (let k = last + 1; k < end; k++) {
    const clause = lex.pronouns.has(view.lower[k]) && isVerb(view.lower[k + 1], lex);
    if (clause || lex.complementizers.has(view.lower[k]) || opensCoordinatedReport(view, k, lex)) {
      end = k;
      break;
    }
  }
  const limit = view.tokens[end].end;
  // A weapon or a demonym after the verb describes what was said, not who said it ("said her country
  // had never sold shells", "a démenti toute livraison de drones iraniens").
  const source = view.mentions.find((m) => m.start >= from && m.start <= limit && !isDescriptive(view, m));
  if (!source) return nounPhraseEndsSentence(view, last + 1, lex) || nameClosesClause(view, last + 1, lex) || lex.oneOfThem.test(clauseAfter(view, last));
  // An auxiliary before the name opens a clause the name is part of ("said the missiles were delivered to Russia").
  const sourceToken = tokenIndexAt(view.tokens, source.start);
  for (let k = last + 1; k < sourceToken; k++) if (isAuxiliary(view.lower[k], lex)) return false;
  let next = tokenIndexAt(view.tokens, source.end);
  // A verb after the name makes it the subject of a clause of its own; "that" makes it an addressee
  // ("Kovalenko, told The Associated Press that P"). Where "that" may be left out, so does a past form the
  // lexicons need not know ("..., speaking on condition of anonymity, said Kyiv expected more strikes").
  const clauseVerb = (word: string | undefined) => isVerb(word, lex) || lex.optionalComplementizer && word !== undefined && lex.pastParticiple.test(word);
  // "said Washington now had firm evidence": an adverb may stand between the subject and its verb, and so may the
  // nouns a name qualifies ("said dozens of Russian military personnel had been trained").
  for (let nouns = 0; nouns < MAX_NOUNS_AFTER_NAME && isLowerCaseNoun(view, next, lex) && !clauseVerb(view.lower[next]); nouns++) next++;
  while (next + 1 < view.tokens.length && lex.subjectAdverbs.has(view.lower[next])) next++;
  const word = view.lower[next];
  return next >= view.tokens.length || !(clauseVerb(word) || lex.complementizers.has(word));
}

/** A weapon, or the demonym saying whose it is ("drones iraniens", "Iranian drones"). */
function isDescriptive(view: SentenceView, mention: Span): boolean {
  const kind = mentionKind(mention);
  if (kind === 'item') return true;
  const isItemBeside = (other: Span) => mentionKind(other) === 'item' && areAdjacent(view.text, other, mention);
  return kind === 'demonym' && view.mentions.some(isItemBeside);
}

/** Tokens from `first` are a source named by common nouns closing the sentence: an inverted subject ("..., a affirmé la presse locale."). */
function nounPhraseEndsSentence(view: SentenceView, first: number, lex: ClaimLexicon): boolean {
  // "..., a déclaré un instructeur russe, cité par la chaîne.": an adjunct set off by a comma may follow.
  let end = tokenIndexAt(view.tokens, invertedSubjectEnd(view, first - 1, lex));
  if (end === view.tokens.length && view.tokens.at(-1)?.kind === 'punct') end--;
  // "..., a précisé le ministère dans un communiqué.": what follows the noun phrase says where or when it spoke.
  for (let k = first + 2; k < end; k++) {
    if (lex.afterReport.test(view.lower[k])) {
      end = k;
      break;
    }
  }
  return isCommonNounSource(view.tokens.slice(first, end), lex);
}

/** The text after token `last` up to the next comma or the sentence's end ("l'un d'eux" in "a affirmé l'un d'eux, précisant"). */
function clauseAfter(view: SentenceView, last: number): string {
  const from = view.tokens[last].end;
  const comma = view.text.indexOf(',', from);
  return view.text.slice(from, comma >= 0 && comma < view.span.end ? comma : view.span.end);
}

/** Most words in a name no lexicon knows, inverted after its verb ("..., said Hale."). */
const MAX_BARE_NAME_WORDS = 3;

/**
 * Tokens from `first` are a name closing the clause: a surname no lexicon knows ("..., said Hale, adding that"), perhaps
 * before where or how they spoke.
 */
function nameClosesClause(view: SentenceView, first: number, lex: ClaimLexicon): boolean {
  let k = first;
  while (k < view.tokens.length && k - first < MAX_BARE_NAME_WORDS && isNameWord(view.tokens[k], lex)) k++;
  const next = view.tokens[k]?.text;
  // "..., said Hale in his address", « a insisté Korolenko dans son allocution »: where or how they spoke may follow.
  return k > first && (next === undefined || next === ',' || SENTENCE_STOP.test(next) || lex.prepositions.has(view.lower[k]));
}

/** Index of the token after the mention holding token `t`. */
function afterMention(view: SentenceView, t: Token): number {
  const mention = view.mentions.find((m) => t.start >= m.start && t.end <= m.end)!;
  return tokenIndexAt(view.tokens, mention.end);
}

function isNonFinite(word: string, lex: ClaimLexicon): boolean {
  return lex.nonFinite.test(word) && !lex.reportingVerbs.has(word) && !lex.complementizers.has(word);
}

/** A comma or semicolon right after the verb: the report closes its clause ("..., an official said, speaking on ..."). */
const CLAUSE_END_AFTER_VERB = /^\s*[,;]/u;
/** Words of who was told and where ("lawmakers in a closed-door briefing"), up to the comma that closes the report. */
const MAX_ADDRESSEE_WORDS = 8;

/**
 * Who was told and how, after "told": up to a comma or a clause of its own ("reporters on condition of anonymity
 * because he was not authorized to speak").
 */
function addresseePhrase(rest: string, lex: ClaimLexicon): string {
  const phrase = rest.split(/[,;]/u)[0];
  const clause = lex.clauseBreaks.exec(phrase);
  return clause ? phrase.slice(0, clause.index) : phrase;
}

/**
 * Nothing left after the verb but a short complement ("aux journalistes.", "to reporters."). Where
 * "that" may be left out, a verb there makes it a short clause ("said Russia had launched drones").
 */
function isBareReport(rest: string, lex: ClaimLexicon, maxWords = 4): boolean {
  const words = rest.match(/\p{L}+/gu) ?? [];
  if (words.length > maxWords || /[«“"]/u.test(rest)) return false;
  return !lex.optionalComplementizer || !words.some((w) => lex.auxiliaries.has(w.toLowerCase()) || lex.events.has(w.toLowerCase()));
}

/**
 * Where what stands for the claim before starts in "..., a charge Ankara rejects", « ..., ce que Téhéran dément »
 * when the verb group opening at token `first` closes it; null otherwise.
 */
function apposedClaimNounStart(view: SentenceView, first: number, lex: ClaimLexicon): number | null {
  for (let k = first - 1; k >= 0; k--) {
    if (view.tokens[k].text !== ',') continue;
    return apposedClaimNounEnd(view, view.tokens[k], view.tokens[first].start, lex) !== null ? view.tokens[k + 1].start : null;
  }
  return null;
}

/**
 * ", a charge Pyongyang denied": where the claim noun apposed at comma `t` ends (its subject starts
 * there), when that is before `limit`; null when no claim noun is apposed there.
 */
function apposedClaimNounEnd(view: SentenceView, t: Token, limit: number, lex: ClaimLexicon): number | null {
  if (t.text !== ',') return null;
  const m = matchAt(lex.claimNounApposition, view.text, t.start);
  return m && t.start + m[0].length <= limit ? t.start + m[0].length : null;
}

/**
 * Where the clause holding token i starts: after the last complementizer, quote or strong
 * punctuation before it ("... après que la Maison Blanche a affirmé" -> "la Maison Blanche").
 */
/**
 * The comma at token k closes a clause or an adjunct and opens the subject of the verb at token i: "After U.S. forces
 * seized the shipment, Tehran denied any role", "US Navy seizes missile parts, Tehran denies role", "After the seizure
 * of ..., Tehran denied". A verb before the comma makes what precedes it a clause of its own, and a preposition
 * opening it an adjunct, not part of the subject ("Iran's foreign minister, X, denied" has neither); the words after
 * it name someone and hold no verb or conjunction ("Russia, Iran and Syria deny" is one subject).
 */
function opensSubjectAfterClause(view: SentenceView, k: number, i: number, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  if (k + 1 >= i || tokens[k + 1].kind !== 'word') return false;
  for (let j = k + 1; j < i; j++) {
    if (tokens[j].kind === 'punct' || isVerb(lower[j], lex) || lex.conjunctions.has(lower[j]) || lex.objectRelatives.has(lower[j]) || lex.subordinators.has(lower[j])) return false;
  }
  const named = view.mentions.some((m) => m.start >= tokens[k + 1].start && m.end <= tokens[i - 1].end) || lex.pronouns.has(lower[k + 1]);
  if (!named) return false;
  let j = k - 1;
  for (; j >= 0 && !lex.complementizers.has(lower[j]) && tokens[j].text !== ';' && tokens[j].text !== ':' && tokens[j].kind !== 'quote'; j--) {
    if (tokens[j].kind === 'word' && isClauseVerb(lower[j], lex) && !lex.determiners.has(lower[j - 1] ?? '')) return true;
  }
  // "After the seizure of the shipment, Tehran denied", « De son côté, Téhéran a démenti »: an adjunct opening the clause.
  return j + 1 < k && (lex.prepositions.has(lower[j + 1]) || lex.subordinators.has(lower[j + 1]));
}

/** A verb of any kind the lexicons know, reporting, event, attack or finding ("seized", "struck"). */
function isClauseVerb(word: string, lex: ClaimLexicon): boolean {
  return isVerb(word, lex) || lex.attackVerbs.has(word) || lex.findingVerbs.has(word);
}

function clauseOpening(view: SentenceView, i: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  let commaSeen = false;
  const quoteAfter = quoteAfterSubject(view, i, lex);
  for (let k = i - 1; k >= 0; k--) {
    if (k === quoteAfter) continue;
    // 'said it "rejects" the reports': the quoted verb's subject is what the verb before it reports.
    if (quoteAfter >= 0 && lex.reportingVerbs.has(lower[k])) return tokens[k + 1].start;
    // "X, known as “Hemedti”, said": the nickname's quote is part of the subject.
    const nickname = tokens[k].kind === 'quote' ? nicknameIntroBefore(view, k, lex) : -1;
    if (nickname >= 0) k = nickname;
    const t = tokens[k];
    if (t.text === ',' && !commaSeen) {
      commaSeen = true;
      if (opensSubjectAfterClause(view, k, i, lex)) return tokens[k + 1].start;
      // "A U.S. official, who spoke on condition of anonymity because he was not authorized ..., said": whatever the
      // relative clause holds, the subject stands before it.
      const relative = k === i - 1 ? relativeClauseOpening(view, k, lex) : -1;
      if (relative >= 0) k = relative;
    }
    if (lex.complementizers.has(lower[k]) && !determinesClaimNoun(view, k, lex) || t.text === ';' || t.text === ':' || t.kind === 'quote' || t.text === '–' || t.text === '—'
      || isSpacedDash(view, t) || t.text === '.' && isClausePunct(view, t)) {
      return tokens[k + 1]?.start ?? t.end;
    }
    // "..., which it said was prolonging the war": the report's subject follows the relative pronoun (not when a comma
    // closes the relative clause first: "Belarus, which has allowed ..., denies any role").
    if (lex.objectRelatives.has(lower[k]) && k + 1 < i && !tokens.slice(k + 1, i).some((w) => w.text === ',')) return tokens[k + 1].start;
    // "..., a day after Ukraine's military said": so does the subject of a subordinate clause ("Petrov, speaking
    // after talks with X, said" closes the aside with a comma first).
    if (lex.subordinators.has(lower[k]) && k + 1 < i && !tokens.slice(k + 1, i).some((w) => w.text === ',')) return tokens[k + 1].start;
    // "..., a charge Pyongyang denied": the same with no relative pronoun, after a claim noun.
    const apposed = apposedClaimNounEnd(view, t, (tokens[i]?.start ?? view.span.end) - 1, lex);
    if (apposed !== null) return apposed;
    // "said P, but she warned that Q": the second subject comes after the conjunction.
    const conjunction = t.kind === 'word' ? matchAt(lex.clauseBreaks, view.text, t.start) : null;
    if (conjunction && t.start + conjunction[0].length <= (tokens[i]?.start ?? view.span.end)) return t.start + conjunction[0].length;
  }
  return view.span.start;
}

/** The comma opening the relative clause ("X, who ...,") that the comma at token `close` closes, or -1. */
function relativeClauseOpening(view: SentenceView, close: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  for (let k = close - 1; k > 0; k--) {
    const t = tokens[k];
    if (t.text === ',') return lex.subjectRelatives.has(lower[k + 1]) ? k : -1;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '.') return -1;
  }
  return -1;
}

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

function isSpacedDash(view: SentenceView, t: Token): boolean {
  return DASHES.has(t.text) && view.text[t.start - 1] === ' ' && view.text[t.end] === ' ';
}

/** An article before a name ("L'", "Le "), and a short aside after it (", de son côté", ", lui"). */
const ARTICLE_ONLY = /^\s*(?:\p{L}+['’]|\p{L}{1,3}\s+)?$/u;
const SHORT_ASIDE = /^,\s*[^,]{0,25}$/u;

/**
 * "Téhéran, de son côté, maintient sa ligne": what stands before the comma is a name and an aside,
 * the subject of the verb rather than a statement it reports.
 */
function isSubjectWithAside(view: SentenceView, content: Span): boolean {
  const name = view.mentions.find((m) => m.start >= content.start && m.end <= content.end);
  return name !== undefined && ARTICLE_ONLY.test(view.text.slice(content.start, name.start))
    && SHORT_ASIDE.test(view.text.slice(name.end, content.end));
}

/** Start of the content an inverted verb reports: an opening quote, or the start of the clause. */
function quoteOrClauseStart(view: SentenceView, i: number): number {
  const { tokens } = view;
  for (let k = i - 1; k >= 0; k--) {
    // ";", ":" and a spaced dash ("WASHINGTON, Oct 14 (Reuters) - ...") open the reported clause.
    if (tokens[k].text === ';' || tokens[k].text === ':' || isSpacedDash(view, tokens[k])) return tokens[k + 1].start;
  }
  return view.span.start;
}

// ------------------------------------------------------------------ selon X / according to X

/**
 * A full name, an affiliation or a relative clause between commas after a source belongs to the source:
 * "D'après le procureur général, Jan Kowal, P", "Pour X, chercheur associé à l'Institut Y, P", "Selon un
 * diplomate, qui a requis l'anonymat, P".
 */
const APPOSED_NAME = /^,\s*(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3}|(?:(?:\p{Ll}+\s+){1,3}?(?:à\s+la|à\s+l[’']|à|au|aux|chez|at\s+the|at)\s*|de\s+la|de\s+l[’']|du|des|of\s+the|of|from\s+the|from)\s*\p{Lu}[^,«»“”"]{0,80}?|(?:qui|who)\s[^,«»“”"]{1,60}?)\s*(?=,)/u;

/** A relative clause closing the sentence after a source: "P, according to X, who spoke to reporters." */
const CLOSING_RELATIVE = /^,\s*(?:qui|who)\s[^,«»“”"]{1,80}?(?=[.!?]?\s*$)/u;

/** An indefinite noun phrase after a comma that ends the sentence: ", a Washington-based think tank." */
const CLOSING_APPOSITION = /^,\s*(?:a|an|un|une)\s[^,;:«»“”"]{0,60}$/u;

/** An apposition between commas: ", released on Monday by the institute,". */
const APPOSITION_BETWEEN_COMMAS = /^,\s*([^,«»“”"]{1,80}?)\s*(?=,)/u;

/** Where a source that ends at `comma` really ends: after an apposed name, if one follows. */
function apposedNameEnd(view: SentenceView, comma: number, lex: ClaimLexicon): number {
  const after = view.text.slice(comma, view.span.end);
  const name = APPOSED_NAME.exec(after) ?? CLOSING_RELATIVE.exec(after);
  return name ? comma + name[0].length : apposedRoleEnd(view, comma, lex);
}

/** Between the source's comma and an apposed role, at most its article: ", a National Security Council spokesman,". */
const ROLE_APPOSITION_GAP = /^,\s*(?:[\p{Ll}’']+\s*)?$/u;
/** Characters a role apposed to a source may run on for after its role word ("porte-parole du Conseil de sécurité nationale"). */
const MAX_APPOSED_ROLE_TAIL = 60;

/** "Selon Paul Dorsey, porte-parole du Conseil de sécurité nationale, P": the comma closing a role apposed to the source, or `comma`. */
function apposedRoleEnd(view: SentenceView, comma: number, lex: ClaimLexicon): number {
  const role = view.mentions.find((m) => mentionKind(m) === 'role' && m.start > comma && ROLE_APPOSITION_GAP.test(view.text.slice(comma, m.start)));
  // "According to X, a member of the intelligence committee, P": what the source belongs to describes it too.
  const belonging = role ? null : lex.sourceApposition.exec(view.text.slice(comma, view.span.end));
  const headEnd = role?.end ?? (belonging ? comma + belonging[0].length : -1);
  if (headEnd < 0) return comma;
  const close = view.text.indexOf(',', headEnd);
  return close >= 0 && close < view.span.end && close - headEnd <= MAX_APPOSED_ROLE_TAIL ? close : comma;
}

/** "According to the report, released on Monday, P": where a participle phrase describing the source ends, or `comma`. */
function participleAppositionEnd(view: SentenceView, comma: number, lex: ClaimLexicon): number {
  const m = APPOSITION_BETWEEN_COMMAS.exec(view.text.slice(comma, view.span.end));
  return m && lex.pastParticiple.test(firstWordOf(m[1])) ? comma + m[0].length : comma;
}

/** "Pour le chercheur X, P": the viewpoint opening the sentence, when someone who can hold one is named before the comma. */
function viewpointOpening(view: SentenceView, sentence: string, lex: ClaimLexicon): RegExpExecArray[] {
  const m = lex.viewpoint.exec(sentence);
  if (!m) return [];
  const sourceStart = view.span.start + m[0].length;
  const comma = view.text.indexOf(',', sourceStart);
  if (comma < 0 || comma >= view.span.end) return [];
  const holder = view.mentions.find((mention) => mention.start >= sourceStart && mention.end <= comma && holdsViews(mention));
  return holder ? [m] : [];
}

/** Mentions that can hold a view of their own: a person, a role, an institution, a capital for its government. */
const VIEW_HOLDERS: ReadonlySet<string> = new Set(['person', 'role', 'institution', 'capital']);

function holdsViews(mention: Span): boolean {
  // A capital stands for its government (« Pour Washington, il ne fait aucun doute que »); a country's name
  // may be whom something is for (« Pour la Russie, ces drones sont un atout »).
  return VIEW_HOLDERS.has(mentionKind(mention) ?? '');
}

/** Frames for the source phrases matched in the sentence ("selon X", "according to X", "Pour X,"). */
function accordingFrames(view: SentenceView, sources: RegExpExecArray[], verbFrames: Frame[], lex: ClaimLexicon): Frame[] {
  const frames: Frame[] = [];
  for (const m of sources) {
    const start = view.span.start + (m.index ?? 0);
    const sourceStart = start + m[0].length;
    const comma = view.text.indexOf(',', sourceStart);
    const commaInSentence = comma >= 0 && comma < view.span.end;
    const lead = view.text.slice(view.span.start, start);
    const afterContent = lead.trim() !== '';
    // "P, according to a report by X, a Washington-based think tank.": after a content, an apposition closing the sentence is the source's.
    const closingApposition = afterContent && commaInSentence && CLOSING_APPOSITION.test(view.text.slice(comma, view.span.end));
    const sourceEnd = commaInSentence && !closingApposition ? apposedNameEnd(view, comma, lex) : trimEnd(view, view.span.end);
    // What describes the source is neither who it is nor what it says.
    const describedEnd = sourceEnd === comma ? participleAppositionEnd(view, comma, lex) : sourceEnd;
    const cue: Cue = { start, end: sourceStart, cls: 'say', tense: 'present', first: -1, last: -1, cliticPronoun: null, rule: `according-to(${m[0].trim().toLowerCase()})` };
    // "selon lesquelles" introduces a nominal report, not a source.
    if (/^(?:lesquel|lequel|laquelle)/iu.test(view.text.slice(sourceStart, sourceStart + 9))) continue;
    // "P, according to X, making it ...": a participle after the source adds to P, which is the content.
    const participleAfter = afterContent && lex.presentParticiple.test(firstWordOf(view.text.slice(sourceEnd + 1, view.span.end)));
    // "En Ukraine, selon Kiev, P": a lead closed by a comma is an adverbial, unless it states the event itself
    // ("Iran has shipped missiles, according to officials, a move that could ...").
    // Nor when a relative clause follows the source ("P, according to the ministry, which did not say whether Q"): what it
    // says of the source is no content.
    const relativeAfter = afterContent && commaInSentence && lex.subjectRelatives.has(firstWordOf(view.text.slice(comma + 1, view.span.end)));
    const leadIsAdverbial = /[,;:]\s*$/.test(lead) && !participleAfter && !relativeAfter && !statesEvent(view, { start: view.span.start, end: start }, lex);
    const atStart = !afterContent || leadIsAdverbial || opensWithConnective(lead, lex);
    let content: Span;
    if (atStart && describedEnd < view.span.end - 1) {
      // "Pour Kiev, en revanche, P", "For Kyiv, however, P": a connective between commas is no part of P.
      const connective = matchAtStart(lex.openingConnectives, view.text.slice(describedEnd + 1, view.span.end), String.raw`\s*,`);
      content = { start: describedEnd + 1 + (connective?.[0].length ?? 0), end: view.span.end };
    } else content = { start: view.span.start, end: start };
    // "Selon X, P, ce qu'Ankara dément": a comment on P after a comma ends P, and answers it.
    const comment = verbFrames.find((f) => f.kind === 'object' && f.content.start > content.start && f.content.start < content.end
      && /,\s*$/u.test(view.text.slice(content.start, f.content.start)));
    if (comment) content.end = trimEnd(view, view.text.lastIndexOf(',', comment.content.start));
    if (verbFrames.some((f) => f.content.start < content.end && content.start < f.content.end && f.kind !== 'orphan')) continue;
    // "Les services ukrainiens ont présenté des débris qui, selon eux, prouvent ...": the pronoun is the sentence's subject.
    // Closing the sentence ("Pyongyang aurait aussi envoyé des missiles, selon lui."), it is rather whoever spoke before.
    const closesSentence = sourceEnd >= trimEnd(view, view.span.end);
    const pronounInside = lex.pronouns.has(view.text.slice(sourceStart, sourceEnd).trim().toLowerCase()) && afterContent && !closesSentence;
    const speakerRegion = pronounInside ? null : { start: sourceStart, end: sourceEnd };
    frames.push({ kind: 'according', cue, speakerRegion, speakerNearEnd: false, speakerFromMainClause: pronounInside, content, speakerIsContentSubject: false });
  }
  return frames;
}

/** Only a connective stands before the source: "Mais selon X, P", "But according to X, P". */
function opensWithConnective(lead: string, lex: ClaimLexicon): boolean {
  return matchAtStart(lex.openingConnectives, lead, String.raw`\s*,?\s*$`) !== null;
}

// ------------------------------------------------------------------ frames without a reporting verb

const nestedIn = (frames: Frame[], at: number) => frames.some((f) => f.content.start <= at && at < f.content.end);

/** Where `pattern` matches in `sentence` (the sentence's text, or a copy of the same length), as spans of the document. */
function matchSpans(view: SentenceView, pattern: RegExp, sentence: string): Span[] {
  return allMatches(pattern, sentence).map((m) => ({ start: view.span.start + m.index, end: view.span.start + m.index + m[0].length }));
}

function matchesIn(view: SentenceView, pattern: RegExp): RegExpExecArray[] {
  const text = view.text.slice(view.span.start, view.span.end);
  return allMatches(pattern, text);
}

function pseudoCue(start: number, end: number, cls: ReportClass, rule: string): Cue {
  return { start, end, cls, tense: 'present', first: -1, last: -1, cliticPronoun: null, rule };
}

/**
 * "Les États-Unis n'ont aucune preuve que ...", "the Pentagon has no information": the subject reports
 * (a lack of) evidence. Inside another frame's content these only set the stance, so they are skipped.
 */
function evidenceFrames(view: SentenceView, lex: ClaimLexicon, frames: Frame[], reporterAsides: () => Span[]): Frame[] {
  const out: Frame[] = [];
  // "said, without providing evidence, that P": the reporter's aside is nobody's lack of evidence.
  const inReporterAside = (at: number) => reporterAsides().some((aside) => at > aside.start && at < aside.end);
  for (const pattern of [lex.noEvidence, lex.evidenceFrame]) {
    for (const m of matchesIn(view, pattern)) {
      const at = view.span.start + (m.index ?? 0);
      if (inReporterAside(at)) continue;
      // "He said Washington had (no) evidence that P": the formula belongs to what he says, and sets its stance.
      const relaying = frames.find((f) => f.cue.end <= at && at < f.content.start && f.cue.last + 1 < view.tokens.length);
      if (relaying) relaying.content.start = view.tokens[relaying.cue.last + 1].start;
      if (nestedIn(frames, at) || nestedIn(out, at) || presentsEvidence(view, at, lex)) continue;
      const opening = clauseOpening(view, quotedPhraseStart(view, tokenIndexAt(view.tokens, at)), lex);
      if (opening >= at || lex.conditional.test(view.text.slice(opening, at))) continue;
      out.push({
        kind: 'evidence', cue: pseudoCue(at, at + m[0].length, 'evidence', `evidence-frame(${m[0].toLowerCase()})`),
        speakerRegion: { start: opening, end: at }, speakerNearEnd: true, speakerFromMainClause: false,
        content: { start: opening, end: view.span.end }, speakerIsContentSubject: false,
      });
    }
  }
  return out;
}

/** "Kyiv offered no evidence", « Kiev n'a présenté aucune preuve »: a verb of putting evidence forward governs the formula at `at`. */
function presentsEvidence(view: SentenceView, at: number, lex: ClaimLexicon): boolean {
  const k = tokenIndexAt(view.tokens, at);
  // One word may stand between ("offered reporters no evidence").
  return lex.evidencePresentingVerbs.has(view.lower[k - 1] ?? '') || lex.evidencePresentingVerbs.has(view.lower[k - 2] ?? '');
}

/** A formula quoted as a phrase ('found "no evidence"', « n'ont trouvé « aucune preuve » ») starts a clause at its opening quote, not after it. */
function quotedPhraseStart(view: SentenceView, i: number): number {
  const before = view.tokens[i - 1];
  return before?.kind === 'quote' && OPENING_QUOTES.has(before.text) ? i - 1 : i;
}

/** The token stands in the source an "according to", « selon » names: after it, in the same clause. */
function namedByAccording(view: SentenceView, t: Token, lex: ClaimLexicon): boolean {
  const before = view.text.slice(view.span.start, t.start);
  const according = matchesIn(view, lex.accordingTo).findLast((m) => (m.index ?? 0) + m[0].length <= before.length);
  return according !== undefined && !/[,;:!?]/u.test(before.slice((according.index ?? 0) + according[0].length));
}

/** The token stands inside a report named by its noun ("claims that", "reports claiming that"). */
function withinNominalReport(view: SentenceView, t: Token, lex: ClaimLexicon): boolean {
  return matchesIn(view, lex.nominalReport).some((m) => {
    const at = view.span.start + (m.index ?? 0);
    return t.start >= at && t.end <= at + m[0].length;
  });
}

/** "des allégations selon lesquelles ...", "claims that ...": a report whose source the text does not name. */
function nominalFrames(view: SentenceView, lex: ClaimLexicon, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const m of matchesIn(view, lex.nominalReport)) {
    const at = view.span.start + (m.index ?? 0);
    const end = at + m[0].length;
    if (nestedIn(frames, end)) continue;
    // "If Ukraine has evidence that P": nobody claims P.
    if (lex.conditional.test(view.text.slice(clauseOpening(view, tokenIndexAt(view.tokens, at), lex), at))) continue;
    const content = { start: end, end: view.span.end };
    // "X exprime sa préoccupation face aux informations selon lesquelles P", "the minister voiced concern that P": X fears P.
    const before = view.text.slice(Math.max(view.span.start, at - CONCERN_REACH), at);
    const concern = lex.concernOver.exec(before) ?? lex.voicedConcern.exec(before + m[0]);
    if (concern) {
      const concernStart = at - before.length + concern.index;
      const opening = clauseOpening(view, tokenIndexAt(view.tokens, concernStart), lex);
      out.push({
        kind: 'nominal', cue: pseudoCue(concernStart, at, 'concern', `concern-over-reports(${concern[0].trim().toLowerCase()})`),
        speakerRegion: { start: opening, end: concernStart }, speakerNearEnd: true, speakerFromMainClause: false, content, speakerIsContentSubject: false,
      });
      continue;
    }
    // "The president cited reports that P", « a évoqué des informations selon lesquelles P »: who relays them is their source.
    const cited = lex.citedReports.exec(before);
    if (cited) {
      const citeStart = at - before.length + cited.index;
      const opening = clauseOpening(view, tokenIndexAt(view.tokens, citeStart), lex);
      out.push({
        kind: 'nominal', cue: pseudoCue(citeStart, at, 'say', `cited-reports(${cited[0].trim().toLowerCase()})`),
        speakerRegion: { start: opening, end: citeStart }, speakerNearEnd: true, speakerFromMainClause: false, content, speakerIsContentSubject: false,
      });
      continue;
    }
    content.end = verdictOnClaims(view, content, lex) ?? content.end;
    const noun = /^\p{L}+/u.exec(m[0])?.[0].toLowerCase() ?? '';
    const named = nominalSource(view, at, end, lex);
    const qualifier = named ? null : claimNounQualifier(view, at);
    out.push({
      kind: 'nominal', cue: pseudoCue(end - 1, end, 'say', 'nominal-report'), speakerRegion: named ?? qualifier,
      speakerNearEnd: false, speakerFromMainClause: false, content, speakerIsContentSubject: false, evidence: lex.evidenceNouns.has(noun),
      ...(qualifier ? { sourceQualifiesClaims: true } : {}),
    });
  }
  return out;
}

/**
 * "Iran's claims that it has sent no missiles are not credible", « les affirmations selon lesquelles P sont
 * fausses »: a verdict after a clause with a verb of its own judges the claims, not P. Where it starts, or null.
 */
function verdictOnClaims(view: SentenceView, content: Span, lex: ClaimLexicon): number | null {
  const text = view.text.slice(content.start, content.end);
  const verdict = [lex.calledFalse.exec(text), lex.notCredible.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null && m.index > 0).sort((a, b) => a.index - b.index)[0];
  if (!verdict) return null;
  const start = content.start + verdict.index;
  const clause = view.tokens.filter((t) => t.start >= content.start && t.end <= start);
  return firstVerbIndex(clause, lex) >= 0 ? start : null;
}

/** A possessive right before a claim noun: "Iran's", "the Kremlin’s" (a modifier or two may follow it). */
const POSSESSOR_BEFORE = /['’]s\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * Whose the claims of a nominal report are, when the phrase says it: "Iran's claims that P", « les affirmations
 * de Téhéran selon lesquelles P ». The source's span, or null (then nobody known is their source).
 */
function nominalSource(view: SentenceView, at: number, end: number, lex: ClaimLexicon): Span | null {
  const isSource = (m: Span) => SOURCES.has(mentionKind(m) ?? '') || mentionKind(m) === 'role';
  const before = POSSESSOR_BEFORE.exec(view.text.slice(Math.max(view.span.start, at - POSSESSOR_REACH), at));
  const possessor = before && view.mentions.find((m) => isSource(m) && m.end === at - before[0].length);
  if (possessor) return { start: possessor.start, end: possessor.end };
  // « les affirmations de Téhéran selon lesquelles »: the source is named between the noun and the link.
  const inside = view.mentions.find((m) => isSource(m) && m.start > at && m.end <= end && lex.authorPrepositions.has(wordBefore(view.tokens, m.start, lex) ?? ''));
  return inside ? { start: inside.start, end: inside.end } : null;
}

/**
 * « des accusations américaines selon lesquelles », "Ukrainian claims that", "US allegations that": the country
 * qualifying the claim noun at `at` is its source. Its span, or null.
 */
function claimNounQualifier(view: SentenceView, at: number): Span | null {
  const noun = view.tokens[tokenIndexAt(view.tokens, at)];
  const adjacent = (from: number, to: number) => /^\s+$/u.test(view.text.slice(from, to));
  const qualifier = view.mentions.find((m) => mentionKind(m) === 'demonym' && adjacent(noun.end, m.start)
    || (mentionKind(m) === 'demonym' || mentionKind(m) === 'country') && adjacent(m.end, at));
  return qualifier ? { start: qualifier.start, end: qualifier.end } : null;
}

/** Characters before a claim noun searched for its possessor. */
const POSSESSOR_REACH = 40;

/** Characters before a nominal report where a concern about it may start ("sa vive préoccupation face aux"). */
const CONCERN_REACH = 60;

/** "L'Iran pourrait envoyer des drones - Secrétaire d'État américain": a headline credited after a dash. */
function headlineFrame(view: SentenceView, lex: ClaimLexicon): Frame | null {
  const sentence = view.text.slice(view.span.start, view.span.end);
  const m = /\s[-–—]\s+([^-–—]{3,80}?)\s*$/u.exec(sentence);
  if (!m || (m.index ?? 0) < 20) return colonSourceFrame(view, sentence, lex);
  const dash = view.span.start + (m.index ?? 0);
  const tail = { start: dash + m[0].indexOf(m[1]), end: view.span.start + sentence.trimEnd().length };
  // "Iran sends Russia hundreds of ballistic missiles - sources": a group of unnamed sources is credited too.
  const named = view.mentions.some((x) => x.start >= tail.start && x.end <= tail.end)
    || matchAtStart(lex.groupSpeakers, view.text.slice(tail.start, tail.end), '$') !== null;
  if (!named) return null;
  // "Exclusive: ...", « Info : ... »: a one-word kicker is no part of what was said.
  const kicker = HEADLINE_KICKER.exec(sentence);
  return {
    kind: 'headline', cue: pseudoCue(dash, tail.start, 'say', 'headline-attribution'), speakerRegion: tail, speakerNearEnd: false,
    speakerFromMainClause: false, content: { start: view.span.start + (kicker?.[0].length ?? 0), end: dash }, speakerIsContentSubject: false,
  };
}

const HEADLINE_KICKER = /^\s*\p{Lu}[\p{L}-]*\s*:\s+/u;

/** "US: Iran has delivered missiles", "Iran sent missiles: US": a source named alone beside a colon (before it only where the language puts sources there). */
const SOURCE_BEFORE_COLON = /^(\s*)([^:«»“”"]{2,40}?)\s*:\s+(?=\S)/u;
const SOURCE_AFTER_COLON = /\s*:\s*([^:«»“”"]{2,40}?)\s*$/u;

function colonSourceFrame(view: SentenceView, sentence: string, lex: ClaimLexicon): Frame | null {
  if (!sentence.includes(':')) return null;
  const trimmedEnd = view.span.start + sentence.trimEnd().length;
  const before = lex.sourceBeforeColon ? SOURCE_BEFORE_COLON.exec(sentence) : null;
  const after = before ? null : SOURCE_AFTER_COLON.exec(sentence.trimEnd());
  const source = before ? { start: view.span.start + before[1].length, end: view.span.start + before[1].length + before[2].length }
    : after ? { start: view.span.start + after.index + after[0].indexOf(after[1]), end: trimmedEnd } : null;
  if (!source || !namesOnlySource(view, source, lex)) return null;
  const content = before ? { start: view.span.start + before[0].length, end: trimmedEnd } : { start: view.span.start, end: view.span.start + after!.index };
  // A clause, not a heading's topic ("Conseil de sécurité : vifs échanges sur les livraisons ..." names a venue).
  if (content.end - content.start < MIN_HEADLINE_CONTENT || !hasFiniteVerb(view, content, lex)) return null;
  const colon = before ? { start: source.end, end: content.start } : { start: content.end, end: source.start };
  return {
    kind: 'headline', cue: pseudoCue(colon.start, colon.end, 'say', 'headline-colon'), speakerRegion: source, speakerNearEnd: false,
    speakerFromMainClause: false, content, speakerIsContentSubject: false,
  };
}

/** An auxiliary, or a verb the lexicons know in a finite form and not where a noun stands ("over arms deliveries"), is in the span. */
function hasFiniteVerb(view: SentenceView, span: Span, lex: ClaimLexicon): boolean {
  const finite = (tense: EventForm | undefined, i: number) => tense === 'past' || tense === 'present' && !isNounPosition(view.lower, i, lex);
  return view.tokens.some((t, i) => t.start >= span.start && t.end <= span.end && (lex.auxiliaries.has(view.lower[i])
    || finite(lex.events.get(view.lower[i])?.tense, i) || finite(lex.reportingVerbs.get(view.lower[i])?.tense, i)));
}

/** Shorter contents beside a colon are labels ("Note : ..."), not statements. */
const MIN_HEADLINE_CONTENT = 20;

/** Mentions of a party that can speak. */
const SOURCES: ReadonlySet<string> = new Set(['person', 'country', 'capital', 'institution', 'role']);

/**
 * The span is one mention of a party that can speak, give or take an article ("le Kremlin", "US", "Ukrainian official"),
 * or a role after the name of the one it serves ("Lukashenko adviser", "Tokayev aide").
 */
function namesOnlySource(view: SentenceView, span: Span, lex: ClaimLexicon): boolean {
  const mention = view.mentions.find((m) => m.start >= span.start && m.end <= span.end);
  const kind = mention && mentionKind(mention);
  if (!mention || !SOURCES.has(kind ?? '')) return false;
  const before = view.tokens.filter((t) => t.start >= span.start && t.end <= mention.start);
  const served = kind === 'role' && before.length === 1 && isNameWord(before[0], lex);
  return (ARTICLE_ONLY.test(view.text.slice(span.start, mention.start)) || served) && view.text.slice(mention.end, span.end).trim() === '';
}

/** The frame's subject is "we", "nous" (the word of its region nearest the verb), or opens with "our", « nos ». */
export function speaksInFirstPerson(view: SentenceView, frame: Frame, lex: ClaimLexicon): boolean {
  if (!frame.speakerRegion) return false;
  // Only the region's first and last words count: no need to split all of it.
  const { start, end } = frame.speakerRegion;
  const first = regionWord(view.text, start, end, 1);
  const nearest = frame.speakerNearEnd ? regionWord(view.text, start, end, -1) : first;
  return lex.firstPersonPlural.has(nearest) || lex.firstPersonPossessives.has(first);
}

/** What separates the words of a speaker region: spaces, commas and quote marks. */
const REGION_SEPARATOR = /[\s,«»“”"]/u;

/** The first (step 1) or last (step -1) word of `text` between `start` and `end`, lower case; '' when none. */
function regionWord(text: string, start: number, end: number, step: 1 | -1): string {
  let i = step === 1 ? start : end - 1;
  while (i >= start && i < end && REGION_SEPARATOR.test(text[i])) i += step;
  let j = i;
  while (j >= start && j < end && !REGION_SEPARATOR.test(text[j])) j += step;
  return (step === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1)).toLowerCase();
}

/**
 * A sentence that is one quote and nothing else ("“B.”" after "“A,” she said."): it may go on with
 * the previous sentence's quote, which the claim builder decides. The content is inside the marks.
 */
function continuationFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  const open = tokens[0];
  let close = tokens.length - 1;
  while (close > 0 && tokens[close].kind === 'punct') close--;
  if (!open || close <= 1 || !OPENING_QUOTES.has(open.text) || !CLOSING_QUOTES.has(tokens[close].text)) return null;
  if (tokens.slice(1, close).some((t) => t.kind === 'quote')) return null;
  return {
    kind: 'continuation', cue: pseudoCue(open.start, open.end, 'say', 'quote-continuation'), speakerRegion: null, speakerNearEnd: false,
    speakerFromMainClause: false, content: { start: open.end, end: tokens[close].start }, speakerIsContentSubject: false,
  };
}

/**
 * "..., sans évoquer les missiles", "..., without providing evidence", "..., a claim that could not be
 * verified", "... and did not comment on": what the speaker left unsaid, or the reporter's caveat, is the
 * reporter's account of the report, not part of its content. Where that adjunct starts, or the content's end.
 */
function reporterAsideStart(view: SentenceView, content: Span, lex: ClaimLexicon): number {
  const text = view.text.slice(content.start, content.end);
  const aside = lex.reporterAside.exec(text)?.index ?? text.length;
  const declined = lex.declinedTail.exec(text)?.index ?? text.length;
  return content.start + Math.min(aside, declined);
}

function trimEnd(view: SentenceView, end: number): number {
  return trimSpan(view.text, view.span.start, end, '.!?»”"').end;
}

/** Words an absolute clause's subject may span ("the Iranian and Russian delegates"). */
const MAX_ABSOLUTE_SUBJECT = 6;

/**
 * "..., with Western members alleging that P, and the Iranian and Russian delegates rejecting those claims",
 * « ..., plusieurs délégations dénonçant les livraisons »: a participle whose subject stands between it and
 * "with", a comma, or ", and" after such a clause has that subject for speaker, not the main clause's. Null
 * when the participle has no such subject (", ajoutant que").
 */
function absoluteSubject(view: SentenceView, cue: Cue, lex: ClaimLexicon): Span | null {
  const { tokens, lower } = view;
  for (let k = cue.first - 1; k >= 0 && cue.first - k <= MAX_ABSOLUTE_SUBJECT + 1; k--) {
    // After a bare comma, a noun phrase of its own: an article and a noun at least (not « , les qualifiant », « , tout en »).
    const nounPhraseAfterComma = tokens[k].text === ',' && k + 2 < cue.first && lex.determiners.has(lower[k + 1]);
    const opensClause = lex.absoluteOpeners.has(lower[k]) || nounPhraseAfterComma
      || lex.conjunctions.has(lower[k]) && tokens[k - 1]?.text === ',' && lower.slice(0, k).some((w) => lex.absoluteOpeners.has(w));
    if (opensClause) return k + 1 < cue.first ? { start: tokens[k + 1].start, end: cue.start } : null;
    if (tokens[k].kind !== 'word' || isVerb(lower[k], lex)) return null;
  }
  return null;
}

/** Frames whose speaker is written before the cue, as the subject of the verb. */
const SUBJECT_FIRST: ReadonlySet<FrameKind> = new Set(['indirect', 'object', 'infinitive', 'quote', 'accusation']);

/**
 * "Washington accuses Tehran, Moscow denounces a “disinformation campaign”": a denial after a report of
 * someone else's denies that report; what it is about is its own object, not the report before it, which
 * stays its speaker's. Rewritten in place.
 */
function answerReportsBefore(view: SentenceView, frames: Frame[]): void {
  for (const [k, frame] of frames.entries()) {
    if (frame.kind !== 'trailing' || frame.cue.cls !== 'deny') continue;
    const inside = (span: Span) => span.start >= frame.content.start && span.end <= frame.content.end;
    const reportBefore = frames.some((f) => f !== frame && inside(f.cue) && f.speakerRegion !== null && inside(f.speakerRegion));
    if (reportBefore) frames[k] = { ...frame, kind: 'object', content: { start: frame.cue.start, end: view.span.end } };
  }
}

/**
 * "Iran says P, denies Q": a verb right after the content of the report before it, with only a comma
 * between, shares that report's subject.
 */
function shareSubjects(view: SentenceView, frames: Frame[]): void {
  const sorted = [...frames].sort((a, b) => a.cue.start - b.cue.start);
  for (let i = 1; i < sorted.length; i++) {
    const frame = sorted[i];
    if (!SUBJECT_FIRST.has(frame.kind) || frame.speakerFromMainClause) continue;
    const shared = sorted.slice(0, i).some((p) => p.content.end > p.cue.end && p.content.end <= frame.cue.start && !isApposedAccusation(view, p)
      && /^[\s,]*$/u.test(view.text.slice(p.content.end, frame.cue.start)) && /,\s*$/u.test(view.text.slice(p.cue.end, frame.cue.start)));
    if (shared) {
      frame.speakerFromMainClause = true;
      frame.speakerRegion = null;
    }
  }
}

/** Words between a lack of evidence and the complementizer of what it lacks ("no evidence yet that"). */
const MAX_EVIDENCE_TO_CLAUSE = 3;

/**
 * The content lacks evidence of a clause ("had no evidence that P"), which a clause coordinated after it ("or that Q")
 * lacks too; not of a thing ("was not aware of the project, and that Beijing had strict controls" asserts the second).
 */
function evidenceOfClause(view: SentenceView, content: Span, lex: ClaimLexicon): boolean {
  const lack = lex.noEvidence.exec(view.text.slice(content.start, content.end));
  if (!lack) return false;
  const after = tokenIndexAt(view.tokens, content.start + lack.index + lack[0].length);
  for (let k = after; k < view.tokens.length && k - after <= MAX_EVIDENCE_TO_CLAUSE && view.tokens[k].end <= content.end; k++) {
    if (lex.complementizers.has(view.lower[k])) return true;
  }
  return false;
}

/** "Iran, accused by Kyiv of P, denied Q": the participle qualifies the subject and has none of its own to share. */
function isApposedAccusation(view: SentenceView, frame: Frame): boolean {
  const accused = frame.implicitSubject;
  return accused !== undefined && accused.end <= frame.cue.start && /^\s*,\s*$/u.test(view.text.slice(accused.end, frame.cue.start));
}

/**
 * "said that P, and that Q": a second complement clause is a second content of the same report.
 * Each frame whose content holds a conjunction followed by a complementizer is cut there, and the
 * rest becomes a frame of its own.
 */
function coordinatedContents(view: SentenceView, frames: Frame[], lex: ClaimLexicon): Frame[] {
  const { tokens, lower } = view;
  const added: Frame[] = [];
  for (const frame of frames) {
    if (frame.kind !== 'indirect' && frame.kind !== 'evidence') continue;
    const end = frame.content.end;
    let current = frame;
    for (let k = tokenIndexAt(tokens, frame.content.start) + 1; k + 1 < tokens.length && tokens[k + 1].end <= end; k++) {
      if (!lex.conjunctions.has(lower[k]) || !lex.complementizers.has(lower[k + 1])) continue;
      const cut = tokens[k - 1].text === ',' ? tokens[k - 1].start : tokens[k].start;
      const lacksEvidence = !lex.contrastConjunctions.has(lower[k])
        && (current.lacksEvidence === true || evidenceOfClause(view, { start: current.content.start, end: cut }, lex));
      const next = { ...current, content: { start: tokens[k + 1].end, end }, lacksEvidence };
      current.content = { start: current.content.start, end: trimEnd(view, cut) };
      added.push(next);
      current = next;
    }
  }
  return added;
}

/** The word a text opens with, an elided one with its apostrophe ("qu’"); empty when none. */
const FIRST_WORD = /^\s*(\p{L}*['’]?)/u;

/** The word `text` opens with, lower-cased (see FIRST_WORD). */
function firstWordOf(text: string): string {
  return FIRST_WORD.exec(text)![1].toLowerCase();
}

/** The span holds an event word or phrase ("sent", "livraisons", "arrived in"). */
export function statesEvent(view: SentenceView, span: Span, lex: ClaimLexicon): boolean {
  return view.tokens.some((t, k) => t.start >= span.start && t.end <= span.end && lex.events.has(view.lower[k]))
    || unionOf(lex.eventPhrases, () => lex.eventPhrases.map((p) => p.pattern)).test(view.text.slice(span.start, span.end));
}

/** Tokens after "and", « et » within which a coordinated predicate's event word stands ("et envisage d'envoyer"). */
const MAX_PREDICATE_LEAD = 3;
/** The same, when the predicate opens on an auxiliary, a modal or a negation. */
const MAX_AUXILIARY_LEAD = 5;

/**
 * The event word of a second predicate sharing the subject, coordinated or set against the first at token `k` ("and
 * may soon begin supplying", « et pourrait bientôt commencer à fournir », "but it is not sending", « mais n'a jamais
 * livré »), before `end`; -1 when there is none, or when a subject of its own comes first ("and Russia sent").
 */
export function predicateEventAt(view: SentenceView, k: number, end: number, lex: ClaimLexicon): number {
  const { tokens, lower, mentions } = view;
  const contrast = lex.predicateContrasts.has(lower[k]);
  if (!contrast && !lex.subjectCoordination.test(` ${lower[k]} `)) return -1;
  // "but it is supplying the parts": a contrast may restate the subject with a pronoun.
  const from = contrast && lex.resumingPronouns.has(lower[k + 1]) ? k + 1 : k;
  if (from + 1 >= tokens.length) return -1;
  const opening = lower[from + 1];
  const long = lex.auxiliaries.has(opening) || lex.modalVerbs.has(opening) || matchAtStart(lex.negation, view.text.slice(tokens[from + 1].start, end)) !== null;
  const lead = long ? MAX_AUXILIARY_LEAD : MAX_PREDICATE_LEAD;
  let verb = from + 1;
  while (verb < tokens.length && verb - from <= lead && !lex.events.has(lower[verb])) verb++;
  if (verb - from > lead || verb >= tokens.length || tokens[verb].end > end) return -1;
  return mentions.some((m) => m.start >= tokens[k].end && m.end <= tokens[verb].start) ? -1 : verb;
}

/** Words a clause coordinated after a comma may have before its event word: its subject and verb group. */
const MAX_CLAUSE_LEAD = 10;

/**
 * The event word of a clause with a subject of its own, coordinated after a comma at token `k` (", and dozens of Russian
 * personnel have been trained in Iran", « , et des dizaines de militaires russes ont été entraînés »), before `end`; else -1.
 */
export function clauseEventAt(view: SentenceView, k: number, end: number, lex: ClaimLexicon): number {
  const { tokens, lower } = view;
  if (tokens[k - 1]?.text !== ',' || !lex.subjectCoordination.test(` ${lower[k]} `)) return -1;
  for (let verb = k + 1; verb < tokens.length && verb - k <= MAX_CLAUSE_LEAD && tokens[verb].end <= end; verb++) {
    if (tokens[verb].text === ',') return -1;
    if (lex.events.has(lower[verb])) return verb;
  }
  return -1;
}

/** Characters between a clause break and an evidence formula set against what comes before: its subject, if any ("we ", "the Pentagon "). */
export const MAX_CONTRASTED_SUBJECT = 30;

/**
 * Cuts each forward-looking content where the next frame begins, so that one sentence with
 * several reports gives each its own clause.
 */
function bindContentEnds(view: SentenceView, frames: Frame[], lex: ClaimLexicon): void {
  const sorted = [...frames].sort((a, b) => a.cue.start - b.cue.start);
  // "said countries which accuse Iran are suppliers": a report in a relative clause on the subject another report's
  // content opens on is a part of that content, and no claim of a class of people.
  const described = new Set(sorted.filter((f) => sorted.some((o) => o !== f && o.content.start <= f.cue.start && f.cue.start < o.content.end
    && describesSubject(view, f, o.content.start, lex))));
  for (const f of described) f.content.end = f.content.start;
  for (let i = 0; i < sorted.length; i++) {
    const frame = sorted[i];
    if (frame.content.end <= frame.cue.start) continue;
    // A report whose verb opens a quote (« que la France « condamnait fermement » les transferts », 'said it "rejects" the
    // reports') begins no clause of its own: the content goes on through it, and settleNestedReports tells whose it is.
    const next = sorted.slice(i + 1).find((f) => f.cue.start > frame.content.start && !hasNoSubject(view, f) && quoteAfterSubject(view, f.cue.first, lex) < 0 && !described.has(f));
    if (next && embedsReport(view, frame, next)) {
      // "He said the Pentagon believed that P": P is what he says; the belief he relays is no claim of its own.
      // "He said Washington was concerned that P": a concern he relays is his too.
      frame.content.start = next.content.start;
      next.content.end = next.content.start;
      if (frame.cue.cls === 'say' && next.cue.cls === 'concern') frame.cue = { ...frame.cue, cls: 'concern' };
    } else if (next) {
      // "said his country rejected the allegations": the next report's subject starts after this verb, not before it,
      // and this report's content is nothing but that subject.
      if (frame.kind === 'indirect' && next.kind !== 'orphan' && next.speakerRegion && next.speakerNearEnd && next.speakerRegion.start < frame.content.start
        && next.cue.start > frame.content.start && isBareSubject(view.text.slice(frame.content.start, next.cue.start))) {
        next.speakerRegion = { start: frame.content.start, end: next.speakerRegion.end };
        frame.content.end = frame.content.start;
      }
      const coordinated = coordinatedReport(view, frame, next, lex);
      // "said P, and a senior lawmaker, X, said Q": the next report has a subject of its own after the conjunction.
      if (coordinated) next.speakerRegion = { start: coordinated.subjectStart, end: next.speakerRegion!.end };
      const clauseStart = coordinated?.cut ?? nextClauseStart(view, next, frame, lex);
      frame.content.end = Math.min(frame.content.end, Math.max(clauseStart, frame.content.start));
    }
    frame.content.end = Math.min(frame.content.end, relativeClauseEnd(view, frame, lex) ?? frame.content.end, objectRelativeStart(view, frame, lex));
    const clauseText = view.text.slice(frame.content.start, frame.content.end);
    const stop = lex.clauseBreaks.exec(clauseText);
    if (stop && endsAtBreak(view, frame, clauseText, stop, lex)) frame.content.end = frame.content.start + stop.index;
    frame.content.end = trimEnd(view, reporterAsideStart(view, frame.content, lex));
    frame.content.end = asyndetonStart(view, frame.content) ?? frame.content.end;
  }
}

/**
 * "le Hezbollah dit disposer de drones iraniens, Israël menace", "Iran denies sending drones, Kyiv scoffs": a name and one
 * word closing the content after a comma are a clause of their own. Where that comma is, or null.
 */
function asyndetonStart(view: SentenceView, content: Span): number | null {
  const { tokens } = view;
  let last = tokenIndexAt(tokens, content.end) - 1;
  while (last > 0 && tokens[last].end > content.end) last--;
  const verb = tokens[last];
  if (!verb || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text)) return null;
  const subject = view.mentions.find((m) => m.end === tokens[last - 1]?.end && m.start > content.start);
  const comma = subject ? tokens[tokenIndexAt(tokens, subject.start) - 1] : undefined;
  return comma?.text === ',' && mentionKind(subject!) !== 'item' ? comma.start : null;
}

/** Words a subject of a report may have, with its adverbs ("his country categorically"). */
const MAX_SUBJECT_WORDS = 6;

/** A subject and its adverbs, no clause: no punctuation, a few words. */
function isBareSubject(text: string): boolean {
  return !/[,;:()«»“”"]/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) <= MAX_SUBJECT_WORDS;
}

/** Words a subject described by a relative clause may have before it ("the countries", « les pays occidentaux »). */
const MAX_DESCRIBED_SUBJECT = 4;

/**
 * The report opens a relative clause, with no comma, on the common noun a clause starting at `clauseStart` opens on
 * ("countries which accuse", « les pays qui accusent »).
 */
function describesSubject(view: SentenceView, frame: Frame, clauseStart: number, lex: ClaimLexicon): boolean {
  const { tokens, lower } = view;
  const relative = frame.cue.first - 1;
  if (relative < 1 || !lex.subjectRelatives.has(lower[relative]) || !/^\p{Ll}/u.test(tokens[relative - 1].text)) return false;
  const first = tokenIndexAt(tokens, clauseStart);
  return relative - first <= MAX_DESCRIBED_SUBJECT && tokens.slice(first, relative).every((t, k) => t.kind === 'word' && !isVerb(lower[first + k], lex));
}

/** Words between a relative pronoun and the verb of its clause ("which Washington accuses", "which has denied"). */
const MAX_RELATIVE_LEAD = 4;

/**
 * "Iran, which denies supplying Russia with weapons, hosted the talks": a report in a relative clause set off by
 * commas says what the clause says, up to the comma closing it. Where that comma is, or null.
 */
function relativeClauseEnd(view: SentenceView, frame: Frame, lex: ClaimLexicon): number | null {
  const { tokens, lower } = view;
  if (frame.cue.first < 2 || frame.kind === 'inverted' || frame.kind === 'aside') return null;
  let k = frame.cue.first - 1;
  while (k > 0 && frame.cue.first - k <= MAX_RELATIVE_LEAD && !isRelativePronoun(lower[k], lex) && tokens[k].kind === 'word') k--;
  if (!isRelativePronoun(lower[k], lex) || tokens[k - 1]?.text !== ',') return null;
  const closing = tokens.find((t) => t.start >= frame.content.start && t.text === ',' && isClausePunct(view, t));
  return closing && closing.start < frame.content.end ? closing.start : null;
}

/**
 * "Moscow denied any arms transfers, which would violate U.N. resolutions", « a démenti toute livraison, qui
 * violerait l'embargo »: a relative clause set off by a comma after a denied or confirmed noun phrase is the
 * reporter's comment on it. Where it opens, or the content's end.
 */
function objectRelativeStart(view: SentenceView, frame: Frame, lex: ClaimLexicon): number {
  if (frame.kind !== 'object') return frame.content.end;
  const { tokens, lower } = view;
  for (let k = tokenIndexAt(tokens, frame.cue.end); k + 1 < tokens.length && tokens[k].start < frame.content.end; k++) {
    const relative = lower[k + 1];
    if (tokens[k].text === ',' && isClausePunct(view, tokens[k]) && isRelativePronoun(relative, lex) && !lex.complementizers.has(relative)) return tokens[k].start;
  }
  return frame.content.end;
}

function hasNoSubject(view: SentenceView, frame: Frame): boolean {
  const region = frame.speakerRegion;
  return region !== null && !/[\p{L}\p{N}]/u.test(view.text.slice(region.start, region.end));
}

/** Whether the frame's content ends at the clause break `stop` found in its text. */
function endsAtBreak(view: SentenceView, frame: Frame, clauseText: string, stop: RegExpExecArray, lex: ClaimLexicon): boolean {
  // An object frame's content starts at its verb, so a break right after it ends it: "Téhéran nie, mais ...".
  const leavesContent = frame.kind === 'object' ? frame.content.start + stop.index >= frame.cue.end : stop.index > 10;
  if (!leavesContent) return false;
  const afterStop = clauseText.slice(stop.index + stop[0].length);
  // "said P but that Q": the second content is split off later (coordinatedContents), not dropped; "said Iran sent
  // drones but never sent missiles": nor is a predicate of the same subject, which claimsOf reads as a claim of its own.
  if (lex.complementizers.has(firstWordOf(afterStop))) return false;
  const breakWord = tokenIndexAt(view.tokens, frame.content.start + stop.index + stop[0].length) - 1;
  if (predicateEventAt(view, breakWord, frame.content.end, lex) >= 0) return false;
  // "was aware of the reports but could not verify them", "Iran may send missiles, but we cannot confirm it": a
  // lack of evidence set against what comes first stays in the content, where claimsOf reads one claim or two.
  return (lex.noEvidence.exec(afterStop)?.index ?? Infinity) > MAX_CONTRASTED_SUBJECT;
}

/**
 * "said P, and a senior Iranian lawmaker, X, said Q", "a affirmé que P, et le député X a dit que Q": a
 * comma and a conjunction inside the current content, then a subject of the next report (a name, a
 * role, a pronoun) and no complementizer, begin a clause of its own. Where the current content is cut,
 * and where the next subject starts.
 */
function coordinatedReport(view: SentenceView, current: Frame, next: Frame, lex: ClaimLexicon): { cut: number; subjectStart: number } | null {
  if (!SUBJECT_FIRST.has(next.kind) || !next.speakerRegion || !next.speakerNearEnd) return null;
  const { tokens, lower } = view;
  for (let k = next.cue.first - 2; k > 0 && tokens[k].start > current.content.start; k--) {
    if (lex.complementizers.has(lower[k]) || tokens[k].kind === 'quote') return null;
    if (!lex.conjunctions.has(lower[k]) || tokens[k - 1].text !== ',') continue;
    const subject = { start: tokens[k + 1].start, end: next.cue.start };
    const named = view.mentions.some((m) => m.start >= subject.start && m.end <= subject.end)
      || isSpeakerPronoun(lower[k + 1], lex) && k + 2 === next.cue.first;
    return named ? { cut: tokens[k - 1].start, subjectStart: subject.start } : null;
  }
  return null;
}

/** The content opens with the subject of a next report that says or believes, with no punctuation between: that report is the content. */
function embedsReport(view: SentenceView, frame: Frame, next: Frame): boolean {
  const region = next.speakerRegion;
  // The content may open with the space after "that".
  const contentStart = frame.content.start + (/^\s*/u.exec(view.text.slice(frame.content.start, frame.content.end))?.[0].length ?? 0);
  return region !== null && next.kind === 'indirect' && (next.cue.cls === 'say' || next.cue.cls === 'believe' || next.cue.cls === 'concern')
    && region.start <= contentStart && next.cue.start < frame.content.end
    && !/[,;:«»“”"]/u.test(view.text.slice(frame.content.start, next.cue.start));
}

/**
 * Where the clause of the next report begins, to end the current content there: the comma before an
 * inverted verb, the start of the next subject ("..., Jane Doe a déclaré"), or the coordination
 * before a verb that shares the current subject ("... dans quelques jours et est allé jusqu'à suggérer").
 */
function nextClauseStart(view: SentenceView, next: Frame, current: Frame, lex: ClaimLexicon): number {
  if (next.kind === 'inverted' || next.kind === 'according') return commaBefore(view, next.cue.start);
  // ", a claim rejected by Bogota": the claim noun apposed before the verb opens the next clause.
  if (next.kind === 'object' && next.speakerRegion && next.speakerRegion.start > next.cue.start) return commaBefore(view, next.content.start);
  const { tokens, lower } = view;
  if (next.cue.first > 0 && lex.conjunctions.has(lower[next.cue.first - 1])) return tokens[next.cue.first - 1].start;
  if (next.speakerRegion && next.speakerNearEnd) {
    // A comma before the next subject ends the clause ("..., a day after Ukraine said") even when that
    // subject's region reaches back into the current content.
    const comma = next.cue.first > 0 ? lastSeparator(view, { start: current.content.start, end: next.cue.start }, next.cue.first, lex) : null;
    if (comma) return comma.start;
    if (next.speakerRegion.start > current.content.start) {
      // "denies P as US says Q": the subordinator opening the next clause is no part of P.
      const before = tokenIndexAt(tokens, next.speakerRegion.start) - 1;
      const subordinator = before >= 0 && lex.subordinators.has(lower[before]) && tokens[before].start > current.content.start;
      return subordinator ? tokens[before].start : next.speakerRegion.start;
    }
  }
  return next.cue.start;
}

/** "Selon le renseignement américain, P, a indiqué X": the source phrase is not part of X's content. */
function skipLeadingSource(view: SentenceView, frame: Frame, lex: ClaimLexicon): void {
  if (frame.kind === 'according') return;
  const text = view.text.slice(frame.content.start, frame.content.end);
  const m = matchAtStart(lex.accordingTo, text, '[^,]{1,80},');
  if (m) frame.content.start += m[0].length;
}

/** "said Thursday it had evidence that P": when it is said is no part of what is said. */
function skipLeadingDate(view: SentenceView, frame: Frame, lex: ClaimLexicon): void {
  const { tokens } = view;
  const first = tokenIndexAt(tokens, frame.content.start);
  if (first !== frame.cue.last + 1) return;
  const after = afterDate(view, first, lex);
  if (after > first && tokens[after]?.kind === 'word' && tokens[after].end <= frame.content.end) frame.content.start = tokens[after].start;
}

function commaBefore(view: SentenceView, at: number): number {
  const i = view.text.lastIndexOf(',', at);
  return i >= view.span.start ? i : at;
}
