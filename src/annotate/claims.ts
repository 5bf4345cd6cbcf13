/**
 * Claim extraction: for every sentence, the attribution frames (attribution.ts), their speakers
 * (speakers.ts), propositions (propositions.ts), stances (stance.ts) and when each was said.
 * Two pieces of discourse state run through the document: the last speaker (for "il", "a-t-il
 * ajouté") and the topic, the proposition last spoken about (for "ces affirmations").
 */
import type { Claim, DateMention, DocumentMeta, Item, PartialDate, Proposition, Sentence, Span, Speaker, Token } from '../core/types.js';
import type { ClaimLexicon, LanguagePack } from '../lang/types.js';
import { findEntities, isBroaderItem, isStatelessGroupName, namesCountry, relatedItems, type EntityMention } from '../knowledge/index.js';
import { quotedRanges, tokenize } from '../segment/index.js';
import { answersClaim, clauseEventAt, findFrames, isClausePunct, MAX_CONTRASTED_SUBJECT, namesQuoteOpeningSentence, predicateEventAt, SENTENCE_STOP, speaksInFirstPerson, statesEvent, type Frame, type SentenceView } from './attribution.js';
import { dayBefore } from './dates.js';
import { attachRoles, Cast, COUNTERPART_ROLE, findNameSequences, inheritCounterpartRoles, isOrganisationName, isUpperCase, takeRole, titleCase, type PersonMention } from './people.js';
import { readProposition, type PropositionReading } from './propositions.js';
import { actingSubject, AUTHOR, coordinatedSubjectCountries, namedBodySpeaker, openingEntity, opensOnIndefinite, pronounAntecedent, resolveSpeakers, sceneCountry, settleGuessedCountries, statedAffiliation, steadyGuess, subjectEntity, type SpeakerContext } from './speakers.js';
import { readStance } from './stance.js';
import { opensTurn, speakerOfTurn, turnsBySentence, voiceFrame, type Turn } from './turns.js';
import { firstVerbIndex, isEventNoun, isQuestion, isRelativePronoun, isVerb, POSSESSIVE_GAP, SHORT_PREPOSITION_ONLY, tokenIndexAt, wordBefore, wordCount } from './words.js';
import { sliceWithout, trimSpan, withoutQuoteMarks } from '../core/text.js';
import { matchAtStart } from '../lang/regex.js';

export interface ClaimInput {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  /** Time expressions no date could be worked out for (dates.ts findUndatedTimes): the attribution reads past them too. */
  undatedTimes: Span[];
  meta: DocumentMeta;
  /** Where the story was filed from: the dateline the cleaning set aside ("BEIJING, May 20 (Reuters) - "), if any. */
  dateline: Span | null;
  lang: LanguagePack;
}

interface AnnotatedSentence {
  sentence: Sentence;
  view: SentenceView;
  entities: EntityMention[];
  persons: PersonMention[];
  /** The date mentions of the sentence, in text order (the view holds the same ones as spans). */
  dates: DateMention[];
  /** The country of the place the sentence opens on ("In Tehran, ..."), if any. */
  scene: string | null;
}

interface Discourse {
  /** The speakers of the last report: several for a coordinated subject, the last of them for "il", "a-t-il ajouté". */
  lastSpeakers: Speaker[];
  /** The speakers of every report of the last sentence with one (SpeakerContext.lastReportSpeakers). */
  lastReportSpeakers: Speaker[];
  /** Where the sentence of the last report ends. */
  lastReportEnd: number;
  topic: Proposition | null;
  /** The sentence the topic was stated in, if a claim stated it. */
  topicSentence: number | null;
  /** How often each type and pair of parties has been stated, and the last stated of the most frequent. */
  statedCounts: Map<string, number>;
  salientTopic: Proposition | null;
  /** What the last question of a transcript asked about, when it named the event itself ("L'Iran livre-t-il des drones ?"). */
  askedTopic: Proposition | null;
  /** The last speaker quoted under each role (SpeakerContext.speakerByRole). */
  speakerByRole: Map<string, Speaker>;
  /** Someone written as the subject of a sentence reporting nothing since the last report (SpeakerContext.lastActor). */
  lastActor: Speaker | null;
  /** The last claim made, for a quote that goes on in the next sentence. */
  lastClaim: Claim | null;
  /** Pairs of parties whose dealings stand accused: another party said they happened, or the actor denied or admitted them. */
  accused: Set<string>;
  /** Countries that denied something the text had not yet said of them ("Iran's top diplomat rejects drone claims"): they stand accused. */
  deniers: Set<string>;
  /** The countries of the last coordinated subject, reporting or not ("Paris, Berlin et Londres ont annoncé des sanctions"). */
  subjectGroup: string[];
  /** The last proposition stated with each party to it, for a party answering what was said of it. */
  topicByParty: Map<string, Proposition>;
  /** The last proposition stated about each item, most recent last. */
  topicByItem: Map<Item, Proposition>;
  /** The organisation that published the document the text last spoke of (SpeakerContext.publisher). */
  publisher: EntityMention | null;
  /** The last denial or admission a party made of its own dealings: what calling it a lie answers. */
  partyAnswer: Claim | null;
}

const UNKNOWN_SPEAKER: Speaker = { name: 'unknown', type: 'unknown', affiliation: null };
const QUOTE_CHARS = '«»“”"‹›„';
/** Shorter contents are fragments ("Iran", "mardi"), not statements. */
const MIN_CONTENT_CHARS = 8;

export function extractClaims(input: ClaimInput): Claim[] {
  const { text, lang } = input;
  const entities = entitiesBySentence(text, input.sentences, lang);
  const dates = bySentence(input.dates, input.sentences);
  const undated = bySentence(input.undatedTimes, input.sentences);
  const annotated = input.sentences.map((sentence, i) => annotateSentence(text, sentence, entities[i], dates[i], undated[i], lang.claims));
  const cast = buildCast(text, annotated, lang.claims);
  const datelineCountry = filedFrom(text, input.dateline, lang);
  const homeCountry = datelineCountry ?? mostQuotedCountry(annotated);
  const discourse: Discourse = { lastSpeakers: [], lastReportSpeakers: [], lastReportEnd: 0, topic: null, topicSentence: null, statedCounts: new Map(), salientTopic: null, askedTopic: null, speakerByRole: new Map(), lastActor: null, lastClaim: null, accused: new Set(), deniers: new Set(), subjectGroup: [], topicByParty: new Map(), topicByItem: new Map(), publisher: null, partyAnswer: null };
  const recentCountries: string[] = [];
  const recentInstitutions: EntityMention[] = [];
  const firstGuesses = new Map<string, string>();
  const claims: Claim[] = [];
  // A news outlet may label a journalist's question ("Reuters: Has China sent ...?").
  const outlets = annotated.map((s) => s.entities.find((e) => e.kind === 'institution' && e.institutionKind === 'media') ?? null);
  const turns = turnsBySentence(text, input.sentences, lang.claims, cast, outlets);
  /** The speaker of the transcript turn under way, if any. */
  let turnSpeaker: Speaker | null = null;
  /** Who issues the document, when its title presents it as an official statement: the body's own voice. */
  let issuer: Speaker | null = null;
  /** Who "X said:" announced, while the paragraphs after it are quoted. */
  let announced: Speaker | null = null;
  annotated.forEach((sentence, index) => {
    const turn = turns[index];
    if (turn && opensTurn(turn, sentence.sentence)) {
      turnSpeaker = speakerOfTurn(turn, cast, homeCountry, issuer);
    } else if (!turn) {
      turnSpeaker = null;
    }
    if (announced && !opensQuotedParagraph(annotated, index, text)) announced = null;
    // A journalist's question is nobody's voice, not even the issuer's.
    const asking = turn !== null && !turn.name && !turn.answer;
    if (asking) dropVocative(sentence, turn.label.end, lang.claims);
    const voice = asking ? null : turnSpeaker ?? announced ?? issuer;
    const ctx: SpeakerContext = { text, tokens: sentence.view.tokens, entities: sentence.entities, persons: sentence.persons, cast, lex: lang.claims, lastSpeaker: discourse.lastSpeakers.at(-1) ?? null, lastReportSpeakers: discourse.lastReportSpeakers, lastReportEnd: discourse.lastReportEnd, turnSpeaker: voice, homeCountry, filedFrom: datelineCountry, sceneCountry: sentence.scene, recentCountries, recentInstitutions, partyGroups: partyGroups(discourse), previousSubject: previousSubject(annotated, index, lang.claims), lastActor: discourse.lastActor, speakerByRole: discourse.speakerByRole, publisher: discourse.publisher };
    // A transcript's label ("MR. FENWICK:") opens a turn, not a headline naming its source.
    const labelled = turn ? opensTurn(turn, sentence.sentence) : false;
    // A journalist's question reports nobody's view, whatever its words ("Q: Do you have any indication that P?").
    const askingQuestion = asking && isQuestion(text, sentence.sentence);
    const frames = askingQuestion ? [] : findFrames(sentence.view, lang.claims).filter((f) => !(labelled && f.cue.rule === 'headline-colon'));
    const speakersByFrame = sentenceSpeakers(frames, sentence, ctx, continuedQuote(discourse.lastClaim, annotated, index));
    const voiced = voice && !isQuestion(text, sentence.sentence) ? voicedSpan(sentence, frames, turn?.label.end ?? sentence.sentence.start, lang.claims) : null;
    if (voice && voiced) {
      const frame = voiceFrame(voiced);
      frames.push(frame);
      speakersByFrame.set(frame, [voice]);
    }
    // A journalist's question sets what the answer is about ("Et les missiles balistiques ?").
    if (turn && !turn.name && isQuestion(text, sentence.sentence)) noteQuestionTopic(sentence, turn, input, discourse);
    const nested = settleNestedReports(frames, speakersByFrame, {
      firstPerson: (f) => speaksInFirstPerson(sentence.view, f, lang.claims),
      relays: (f) => lang.claims.relayVerb.test(text.slice(f.cue.start, f.cue.end)),
    }, text);
    const claimsBefore = claims.length;
    const reportSpeakers: Speaker[] = [];
    for (const frame of frames) {
      const speakers = (speakersByFrame.get(frame) ?? []).map((s) => steadyGuess(s, firstGuesses));
      if (!speakers.length || nested.has(frame)) continue;
      // "Foreign Secretary X said:", the quote in the paragraphs after: they speak in X's voice.
      if (frame.announces) {
        announced = speakers[0];
        continue;
      }
      const content = contentOf(frame, index, annotated, text);
      if (!content) continue;
      // Declining to comment commits to nothing: no claim, though the speaker is the last to have spoken.
      const declined = lang.claims.declinedComment.test(text.slice(content.start, content.end));
      for (const speaker of declined ? [] : speakers) {
        const made = claimsOf(frame, speaker, content, sentence, index, input, discourse);
        // A speaker's own voice is a claim only about the events tracked: "Good afternoon" is none; "Oui, et à un
        // rythme soutenu" answers the question asked.
        const kept = frame.kind === 'voice' ? made.map((c) => answerToQuestion(c, turn, lang.claims, discourse)).filter((c) => c.proposition) : made;
        claims.push(...kept);
        discourse.lastClaim = kept[0];
      }
      noteRoles(speakers, discourse);
      discourse.lastSpeakers = speakers;
      reportSpeakers.push(...speakers);
      // "Statement by the Spokesperson of the Ministry of Foreign Affairs", then "The Ministry of Foreign Affairs of Iran
      // rejects ...": the issuing body, named again with its country, speaks for that country.
      if (issuer && !issuer.affiliation) issuer = withStatedCountry(issuer, speakers);
      discourse.lastReportEnd = sentence.sentence.end;
    }
    if (reportSpeakers.length) discourse.lastReportSpeakers = reportSpeakers;
    // "Iran has supplied drones to Russia. Tehran denies it.": what the text states in its own voice (or quotes from
    // nobody known), before anyone is quoted on anything, is what the first reports answer. Later, background
    // ("Russia sent troops into Ukraine on 24 February") would take over the topic of the quotes around it.
    if (claims.length === claimsBefore && !discourse.topic) noteStatedTopic(sentence, input, discourse);
    // « Le président ukrainien a aussitôt réagi. « ... », a-t-il lancé »: who acted, if nobody reported since.
    // "Secretary X said that Washington had warned Tehran. “...,” he said": a person whose own report only frames
    // a body's is who "he" stands for next.
    if (frames.length) discourse.lastActor = reportSpeakers.some((s) => s.type === 'person') ? null : personActing(ctx);
    else discourse.lastActor = actingSubject(ctx) ?? discourse.lastActor;
    if (index === 0) issuer = isTitle(sentence, input.meta, text) ? statementIssuer(sentence, ctx) : null;
    else if (index <= FURNITURE_LINES && !issuer) {
      // "Statement: ..." as the title, or "PRESS STATEMENT" on a line of its own under it: the signature follows, or
      // the body that issues it ("Press release / From: Foreign, Commonwealth & Development Office").
      if (lang.claims.unsignedStatementTitle.test(text.slice(annotated[index - 1].sentence.start, annotated[index - 1].sentence.end))) {
        issuer = signatory(sentence, ctx) ?? issuingBody(sentence);
      } else if (isLabelLine(annotated, index, text)) {
        // « Déclaration conjointe des ministres ... » on a line of its own under the title.
        issuer = statementIssuer(sentence, ctx);
      }
    }
    discourse.publisher = publisherIn(sentence, lang.claims) ?? discourse.publisher;
    const group = coordinatedSubjectCountries(ctx);
    if (group.length) discourse.subjectGroup = group;
    noteCountries(sentence.entities, recentCountries);
    recentInstitutions.push(...sentence.entities.filter((e) => e.kind === 'institution'));
  });
  const headline = annotated[0] && isTitle(annotated[0], input.meta, text) ? annotated[0] : null;
  const settled = settleGuessedCountries(claims);
  return dedupe(mergeCoordinated(headline ? completeHeadline(settled, headline, discourse.salientTopic, lang.claims) : settled, text, lang.claims));
}

/**
 * Sentence `index` is in a paragraph that opens with a quote mark, or goes on from the sentence before within
 * one: what "X said:" announced goes on.
 */
function opensQuotedParagraph(sentences: AnnotatedSentence[], index: number, text: string): boolean {
  let first = index;
  while (first > 0 && sentences[first - 1].sentence.paragraph === sentences[index].sentence.paragraph) first--;
  const { start } = sentences[first].sentence;
  return OPENING_QUOTE.test(text.slice(start, start + 1));
}

const OPENING_QUOTE = /^[«“"„‹]/u;

/** The sentence is the document's title. */
function isTitle(sentence: AnnotatedSentence, meta: DocumentMeta, text: string): boolean {
  return meta.title !== null && text.slice(sentence.sentence.start, sentence.sentence.end).trim() === meta.title.trim();
}

/**
 * A headline answering what its article goes on to tell names too little to read a proposition from: "Iran says
 * drones were sent before the war, denies recent deliveries", « Drones iraniens : Téhéran nie toujours ». It answers
 * what the rest of the headline says, else the article's main story, the proposition stated most often, of the item
 * the headline names, if any; not when the claim's clause names a country that takes no part in it (other than
 * the speaker's). Only answers and claims about claims: a headline that only states something ("Kiev présente des
 * débris") is left as it is. The headline's own time is not known: no mode.
 */
function completeHeadline(claims: Claim[], title: AnnotatedSentence, story: Proposition | null, lex: ClaimLexicon): Claim[] {
  const inTitle = (claim: Claim) => claim.start >= title.sentence.start && claim.end <= title.sentence.end;
  const base = claims.find((c) => inTitle(c) && c.proposition)?.proposition ?? story;
  if (!base) return claims;
  // « les Émirats accusés d'armer les paramilitaires »: a verb may name the items itself.
  const implied = title.view.lower.map((word) => lex.impliedItems.get(word)).find((i) => i !== undefined);
  const item = title.entities.find((e) => e.kind === 'item' && e.item !== undefined)?.item ?? implied ?? base.item;
  return claims.map((claim) => {
    // "Washington accuses Tehran": an accusation naming only the accused is about the story it is the actor of.
    const namesOnlyActor = title.entities.some((e) => namesCountry(e) && e.country === base.actor && e.start === claim.start && e.end === claim.end);
    if (!inTitle(claim) || claim.proposition) return claim;
    // "Kyiv accuses, Tehran denies": a bare verb, nothing but its cue, is about the story too.
    const cue = claim.explanation.cue;
    const bare = cue !== null && claim.start === cue.start && claim.end === cue.end;
    if (claim.stance === 'asserts' && !lex.anaphoricClaim.test(claim.text) && !namesOnlyActor && !bare) return story ? withStoryParty(claim, title, story, lex) : claim;
    const own = statedAffiliation(claim.speaker);
    const clauseStart = Math.min(claim.start, claim.explanation.cue?.start ?? claim.start);
    const outsider = title.entities.some((e) => e.start >= clauseStart && e.end <= claim.end && namesCountry(e)
      && e.country !== own && e.country !== base.actor && e.country !== base.recipient);
    if (outsider) return claim;
    const proposition: Proposition = { type: base.type, actor: base.actor, recipient: base.recipient, item };
    return { ...claim, proposition, explanation: { ...claim.explanation, rules: [...claim.explanation.rules, 'proposition:headline-story'] } };
  });
}

/**
 * "Ukraine's president says Iran has sent hundreds of drones": a headline stating the story's event names its actor and leaves
 * out the other party, which the story gives. Only the story's own event, with the story's actor, is completed.
 */
function withStoryParty(claim: Claim, title: AnnotatedSentence, story: Proposition, lex: ClaimLexicon): Claim {
  const reading = readProposition(claim, {
    view: title.view, entities: title.entities, lex, speakerCountry: claim.speaker.affiliation, speakerIsSubject: false,
    topic: story, salientTopic: story, topicByItem: new Map(), topicByParty: new Map(), expectsProposition: false, condemnsNoClaim: false, source: null,
  });
  const { proposition } = reading;
  if (!reading.event || !proposition || proposition.actor !== story.actor || proposition.recipient !== story.recipient) return claim;
  return { ...claim, proposition, explanation: { ...claim.explanation, rules: [...claim.explanation.rules, 'proposition:headline-story'] } };
}

/**
 * "Oui, et à un rythme soutenu", "No, not at all": in a transcript's answer, a yes asserts what the question asked
 * (Discourse.askedTopic) and a no denies it.
 */
function answerToQuestion(claim: Claim, turn: Turn | null, lex: ClaimLexicon, discourse: Discourse): Claim {
  if (claim.proposition || !turn || !discourse.askedTopic) return claim;
  const yes = lex.answerYes.test(claim.text);
  if (!yes && !lex.answerNo.test(claim.text)) return claim;
  const stance = yes ? 'asserts' : 'denies';
  return { ...claim, stance, proposition: discourse.askedTopic, explanation: { ...claim.explanation, rules: [...claim.explanation.rules, `stance:answer-${yes ? 'yes' : 'no'}`] } };
}

/** The groups of parties a counted group ("les deux pays") may stand for, best first. */
function partyGroups(discourse: Discourse): string[][] {
  const groups = [discourse.lastSpeakers.map((s) => s.name), discourse.subjectGroup];
  if (discourse.topic) groups.push([discourse.topic.actor, discourse.topic.recipient]);
  return groups;
}

/** The sentence is a paragraph of its own with no final stop: a label ("Joint statement by ..."), not prose. */
function isLabelLine(sentences: AnnotatedSentence[], index: number, text: string): boolean {
  const { sentence } = sentences[index];
  const alone = sentences[index - 1]?.sentence.paragraph !== sentence.paragraph && sentences[index + 1]?.sentence.paragraph !== sentence.paragraph;
  return alone && !/[.!?…]["»”’)\s]*$/u.test(text.slice(sentence.start, sentence.end));
}

/**
 * The issuer a title or a label under it presents an official statement by ("Statement by the NSC Spokesperson
 * on ...", « Communiqué du ministère des Affaires étrangères »), resolved like a speaker, or null.
 */
function statementIssuer(title: AnnotatedSentence, ctx: SpeakerContext): Speaker | null {
  const { sentence } = title;
  const line = ctx.text.slice(sentence.start, sentence.end);
  const m = ctx.lex.statementTitle.exec(line) ?? ctx.lex.issuerFirstStatementTitle?.exec(line);
  if (!m?.groups) return null;
  const start = sentence.start + m.index + m[0].indexOf(m.groups.issuer);
  const span = { start, end: start + m.groups.issuer.length };
  const inside = (s: Span) => s.start >= span.start && s.end <= span.end;
  // "Iran Rejects G7 Statement on Missiles": a title-case headline's verb says the title reports, not issues.
  if (title.view.tokens.some((t, k) => inside(t) && ctx.lex.reportingVerbs.has(title.view.lower[k]))) return null;
  // "Statement by the Spokesperson" says whose spokesperson nowhere: not the one some later paragraph names.
  const named = title.persons.some(inside) || title.entities.some((e) => inside(e) && (e.kind !== 'role' || e.institution || e.country));
  const [speaker] = named ? resolveSpeakers(span, false, ctx) : [];
  return speaker && speaker.type !== 'unknown' ? speaker : null;
}

/** Words a signature line ("Jane Holloway, Secretary of State") has at most. */
const MAX_SIGNATURE_WORDS = 12;

/** The person a statement's signature line names, right under its title. */
function signatory(line: AnnotatedSentence, ctx: SpeakerContext): Speaker | null {
  if (wordCount(line.view.tokens) > MAX_SIGNATURE_WORDS || !line.persons.length) return null;
  const [speaker] = resolveSpeakers(line.sentence, false, ctx);
  if (speaker?.type !== 'person') return null;
  // "JANE R. HOLLOWAY": a name a signature line writes in capitals is written as names are.
  return isUpperCase(speaker.name) ? { ...speaker, name: titleCase(speaker.name) } : speaker;
}

/** Words a line naming the issuing body may have besides the body's name ("From:"). */
const MAX_ISSUER_LINE_EXTRA_WORDS = 2;

/** The institution a line names, when the line is little else: "From: Foreign, Commonwealth & Development Office". */
function issuingBody(line: AnnotatedSentence): Speaker | null {
  const institutions = line.entities.filter((e) => e.kind === 'institution' && e.country);
  if (institutions.length !== 1) return null;
  const [body] = institutions;
  const extra = line.view.tokens.filter((t) => t.kind === 'word' && (t.end <= body.start || t.start >= body.end)).length;
  return extra <= MAX_ISSUER_LINE_EXTRA_WORDS ? { name: body.canonical, type: 'organization', affiliation: body.country } : null;
}

/**
 * "L'IISS a publié un rapport", "The Institute's report found": an organisation opening a sentence that names a
 * document, or written right after the document as its author (« un rapport du renseignement britannique »).
 */
function publisherIn(sentence: AnnotatedSentence, lex: ClaimLexicon): EntityMention | null {
  const { tokens, lower } = sentence.view;
  const subject = openingEntity(sentence.entities, tokens, lex);
  if (subject?.kind === 'institution' && lower.some((word) => lex.documentNouns.has(word))) return subject;
  return sentence.entities.find((e) => {
    if (e.kind !== 'institution') return false;
    let k = tokenIndexAt(tokens, e.start) - 1;
    // « du » is both; « de la », "by the" are two words.
    if (!lex.authorPrepositions.has(lower[k]) && lex.determiners.has(lower[k])) k--;
    return lex.authorPrepositions.has(lower[k]) && lex.documentNouns.has(lower[k - 1]);
  }) ?? null;
}

/** Sentences back over which furniture lines ("DW", a date line) are skipped to find the sentence before. */
const FURNITURE_LINES = 3;
/** Fewer words than this make a line furniture, not a sentence. */
const MIN_SENTENCE_WORDS = 4;

/** The sentence's acting subject when it is a person, else null. */
function personActing(ctx: SpeakerContext): Speaker | null {
  // Only a person or a role can make the subject someone; most sentences reporting a body's words name neither, and
  // the search for the subject is not cheap.
  if (!ctx.persons.length && !ctx.entities.some((e) => e.kind === 'role')) return null;
  const subject = actingSubject(ctx);
  return subject?.type === 'person' ? subject : null;
}

/** The subject the sentence before opens with; lines of a word or two between them (a source, a date) do not count. */
function previousSubject(sentences: AnnotatedSentence[], index: number, lex: ClaimLexicon): EntityMention | null {
  for (let k = index - 1; k >= 0 && index - k <= FURNITURE_LINES; k--) {
    const { tokens } = sentences[k].view;
    if (wordCount(tokens) >= MIN_SENTENCE_WORDS) return subjectEntity(sentences[k].entities, tokens, lex);
  }
  return null;
}

/** Moves the countries a sentence names to the end of `recent`, in the order it names them. */
function noteCountries(entities: EntityMention[], recent: string[]): void {
  for (const e of entities) {
    if (!namesCountry(e)) continue;
    const at = recent.indexOf(e.country);
    if (at >= 0) recent.splice(at, 1);
    recent.push(e.country);
  }
}

/**
 * "a déclaré que P et que Q": two contents of one report are two claims only when they say
 * different things; a second clause adding nothing new (same stance and proposition, or none of its
 * own) widens the first claim's evidence instead. So does a second report right after the first
 * that says the same ("rejected the accusations, calling them propaganda", "denied it and called
 * the report groundless").
 */
function mergeCoordinated(claims: Claim[], text: string, lex: ClaimLexicon): Claim[] {
  const out: Claim[] = [];
  for (const claim of claims) {
    const previous = out.at(-1);
    const cue = claim.explanation.cue;
    const sameSource = previous && previous.end <= claim.start && previous.speaker.name === claim.speaker.name && previous.stance === claim.stance;
    const sameReport = sameSource && cue && previous.explanation.cue?.start === cue.start;
    const restated = sameSource && previous.sentence === claim.sentence && adjacent(textBetween(previous, claim, text), lex)
      && sameProposition(previous.proposition, claim.proposition);
    if (restated || sameReport && (!claim.proposition || sameProposition(previous.proposition, claim.proposition))) {
      out[out.length - 1] = { ...previous, end: claim.end, text: text.slice(previous.start, claim.end) };
    } else {
      out.push(claim);
    }
  }
  return out;
}

/**
 * What stands between two claims' contents, leaving out the second's own cue when it comes first right
 * after a comma, a participle ("a rejeté les conclusions, dénonçant « des allégations sans fondement »").
 */
function textBetween(previous: Claim, claim: Claim, text: string): string {
  const cue = claim.explanation.cue;
  const participle = cue && cue.start >= previous.end && cue.end <= claim.start
    && COMMA_ONLY.test(text.slice(previous.end, cue.start)) && OPENING_AFTER_CUE.test(text.slice(cue.end, claim.start));
  return text.slice(previous.end, participle ? cue.start : claim.start);
}

const COMMA_ONLY = /^\s*,\s*$/u;
const OPENING_AFTER_CUE = /^[\s:«“"]*$/u;

/** Nothing but a comma or a conjunction between two reports ("had not received any and called the report “groundless”"). */
function adjacent(between: string, lex: ClaimLexicon): boolean {
  const word = ADJACENT_REPORTS.exec(between)?.[1];
  return word !== undefined && (word === '' || lex.conjunctions.has(word.toLowerCase()));
}

/** A closing quote may end the first report ("a rejeté des « accusations infondées » et a dénoncé ..."). */
const ADJACENT_REPORTS = /^\s*[»”"]?\s*,?\s*(\p{L}*)\s*$/u;

function sameProposition(a: Proposition | null, b: Proposition | null): boolean {
  return a !== null && b !== null && a.type === b.type && a.actor === b.actor && a.recipient === b.recipient && a.item === b.item;
}

/**
 * Each sentence's entity mentions, found in one pass over the document. None runs across sentences: the sentences a
 * mention would span ("... in Russia" ending a headline, "Kremlin spokesman X" opening the lede) are read again alone.
 */
function entitiesBySentence(text: string, sentences: Sentence[], lang: LanguagePack): EntityMention[][] {
  if (!sentences.length) return [];
  const found = findEntities(text, { start: sentences[0].start, end: sentences.at(-1)!.end }, lang);
  const bySentences = bySentence(found, sentences);
  const placed = new Set(bySentences.flat());
  const across = found.filter((m) => !placed.has(m));
  if (!across.length) return bySentences;
  sentences.forEach((s, i) => {
    if (across.some((m) => m.start < s.end && s.start < m.end)) bySentences[i] = findEntities(text, s, lang);
  });
  return bySentences;
}

/** Spans in text order, each handed to the sentence that holds it. */
function bySentence<T extends Span>(spans: readonly T[], sentences: readonly Sentence[]): T[][] {
  const buckets: T[][] = sentences.map(() => []);
  let i = 0;
  for (const span of spans) {
    while (i < sentences.length && sentences[i].end <= span.start) i++;
    if (i < sentences.length && span.start >= sentences[i].start && span.end <= sentences[i].end) buckets[i].push(span);
  }
  return buckets;
}

function annotateSentence(text: string, sentence: Sentence, entities: EntityMention[], dates: DateMention[], undated: Span[], lex: ClaimLexicon): AnnotatedSentence {
  const tokens = tokenize(text, sentence);
  const times = undated.length ? [...dates, ...undated].sort((a, b) => a.start - b.start) : dates;
  const view: SentenceView = { text, span: sentence, tokens, lower: tokens.map((t) => t.text.toLowerCase()), mentions: entities, dates: times };
  return { sentence, view, entities, persons: [], dates, scene: sceneCountry(text, tokens, entities, dates, lex) };
}

/** "in New York", "en Crimée": a name after a preposition of place is a place, not a person. */
function namesPlace(view: SentenceView, name: Span, lex: ClaimLexicon): boolean {
  const at = tokenIndexAt(view.tokens, name.start);
  return at > 0 && lex.locationPrepositions.has(view.lower[at - 1]);
}

/**
 * "le quotidien Kommersant", "the newspaper Haaretz", "le quotidien russe Le Temps": a name introduced by
 * a media noun is an outlet's, its capitalised article included; "the US think tank CSIS", « le groupe de
 * réflexion américain CSIS »: one introduced by a noun of `nouns`. The body's span, or null.
 */
function bodyNamed(view: SentenceView, name: Span, entities: EntityMention[], nouns: ReadonlySet<string>, lex: ClaimLexicon): Span | null {
  const { tokens, lower } = view;
  let at = tokenIndexAt(tokens, name.start) - 1;
  const article = at >= 0 && lex.determiners.has(lower[at]) && /^\p{Lu}/u.test(tokens[at].text) ? tokens[at] : null;
  if (article) at--;
  const demonym = at >= 0 ? entities.find((e) => e.kind === 'demonym' && e.end === tokens[at].end) : undefined;
  if (demonym) at = tokenIndexAt(tokens, demonym.start) - 1;
  return at >= 0 && nouns.has(lower[at]) ? { start: article?.start ?? name.start, end: name.end } : null;
}

/**
 * The people of the document: full names first (so that a surname used before the full name
 * still resolves), then surnames and honorific + surname, then roles by apposition.
 */
function buildCast(text: string, sentences: AnnotatedSentence[], lex: ClaimLexicon): Cast {
  const cast = new Cast();
  const sequences = sentences.map((s) => findNameSequences(text, s.view.tokens, s.entities, lex)
    .filter((seq) => !namesPortfolio(text, seq, s.entities, lex) && !namesPlace(s.view, seq, lex)));
  sentences.forEach((s, i) => {
    for (const seq of sequences[i]) {
      const name = text.slice(seq.start, seq.end);
      const outlet = bodyNamed(s.view, seq, s.entities, lex.mediaNouns, lex);
      const research = outlet ? null : bodyNamed(s.view, seq, s.entities, lex.researchBodyNouns, lex);
      if (outlet) addEntity(s, { ...organisationMention(text, outlet, s.entities), institutionKind: 'media' });
      else if (research) addEntity(s, { ...organisationMention(text, research, s.entities), institutionKind: 'organization' });
      else if (isOrganisationName(name, lex)) addEntity(s, organisationMention(text, seq, s.entities));
      else if (name.includes(' ')) s.persons.push({ ...seq, person: cast.addFullName(name, seq) });
    }
  });
  const acronyms = definedAcronyms(text, sentences);
  sentences.forEach((s, i) => {
    for (const seq of sequences[i]) {
      const name = text.slice(seq.start, seq.end);
      if (name.includes(' ')) continue;
      const acronym = acronyms.get(name);
      if (acronym && seq.start >= acronym.after) {
        addEntity(s, { ...acronym.institution, start: seq.start, end: seq.end });
        continue;
      }
      const honorific = lex.honorifics.has(text.slice(Math.max(0, seq.start - 5), seq.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '');
      // "President Zelensky", « le ministre Khrenine »: a surname right after a role is a person's.
      const afterRole = s.entities.some((e) => e.kind === 'role' && e.end < seq.start && /^\s+$/u.test(text.slice(e.end, seq.start)));
      const person = cast.bySurnameOf(name) ?? (honorific || afterRole ? cast.addFullName(name, seq) : undefined);
      if (person) {
        if (!person.mentions.includes(seq)) person.mentions.push(seq);
        s.persons.push({ ...seq, person });
      }
    }
    s.persons.sort((a, b) => a.start - b.start);
    attachRoles(text, s.persons, s.entities.filter((e) => e.kind === 'role'), lex, s.scene);
    for (const mention of s.persons) mention.person.affiliation ??= bracketedCountry(text, mention, s.entities);
    dropItemsInNames(s);
    s.view.mentions = [...s.entities, ...s.persons];
  });
  nameIntroducedRoles(sentences, cast, lex);
  for (const person of cast.people) person.mentions.sort((a, b) => a.start - b.start);
  inheritCounterpartRoles(cast.people);
  return cast;
}

/** Characters a bracket after a name may hold: "(Iran (Islamic Republic of))". */
const MAX_BRACKETED_COUNTRY = 40;
/** An opening bracket, spaced or not, read where a name ends. */
const OPENING_BRACKET = /\s*\(\s*/uy;

/** "ANNA SMITH (Russian Federation) said", « M. X (République islamique d'Iran) a déclaré »: a delegate, as meetings coverage names them. */
function bracketedCountry(text: string, name: Span, entities: EntityMention[]): string | null {
  OPENING_BRACKET.lastIndex = name.end;
  const bracket = OPENING_BRACKET.exec(text);
  if (!bracket) return null;
  const country = entities.find((e) => namesCountry(e) && e.start === name.end + bracket[0].length);
  const close = country ? text.indexOf(')', country.end) : -1;
  return country && close >= 0 && close - country.start <= MAX_BRACKETED_COUNTRY ? country.country : null;
}

/**
 * "Iran's foreign minister acknowledged on Saturday ... . Reza Karimi told reporters ...": a name
 * opening the sentence after one opened by an unnamed role, in the same paragraph or the next, and given no
 * role of its own, is that role's holder; the role's earlier reports are then the person's. So is a name first
 * written there after a sentence closed by an indefinite role reporting ("..., a deputy minister has said.").
 */
function nameIntroducedRoles(sentences: AnnotatedSentence[], cast: Cast, lex: ClaimLexicon): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const { entities, view, persons, sentence } = sentences[i];
    const opening = openingEntity(entities, view.tokens, lex);
    // "His delegation had presented evidence": a possessed role is someone's already spoken of, not one named next.
    const lead = view.text.slice(sentence.start, opening?.start ?? sentence.start);
    const definite = opening?.kind === 'role' && !lex.indefinites.test(lead) && !lex.possessives.has(lead.trim().toLowerCase());
    // "..., a deputy defence minister has said. Mehdi Farahi told ...": the one reporting last is named first in the next.
    const role = definite ? opening : closingRole(sentences[i], lex);
    if (!role || role.plural || persons.length) continue;
    const next = sentences[i + 1];
    const named = next.persons[0];
    // "“...,” Jane Doe told reporters" names the reporter as well as "Jane Doe told reporters that ...".
    const namedFirst = named && (named.start === next.view.tokens[0]?.start || namesQuoteOpeningSentence(next.view, named.start, lex));
    if (next.sentence.paragraph - sentence.paragraph > 1 || !namedFirst || named.person.roles.size) continue;
    if (definite) takeRole(named.person, role);
    else if (named.person.mentions[0]?.start === named.start) cast.nameRole(role, named.person);
  }
}

/**
 * An unnamed role reporting at the close of its sentence ("..., a deputy minister has said.", « ..., a indiqué un
 * vice-ministre. »); not a role it depends on ("a senior adviser to Ukraine's president wrote").
 */
function closingRole(sentence: AnnotatedSentence, lex: ClaimLexicon): EntityMention | null {
  const last = sentence.entities.at(-1);
  const { tokens, lower } = sentence.view;
  if (last?.kind !== 'role' || !opensOnIndefinite(last, tokens, lex)) return null;
  const after = lower.slice(tokenIndexAt(tokens, last.end));
  if (after.at(-1) !== '.' || !after.slice(0, -1).every((word) => lex.auxiliaries.has(word) || lex.reportingVerbs.has(word))) return null;
  // The verb after the role ("a minister has said") or before it, inverted (« a indiqué un vice-ministre »).
  return after.length > 1 || lex.reportingVerbs.has(wordBefore(tokens, last.start, lex) ?? '') ? last : null;
}

/**
 * "Q: John, Tehran says P": a name opening a journalist's question, before a comma, is whom the question is put to,
 * no subject. It is dropped from the sentence's mentions, so that "Tehran" says P.
 */
function dropVocative(sentence: AnnotatedSentence, labelEnd: number, lex: ClaimLexicon): void {
  const { tokens, lower, mentions } = sentence.view;
  let opening = tokens.findIndex((t) => t.start >= Math.max(labelEnd, sentence.sentence.start));
  // "Mr. Kirby, ...": an honorific, and its period, before the name.
  if (opening >= 0 && lex.honorifics.has(lower[opening])) opening += tokens[opening + 1]?.text === '.' ? 2 : 1;
  const vocative = opening >= 0 ? sentence.persons.find((p) => p.start === tokens[opening]?.start) : undefined;
  if (!vocative || tokens[tokenIndexAt(tokens, vocative.end)]?.text !== ',') return;
  sentence.persons = sentence.persons.filter((p) => p !== vocative);
  sentence.view.mentions = mentions.filter((m) => m !== vocative);
}

/** "(NIS)" right after an institution's name: the acronym it is called by from then on. */
const DEFINED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/u;

/** The acronyms the text defines ("National Intelligence Service (NIS)"), each with its institution and where its definition ends. */
function definedAcronyms(text: string, sentences: AnnotatedSentence[]): Map<string, { institution: EntityMention; after: number }> {
  const acronyms = new Map<string, { institution: EntityMention; after: number }>();
  for (const s of sentences) {
    for (const institution of s.entities) {
      if (institution.kind !== 'institution') continue;
      const m = DEFINED_ACRONYM.exec(text.slice(institution.end, institution.end + 12));
      if (m && !acronyms.has(m[1])) acronyms.set(m[1], { institution, after: institution.end + m[0].length });
    }
  }
  return acronyms;
}

/** The name is the portfolio of the role right before it ("Under-Secretary-General for Political Affairs"). */
function namesPortfolio(text: string, name: Span, entities: EntityMention[], lex: ClaimLexicon): boolean {
  const role = entities.findLast((e) => e.kind === 'role' && e.end <= name.start);
  return role !== undefined && lex.portfolioLink.test(text.slice(role.end, name.start));
}

/**
 * An organisation the knowledge base does not list, named in the text: it speaks for the country
 * written right beside it ("South Korea's National Intelligence Service", "l'Agence ... iranienne").
 */
function organisationMention(text: string, name: Span, entities: EntityMention[]): EntityMention {
  // "South Korea's National Intelligence Service", "Stockholm International Peace Research Institute": the country or
  // capital right before the name, or opening it.
  const beside = entities.find((e) => namesCountry(e) && (e.end <= name.start && POSSESSIVE_GAP.test(text.slice(e.end, name.start))
    || e.start >= name.end && /^\s$/u.test(text.slice(name.end, e.start)) || e.start === name.start && e.end < name.end));
  return { start: name.start, end: name.end, kind: 'institution', canonical: text.slice(name.start, name.end), country: beside?.country ?? null };
}

/** « le général Abdel Fattah Al-Bourhane »: a weapon's name inside a person's is part of the name, no item. */
function dropItemsInNames(sentence: AnnotatedSentence): void {
  const { entities, persons } = sentence;
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k];
    if (e.kind === 'item' && persons.some((p) => e.start >= p.start && e.end <= p.end)) entities.splice(k, 1);
  }
}

function addEntity(sentence: AnnotatedSentence, mention: EntityMention): void {
  const at = sentence.entities.findIndex((e) => e.start > mention.start);
  sentence.entities.splice(at < 0 ? sentence.entities.length : at, 0, mention);
}

/** The country of the place a dateline names ("BEIJING, May 20 (Reuters) - "): officials of no stated country are most likely its. */
function filedFrom(text: string, dateline: Span | null, lang: LanguagePack): string | null {
  if (!dateline) return null;
  return findEntities(text, dateline, lang).find((e) => (e.kind === 'capital' || e.kind === 'country') && e.country)?.country ?? null;
}

/** The country the institutions quoted in the document mostly speak for ("la Maison Blanche" -> United States). */
function mostQuotedCountry(sentences: AnnotatedSentence[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const e of s.entities) if (e.kind === 'institution' && e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The speakers of a sentence's frames. Frames with their own subject are resolved first; a
 * participial or coordinated report ("..., ajoutant que", "Rapportant que ..., X a déclaré") then
 * takes the speaker of the main clause: the nearest such frame before it, else after it, else the
 * first source named before it, else the last speaker.
 */
function sentenceSpeakers(frames: Frame[], sentence: AnnotatedSentence, ctx: SpeakerContext, continued: Claim | null): Map<Frame, Speaker[]> {
  const byFrame = new Map<Frame, Speaker[]>();
  for (const frame of frames) {
    if (frame.speakerFromMainClause) continue;
    // « a-t-on appris de source militaire »: the impersonal « on » stands for nobody; the source is written after it.
    const clitic = frame.cue.cliticPronoun?.toLowerCase();
    const antecedent = clitic && ctx.lex.pronouns.has(clitic) ? pronounAntecedent(frame.cue.start, clitic, ctx) : null;
    if (frame.kind === 'continuation') byFrame.set(frame, continued ? [continued.speaker] : []);
    else if (antecedent) byFrame.set(frame, [antecedent]);
    // "allegations that P", "Iran was accused of P": reports whose source is not written.
    // In a speaker's turn, "there are indications that P" is the speaker's own, not "insinuations claiming that P".
    else if ((frame.kind === 'nominal' || frame.kind === 'accusation') && !frame.speakerRegion) {
      byFrame.set(frame, [(frame.kind === 'nominal' && frame.evidence ? ctx.turnSpeaker : null) ?? UNKNOWN_SPEAKER]);
    }
    // "Reuters could not independently verify the report", « L'AFP n'a pas pu vérifier »: the press's own caveat.
    else if (frame.kind === 'evidence' && frame.speakerRegion && outletVerifying(frame.speakerRegion, sentence)) byFrame.set(frame, [AUTHOR]);
    else if (frame.speakerRegion) {
      const speakers = withTurnVoice(frame, resolveSpeakers(frame.speakerRegion, frame.speakerNearEnd, ctx), ctx);
      // "according to European intelligence services", « selon un rapport des services européens »: a source is written,
      // though none the lexicons can name; the claim is kept, its source unknown.
      byFrame.set(frame, speakers.length || frame.kind !== 'according' ? speakers : [UNKNOWN_SPEAKER]);
    }
  }
  // A report with no source written ("Iran, which has been accused of ..., denied it") has no subject to lend.
  const lendsSubject = (f: Frame) => { const speakers = byFrame.get(f); return speakers !== undefined && speakers.length > 0 && speakers[0] !== UNKNOWN_SPEAKER; };
  // "China rejected a Ukrainian intelligence report that P, saying Q": a report whose subject is written after another
  // report's verb is in that verb's object, not the main clause.
  const inObject = (f: Frame) => f.speakerRegion !== null && frames.some((g) => g.cue.start >= f.speakerRegion!.start && g.cue.end <= f.speakerRegion!.end);
  const resolved = frames.filter((f) => lendsSubject(f) && !inObject(f));
  for (const frame of frames) {
    if (!frame.speakerFromMainClause) continue;
    const main = resolved.filter((f) => f.cue.start < frame.cue.start).at(-1) ?? resolved.find((f) => f.cue.start > frame.cue.start);
    if (main) {
      byFrame.set(frame, byFrame.get(main)!);
      continue;
    }
    const named = resolveSpeakers(mainSubjectRegion(sentence, frame, ctx.lex), false, ctx);
    byFrame.set(frame, named.length ? named : ctx.lastSpeaker ? [ctx.lastSpeaker] : []);
  }
  // "But it's fair to say that P": in a turn, a report with no one else to speak it is the turn's speaker's.
  const voice = ctx.turnSpeaker;
  if (voice) for (const frame of frames) if (!byFrame.get(frame)?.length) byFrame.set(frame, [voice]);
  return byFrame;
}

/**
 * Where the main clause's subject is written: before its first verb. In "La Chine a appelé à la
 * retenue, son représentant jugeant que P", "son représentant" is no subject of the main clause.
 */
function mainSubjectRegion(sentence: AnnotatedSentence, frame: Frame, lex: ClaimLexicon): Span {
  const { tokens } = sentence.view;
  const verb = firstVerbIndex(tokens, lex);
  const end = verb >= 0 ? Math.min(tokens[verb].start, frame.cue.start) : frame.cue.start;
  return { start: sentence.sentence.start, end };
}

/** "rien ne prouve que P" in a speaker's turn, naming nobody: the turn's speaker says there is no evidence. */
function withTurnVoice(frame: Frame, speakers: Speaker[], ctx: SpeakerContext): Speaker[] {
  return speakers.length === 0 && frame.kind === 'evidence' && ctx.turnSpeaker ? [ctx.turnSpeaker] : speakers;
}

/**
 * Of a report nested in another's content, the one that is no claim of its own. Usually the outer
 * one only relays ("X rejected the reports, the agency said": X's claim); but a country speaking
 * inside a person's or organisation's words is spoken for by them ("The United States believes P,
 * Jane Doe said": Jane Doe's claim), and so is a "we" inside their words ("“We believe P,” she said").
 * Nor does the outer one only relay when it goes on after the inner one's content ("« La Chine prétend
 * être neutre, mais ses entreprises alimentent la machine de guerre russe », a déclaré X"). When the
 * body spoken for denies, admits or otherwise takes a stance of its own ("Russia has denied receiving
 * missiles, Sokolov told reporters"), the inner report stays, given the outer speakers in `speakersByFrame`,
 * and the plain outer one goes. Returns the reports to drop.
 */
function settleNestedReports(
  frames: Frame[], speakersByFrame: Map<Frame, Speaker[]>, reads: { firstPerson: (f: Frame) => boolean; relays: (f: Frame) => boolean }, text: string,
): Set<Frame> {
  const drop = new Set<Frame>();
  for (const outer of frames) {
    const inside = (span: Span) => span.start >= outer.content.start && span.end <= outer.content.end;
    const outerSpeakers = speakersByFrame.get(outer) ?? [];
    // An evidence frame's content holds its own cue and subject ("X said it had no evidence that P"): no relay.
    if (!outerSpeakers.length || inside(outer.cue)) continue;
    // An official speaks for their own government's bodies: "U.S. intelligence indicates that P, adviser Tom Hale told
    // reporters". Not one who only reports what a body said (« le NIS a indiqué que P, a rapporté le député X »).
    const ownGovernment = (s: Speaker) => s.type === 'organization' && s.affiliation !== null && !reads.relays(outer)
      && outerSpeakers.some((o) => o.type === 'person' && o.affiliation === s.affiliation);
    for (const inner of frames) {
      const innerSpeakers = speakersByFrame.get(inner) ?? [];
      if (inner === outer || !innerSpeakers.length || !inside(inner.cue)) continue;
      if (!inner.speakerRegion || !inside(inner.speakerRegion)) continue;
      // "The claim, which Tehran rejects, is backed by wreckage, officials say": a report about the antecedent, in a
      // relative clause, leaves the rest of the outer content to the outer speaker.
      if (inner.aboutAntecedent && wordCharacters(text.slice(inner.cue.end, outer.content.end)) >= MIN_CONTENT_CHARS) continue;
      // Several countries are no one speaker's own ("Iran and Russia had rejected those allegations, she added").
      const ownCountries = innerSpeakers.length === 1 || outerSpeakers.some((o) => innerSpeakers.some((s) => s.affiliation === o.affiliation));
      const spokenFor = reads.firstPerson(inner)
        || innerSpeakers.every((s) => s.type === 'country') && ownCountries && outerSpeakers.some((s) => s.type === 'person' || s.type === 'organization')
        || innerSpeakers.every(ownGovernment);
      const goesOn = quotedBy(text, outer, inner) && wordCharacters(text.slice(inner.content.end, outer.content.end)) >= MIN_CONTENT_CHARS;
      const ownStance = spokenFor && !goesOn && inner.cue.cls !== 'say' && inner.cue.cls !== 'believe' && outer.cue.cls === 'say';
      if (ownStance) speakersByFrame.set(inner, outerSpeakers);
      drop.add((spokenFor || goesOn) && !ownStance ? inner : outer);
    }
  }
  return drop;
}

/** The inner report's cue stands inside a quotation the outer report's content holds. */
function quotedBy(text: string, outer: Frame, inner: Frame): boolean {
  return quotedRanges(text, outer.content.start - 1, outer.content.end + 1).some((q) => q.start < inner.cue.start && inner.cue.end <= q.end);
}

function wordCharacters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * The claim a quote-only sentence goes on with: one made in the sentence right before, in the same
 * paragraph, from a quote ("“A,” she said. “B.”", "“We deny P,” she said. “B.”").
 */
function continuedQuote(last: Claim | null, sentences: AnnotatedSentence[], index: number): Claim | null {
  if (!last || last.sentence !== index - 1) return null;
  const previous = sentences[index - 1].sentence;
  if (previous.paragraph !== sentences[index].sentence.paragraph) return null;
  const { text } = sentences[index].view;
  const before = text.slice(Math.max(0, last.start - 3), last.start).trimEnd().at(-1) ?? '';
  const opensQuote = before !== '' && QUOTE_CHARS.includes(before);
  return opensQuote || quotedRanges(text, previous.start, previous.end).some((q) => q.start < last.start && last.end <= q.end) ? last : null;
}

/** The content span, trimmed; an orphan report ("Martin a déclaré aux journalistes.") reports the sentence before. */
function contentOf(frame: Frame, index: number, sentences: AnnotatedSentence[], text: string): Span | null {
  let span: Span = frame.content;
  if (frame.kind === 'orphan') {
    const previous = sentences[index - 1]?.sentence;
    if (!previous || previous.paragraph !== sentences[index].sentence.paragraph) return null;
    span = previous;
  }
  const trimmed = trimSpan(text, span.start, span.end, `${QUOTE_CHARS},.;:–—-`);
  // A denial with no object ("Téhéran nie.") is its own, short evidence.
  return trimmed.end - trimmed.start >= (frame.kind === 'object' ? 1 : MIN_CONTENT_CHARS) ? trimmed : null;
}

/**
 * What the content calls a provocation is headed by an event noun (« que la fourniture d'armes est une provocation »):
 * the verdict condemns the act, where on a claim noun (« ces accusations sont une provocation ») it calls the claim false.
 */
function verdictOnEvent(verdict: RegExpExecArray, content: Span, view: SentenceView, lex: ClaimLexicon): boolean {
  if (!lex.actVerdict.test(verdict[0])) return false;
  const verdictStart = content.start + verdict.index;
  const words = view.lower.filter((_, k) => view.tokens[k].kind === 'word' && view.tokens[k].start >= content.start && view.tokens[k].end <= verdictStart);
  const subjectFrom = words.findLastIndex((word) => lex.complementizers.has(word)) + 1;
  const head = words.slice(subjectFrom).find((word) => !lex.determiners.has(word));
  return head !== undefined && isEventNoun(head, lex);
}

/**
 * The claims one content makes. `sharedSubject` is the actor of a predicate coordinated before this one, which this
 * one shares ("Iran supplies drones and is considering sending missiles").
 */
function claimsOf(
  frame: Frame, speaker: Speaker, content: Span, sentence: AnnotatedSentence, index: number, input: ClaimInput, discourse: Discourse,
  sharedSubject?: string,
): Claim[] {
  const { text, lang } = input;
  const lex = lang.claims;
  const contentText = text.slice(content.start, content.end);
  if (lex.nonCommittal.test(contentText)) return [];
  // Read once: they set the stance, and the proposition starts after a no-evidence formula.
  // "it was unclear whether P" in what someone says: no evidence either way (but no frame of its own).
  const formula = lex.noEvidence.exec(withoutQuoteMarks(contentText));
  const noEvidence = formula ?? lex.undecided.exec(contentText);
  const parts = noEvidence ? contrastedParts(content, noEvidence, sentence.view, lex) : null;
  // "officials said P, but Washington had no evidence that Q": a lack of evidence set against P by a body named
  // before it is that body's own.
  if (parts) return parts.flatMap((part, k) => claimsOf(frame, (k > 0 && holderOf(part, sentence, lex)) || speaker, part, sentence, index, input, discourse));
  // "These are lies" calls what was said false; "These are not rumours", « Ce ne sont pas des rumeurs » say it is true,
  // and so does calling a denial false ("Those denials are false").
  const verdict = lex.calledFalse.exec(contentText);
  const callsFalse = verdict !== null && !verdictOnEvent(verdict, content, sentence.view, lex);
  // "dismissed Tehran's denials", « a mis en doute les démentis de Téhéran »: a denial is the object of one.
  const denialDenied = frame.kind === 'object' && frame.cue.cls === 'deny' && lex.denialNouns.test(text.slice(frame.cue.end, content.end));
  // "accused Seoul of spreading rumours": the accuser's claims are false; "accused Moscow of spreading lies", Moscow a party
  // to what the text is about: its denials are.
  const spreadsFalsehood = frame.cue.cls === 'accuse' ? accusedOfFalsehood(content, sentence, lex, discourse.topic) : null;
  const deniedFalse = lex.notFalse.test(contentText) || callsFalse && lex.denialNouns.test(contentText) || denialDenied || spreadsFalsehood?.party === true;
  const calledFalse = !deniedFalse && (callsFalse || spreadsFalsehood?.party === false);
  // Denying, admitting, lacking evidence, or calling something false ("C'est un mensonge") is about some proposition.
  const expectsProposition = answersClaim(frame.cue.cls) || frame.cue.cls === 'accuse' || noEvidence !== null || frame.kind === 'object'
    || calledFalse || deniedFalse;
  const condemnsClaim = frame.cue.cls === 'accuse' && lex.condemnedClaim.test(text.slice(frame.cue.end, content.end));
  const statedSpan = propositionSpan(content, contentText, noEvidence, lex);
  // The accuser charged with spreading falsehoods takes no part in what they spread.
  const stated = spreadsFalsehood?.party === false ? { start: spreadsFalsehood.at, end: statedSpan.end } : statedSpan;
  // "Iran was accused by Kyiv of supplying drones": the accused, not the speaker, is who supplies.
  const accused = frame.implicitSubject ? sentence.entities.find((e) => e.country !== null && e.start >= frame.implicitSubject!.start && e.end <= frame.implicitSubject!.end) : undefined;
  const reading = readProposition(stated, {
    view: sentence.view, entities: sentence.entities, lex, speakerCountry: sharedSubject ?? (accused ? accused.country : speakerParty(speaker)),
    speakerIsSubject: sharedSubject !== undefined || accused !== undefined || speakerIsSubject(frame, speaker, stated.start > content.start, text.slice(stated.start, stated.end), lex),
    topic: questionedTopic(sentence, lex, discourse) ?? answeredTopic(frame, speaker, discourse, index), salientTopic: discourse.salientTopic, topicByItem: discourse.topicByItem, topicByParty: discourse.topicByParty, expectsProposition,
    condemnsNoClaim: frame.cue.cls === 'accuse' && !condemnsClaim, source: frame.speakerRegion,
  });
  // "l'Iran continue de fournir des drones et envisage d'envoyer des missiles": two predicates, two claims.
  const predicates = sharedSubject === undefined && reading.proposition ? coordinatedPredicates(content, reading.event, reading.proposition.item, sentence, lex) : null;
  if (predicates) {
    const [first, second] = predicates.parts;
    const claims = claimsOf(frame, speaker, first, sentence, index, input, discourse);
    if (!predicates.sharesSubject) return [...claims, ...claimsOf(frame, speaker, second, sentence, index, input, discourse)];
    const actor = claims[0]?.proposition?.actor;
    return actor ? [...claims, ...claimsOf(frame, speaker, second, sentence, index, input, discourse, actor)] : claims;
  }
  // "Iran confirmed it had sent drones": what is confirmed was said before, so its actor stands accused of it.
  const confirmed = lex.confirmationCue.test(text.slice(frame.cue.start, frame.cue.end));
  const actorAccused = reading.proposition !== null && (confirmed || discourse.accused.has(partiesKey(reading.proposition)) || discourse.deniers.has(reading.proposition.actor));
  // The negation of a negated report is its own ("did not think the reports were true"), not the predicate's.
  // With no event word, the predicate is the one the items' origin is written in (« a accueilli des troupes russes et
  // ne peut rien refuser »: the negation is the other predicate's).
  const anchor = reading.event ?? reading.origin;
  const predicateFrom = Math.max(predicateStart(content, anchor, sentence.view, lex), frame.cue.negated ? frame.cue.end : 0);
  // A month is no modal ("sent drones in May").
  const predicate = sliceWithout(text, predicateFrom, predicateEnd(content, anchor, sentence.view, lex), sentence.dates);
  // The warning verb is the cue's own, after any auxiliary ("has warned Tehran against").
  const warnedAgainst = (lex.warnedAgainst.exec(sliceWithout(text, frame.cue.start, content.end, sentence.dates))?.index ?? Infinity) < frame.cue.end - frame.cue.start;
  // "Kiev a dénoncé un mensonge", « L'Iran ment », after Iran's own denial or admission: what it answered is so.
  const belied = beliedAnswer(speaker, text.slice(Math.min(frame.cue.start, content.start), Math.max(frame.cue.end, content.end)), index, lex, discourse);
  // "China must not deliver weapons to Russia": a demand on the event, in the verb group before it, tells nothing of it.
  const demands = reading.proposition !== null && reading.event !== undefined && lex.demand.test(text.slice(predicateFrom, reading.event.start));
  // "Germany was examining whether it could supply more systems": weighing an act of one's own to come is no lack of evidence.
  const weighsOwnAct = formula === null && noEvidence !== null && reading.proposition !== null && reading.proposition.mode !== 'done'
    && reading.proposition.actor === speaker.affiliation;
  const stance = readStance(frame.cue.cls, predicate, { lacksEvidence: noEvidence !== null && !weighsOwnAct || frame.lacksEvidence === true || lex.unconfirmed.test(contentText), weighsOwnAct, calledFalse, condemnsClaim, eventPresupposed: reading.presupposed === true, actorAccused, madeByRecipient: reading.madeByRecipient === true, warnedAgainst, deniedFalse, beliesParty: belied !== null, challengesEvidence: lex.evidenceChallenge.test(contentText), demands }, lex, statedAffiliation(speaker), reading.proposition);
  const proposition = demands ? null : reading.proposition ?? belied;
  const continued = frame.kind === 'continuation' ? discourse.lastClaim : null;
  const when = continued ? { value: continued.saidOn, relation: continued.saidOnRelation } : saidOn(frame, content, sentence, input, discourse.lastClaim);
  const rules = [`attribution:${lang.code}:${frame.kind}`, frame.cue.rule, ...reading.rules, stance.rule];
  const claim: Claim = {
    start: content.start, end: content.end, text: contentText, speaker, stance: stance.stance,
    proposition, saidOn: when.value, saidOnRelation: when.relation, sentence: index,
    explanation: {
      cue: { start: frame.cue.start, end: frame.cue.end, text: text.slice(frame.cue.start, frame.cue.end) },
      speakerMention: frame.speakerRegion, rules,
    },
  };
  if (proposition) noteTopic(discourse, proposition, index);
  noteAccusation(discourse, claim);
  if (answersOwnDealings(claim)) discourse.partyAnswer = claim;
  const claims = [claim];
  const contrast = contrastingDenial(claim, sentence.view, lex);
  if (contrast) claims.push(contrast);
  return claims;
}

/**
 * A second predicate coordinated after the event's, with an event of its own: sharing the subject, with items of another
 * kind ("et envisage d'envoyer des missiles", "and is considering sending missiles"), or with the speakers as its own
 * subject ("We buy our equipment ourselves and we have received nothing from Tehran"). The content's two parts, and
 * whether the second shares the first's subject; or null.
 */
function coordinatedPredicates(content: Span, event: Span | undefined, item: Item, sentence: AnnotatedSentence, lex: ClaimLexicon): { parts: [Span, Span]; sharesSubject: boolean } | null {
  if (!event) return null;
  const { tokens, lower } = sentence.view;
  for (let k = tokenIndexAt(tokens, event.end); k < tokens.length && tokens[k].end <= content.end; k++) {
    const shared = predicateEventAt(sentence.view, k, content.end, lex);
    const verb = shared >= 0 ? shared : clauseEventAt(sentence.view, k, content.end, lex);
    if (verb < 0) continue;
    const ownSubject = shared < 0 || lex.firstPersonPlural.has(lower[k + 1]);
    const items = sentence.entities.filter((e) => e.kind === 'item' && e.start >= tokens[verb].end && e.end <= content.end);
    if (!ownSubject && (!items.length || items.some((e) => e.item === item || (e.item !== undefined && isBroaderItem(e.item, item))))) continue;
    const first = { start: content.start, end: trimSpan(sentence.view.text, content.start, tokens[k].start, ',').end };
    return { parts: [first, { start: tokens[k + 1].start, end: content.end }], sharesSubject: !ownSubject };
  }
  return null;
}

/**
 * Who spoke under each role. An unnamed counterpart ("her Russian counterpart", « son homologue russe ») holds the role of
 * the one quoted before them too, so that "the delegate" after them is the counterpart.
 */
function noteRoles(speakers: readonly Speaker[], discourse: Discourse): void {
  const before = discourse.lastSpeakers.find((s) => s.role && s.role !== COUNTERPART_ROLE)?.role;
  for (const speaker of speakers) {
    if (speaker.role) discourse.speakerByRole.set(speaker.role, speaker);
    if (speaker.role === COUNTERPART_ROLE && before) discourse.speakerByRole.set(before, speaker);
  }
}

/** Sentences after a party's answer within which calling someone a liar is about it. */
const BELIED_REACH = 3;

/** The proposition a party's recent denial or admission was about, when a third party calls it a lie; else null. */
function beliedAnswer(speaker: Speaker, said: string, index: number, lex: ClaimLexicon, discourse: Discourse): Proposition | null {
  const answer = discourse.partyAnswer;
  const country = statedAffiliation(speaker);
  // "dismissed the reports as lies" calls the accusations false, not the party.
  if (!answer?.proposition || !country || index - answer.sentence > BELIED_REACH || !lex.liarVerdict.test(said) || lex.anaphoricClaim.test(said)) return null;
  const { actor, recipient } = answer.proposition;
  return country === actor || country === recipient ? null : answer.proposition;
}

/** A party to the proposition denying or admitting it. */
function answersOwnDealings(claim: Claim): boolean {
  const country = statedAffiliation(claim.speaker);
  const party = claim.proposition !== null && (country === claim.proposition.actor || country === claim.proposition.recipient);
  return party && (claim.stance === 'denies' || claim.stance === 'admits');
}

/**
 * What a denial or an admission answers: the last thing said of the speaker's country. "China's foreign
 * ministry rejected the accusations", after a paragraph on Russian factories, rejects what was said of
 * China a paragraph before; a speaker party to the topic, or of no stated country, answers the topic.
 */
function answeredTopic(frame: Frame, speaker: Speaker, discourse: Discourse, sentence: number): Proposition | null {
  const { topic } = discourse;
  const country = speaker.affiliation === null ? speakerParty(speaker) : statedAffiliation(speaker);
  const answers = frame.cue.cls === 'deny' || frame.cue.cls === 'admit';
  if (!answers || !country || !topic) return topic;
  // "They come from Iran, but some are assembled in Russia. Iran dismissed the accusations": the accused answers the
  // story the text is mostly about, not a detail of another type said last (unless in its own sentence).
  const salient = discourse.salientTopic;
  const moreStated = salient !== null && timesStated(discourse, salient) > timesStated(discourse, topic);
  if (salient && moreStated && discourse.topicSentence !== sentence && salient.actor === country && topic.actor === country && salient.type !== topic.type) return salient;
  if (topic.actor === country || topic.recipient === country) return topic;
  return discourse.topicByParty.get(country) ?? topic;
}

/** Punctuation closing a clause inside a sentence. */
const CLAUSE_BREAK = /^[,;]$/u;

/**
 * What a transcript's speaker or a statement's issuer says in its own voice: the sentence after the turn's label when
 * it reports nobody's words, or the clauses before its first report in the first person ("Iran continues to provide
 * drones to Russia, and we believe Russia is seeking ..."); null when there is none.
 */
function voicedSpan(sentence: AnnotatedSentence, frames: readonly Frame[], from: number, lex: ClaimLexicon): Span | null {
  const start = Math.max(sentence.sentence.start, from);
  if (!frames.length) return { start, end: sentence.sentence.end };
  if (!frames.every((f) => speaksInFirstPerson(sentence.view, f, lex))) return null;
  const firstCue = Math.min(...frames.map((f) => f.cue.start));
  const clauseBreak = sentence.view.tokens.findLast((t) => t.start >= start && t.end <= firstCue && CLAUSE_BREAK.test(t.text) && isClausePunct(sentence.view, t));
  return clauseBreak && clauseBreak.start > start ? { start, end: clauseBreak.start } : null;
}

/**
 * "Asked about the drones, he repeated that Tehran had sent only a few", « Interrogé sur les drones, il a répété que ... »:
 * the question opening the sentence names what the answer is about, the last thing said of those items.
 */
function questionedTopic(sentence: AnnotatedSentence, lex: ClaimLexicon, discourse: Discourse): Proposition | null {
  const { view } = sentence;
  const comma = view.tokens.find((t) => t.text === ',');
  if (!comma || !discourse.topic || !lex.questionedOpener.test(view.text.slice(view.span.start, comma.start))) return null;
  const asked = sentence.entities.find((e) => e.kind === 'item' && e.end <= comma.start)?.item;
  return asked ? discourse.topicByItem.get(asked) ?? { ...discourse.topic, item: asked } : null;
}

/**
 * A question's proposition, read like a claim's with no speaker, becomes the topic. A question that
 * names only an item ("Et les missiles balistiques ?") asks about the same parties and that item.
 */
function noteQuestionTopic(sentence: AnnotatedSentence, turn: Turn, input: ClaimInput, discourse: Discourse): void {
  const question = { start: Math.max(sentence.sentence.start, turn.label.end), end: sentence.sentence.end };
  const { proposition } = readProposition(question, {
    view: sentence.view, entities: sentence.entities, lex: input.lang.claims, speakerCountry: null, speakerIsSubject: false,
    topic: discourse.topic, salientTopic: discourse.salientTopic, topicByItem: discourse.topicByItem, topicByParty: discourse.topicByParty, expectsProposition: false, condemnsNoClaim: false, source: null,
  });
  const asked = sentence.entities.filter((e) => e.start >= question.start);
  const item = asked.find((e) => e.kind === 'item')?.item;
  const topic = proposition ?? (discourse.topic && item && !asked.some(namesCountry) ? { ...discourse.topic, item }
    : discourse.topic && !item ? askedActor(asked, discourse.topic) : null);
  if (topic) noteTopic(discourse, topic);
  // "Is that accurate?" asks about what someone said, and sets no topic for a yes or a no to answer.
  discourse.askedTopic = topic;
}

/** "What about Iran?", « Et la Corée du Nord ? »: a question naming only another country asks whether it does the same. */
function askedActor(asked: EntityMention[], topic: Proposition): Proposition | null {
  const countries = new Set(asked.filter(namesCountry).map((e) => e.country));
  const [country] = countries;
  return countries.size === 1 && country && country !== topic.actor && country !== topic.recipient ? { ...topic, actor: country } : null;
}

/**
 * The proposition a sentence states in the text's own voice, with an event and parties of its own (none
 * borrowed from the topic), becomes the topic; it is no claim of anyone's.
 */
function noteStatedTopic(sentence: AnnotatedSentence, input: ClaimInput, discourse: Discourse): void {
  const read = (span: Span) => readProposition(span, {
    view: sentence.view, entities: sentence.entities, lex: input.lang.claims, speakerCountry: null, speakerIsSubject: false,
    topic: null, salientTopic: null, topicByItem: new Map(), topicByParty: new Map(), expectsProposition: false, condemnsNoClaim: false, source: null,
  });
  const reading = read(sentence.sentence);
  // Items of one country where another uses them (« Drones iraniens en Russie : ce que l'on sait ») state a supply too;
  // soldiers of one country somewhere ("Des soldats nord-coréens en Ukraine ?") say less of who receives them.
  const itemsUsed = (r: PropositionReading) => r.proposition?.type === 'supply' && r.itemsUsed === true;
  // Not when a label's items and a party after its colon are apart: « Drones iraniens : Kiev rompt avec Téhéran ».
  const label = LABEL_COLON.exec(input.text.slice(sentence.sentence.start, sentence.sentence.end));
  const used = itemsUsed(reading) && (!label || itemsUsed(read({ start: sentence.sentence.start, end: sentence.sentence.start + label.index })));
  if (reading.proposition && (reading.event || used)) noteTopic(discourse, reading.proposition);
}

/** The colon closing a headline's label (« Drones iraniens : ... »). */
const LABEL_COLON = /\s?:\s/u;

/**
 * Where the event's clause starts in the content: after the last comma and conjunction before the
 * event word, or after the sentence before it in a quote. A negation in a clause before it is about
 * that clause ("the stocks are not unlimited, and much of what it has sent is old"; "“Iran is not a
 * bystander. It has supplied the drones”").
 */
function predicateStart(content: Span, event: Span | undefined, view: SentenceView, lex: ClaimLexicon): number {
  if (!event) return content.start;
  const { tokens, lower } = view;
  // "Despite assurances that it does not supply weapons, Iran continues to provide drones": the concession ends at its comma.
  const concession = matchAtStart(lex.concessiveOpeners, view.text.slice(content.start, event.start)) !== null;
  for (let k = tokenIndexAt(tokens, event.start) - 1; k > 0 && tokens[k - 1].start >= content.start; k--) {
    if (concession && tokens[k - 1].text === ',') return tokens[k].start;
    if (lex.conjunctions.has(lower[k]) && (tokens[k - 1].text === ',' || tokens[k - 1].text === ';')) return tokens[k].end;
    if (SENTENCE_STOP.test(tokens[k - 1].text) && isClausePunct(view, tokens[k - 1])) return tokens[k].start;
  }
  return Math.max(content.start, view.span.start);
}

/**
 * Where the event's predicate ends in the content: at the first conjunction or clause of its own
 * (a relative, a time clause) after the event word. A modal or negation there is about that other
 * predicate ("Russia had received missiles and would likely use them", "had sent 6,700 containers,
 * which could hold 3 million rounds").
 */
function predicateEnd(content: Span, event: Span | undefined, view: SentenceView, lex: ClaimLexicon): number {
  if (!event) return content.end;
  const { tokens, lower } = view;
  for (let k = tokenIndexAt(tokens, event.end); k < tokens.length && tokens[k].end <= content.end; k++) {
    if (lex.conjunctions.has(lower[k]) || lex.scopeBreaks.has(lower[k])) return tokens[k].start;
    // "drone sales are commercial, not political": the alternative denied is not the event; nor is a comment on the
    // clause ("P, « ce que nous ne pouvons pas contrôler »") negated with it.
    if (tokens[k].text === ',') {
      const rest = view.text.slice(tokens[k].start, content.end);
      if (lex.negatedAlternative.test(rest) || lex.clauseComment.test(rest)) return tokens[k].start;
    }
    // "building a drone plant that could be operational next year": the relative clause is about the noun before it.
    if (isRelativePronoun(lower[k], lex) && tokens[k - 1]?.kind === 'word' && !isVerb(lower[k - 1], lex)) return tokens[k].start;
  }
  return content.end;
}

/**
 * Where a content accuses someone of spreading falsehoods (the lexicon's `spreadsFalsehood`), and whether they are a party
 * to the topic (else they are its accuser); null when it accuses nobody of that.
 */
function accusedOfFalsehood(content: Span, sentence: AnnotatedSentence, lex: ClaimLexicon, topic: Proposition | null): { party: boolean; at: number } | null {
  const falsehood = lex.spreadsFalsehood.exec(sentence.view.text.slice(content.start, content.end));
  if (!falsehood) return null;
  const at = content.start + falsehood.index;
  const accused = sentence.entities.find((e) => e.country !== null && e.start >= content.start && e.end <= at);
  return { party: accused !== undefined && topic !== null && (accused.country === topic.actor || accused.country === topic.recipient), at };
}

/** The two parties in either order: Iran helping Russia produce drones is a dealing between them as much as a supply. */
function partiesKey(p: Proposition): string {
  return [p.actor, p.recipient].sort().join('|');
}

/** Whom the speaker stands for as a party: its country, or an armed group of no state itself ("The Houthis denied receiving missiles"). */
function speakerParty(speaker: Speaker): string | null {
  return speaker.affiliation ?? (speaker.type === 'organization' && isStatelessGroupName(speaker.name) ? speaker.name : null);
}

/**
 * A third party saying it happened accuses the actor; a party's own denial or admission answers an
 * accusation, so the actor stands accused too. A party stating it accuses nobody: the recipient telling
 * what it received ("Belarus has begun receiving Russian nuclear weapons") discloses a dealing, as the actor would.
 */
function noteAccusation(discourse: Discourse, claim: Claim): void {
  const { proposition, stance } = claim;
  const country = statedAffiliation(claim.speaker);
  if (!proposition && stance === 'denies' && country) discourse.deniers.add(country);
  if (!proposition) return;
  // "The United States shipped missiles to Ukraine, officials say": officials guessed to be the actor's own accuse nobody.
  const party = claim.speaker.affiliation === proposition.actor || claim.speaker.affiliation === proposition.recipient;
  const accuses = party ? stance === 'denies' || stance === 'admits' : stance === 'asserts' || stance === 'speculates';
  if (accuses) discourse.accused.add(partiesKey(proposition));
}

/** What Discourse.statedCounts counts a proposition under: its type and parties. */
function statedKey(p: Proposition): string {
  return `${p.type}|${p.actor}|${p.recipient}`;
}

function timesStated(discourse: Discourse, p: Proposition): number {
  return discourse.statedCounts.get(statedKey(p)) ?? 0;
}

/** The proposition just stated becomes the topic, and the salient topic when its type and parties are now stated most often. */
function noteTopic(discourse: Discourse, proposition: Proposition, sentence: number | null = null): void {
  const count = timesStated(discourse, proposition) + 1;
  discourse.statedCounts.set(statedKey(proposition), count);
  const salient = discourse.salientTopic;
  if (!salient || count >= timesStated(discourse, salient)) discourse.salientTopic = proposition;
  // « Téhéran a expédié des missiles vers Moscou et des militaires russes ont été formés à leur utilisation », "Iran supplied
  // drones to Russia and helped it build a factory to produce them": training on, or production of, the items just said
  // in the same sentence to be supplied details that supply, which stays what the text is about.
  const { topic } = discourse;
  const sameParties = (a: Proposition, b: Proposition) => new Set([a.actor, a.recipient, b.actor, b.recipient]).size === 2;
  const sameItems = (a: Proposition, b: Proposition) => a.item === b.item || isBroaderItem(b.item, a.item);
  const detailsSupply = (proposition.type === 'train' || proposition.type === 'produce') && topic?.type === 'supply' && sentence !== null && discourse.topicSentence === sentence
    && sameItems(topic, proposition) && sameParties(topic, proposition);
  // « des soldats nord-coréens envoyés en Russie ... ces troupes auraient été entraînées par des instructeurs russes »: the
  // training of people just said to be deployed, by their hosts, details the deployment, which stays the topic.
  const detailsDeployment = proposition.type === 'train' && topic?.type === 'deploy' && topic.actor === proposition.recipient && topic.recipient === proposition.actor;
  if (detailsSupply || detailsDeployment) return;
  discourse.topic = proposition;
  discourse.topicSentence = sentence;
  discourse.topicByParty.set(proposition.actor, proposition);
  discourse.topicByParty.set(proposition.recipient, proposition);
  // Deleted first, so that the map lists items by when they were last spoken of.
  discourse.topicByItem.delete(proposition.item);
  discourse.topicByItem.set(proposition.item, proposition);
}

/** The speaker as one of `speakers` names it with a country, if one does. */
function withStatedCountry(speaker: Speaker, speakers: readonly Speaker[]): Speaker {
  return speakers.find((s) => s.name === speaker.name && s.type === speaker.type && s.affiliation) ?? speaker;
}

/**
 * The speaker is the subject of the stated proposition: an infinitive ("a nié avoir fourni"), the object
 * of a denial or admission ("a démenti ces livraisons"), or a pronoun standing for a country or
 * organisation ("Iran denied it had agreed to ..."). Not of what follows an evidence formula: in
 * "a dit n'être pas en mesure de confirmer la présence de soldats nord-coréens", the speaker confirms,
 * the soldiers are someone else's business.
 */
function speakerIsSubject(frame: Frame, speaker: Speaker, afterFormula: boolean, statedText: string, lex: ClaimLexicon): boolean {
  if (frame.speakerIsContentSubject && !afterFormula) return true;
  if (frame.kind === 'object' && (frame.cue.cls === 'deny' || frame.cue.cls === 'admit')) return true;
  return (speaker.type === 'country' || speaker.type === 'organization') && !frame.sourceQualifiesClaims && lex.speakerPronounSubject.test(statedText);
}

/** A word at most, and punctuation. */
const AT_MOST_A_WORD = /^(?:\s*\p{L}+)?[\s\p{P}]*$/u;

/**
 * The part of the content that states the proposition: after an evidence formula ("Le Pentagone n'a
 * aucune information sur ..."), whose subject is the source, not a party.
 */
function propositionSpan(content: Span, contentText: string, noEvidence: RegExpExecArray | null, lex: ClaimLexicon): Span {
  const m = noEvidence ?? lex.evidenceFrame.exec(contentText);
  // "U.S. officials say they have evidence.", « qu'il a des preuves solides »: having evidence, with nothing after it (a
  // word at most), is about what was said before.
  if (!m || !noEvidence && AT_MOST_A_WORD.test(contentText.slice((m.index ?? 0) + m[0].length))) return content;
  return { start: content.start + (m.index ?? 0) + m[0].length, end: content.end };
}

/**
 * "Iran may provide missiles, but we cannot confirm that has happened": an event stated, then a lack of
 * evidence (the content's first formula, `formula`) set against it, are two claims with two stances; the
 * second is about the first's proposition. Not "was aware of the reports but could not verify them": what
 * comes first states no event. Nor "Iran sent drones, but we could not confirm how many": a detail left
 * unconfirmed takes nothing from the assertion, which stands alone. The claims' parts, or null when the
 * content is one claim.
 */
function contrastedParts(content: Span, formula: RegExpExecArray, view: SentenceView, lex: ClaimLexicon): Span[] | null {
  const { text } = view;
  const contrast = lex.clauseBreaks.exec(text.slice(content.start, content.start + formula.index));
  if (!contrast || contrast.index < MIN_CONTENT_CHARS) return null;
  const afterBreak = contrast.index + contrast[0].length;
  if (formula.index - afterBreak > MAX_CONTRASTED_SUBJECT) return null;
  const before = trimSpan(text, content.start, content.start + contrast.index, ',');
  if (!statesEvent(view, before, lex)) return null;
  const detail = matchAtStart(lex.unconfirmedDetail, text.slice(content.start + formula.index + formula[0].length, content.end));
  return detail ? [before] : [before, trimSpan(text, content.start + afterBreak, content.end)];
}

/** The body a contrasted part opens on, if it names one ("Washington had no evidence"), as a speaker. */
function holderOf(part: Span, sentence: AnnotatedSentence, lex: ClaimLexicon): Speaker | null {
  const inPart = <T extends Span>(s: T) => s.start >= part.start && s.end <= part.end;
  return namedBodySpeaker(sentence.entities.filter(inPart), sentence.view.tokens.filter(inPart), lex);
}

/**
 * "des livraisons en 2019, mais pas depuis": the same speaker denies the proposition for the time after. Not
 * when the contrast has an event of its own ("but never sent missiles"): that is a predicate of its own.
 */
function contrastingDenial(claim: Claim, view: SentenceView, lex: ClaimLexicon): Claim | null {
  if (!claim.proposition) return null;
  const { text } = view;
  const after = text.slice(claim.end, claim.end + 80);
  const m = matchAtStart(lex.contrastNegation, after, '[^,.;:!?]*');
  if (!m) return null;
  const span = trimSpan(text, claim.end + (m[0].length - m[0].trimStart().length), claim.end + m[0].length, ',');
  if (statesEvent(view, span, lex)) return null;
  return {
    ...claim, start: span.start, end: span.end, text: text.slice(span.start, span.end), stance: 'denies',
    explanation: { ...claim.explanation, rules: [...claim.explanation.rules, 'stance:contrast-negation'] },
  };
}

/** The subject of a lack of evidence is a news outlet: the region names one and no other party. */
function outletVerifying(region: Span, sentence: AnnotatedSentence): boolean {
  const named = sentence.entities.filter((e) => e.start >= region.start && e.end <= region.end && e.kind !== 'item');
  return named.length > 0 && named.every((e) => e.kind === 'institution' && e.institutionKind === 'media');
}

/**
 * When the claim was said: a date written beside the reporting verb ("a déclaré mardi", "La semaine
 * dernière, X a admis"), else the date of the claim before for one made on the same occasion ("Il
 * assurait dans le même temps que"), else the publication date for a present or recent report; a
 * report in the past perfect ("avait accusé") is only known to predate the article.
 */
function saidOn(
  frame: Frame, content: Span, sentence: AnnotatedSentence, input: ClaimInput, previous: Claim | null,
): { value: PartialDate | null; relation: 'on' | 'before' } {
  const { sentence: s } = sentence;
  // A date inside the content dates what was reported, unless it stands where the speaker is named
  // ("X said on Monday he had no information", an evidence frame whose content is the whole clause),
  // inside the cue ("a qualifié mercredi ces affirmations d'absurdes") or right after it ("a démenti lundi toute vente").
  const within = (d: Span, region: Span | null) => region !== null && d.start >= region.start && d.end <= region.end;
  const { text } = input;
  // « a démenti, mardi, avoir livré », "denied, on Tuesday, that": set off by commas too.
  const besideCue = (d: Span) => d.start >= frame.cue.end && SHORT_PREPOSITION_ONLY.test(text.slice(frame.cue.end, d.start).replace(COMMA_BEFORE, ''));
  // "accused Iran on Thursday of P", « a mis en garde l'Iran, jeudi, contre P »: or right after whom the report is aimed at.
  const aimed = frame.cue.cls === 'accuse' || frame.cue.contentFollows === true;
  const besideObject = (d: Span) => aimed && d.start >= frame.cue.end && objectOnly(frame.cue.end, d.start, sentence.entities, text);
  // "denied the reports on Wednesday", "had reported the deployment last week": what is named by the claims or event
  // the report is about has no date of its own.
  const afterClaims = (d: Span) => {
    const object = Math.max(content.start, frame.cue.end);
    return d.start >= object && (matchAtStart(input.lang.claims.anaphoricClaim, text.slice(object, d.start), SHORT_PREPOSITION_TAIL) !== null
      || isDefiniteEvent(sentence.view.tokens.filter((t) => t.start >= object && t.end <= d.start), input.lang.claims));
  };
  // "says P and that the number should reach 10,000 by December": a date in a content after this one is that content's.
  const laterContent = (d: Span) => frame.cue.end <= content.start && d.start >= content.end
    && sentence.view.tokens.some((t, k) => t.start >= content.end && t.end <= d.start && input.lang.claims.complementizers.has(sentence.view.lower[k]));
  // "Iran denied it on Wednesday, a day after Washington said P", « au lendemain de l'annonce de Washington, qui avait
  // affirmé P »: a date before those words dates the day after the report.
  const lead = text.slice(Math.max(s.start, frame.cue.start - 120), frame.cue.start);
  const oneDay = input.lang.claims.dayEarlier.exec(lead);
  const oneDayAt = oneDay ? frame.cue.start - lead.length + oneDay.index : -1;
  const candidates = sentence.dates.filter((d) => d.relation === 'on' && d.start > oneDayAt
    && (within(d, frame.speakerRegion) || within(d, frame.cue) || besideCue(d) || besideObject(d) || afterClaims(d) || !(d.start < content.end && content.start < d.end) && !(d.start < frame.content.end && frame.content.start < d.end) && !laterContent(d))
    && !inAnotherClause(d, frame.cue, input) && !(d.end <= frame.cue.start && inRelativeAside(d, sentence, input.lang.claims)));
  if (candidates.length) {
    const nearest = candidates.sort((a, b) => Math.abs(a.start - frame.cue.start) - Math.abs(b.start - frame.cue.start))[0];
    return { value: nearest.value, relation: 'on' };
  }
  // "said on Tuesday that P but acknowledged Q": a report sharing the main clause's subject was made when it was.
  if (frame.speakerFromMainClause && previous && previous.start >= s.start && previous.end <= s.end) {
    return { value: previous.saidOn, relation: previous.saidOnRelation };
  }
  const occasion = previous ? input.lang.claims.sameOccasion.exec(text.slice(s.start, s.end)) : null;
  if (occasion && !within({ start: s.start + occasion.index, end: s.start + occasion.index + occasion[0].length }, content)) {
    return { value: previous!.saidOn, relation: previous!.saidOnRelation };
  }
  const dayEarlier = oneDay ? dayBeforeReference(oneDayAt, frame.cue.start, sentence, input, previous) : null;
  if (dayEarlier) return { value: dayEarlier, relation: 'on' };
  const published = input.meta.published;
  if (!published) return { value: null, relation: 'on' };
  const earlier = frame.cue.tense === 'pluperfect' || input.lang.claims.earlierReport.test(lead);
  // « deux jours après que Londres a accusé », "a day after": days before what the article reports,
  // so in its month, unless it was published in the first days of one.
  if (earlier && input.lang.claims.daysEarlier.test(lead) && FIRST_WEEK_OVER.test(published)) return { value: published.slice(0, 7), relation: 'on' };
  return { value: published, relation: earlier ? 'before' : 'on' };
}

/**
 * The day before the one a report "a day after" another refers to: the date the sentence gives before those words
 * (which end at `oneDayAt`), else the day of the claim before ("His comments came a day after X said P") when the text
 * wrote that day out before the cue at `cueStart` (it may only be the publication date). Null when that is no full day.
 */
function dayBeforeReference(oneDayAt: number, cueStart: number, sentence: AnnotatedSentence, input: ClaimInput, previous: Claim | null): PartialDate | null {
  const written = (day: PartialDate | null) => day !== null && input.dates.some((d) => d.value === day && d.start < cueStart);
  const reference = sentence.dates.findLast((d) => d.relation === 'on' && d.end <= oneDayAt)?.value
    ?? (previous?.saidOnRelation === 'on' && written(previous.saidOn) ? previous.saidOn : null);
  return reference !== null && FULL_DAY.test(reference) ? dayBefore(reference) : null;
}

/**
 * "the deployment", "the deliveries in", « de ce déploiement » (before a date): a definite event noun, maybe with a
 * preposition before or after it.
 */
function isDefiniteEvent(tokens: readonly Token[], lex: ClaimLexicon): boolean {
  const words = tokens.map((t) => t.text.toLowerCase());
  if (lex.prepositions.has(words[0])) words.shift();
  if (words.length === 3 && lex.prepositions.has(words[2])) words.pop();
  return words.length === 2 && lex.definiteDeterminers.has(words[0]) && isEventNoun(words[1], lex);
}

/**
 * "The United States, which seized a ship in January, says P": a date in a relative clause set off by a comma dates
 * that clause. Not when the clause tells the speaking ("X, who was speaking on Tuesday, said", « X, qui s'exprimait lundi »).
 */
function inRelativeAside(date: Span, sentence: AnnotatedSentence, lex: ClaimLexicon): boolean {
  const { tokens, lower } = sentence.view;
  const at = tokenIndexAt(tokens, date.start);
  let opens = at - 1;
  while (opens > 0 && lower[opens] !== ',' && !(isRelativePronoun(lower[opens], lex) && lower[opens - 1] === ',')) opens--;
  if (opens <= 0 || lower[opens] === ',') return false;
  let closes = at;
  while (closes < tokens.length && lower[closes] !== ',') closes++;
  return !lower.slice(opens, closes).some((word) => lex.speakingWords.has(word));
}

/** A comma opening what stands between a verb and its date. */
const COMMA_BEFORE = /^\s*,/u;

/** Between `start` and `end`, one mention and at most an article, a comma and a short preposition ("Iran on ", "l’Iran, "). */
function objectOnly(start: number, end: number, mentions: readonly Span[], text: string): boolean {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  return inside.length === 1 && OBJECT_GAP.test(sliceWithout(text, start, end, inside));
}

/** What may surround the blanked mention of an object before a date: an article, a comma, a short preposition. */
const OBJECT_GAP = /^\s*(?:\p{Ll}{1,3}['’]?)?\s*,?\s*(?:\p{Ll}{1,3}\s+)?$/u;

/** A publication date past the first week of its month (or of no known day: its month is what is known). */
const FIRST_WEEK_OVER = /^\d{4}-\d{2}(?:$|-(?:0[89]|[123]\d))/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** SHORT_PREPOSITION_ONLY as a tail for matchAtStart. */
const SHORT_PREPOSITION_TAIL = SHORT_PREPOSITION_ONLY.source.replace(/^\^/u, '');


/** "have denied arms transfers, though they pledged last year ...": the date dates another clause. */
function inAnotherClause(date: Span, cue: Span, input: ClaimInput): boolean {
  const between = date.start >= cue.end ? input.text.slice(cue.end, date.start) : input.text.slice(date.end, cue.start);
  return input.lang.claims.clauseBreaks.test(between);
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  // "X said it had no evidence that P": P is what X has no evidence of, not a second claim by X.
  const lacking = claims.filter((c) => c.stance === 'no_evidence');
  // "X said he did not believe that P": X denies P rather than asserting it.
  const committed = claims.filter((c) => c.stance !== 'asserts');
  return claims.filter((c) => {
    if (c.stance !== 'no_evidence' && lacking.some((l) => l.speaker.name === c.speaker.name && l.start <= c.start && c.end <= l.end)) return false;
    if (c.stance === 'asserts' && committed.some((o) => o.speaker.name === c.speaker.name && o.start === c.start && o.end === c.end)) return false;
    const key = `${c.start}:${c.end}:${c.speaker.name}:${c.stance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.start - b.start);
}
