/**
 * Propositions: what a reported clause says happens between parties. Finds the event word (supply,
 * buy, produce, train, deploy), its parties from their grammatical position (subject, "à"/"to" recipient,
 * "à"/"from" source, "par"/"by" agent, an item's origin "drones iraniens"), the item and the mode.
 * A clause that names no parties ("un accord pour des centaines de drones", "ces affirmations")
 * takes them from the discourse topic: the proposition the text was last about.
 */
import type { Item, Proposition, PropositionMode, PropositionType, Span, Token } from '../core/types.js';
import type { ClaimLexicon, EventForm, EventRole, Tense } from '../lang/types.js';
import type { EntityMention } from '../knowledge/index.js';
import { isBroaderItem, relatedItems } from '../knowledge/index.js';
import { allMatches, matchAtStart, unionOf } from '../lang/regex.js';
import { isObjectClitic, type SentenceView } from './attribution.js';
import { sliceWithout } from '../core/text.js';
import { dropOverlapping, isAuxiliary, isListGap, isNounPosition, isRelativePronoun, isVerb, prepositionBefore, prepositionIndexBefore, tokenIndexAt, wordBefore, wordBeforePreposition } from './words.js';

export interface PropositionContext {
  view: SentenceView;
  /** Entity mentions of the sentence. */
  entities: EntityMention[];
  lex: ClaimLexicon;
  /**
   * The speaker's country, which is the subject of an infinitive content ("a nié avoir fourni"); for an
   * accusation in the passive, the accused's ("Iran was accused by Kyiv of supplying").
   */
  speakerCountry: string | null;
  speakerIsSubject: boolean;
  topic: Proposition | null;
  /**
   * The proposition the text is mostly about so far (the parties most often spoken of, as last stated):
   * what a bare "the transfers" refers to, rather than whatever was said last.
   */
  salientTopic: Proposition | null;
  /** The last proposition stated about each item: what items of another kind than the topic's refer to. */
  topicByItem: ReadonlyMap<Item, Proposition>;
  /** The last proposition each country was a party to: what a clause naming a party the topic lacks is about. */
  topicByParty: ReadonlyMap<string, Proposition>;
  /** The reporting verb commits to a proposition even when the clause names none ("a nié", "n'a vu aucun accord"). */
  expectsProposition: boolean;
  /** The reporting verb condemns something other than claims ("denounced the sanctions", not "the accusations"). */
  condemnsNoClaim: boolean;
  /** Where the speaker is written, if anywhere: the source is no party (« selon des responsables d'un pays allié des États-Unis »). */
  source: Span | null;
}

export interface PropositionReading {
  proposition: Proposition | null;
  rules: string[];
  /**
   * The event is a participle describing its items ("les armes livrées par la France", "drones supplied
   * by Iran"): taken as given, whatever the rest of the clause says of them.
   */
  presupposed?: boolean;
  /** The event word the proposition was read from, or found with too little to make one. */
  event?: Span;
  /** The clause says the recipient made the items itself ("the drones were Russian-made"): the supply is denied. */
  madeByRecipient?: boolean;
  /** Read with no event word, from items of one party that another uses ("Iranian drones used by Russia"). */
  itemsUsed?: boolean;
  /** With no event word, where the items' origin is written ("russes" in « a accueilli des troupes russes »). */
  origin?: Span;
}

interface Party extends Span {
  name: string;
  /** The preposition governing it ("à", "par", "from"), or null for a subject or object. */
  prep: string | null;
  kind: EntityMention['kind'];
}

interface EventWord extends Span {
  role: EventRole;
  tense: EventForm;
  token: number;
  text: string;
  mode?: PropositionMode;
  /** What the event passes, whatever items the clause names (eventPhrases). */
  item?: Item;
}

const TYPE_OF: Record<EventRole, PropositionType> = {
  give: 'supply', get: 'supply', produce: 'produce', train: 'train', trainee: 'train', deploy: 'deploy',
};
const MODE_WINDOW = 60;

export function readProposition(clause: Span, ctx: PropositionContext): PropositionReading {
  // What a lie is said to be for ("designed to justify Western deliveries to Ukraine") names neither the
  // claim's event nor its parties or items.
  const purpose = ctx.lex.liePurpose.exec(ctx.view.text.slice(clause.start, clause.end));
  const content = purpose ? { start: clause.start, end: clause.start + purpose.index } : clause;
  const allParties = partiesIn(content, ctx);
  // A region or city is a party only as where people are deployed ("to the Kursk region"); where debris was found or
  // drones struck (« à Kharkiv ») it takes no part.
  const parties = allParties.filter((p) => p.kind !== 'region');
  const events = withoutOriginParticiples(eventsIn(content, ctx), ctx).slice(0, MAX_EVENTS);
  const items = [...ctx.entities.filter((e) => e.kind === 'item' && within(e, content)), ...groupsDeployed(events, content, ctx)];
  // « ces drones ont été fabriqués en Russie » says where the items come from, as "were made in Russia" does: no event of its own.
  const madeIn = madeInCountry(parties, items, ctx);
  if (!events.length || madeIn && events.every((e) => within(e, madeIn))) {
    const rules: string[] = [];
    return fromTopicOnly(content, parties, items, chooseItem(items, null, content, ctx, rules), ctx, rules);
  }
  // "la vente ou l'achat d'obus nord-coréens par l'armée russe": the first event word whose
  // parties the clause names wins; otherwise the first one, completed from the topic.
  const readings = events.map((event) => readEvent(event, TYPE_OF[event.role] === 'deploy' ? allParties : parties, items, content, ctx));
  const own = readings.filter((r) => r.proposition && !r.rules.some((rule) => BORROWED.has(rule)));
  // "had produced rockets to be shipped to Russia", « des obus destinés à être livrés à la Russie »: what its maker
  // made to hand over is a supply ("drones built with parts supplied by China" is not the maker's).
  const maker = own[0]?.proposition?.type === 'produce' ? own[0].proposition.actor : null;
  // « des instructeurs iraniens se trouveraient en Biélorussie pour former des militaires russes »: people sent or
  // present somewhere to train others (« pour former », "to train") are there for the training.
  const deployer = own[0]?.proposition?.type === 'deploy' ? own[0].proposition.actor : null;
  const trains = (r: PropositionReading) => {
    const event = events[readings.indexOf(r)];
    const before = ctx.view.text.slice(Math.max(content.start, event.start - PURPOSE_REACH), event.start);
    return r.proposition?.type === 'train' && r.proposition.actor === deployer && event.role === 'train' && ctx.lex.purposeBefore.test(before);
  };
  return (maker ? own.find((r) => r.proposition!.type === 'supply' && r.proposition!.actor === maker) : undefined)
    ?? (deployer ? own.find(trains) : undefined)
    ?? own[0] ?? readings.find((r, i) => r.proposition && isPredicate(events[i])) ?? readings.find((r) => r.proposition) ?? readings[0];
}

/** An event told by a verb rather than named by a noun ("does not sell weapons", not "a prudent attitude towards arms exports"). */
function isPredicate(event: EventWord): boolean {
  return event.tense !== 'noun' && event.tense !== 'agent';
}

const MAX_EVENTS = 3;

/**
 * "Russia deployed the Wagner Group to Mali", "the Wagner Group was deployed to Mali", « le groupe Wagner s'est déployé »:
 * a state's armed group right after a verb of deploying (past a determiner), or its subject, is the people deployed, as
 * its fighters would be.
 */
function groupsDeployed(events: readonly EventWord[], content: Span, ctx: PropositionContext): EntityMention[] {
  const { tokens, lower } = ctx.view;
  const deploying = events.filter((e) => e.role === 'deploy' && e.tense !== 'noun' && e.tense !== 'agent');
  // Most clauses deploy nothing: no scan of their entities.
  if (!deploying.length) return [];
  const object = (event: EventWord) => tokens[ctx.lex.determiners.has(lower[event.token + 1] ?? '') ? event.token + 2 : event.token + 1];
  const subject = (event: EventWord) => {
    let k = event.token - 1;
    while (k >= 0 && (isAuxiliary(lower[k], ctx.lex) || ctx.lex.reflexives.has(lower[k]))) k--;
    return tokens[k];
  };
  const sent = (e: EntityMention) => deploying.some((event) => object(event)?.start === e.start || subject(event)?.end === e.end);
  return ctx.entities.filter((e) => e.kind === 'institution' && e.institutionKind === 'armed group' && e.country !== null && within(e, content) && sent(e))
    .map((e) => ({ ...e, kind: 'item', item: 'personnel' }));
}
/** Characters before an event where the words of a purpose (« afin de », "in order to") stand. */
const PURPOSE_REACH = 16;

/**
 * "des obus fabriqués au Pakistan auraient été acheminés vers l'Ukraine", "shells made in Pakistan were shipped":
 * a participle of making right after the items says where they come from when the clause has a transfer of its own.
 */
function withoutOriginParticiples(events: EventWord[], ctx: PropositionContext): EventWord[] {
  const transfer = events.some((e) => e.role === 'give' || e.role === 'get');
  return transfer ? events.filter((e) => !(e.role === 'produce' && e.tense === 'participle' && describesItems(e, ctx))) : events;
}

/** Words a description of items may put between them and a participle ("des obus de 122 mm fabriqués"). */
const MAX_ITEM_DESCRIPTION = 4;

/** The participle follows items, past at most a few words with no verb or punctuation between. */
function describesItems(event: EventWord, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  for (let k = event.token - 1; k >= 0 && event.token - k <= MAX_ITEM_DESCRIPTION; k--) {
    if (ctx.entities.some((e) => e.kind === 'item' && e.end === tokens[k].end)) return true;
    if (tokens[k].kind === 'punct' || isVerb(lower[k], ctx.lex)) return false;
  }
  return false;
}
/** Items that stand for any arms, whatever kind the text was about. */
const GENERIC_ITEMS: ReadonlySet<Item> = new Set(['weapons', 'military equipment']);
const FROM_TOPIC = 'participants:from-topic';
const FROM_SENTENCE = 'participants:from-sentence';
/** Readings whose parties were borrowed from outside the clause: any reading that finds its own wins. */
const BORROWED = new Set([FROM_TOPIC, FROM_SENTENCE]);

function readEvent(event: EventWord, parties: Party[], items: EntityMention[], content: Span, ctx: PropositionContext): PropositionReading {
  const rules: string[] = [];
  // The trainees ("trained Russian soldiers") are not what they are trained on, nor are the engineers who help
  // produce ("engineers visited the site to help set up production") what is produced.
  const peopleServe = TYPE_OF[event.role] === 'train' || TYPE_OF[event.role] === 'produce';
  const item = chooseItem(peopleServe ? items.filter((i) => i.item !== 'personnel') : items, event, content, ctx, rules);
  rules.push(`event:${event.role}(${event.text.toLowerCase()})`);
  if (!item && !event.item && objectOfAnotherKind(event, content, ctx)) return { proposition: null, rules, event: { start: event.start, end: event.end } };
  let type = TYPE_OF[event.role];
  let { actor, recipient } = assignParties(event, parties, item, content, ctx, rules);
  // "Moscou avait reçu des missiles Fath-360": the maker of the system named supplied it, whatever the topic says.
  // "Russia has received Iranian missiles": so did the country the items are said to come from.
  const maker = TYPE_OF[event.role] === 'supply' && !actor && recipient ? systemOrigin(content, ctx) ?? itemOrigin(parties, ctx) : null;
  if (maker && maker !== recipient) {
    actor = maker;
    rules.push('actor:system-origin');
  }
  // "the transfers" naming no party: the transfers of a topic (topicOfNoun).
  const namesNoParty = event.tense === 'noun' && !actor && !recipient;
  const referred = namesNoParty ? topicOfNoun(item, ctx) : ctx.topic;
  // People are deployed, not supplied: those the clause names, or the topic's ("Iran might send more"); not when the
  // event word says what it passes ("arming the rebels" after talk of troops).
  const implied = event.item ?? ctx.lex.impliedItems.get(event.text.toLowerCase());
  if ((item ?? implied ?? referred?.item) === 'personnel' && type === 'supply' && event.role === 'give') type = 'deploy';
  // "Iranian military personnel had been deployed ... to operate the drones": people are what is deployed.
  const deployed = type === 'deploy' && item !== 'personnel' && items.some((i) => i.item === 'personnel') ? 'personnel' : item;
  if (type === 'deploy' && !recipient) recipient = partyAfter(event, actor, content, ctx);
  // "reports that Iran had supplied it with missiles", « l'Iran lui aurait livré des missiles »: the speaker receives.
  if (!recipient && event.role === 'give' && ctx.speakerCountry !== actor && pronounReceives(event, items, ctx)) {
    recipient = ctx.speakerCountry;
    rules.push('recipient:pronoun');
  }
  // "Russia deployed North Korean soldiers to Kursk", « la Russie a déployé des soldats nord-coréens »: another country's
  // people, deployed where the deployer holds sway, are sent by their own country to the deployer.
  // Only the people sent, the verb's subject or else its object: not those they are sent to help ("sent trainers to
  // Crimea to help Russian troops"). With no people, the weapons stationed ("Belarus has agreed to station Russian
  // nuclear weapons on its territory").
  const people = items.filter((i) => i.item === 'personnel');
  const moved = people.length ? people : items;
  const sent = moved.findLast((i) => i.end <= event.start) ?? moved.find((i) => i.start >= event.end);
  const sentBy = (p: Party) => sent !== undefined && (p.kind !== 'demonym' || namesItemOrigin(p, [sent], ctx));
  const sender = type === 'deploy' && actor && sent ? itemOrigins(parties, ctx, sent.item ?? null).find(sentBy)?.name : undefined;
  if (sender && sender !== actor && (!recipient || recipient === actor || recipient === sender)) {
    [actor, recipient] = [sender, actor];
    rules.push(people.length ? 'participants:foreign-personnel' : 'participants:foreign-items');
  }
  // « Bamako dément tout déploiement de mercenaires de Wagner »: others' people or items, sent nowhere named, come to the one denying.
  if (!recipient && event.tense === 'noun' && ctx.speakerIsSubject && actor && ctx.speakerCountry && actor !== ctx.speakerCountry) {
    recipient = ctx.speakerCountry;
    rules.push('recipient:speaker');
  }
  // "Mali denied that Wagner mercenaries had been deployed in the country": the speaker's own country, unnamed, unless
  // the text is about another's (France saying « déployés dans le pays » of Mali).
  const speakersSoil = !ctx.topic || ctx.topic.recipient === ctx.speakerCountry;
  if (!recipient && speakersSoil && actor && ctx.speakerCountry && actor !== ctx.speakerCountry && ctx.lex.ownSoil.test(ctx.view.text.slice(event.end, content.end))) {
    recipient = ctx.speakerCountry;
    rules.push('recipient:own-soil');
  }
  // "We buy our equipment from our own resources": bought with one's own means, from nobody the topic names.
  if (type === 'supply' && !actor && recipient && ctx.lex.ownMeans.test(ctx.view.text.slice(event.end, content.end))) {
    rules.push('supplier:own-means');
    return { proposition: null, rules, event: { start: event.start, end: event.end } };
  }
  // "Russia accused the West of arming Kyiv. Iran said it had never provided weapons": a party the topic lacks
  // takes the parties of what was last said of it.
  const named = actor === null || recipient === null ? actor ?? recipient : null;
  const strangerToTopic = named !== null && ctx.topic !== null && named !== ctx.topic.actor && named !== ctx.topic.recipient;
  const borrowed = namesNoParty && !recipient ? referred : (strangerToTopic && ctx.topicByParty.get(named)) || ctx.topic;
  const topic = borrowed && orientedFor(type, borrowed, items, ctx);
  // "accused Iran of supplying weapons to militant groups": recipients the text leaves indefinite are nobody the topic names.
  const indefinite = !recipient && ctx.lex.indefiniteRecipients.test(ctx.view.text.slice(event.end, content.end));
  const partiesFromTopic = topic !== null && (!actor || !recipient) && !indefinite;
  if (partiesFromTopic) {
    // The missing party is the topic's other participant: "en échange, la Corée du Nord pourrait recevoir ...". A party
    // added to the topic's takes the same part in it: "France will also send missiles" after the UK's to Ukraine.
    const added = strangerToTopic && type === topic.type && ctx.lex.additive.test(ctx.view.text.slice(content.start, content.end));
    const counterpart = (known: string | null, fallback: string) => (known === topic.actor ? topic.recipient : known === topic.recipient ? topic.actor
      : known && !added ? null : fallback);
    if (!actor) actor = counterpart(recipient, topic.actor);
    if (!recipient) recipient = counterpart(actor, topic.recipient);
    rules.push(added ? 'participants:added-to-topic' : FROM_TOPIC);
  }
  // With the topic's parties, a class that the topic narrows is the topic's ("missiles" after "ballistic
  // missiles"); "weapons" stays as general as the speaker put it ("never supplied weapons to either side").
  const narrowed = partiesFromTopic && deployed && !GENERIC_ITEMS.has(deployed) && isBroaderItem(deployed, topic.item);
  const stated = narrowed ? topic.item : deployed;
  // Trainees ("Belarusian forces", « l'armée de Minsk ») with nothing named to train on, nor a topic to take it
  // from: the training is of people.
  const trainees = type === 'train' ? 'personnel' : null;
  const chosenItem = event.item ?? stated ?? implied ?? topic?.item ?? trainees;
  const found = { start: event.start, end: event.end };
  if (!actor || !recipient || !chosenItem || actor === recipient) return { proposition: null, rules, event: found };
  const mode = modeOf(event, content, ctx);
  const proposition = { type, actor, recipient, item: chosenItem, ...(mode ? { mode } : {}) };
  const presupposed = qualifiesItems(event, ctx) || isSubjectEventNoun(event, content, ctx);
  return presupposed ? { proposition, rules, presupposed: true, event: found } : { proposition, rules, event: found };
}

/**
 * « Ces livraisons ne changeront pas l'issue », "The deliveries will not change anything": an event noun the
 * content opens on, as its subject, is taken as given, unless what is said of it is whether it happened
 * ("these deliveries never took place").
 */
function isSubjectEventNoun(event: EventWord, content: Span, ctx: PropositionContext): boolean {
  if (event.tense !== 'noun') return false;
  const first = firstWordIndex(content, ctx);
  return first >= 0 && first === event.token - 1 && ctx.lex.definiteDeterminers.has(ctx.view.lower[first]) && !ctx.lex.existencePredicate.test(ctx.view.text.slice(event.end, content.end));
}

/** The index of the content's first word token, or -1. */
function firstWordIndex(content: Span, ctx: PropositionContext): number {
  return ctx.view.tokens.findIndex((t) => t.start >= content.start && t.kind === 'word');
}

/**
 * What an event noun naming no party refers to: "the transfers", "the arms deals" are those the text
 * is mostly about; "the drone deliveries", of a kind of its own, the last ones stated.
 */
function topicOfNoun(item: Item | null, ctx: PropositionContext): Proposition | null {
  return !item || GENERIC_ITEMS.has(item) ? ctx.salientTopic : ctx.topic;
}

/** Lower-case words at most read in the object noun phrase of a transfer verb ("a large new shipment"). */
const MAX_OBJECT_WORDS = 4;

/**
 * A transfer verb's object is an indefinite noun phrase of a noun that stands for no items: "gave an interview",
 * "delivered a speech", "has received a direct consequence", « a reçu une réponse ». Not "sent a first batch", nor
 * a definite one, which may stand for the items or parties spoken of (« armer la milice », "acquire this capability").
 */
function objectOfAnotherKind(event: EventWord, content: Span, ctx: PropositionContext): boolean {
  if ((event.role !== 'give' && event.role !== 'get') || event.tense === 'noun') return false;
  const { tokens, lower } = ctx.view;
  const determiner = event.token + 1;
  if (!ctx.lex.indefiniteArticles.has(lower[determiner] ?? '')) return false;
  const words: string[] = [];
  for (let k = determiner + 1; k < tokens.length && tokens[k].end <= content.end && k - determiner <= MAX_OBJECT_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || ctx.lex.prepositions.has(lower[k]) || isVerb(lower[k], ctx.lex)) break;
    if (ctx.entities.some((e) => e.start < t.end && t.start < e.end)) return false;
    words.push(lower[k]);
  }
  // The head may come first or last (« une cargaison importante », "a large shipment"): any word standing for items will do.
  return words.length > 0 && !words.some((word) => ctx.lex.itemStandIns.has(word));
}

/** A participle right after the items it describes: "les armes livrées par", "drones supplied by". */
function qualifiesItems(event: EventWord, ctx: PropositionContext): boolean {
  return (event.tense === 'participle' || event.tense === 'past') && followsItems(event, ctx);
}

function followsItems(event: EventWord, ctx: PropositionContext): boolean {
  const before = ctx.view.tokens[event.token - 1];
  return before !== undefined && ctx.entities.some((e) => e.kind === 'item' && e.end === before.end);
}

/**
 * The topic with its parties in the order `type` writes them: the trainees are the ones deployed to their trainers,
 * unless the people deployed are the trainers (« l'envoi d'instructeurs » after « la Russie doit former l'armée »).
 */
function orientedFor(type: PropositionType, topic: Proposition, items: EntityMention[], ctx: PropositionContext): Proposition {
  if (type !== 'deploy' || topic.type !== 'train') return topic;
  const trainersSent = items.some((i) => i.item === 'personnel' && ctx.lex.trainerNouns.has(ctx.view.text.slice(i.start, i.end).toLowerCase()));
  return trainersSent ? topic : { ...topic, actor: topic.recipient, recipient: topic.actor };
}

function within(s: Span, outer: Span): boolean {
  return s.start >= outer.start && s.end <= outer.end;
}

/** Characters before a party searched for the words setting it aside (", et non la ", « transitant par le »). */
const LEAD_REACH = 24;

function partiesIn(content: Span, ctx: PropositionContext): Party[] {
  const out: Party[] = [];
  for (const e of ctx.entities) {
    if (!within(e, content)) continue;
    const name = e.kind === 'bloc' || isStatelessGroup(e) ? e.canonical : e.country;
    if (!name || !['country', 'capital', 'region', 'institution', 'demonym', 'bloc'].includes(e.kind) || namesWar(e, ctx)) continue;
    // "Ce sont les Etats-Unis, et non la Chine, qui livrent des armes": the party set aside takes no part.
    const lead = ctx.view.text.slice(Math.max(content.start, e.start - LEAD_REACH), e.start);
    if (ctx.lex.contrastedParty.test(lead)) continue;
    // "weapons transiting through Chad", « transitant par le Tchad »: where the items pass takes no part either.
    if (ctx.lex.transitBefore.test(lead)) continue;
    if ((e.kind === 'demonym' || e.kind === 'bloc') && qualifiesSource(e, ctx)) continue;
    // "rejects Kyiv's claim it is training ...", « les accusations de Kiev selon lesquelles »: who claims takes no part.
    if (accuses(e, ctx)) continue;
    // "through Chad and Libya", « via le Tchad et la Libye »: a party listed after another shares its preposition.
    const listedAfter = out.at(-1);
    const gap = listedAfter ? ctx.view.text.slice(listedAfter.end, e.start) : '';
    const listed = listedAfter !== undefined && /[^\s]/u.test(gap) && isListGap(withoutDeterminers(gap, ctx.lex), ctx.lex);
    out.push({ start: e.start, end: e.end, name, kind: e.kind, prep: prepositionBefore(ctx.view.tokens, e.start, ctx.lex) ?? (listed ? listedAfter.prep : null) });
  }
  return out;
}

/** The text without its determiners, spacing kept (" et la " -> " et  "). */
function withoutDeterminers(text: string, lex: ClaimLexicon): string {
  return text.split(/(?<=\s)|(?=\s)/u).filter((word) => !lex.determiners.has(word.toLowerCase())).join('');
}

/** "Houthi rebels", « le Hezbollah »: an armed group that speaks for no state takes part under its own name. */
function isStatelessGroup(e: EntityMention): boolean {
  return e.kind === 'institution' && e.institutionKind === 'armed group' && e.country === null;
}

/**
 * "les médias occidentaux", "Iranian state media", « la propagande occidentale », "a Western fabrication": the press of
 * a country or bloc reports, and a falsehood is whose it is; neither takes part in what is said.
 */
function qualifiesSource(party: Span, ctx: PropositionContext): boolean {
  const { mediaNouns, falsehoodNouns } = ctx.lex;
  return wordNear(party, mediaNouns, QUALIFIED_NOUN_REACH, ctx) || wordNear(party, falsehoodNouns, QUALIFIED_NOUN_REACH, ctx);
}

/** Words after a demonym within which the noun it qualifies stands ("Iranian state media", "Western propaganda"). */
const QUALIFIED_NOUN_REACH = 2;

/**
 * A word of `words` stands right before the party (a closing quote aside), or among the `reach` words right after it in
 * its phrase ("Russian navy ships"; a determiner or a preposition opens another: « livrer à l'Iran des avions », "to Russia by ship").
 */
function wordNear(party: Span, words: ReadonlySet<string>, reach: number, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const at = tokenIndexAt(tokens, party.start);
  const after = tokenIndexAt(tokens, party.end);
  const before = at > 0 && tokens[at - 1].kind === 'quote' ? at - 2 : at - 1;
  // Not a verb of the same spelling ("to station Russian weapons").
  if (before >= 0 && words.has(lower[before]) && !ctx.lex.infinitiveMarkers.has(lower[before - 1] ?? '')) return true;
  const opensPhrase = (word: string) => ctx.lex.determiners.has(word) || ctx.lex.prepositions.has(word);
  for (let k = after; k < tokens.length && k - after < reach && !opensPhrase(lower[k]); k++) if (words.has(lower[k])) return true;
  return false;
}

/** "des armes destinées à la guerre en Ukraine", "the war in Ukraine": the country names the war, it takes no part. */
function namesWar(e: EntityMention, ctx: PropositionContext): boolean {
  return ctx.lex.conflictNouns.has(wordBeforePreposition(ctx.view.tokens, e.start, ctx.lex) ?? '');
}

/** Event words of the clause in text order; a phrase ("se tourner vers") replaces the words inside it. */
function eventsIn(content: Span, ctx: PropositionContext): EventWord[] {
  const { tokens, lower, mentions } = ctx.view;
  const events: EventWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < content.start || t.end > content.end) continue;
    // "soldats formés en Russie", "personnel have been trained in Iran": the subject is the trainees.
    if (ctx.lex.trainedParticiples.has(lower[i]) && isPassiveOfPeople(i, ctx)) {
      events.push({ start: t.start, end: t.end, role: 'trainee', tense: 'participle', token: i, text: t.text });
      continue;
    }
    // « 100 000 combattants entraînés. »: right after the people, ending the clause, the participle describes them.
    if (ctx.lex.trainedParticiples.has(lower[i]) && i > 0 && endsPeople(tokens[i - 1].end, ctx) && endsClause(i, ctx)) continue;
    const entry = ctx.lex.events.get(lower[i]);
    // Event words inside a name do not count, but an item phrase like "livraisons d'armes" still has its event.
    if (!entry || mentions.some((m) => t.start >= m.start && t.end <= m.end && (m as EntityMention).kind !== 'item')) continue;
    // "se livrer à" (engage in) is not "livrer"; reflexive events are listed as phrases.
    if (entry.tense !== 'noun' && ctx.lex.reflexives.has(lower[i - 1])) continue;
    // "de fabrication iranienne", "Russian-made", "of Iranian manufacture": an origin, not an event (« les livraisons
    // nord-coréennes » are one, and so is "Russian production of drones").
    const madeBy = (e: EntityMention) => e.kind === 'demonym' && (entry.tense === 'noun' && e.start >= t.end && e.start - t.end <= 2
      || e.end <= t.start && t.start - e.end <= 2 && ctx.lex.prepositions.has(wordBefore(tokens, e.start, ctx.lex) ?? ''));
    if ((entry.tense === 'noun' || entry.tense === 'present') && entry.role === 'produce' && ctx.entities.some(madeBy)) continue;
    // "similar to those made in Iran", « similaires à ceux fabriqués en Iran »: where items come from, too.
    if ((entry.tense === 'participle' || entry.tense === 'past') && entry.role === 'produce' && ctx.lex.demonstrativePronouns.has(lower[i - 1])) continue;
    if ((entry.tense === 'past' || entry.tense === 'participle') && isAttributive(i, ctx)) continue;
    // "the transfers", "on ships": after a determiner or preposition a present form is a noun, an event only if listed as one;
    // so is one right after an item, heading a compound ("arms transfers"), seen ("observed transfers"), opening the
    // sentence ("Trains and ships have carried shells"), the subject of an auxiliary ("cargo ships had been seen") or
    // qualifying an organisation ("state arms company Almaz-Antey").
    // « la Russie les fabrique »: an article-like word between a subject and the verb is its object pronoun.
    // A gerund listed as a noun too is one after a determiner ("the training was"), not after a preposition ("of training").
    const gerundNoun = entry.tense === 'gerund' && entry.alsoNoun === true && ctx.lex.determiners.has(lower[i - 1] ?? '');
    const noun = gerundNoun || entry.tense === 'present' && (i === 0 || isNounPosition(lower, i, ctx.lex) && !isObjectClitic(ctx.view, i - 1, ctx.lex) || ctx.lex.perceptionVerbs.has(lower[i - 1])
      || i > 0 && ctx.entities.some((e) => e.kind === 'item' && e.start < t.start && e.end >= tokens[i - 1].end)
      || isAuxiliary(lower[i + 1] ?? '', ctx.lex) || ctx.lex.organisationHeads.has(lower[i + 1] ?? ''));
    if (noun && !entry.alsoNoun) continue;
    events.push({ start: t.start, end: t.end, role: entry.role, tense: noun ? 'noun' : entry.tense, token: i, text: t.text });
  }
  const slice = ctx.view.text.slice(content.start, content.end);
  // Most clauses hold none of the phrases: one scan rules them all out.
  const { eventPhrases, notEvents, domesticOrigin, exportControl, intoTheWar } = ctx.lex;
  const phrases = unionOf(eventPhrases, () => eventPhrases.map((p) => p.pattern)).test(slice) ? eventPhrases : [];
  for (const phrase of phrases) {
    for (const m of allMatches(phrase.pattern, slice)) {
      const start = content.start + (m.index ?? 0);
      const end = start + m[0].length;
      const token = tokenIndexAt(tokens, start);
      dropOverlapping(events, start, end);
      events.push({ start, end, role: phrase.role, tense: phrase.noun ? 'noun' : 'present', token, text: m[0], mode: phrase.mode, item: phrase.item });
    }
  }
  const nonEvents = unionOf(notEvents, () => [notEvents, domesticOrigin, exportControl, intoTheWar]);
  for (const pattern of events.length && nonEvents.test(slice) ? [notEvents, domesticOrigin, exportControl, intoTheWar] : []) {
    for (const m of allMatches(pattern, slice)) {
      const start = content.start + (m.index ?? 0);
      dropOverlapping(events, start, start + m[0].length);
    }
  }
  return events.sort((a, b) => a.start - b.start);
}

/**
 * "100,000 trained fighters", "the supplied drones": a participle between a determiner or a number and the items
 * or people it describes is an adjective, not an event.
 */
function isAttributive(i: number, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const determined = before !== undefined && (before.kind === 'number' || ctx.lex.determiners.has(lower[i - 1]));
  return determined && next !== undefined && ctx.entities.some((e) => e.kind === 'item' && e.start === next.start);
}

/**
 * The participle at token i is passive and its subject is people: right after them with a complement ("pilots
 * trained in Iran", « des soldats formés, selon Kiev, en Russie »; not « 100 000 combattants entraînés », which
 * describes them) or after a passive auxiliary ("troops were being trained").
 */
function isPassiveOfPeople(i: number, ctx: PropositionContext): boolean {
  let { before: k, passive } = auxiliariesBefore(i, ctx);
  if (k === i - 1) passive = complementFollows(i, ctx);
  return passive && k >= 0 && endsPeople(ctx.view.tokens[k].end, ctx);
}

/** Nothing but the end of a clause follows token i: no word, no comma. */
function endsClause(i: number, ctx: PropositionContext): boolean {
  const next = ctx.view.tokens[i + 1];
  return next === undefined || next.kind === 'punct' && next.text !== ',';
}

/** A complement or an aside follows the participle at token i ("trained in Iran", « formés, selon Kiev, »). */
function complementFollows(i: number, ctx: PropositionContext): boolean {
  const next = ctx.view.tokens[i + 1];
  return next !== undefined && (next.text === ',' || ctx.lex.prepositions.has(ctx.view.lower[i + 1]));
}

/** The token before the auxiliaries of the verb at token i, and whether a passive one is among them ("were being trained"). */
function auxiliariesBefore(i: number, ctx: PropositionContext): { before: number; passive: boolean } {
  const { lower } = ctx.view;
  let k = i - 1;
  let passive = false;
  for (; k >= 0; k--) {
    if (isAuxiliary(lower[k], ctx.lex)) {
      if (ctx.lex.passiveAuxiliaries.has(lower[k])) passive = true;
    } else if (!((ctx.lex.adverbEnding.test(lower[k]) || ctx.lex.subjectAdverbs.has(lower[k])) && k > 0 && isAuxiliary(lower[k - 1], ctx.lex))) {
      // "seraient actuellement entraînés", "were reportedly shipped", "have also been trained": an adverb may stand inside the verb group.
      break;
    }
  }
  return { before: k, passive };
}

/** A pronoun for who receives stands where the language puts one, next to the event verb. */
function pronounReceives(event: EventWord, items: readonly EntityMention[], ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const { words, afterVerb, givenWith } = ctx.lex.recipientPronouns;
  if (afterVerb) {
    const given = tokens[event.token + 2];
    return words.has(lower[event.token + 1] ?? '') && given !== undefined && (givenWith.has(lower[event.token + 2]) || items.some((i) => i.start === given.start));
  }
  const { before } = auxiliariesBefore(event.token, ctx);
  return before >= 0 && words.has(lower[before]);
}

/** Words of a noun phrase a participle may describe, after its determiner ("un boutre", "a small wooden dhow"). */
const MAX_DESCRIBED_WORDS = 3;

/**
 * Where the noun phrase a participle right after it describes starts, at its determiner ("un boutre transportant",
 * "a dhow carrying"); null when the participle follows no such phrase ("was also providing", "stopped sending").
 */
function describedNounStart(event: EventWord, ctx: PropositionContext): number | null {
  if (event.tense !== 'gerund') return null;
  const { tokens, lower } = ctx.view;
  for (let k = event.token - 1; k >= 0 && event.token - k <= MAX_DESCRIBED_WORDS + 1; k--) {
    if (ctx.lex.determiners.has(lower[k])) return k < event.token - 1 ? tokens[k].start : null;
    if (tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(tokens[k].text) || isVerb(lower[k], ctx.lex) || ctx.lex.prepositions.has(lower[k])) return null;
  }
  return null;
}

/** People end at `at`: a personnel item ("soldiers"), or the demonym after one ("soldats nord-coréens"). */
function endsPeople(at: number, ctx: PropositionContext): boolean {
  const isPersonnel = (e: EntityMention) => e.kind === 'item' && e.item === 'personnel';
  const demonym = ctx.entities.find((e) => e.kind === 'demonym' && e.end === at);
  const end = demonym ? ctx.entities.find((e) => isPersonnel(e) && demonym.start - e.end >= 0 && demonym.start - e.end <= 1)?.end : at;
  return end !== undefined && ctx.entities.some((e) => isPersonnel(e) && e.end === end);
}

function assignParties(event: EventWord, parties: Party[], item: Item | null, content: Span, ctx: PropositionContext, rules: string[]) {
  const { lex } = ctx;
  const noun = event.tense === 'noun';
  const agentNoun = event.tense === 'agent';
  // 'London had seen reports that the missiles were shipped': London is no party to the shipping.
  const clauseStart = embeddedClauseStart(event.token, content, ctx);
  // "La marine américaine a intercepté un boutre transportant des missiles": a participle right after a common noun tells
  // what that noun does; the subject of the clause's own verb takes no part in it.
  const described = describedNounStart(event, ctx);
  const before = parties.filter((p) => p.end <= event.start && p.start >= Math.max(clauseStart, described ?? clauseStart) && !inClosedRelative(p, event, ctx));
  const scopeEnd = eventScopeEnd(event, noun || agentNoun, content, ctx);
  const after = parties.filter((p) => p.start >= event.end && p.end <= scopeEnd);
  // "Russia's main supplier": the possessor of an agent noun is its client, not its subject.
  const client = agentNoun ? before.find((p) => POSSESSOR_OF_NEXT.test(ctx.view.text.slice(p.end, event.start))) : undefined;
  // A noun ("les livraisons") has no grammatical subject: its parties come from "de", "par" or an origin.
  const subjectParty = noun ? undefined : [...before].reverse().find((p) => p !== client && p.prep === null && p.kind !== 'demonym');
  // "Chinese companies are supplying": a gerund after "be" is progressive, not passive.
  const passive = event.tense !== 'gerund' && auxiliariesBefore(event.token, ctx).passive;
  let subject = subjectParty?.name ?? (noun ? demonymBeside(event, parties) : passive ? null : demonymSubject(before, ctx));
  const origin = itemOrigin(parties, ctx);
  // Whose vehicles carried the items (« par des navires de la marine russe ») is no party after the event either.
  const afterWith = (preps: ReadonlySet<string>) => after.find((p) => p.prep !== null && preps.has(p.prep) && p.kind !== 'demonym' && !followsUseParticiple(p, ctx) && !namesVehicles(p, ctx)
    && !followsCombatVerb(p, ctx))?.name ?? null;
  const receiving = afterWith(lex.recipientPrepositions);
  // "Russia denied the transfers", naming nobody, when the transfers are to Russia: the speaker is no supplier. Nor
  // of items whose origin is stated, or sent to itself ("a démenti l'envoi de soldats nord-coréens en Russie"), nor
  // of what it only saw ("said it had observed transfers of KN-23 missiles").
  const receivesTopic = noun && parties.length === 0 && topicOfNoun(item, ctx)?.recipient === ctx.speakerCountry;
  const namesOthersDealings = noun && (origin !== null || receiving === ctx.speakerCountry
    || lex.perceptionVerbs.has(wordBefore(ctx.view.tokens, event.start, lex) ?? ''));
  // Nor does it carry out what a noun it names does (« a annoncé avoir saisi un navire transportant des pièces »).
  if (!subject && ctx.speakerIsSubject && !receivesTopic && !namesOthersDealings && described === null
    && (noun || before.every((p) => p.prep !== null || p.kind === 'demonym'))) subject = ctx.speakerCountry;
  const ownCountry = lex.ownCountry.test(ctx.view.text.slice(content.start, event.start)) ? ctx.speakerCountry : null;
  if (ownCountry) { subject = ownCountry; rules.push('subject:own-country'); }
  // "the export by Iran and procurement by Russia of ...": each event's own agent follows it.
  // Nor is who uses the items ("drones used by Russia") their supplier.
  const isAgent = (p: Party) => p.prep !== null && lex.agentPrepositions.has(p.prep) && !namesVehicles(p, ctx) && !followsUseParticiple(p, ctx);
  const agentParty = parties.find((p) => p.start >= event.end && isAgent(p)) ?? parties.find(isAgent);
  // "the shipments had been carried by Russian ships": "by" after a verb of its own is that verb's agent, not the noun's.
  const agent = agentParty && !(noun && auxiliaryBetween(event.end, agentParty.start, ctx)) ? agentParty.name : null;
  const nearestBefore = [...before].reverse().find((p) => p.kind !== 'demonym')?.name ?? null;
  switch (event.role) {
    case 'give':
    case 'deploy':
    case 'train': {
      const kept = keptSupplied(event, before, ctx);
      if (kept) return kept;
      if (agent && isPassive(event, ctx) && (!subjectParty || subjectParty.name !== agent)) {
        // Passive: "des armes fournies par l'Occident à l'Ukraine"; "la Russie utilise des missiles
        // fournis par la Corée du Nord": who has the items received them.
        // "Russian crews were trained by Iran": a subject known by its demonym is who receives.
        return { actor: agent, recipient: receiving ?? subjectParty?.name ?? demonymSubject(before, ctx) };
      }
      // "la vente d'armes de l'Iran à la Russie": the supplier of a noun follows "de", not "à";
      // the client of an agent noun too ("le principal fournisseur de drones de la Russie").
      const genitive = noun || agentNoun ? afterWith(genitivePrepositions(lex)) : null;
      // A verb's bare object receives ("supplied Russia with drones"); a noun has none ("the deliveries showed Iran was ...").
      // "former des opérateurs de drones russes", "trained Russian pilots": the trainees' nationality; "trained troops
      // from Belarus", "formé des militaires de la Serbie": the country they come from; not where they train (« en Biélorussie »).
      // Not a demonym of a place ("near the Polish border").
      const trainees = event.role === 'train' ? after.find((p) => p.kind === 'demonym' && p.name !== subject && !qualifiesPlace(p, ctx) || ownsPersonnelBefore(p, ctx))?.name : undefined;
      // "Russian instructors were training its soldiers", « entraînaient ses soldats »: the speaker's own people.
      const ownTrainees = event.role === 'train' && !trainees && ctx.speakerCountry !== subject && trainsOwnPeople(event, ctx) ? ctx.speakerCountry : null;
      const recipient = trainees ?? ownTrainees ?? receiving ?? peopleReceiving(after, ctx) ?? objectOfPhrase(event, after, ctx) ?? userAfter(after, ctx)
        ?? (agentNoun ? genitive ?? client?.name : noun ? undefined : after.find((p) => p.prep === null && p.kind !== 'demonym' && p.name !== subject)?.name) ?? null;
      // "were being smuggled from Iran to the Houthis": a passive with no agent names its supplier as the source.
      const source = noun ? genitive : agentNoun ? demonymNear(event, parties) : isPassive(event, ctx) ? afterWith(genitivePrepositions(lex)) : null;
      // "its support for Russia, including the supply of drones": who is helped is no supplier of the noun.
      // Nor is who feels something about it ("Washington was alarmed by the transfer").
      const felt = noun && lex.attitudeBefore.test(ctx.view.text.slice(content.start, event.start));
      const nearestGiver = felt ? null : [...before].reverse().find((p) => p.kind !== 'demonym' && !(noun && p.prep !== null && lex.recipientPrepositions.has(p.prep)))?.name ?? null;
      const actor = subject ?? agent ?? origin ?? source ?? (nearestGiver !== recipient ? nearestGiver : null);
      return { actor, recipient };
    }
    case 'get':
      return {
        actor: afterWith(lex.sourcePrepositions) ?? origin,
        recipient: subject ?? agent ?? demonymNear(event, parties) ?? (noun ? null : nearestBefore),
      };
    case 'trainee': {
      const trainee = subject ?? parties.find((p) => p.kind === 'demonym' && p.end <= event.start + 2)?.name ?? null;
      // The trainers: "by Iran", "by Iranian instructors", "by instructors from Iran", else where or for whom they train.
      const trainers = afterWith(lex.agentPrepositions) ?? after.find((p) => p.kind === 'demonym' && ownsPersonnel(p, ctx) || ownsPersonnelBefore(p, ctx))?.name;
      return { actor: trainers ?? receiving ?? afterWith(lex.locationPrepositions), recipient: trainee };
    }
    case 'produce': {
      // Whoever the clause names takes part, people too ("Iranian specialists were helping to build");
      // then the speaker as subject, the topic's parties, the rest of the sentence. Not who is named before
      // the event's own clause: in « Kiev a transmis des preuves montrant que des pièces avaient été
      // fabriquées en Iran », Kiev made nothing.
      const inClause = (e: Span) => within(e, content) && e.start >= clauseStart;
      const named = [...parties.filter(inClause), ...ctx.entities.filter((e) => e.kind === 'role' && e.country && inClause(e))].sort((a, b) => a.start - b.start);
      let pair = distinct(named.map((p) => ('name' in p ? p.name : p.country!)));
      if (pair.length < 2 && ctx.speakerIsSubject && ctx.speakerCountry) pair = distinct([...pair, ctx.speakerCountry]);
      if (pair.length < 2 && ctx.topic) {
        pair = distinct([...pair, ctx.topic.actor, ctx.topic.recipient]);
        rules.push(FROM_TOPIC);
      } else if (pair.length < 2) {
        pair = distinct([...pair, ...sentenceParties(content, clauseStart, ctx)]);
        rules.push(FROM_SENTENCE);
      }
      return { actor: pair[0] ?? null, recipient: pair.find((n) => n !== pair[0]) ?? null };
    }
  }
}

/**
 * The event verb is passive: a participle describing items, or with no auxiliary or a passive one
 * ("les armes fournies par", "Russia was supplied with drones by Iran"). An English past form is its
 * participle after a passive auxiliary or right before its agent ("missiles supplied by North Korea").
 */
function isPassive(event: EventWord, ctx: PropositionContext): boolean {
  const passiveAuxiliary = auxiliariesBefore(event.token, ctx).passive;
  const participle = event.tense === 'participle'
    || event.tense === 'past' && (passiveAuxiliary || ctx.lex.agentPrepositions.has(ctx.view.lower[event.token + 1]));
  // An auxiliary before the items is their verb's: "Russia has launched drones supplied by Iran".
  return participle && (passiveAuxiliary || followsItems(event, ctx) || auxiliaryBefore(event, ctx) === null);
}

const genitives = new WeakMap<ClaimLexicon, ReadonlySet<string>>();

/** The source prepositions that mark no recipient ("de", "of"), worked out once per lexicon. */
function genitivePrepositions(lex: ClaimLexicon): ReadonlySet<string> {
  let set = genitives.get(lex);
  if (!set) {
    set = new Set([...lex.sourcePrepositions].filter((p) => !lex.recipientPrepositions.has(p)));
    genitives.set(lex, set);
  }
  return set;
}

/** A possessive and at most two modifiers before a noun: "'s main ", "’s key ". */
const POSSESSOR_OF_NEXT = /^['’]s(?:\s+\p{L}+){0,2}\s+$/u;

/** An auxiliary between two offsets of the sentence: a verb group stands there. */
function auxiliaryBetween(start: number, end: number, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  return tokens.some((t, k) => t.start >= start && t.end <= end && isAuxiliary(lower[k], ctx.lex));
}

/** Where the clause of token `at` starts inside the content: after the last "that"/"que" or verb of belief before it. */
function embeddedClauseStart(at: number, content: Span, ctx: PropositionContext): number {
  const { tokens, lower } = ctx.view;
  for (let k = at - 1; k >= 0 && tokens[k].start >= content.start; k--) {
    if (ctx.lex.complementizers.has(lower[k]) || opensBelief(k, ctx)) return tokens[k].end;
  }
  return content.start;
}

/** "The United States believes some of the missiles were assembled": a verb of belief, no noun after a determiner, opens a clause with or without "that". */
function opensBelief(k: number, ctx: PropositionContext): boolean {
  const { lower } = ctx.view;
  return ctx.lex.reportingVerbs.get(lower[k])?.cls === 'believe' && !ctx.lex.determiners.has(lower[k - 1] ?? '');
}

/** Words between a subject relative pronoun and a party its clause names ("qui accusent l'Iran"). */
const MAX_RELATIVE_OBJECT_LEAD = 4;

/**
 * "Les pays qui accusent l'Iran ont livré des armes", "countries which accuse Iran are suppliers of arms": a party
 * named in a relative clause on the subject, closed by a finite verb before the event (or the event's own), is no
 * party to the event. "accusent l'Iran d'avoir livré" has no finite verb after the party: Iran is who delivered.
 */
function inClosedRelative(party: Party, event: EventWord, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const { lex } = ctx;
  const at = tokenIndexAt(tokens, party.start);
  let r = at - 1;
  while (r > 0 && at - r <= MAX_RELATIVE_OBJECT_LEAD && !lex.subjectRelatives.has(lower[r])) r--;
  if (r <= 0 || !lex.subjectRelatives.has(lower[r]) || tokens[r - 1].kind !== 'word' || !isVerb(lower[r + 1], lex)) return false;
  const finite = (k: number) => lex.auxiliaries.has(lower[k]) || lex.presentCopulas.has(lower[k])
    || k === event.token && (event.tense === 'present' || event.tense === 'past');
  for (let k = tokenIndexAt(tokens, party.end); k <= event.token; k++) if (finite(k)) return true;
  return false;
}

/**
 * Where the event's complements end: at "lors", "qui", "when"... and, for a noun, at a comma, so that
 * "une vente de drones lors d'une visite à Téhéran" does not make Tehran the buyer.
 */
function eventScopeEnd(event: EventWord, noun: boolean, content: Span, ctx: PropositionContext): number {
  const { tokens, lower } = ctx.view;
  // "the delivery of Su-35 jets, Yak-130 aircraft and Mi-28 helicopters from Russia": a comma between items goes on with the list.
  const listsItem = (k: number) => k + 1 < tokens.length && ctx.entities.some((e) => e.kind === 'item' && e.start === tokens[k + 1].start);
  // « ces livraisons risquaient de déstabiliser l'est de l'Ukraine »: the verb a noun is the subject of ends its phrase; a
  // participle before its agent describes the items ("the supply of drones used by Russia").
  const predicateOfNoun = (k: number) => noun && tokens[k].kind === 'word' && /^\p{Ll}/u.test(tokens[k].text) && (isVerb(lower[k], ctx.lex) || ctx.lex.predicateVerbs.has(lower[k]))
    && !isRelativePronoun(lower[k - 1], ctx.lex) && !ctx.lex.auxiliaries.has(lower[k - 1]) && !ctx.lex.agentPrepositions.has(lower[k + 1]);
  for (let k = event.token + 1; k < tokens.length && tokens[k].end <= content.end; k++) {
    if (ctx.lex.scopeBreaks.has(lower[k]) || noun && tokens[k].text === ',' && !listsItem(k) || predicateOfNoun(k)) return tokens[k].start;
  }
  return content.end;
}

/** "drones iraniens", "de fabrication iranienne", "Iranian-made": the country an item comes from. */
function itemOrigin(parties: Party[], ctx: PropositionContext): string | null {
  return itemOrigins(parties, ctx)[0]?.name ?? null;
}

/** Every party the clause names as where its items (of the kind `of`, when given) come from, in text order. */
function itemOrigins(parties: Party[], ctx: PropositionContext, of: Item | null = null): Party[] {
  const { text } = ctx.view;
  // Of the items the claim is about only, when it says which: "these drones kill Russian soldiers" names no drones' origin.
  const items = ctx.entities.filter((e) => e.kind === 'item' && (of === null || e.item === undefined || relatedItems(e.item, of)));
  // "Iranian military personnel", "des instructeurs des Gardiens de la révolution": the institution the items belong to is their origin too.
  const owns = (p: Party) => p.kind === 'institution' && (items.some((i) => i.start >= p.end && /^\s+$/u.test(text.slice(p.end, i.start))) || ownsItemsBefore(p, items, ctx));
  return parties.filter((p) => owns(p) || p.kind === 'demonym' && namesItemOrigin(p, items, ctx));
}

/** A demonym saying where items come from: "drones iraniens", "Iranian-made drones". */
function namesItemOrigin(p: Party, items: EntityMention[], ctx: PropositionContext): boolean {
  const { text } = ctx.view;
  const { originAfterItem, originBeforeItem } = ctx.lex;
  return items.some((i) => i.end <= p.start && originAfterItem.test(text.slice(i.end, p.start)))
    || items.some((i) => i.start >= p.end && originBeforeItem.test(text.slice(p.end, i.start)));
}

/**
 * Who the clause says made its items: "the drones were Russian-made", "ces drones étaient de fabrication
 * russe", "they were made in Russia".
 */
function predicativeMaker(content: Span, parties: Party[], items: EntityMention[], ctx: PropositionContext): string | null {
  const { text } = ctx.view;
  const { madeInAfter, madeInBetween } = ctx.lex;
  const demonym = parties.find((p) => p.kind === 'demonym' && madeInAfter.test(text.slice(p.end, content.end))
    && items.some((i) => i.end <= p.start && madeInBetween.test(text.slice(i.end, p.start))));
  return demonym?.name ?? madeInCountry(parties, items, ctx)?.maker ?? null;
}

/**
 * "the drones were made in Russia", « ont été fabriqués en Russie », "components manufactured in China": the words
 * between the items and the country, and the country.
 */
function madeInCountry(parties: Party[], items: EntityMention[], ctx: PropositionContext): (Span & { maker: string }) | null {
  const { text } = ctx.view;
  for (const p of parties) {
    if (p.kind !== 'country') continue;
    const i = items.find((i) => i.end <= p.start && ctx.lex.madeInCountry.test(text.slice(i.end, p.start)));
    if (i) return { start: i.end, end: p.start, maker: p.name };
  }
  return null;
}

/** "des entreprises chinoises ont livré", "Chinese companies shipped": the subject is known by its demonym. */
function demonymSubject(before: Party[], ctx: PropositionContext): string | null {
  const items = ctx.entities.filter((e) => e.kind === 'item');
  return before.findLast((p) => p.kind === 'demonym' && p.prep === null && !namesItemOrigin(p, items, ctx))?.name ?? null;
}

/** "ended up in Ukraine": the party right after an event phrase that ends on its preposition (past an article) is its object. */
function objectOfPhrase(event: EventWord, after: Party[], ctx: PropositionContext): string | null {
  if (!/\s/u.test(event.text) || !ctx.lex.prepositions.has(event.text.split(/\s+/u).at(-1)!.toLowerCase())) return null;
  const { tokens, lower } = ctx.view;
  const first = after.find((p) => p.kind !== 'demonym');
  if (!first) return null;
  const object = tokenIndexAt(tokens, first.start);
  for (let k = tokenIndexAt(tokens, event.end); k < object; k++) if (!ctx.lex.determiners.has(lower[k])) return null;
  return first.name;
}

/** Most words between a party and the vehicles it qualifies ("Russian navy ships"). */
const MAX_VEHICLE_GAP = 2;

/** Most words between vehicles and the party they belong to, written after them (« des navires de la marine russe »). */
const MAX_VEHICLE_OWNER_GAP = 4;

/**
 * A party saying whose vehicles carried the items (« par des navires russes », « par des navires de la marine russe »,
 * "by Russian navy ships"): no agent of the transfer.
 */
function namesVehicles(p: Party, ctx: PropositionContext): boolean {
  return wordNear(p, ctx.lex.vehicles, MAX_VEHICLE_GAP + 1, ctx) || wordInPhraseBefore(p, ctx.lex.vehicles, MAX_VEHICLE_OWNER_GAP, ctx);
}

/**
 * A word of `words` among the `reach` words before the party, in its own phrase: quote marks may stand between, no other
 * punctuation, no verb and no items (« des navires de la marine russe », « des cibles légitimes » pour l'armée russe »;
 * not "delivered training aircraft to Iran").
 */
function wordInPhraseBefore(p: Party, words: ReadonlySet<string>, reach: number, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const inItem = (t: Token) => ctx.entities.some((e) => e.kind === 'item' && t.start >= e.start && t.end <= e.end);
  for (let k = tokenIndexAt(tokens, p.start) - 1, seen = 0; k >= 0 && seen <= reach; k--) {
    if (tokens[k].kind === 'quote') continue;
    if (tokens[k].kind !== 'word' || isVerb(lower[k], ctx.lex) || inItem(tokens[k])) return false;
    if (words.has(lower[k])) return true;
    seen++;
  }
  return false;
}

/** Most words between "keep" and the participle of the party it keeps supplied ("keep the Russian army supplied"). */
const MAX_KEPT_WORDS = 4;

/**
 * "Minsk is emptying its warehouses to keep the Russian army supplied": the party kept supplied receives, the party
 * before "keep" supplies. Null for any other use of the participle.
 */
function keptSupplied(event: EventWord, before: Party[], ctx: PropositionContext): { actor: string | null; recipient: string } | null {
  if (event.tense !== 'participle' && event.tense !== 'past') return null;
  const { tokens, lower } = ctx.view;
  let keep = event.token - 1;
  while (keep >= 0 && event.token - keep <= MAX_KEPT_WORDS && !ctx.lex.keepVerbs.has(lower[keep])) keep--;
  if (keep < 0 || event.token - keep > MAX_KEPT_WORDS) return null;
  const kept = before.find((p) => p.start >= tokens[keep].end);
  if (!kept) return null;
  return { actor: before.findLast((p) => p.end <= tokens[keep].start && p.kind !== 'demonym')?.name ?? null, recipient: kept.name };
}

/** "the North Korean deliveries", « les livraisons nord-coréennes »: a demonym right beside an event noun is who acts. */
function demonymBeside(event: EventWord, parties: Party[]): string | null {
  const beside = (p: Party) => p.start >= event.end && p.start - event.end <= 1 || event.start >= p.end && event.start - p.end <= 1;
  return parties.find((p) => p.kind === 'demonym' && beside(p))?.name ?? null;
}

/** "The United States believes P": the party reports P, it takes no part in it. */
function isReportSubject(p: Party, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const next = tokenIndexAt(tokens, p.end);
  return next < tokens.length && ctx.lex.reportingVerbs.has(lower[next]);
}

/** The clause attacks something or shoots it down ("frappé", "shot down"). */
function fendsOff(content: Span, ctx: PropositionContext): boolean {
  return hasWordIn(content, ctx.lex.defenceVerbs, ctx);
}

function attacksIn(content: Span, ctx: PropositionContext): boolean {
  return hasWordIn(content, ctx.lex.attackVerbs, ctx);
}

/** A word of the content, lower-cased, is one of `words`. */
function hasWordIn(content: Span, words: ReadonlySet<string>, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  return tokens.some((t, k) => within(t, content) && words.has(lower[k]));
}

/**
 * Who uses items from `origin`: a subject or object, or after "à"/"to"; not a place ("drones over Kyiv").
 * Or a party with troops of its own the items serve ("Iranian trainers helping Russian troops").
 * "Russia denied using Iranian drones": else the speaker is the user.
 * Not when the clause attacks or shoots the items down ("said it had shot down Iranian-made drones"),
 * nor a side the content fights ("clashes between Ukrainian troops and North Korean soldiers").
 */
function itemUser(content: Span, parties: Party[], origin: string, item: Item, ctx: PropositionContext, speakerMayUse: boolean): string | null {
  const opponentsFrom = Math.min(confrontationStart(content, ctx), placeRelativeStart(content, ctx));
  // "If Ukraine presents evidence that Iranian drones were used": the user is named in the items' own clause.
  const firstItem = ctx.entities.find((e) => e.kind === 'item' && within(e, content));
  const clauseStart = firstItem ? embeddedClauseStart(tokenIndexAt(ctx.view.tokens, firstItem.start), content, ctx) : content.start;
  // "Ukraine found Chinese-made parts in Russian drones", "the Pentagon had seen North Korean troops in Kursk": who
  // finds, examines or sees the items does not use them.
  const finding = findingVerbIn(content, ctx);
  const finder = (p: Party) => finding !== null && (p.prep === null && p.end <= finding.start || followsFindingVerb(p, ctx));
  const candidates = parties.filter((p) => p.name !== origin && !isReportSubject(p, ctx) && !isAttackTarget(p, ctx) && !(item !== 'personnel' && isPlaceHit(p, ctx)) && !shootsItemsDown(p, ctx) && !isPlaceOfUse(p, ctx) && !finder(p) && !targetsItems(p, ctx)
    && p.start >= clauseStart && p.start < opponentsFrom && (p.kind !== 'demonym' ? p.prep === null || receives(p.prep, item, ctx.lex) || usedBy(p, content, ctx) : ownsPersonnel(p, ctx)));
  // "U.S. forces seized Iranian missile parts bound for the Houthis": whom the items are for, not who holds them now.
  const addressee = firstItem && candidates.find((p) => p.start >= firstItem.end && p.prep !== null && ctx.lex.recipientPrepositions.has(p.prep));
  // "met in Oman to examine evidence of the use of Iranian drones by Russia": the one the text says uses them, not a place before.
  const user = addressee ?? candidates.find((p) => usedBy(p, content, ctx)) ?? candidates[0];
  if (user) return user.name;
  // "Washington was concerned by reports of Iranian weapons in Sudan": items placed in another country are not the speaker's.
  const elsewhere = parties.some((p) => p.prep !== null && ctx.lex.locationPrepositions.has(p.prep) && p.name !== ctx.speakerCountry);
  return speakerMayUse && ctx.speakerIsSubject && ctx.speakerCountry !== origin && !attacksIn(content, ctx) && !finding && !elsewhere ? ctx.speakerCountry : null;
}

/** The content opens on a determiner and items ("the missiles", « ces missiles »): they are its subject. */
function opensOnItems(content: Span, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const first = firstWordIndex(content, ctx);
  const next = tokens[first + 1];
  return first >= 0 && next !== undefined && ctx.lex.determiners.has(lower[first]) && ctx.entities.some((e) => e.kind === 'item' && e.start === next.start);
}

/**
 * The first verb of finding, examining or seeing in the content (« ont retrouvé », "found", "had seen"), not a reflexive
 * (« se trouvent »).
 */
function findingVerbIn(content: Span, ctx: PropositionContext): Token | null {
  const { tokens, lower } = ctx.view;
  const finds = (k: number) => ctx.lex.findingVerbs.has(lower[k]) || ctx.lex.perceptionVerbs.has(lower[k]);
  return tokens.find((t, k) => within(t, content) && finds(k) && !ctx.lex.reflexives.has(lower[k - 1] ?? '')) ?? null;
}

/**
 * "Iranian drones are being used by Russia", « utilisés par la Russie »: the agent of a passive uses the
 * items, unless it attacks them ("were shot down by Ukraine"), though not when a participle of use says so
 * (« a abattu des drones iraniens lancés par la Russie »).
 */
function usedBy(p: Party, content: Span, ctx: PropositionContext): boolean {
  return p.prep !== null && ctx.lex.agentPrepositions.has(p.prep) && (followsUseParticiple(p, ctx) || !attacksIn(content, ctx));
}

/** « utilisés en Ukraine », "used in Ukraine", "fighting in Ukraine": where the items serve, not who got them. */
function isPlaceOfUse(p: Party, ctx: PropositionContext): boolean {
  return p.prep !== null && ctx.lex.locationPrepositions.has(p.prep) && (followsUseParticiple(p, ctx) || followsCombatVerb(p, ctx));
}

/** "North Korean troops were fighting in Ukraine", « combattent en Ukraine »: where they fight, not whom they serve. */
function followsCombatVerb(p: Span, ctx: PropositionContext): boolean {
  const verb = wordBeforePlace(p, ctx);
  if (verb < 0 || !ctx.lex.attackVerbs.has(ctx.view.lower[verb])) return false;
  // "artillery shells to China": a noun of the same spelling is no verb.
  const word = ctx.view.tokens[verb];
  return !ctx.entities.some((e) => e.kind === 'item' && e.start <= word.start && word.end <= e.end);
}

/** "Russian missiles recovered in Ukraine", « récupérés en Ukraine »: where items were found, not who uses them. */
function followsFindingVerb(p: Span, ctx: PropositionContext): boolean {
  const verb = wordBeforePlace(p, ctx);
  return verb >= 0 && ctx.lex.findingVerbs.has(ctx.view.lower[verb]);
}

/** The word right before the preposition of place (not of whom: "to fight for Russia") that governs `p`, or -1. */
function wordBeforePlace(p: Span, ctx: PropositionContext): number {
  const k = prepositionIndexBefore(ctx.view.tokens, p.start, ctx.lex);
  return k >= 1 && ctx.lex.locationPrepositions.has(ctx.view.lower[k]) ? k - 1 : -1;
}

/** A party after this preposition receives the items; personnel are received where they are ("trainers in Belarus"). */
function receives(preposition: string, item: Item, lex: ClaimLexicon): boolean {
  return lex.recipientPrepositions.has(preposition) || item === 'personnel' && lex.locationPrepositions.has(preposition);
}

/** Where the content names sides fighting each other ("clashes between", "against"); the content's end when it does not. */
function confrontationStart(content: Span, ctx: PropositionContext): number {
  const m = ctx.lex.confrontation.exec(ctx.view.text.slice(content.start, content.end));
  return m ? content.start + m.index : content.end;
}

/** "dans cette région, où l'armée ukrainienne occupe ...": where a clause about the place starts; the content's end when none does. */
function placeRelativeStart(content: Span, ctx: PropositionContext): number {
  const { tokens, lower } = ctx.view;
  const at = tokens.findIndex((t, k) => k > 0 && t.start >= content.start && t.end <= content.end
    && tokens[k - 1].text === ',' && ctx.lex.placeRelatives.has(lower[k]));
  return at < 0 ? content.end : tokens[at].start;
}

/** Words an attack verb's object may span before the place it hit ("ont frappé des infrastructures civiles à Kiev"). */
const MAX_ATTACK_OBJECT = 6;

/** Words between a target noun and the party the items are targets for (« des cibles légitimes pour l'armée russe »). */
const MAX_TARGET_GAP = 4;

/** "the F-16s would be legitimate targets for the Russian army": the party the items are targets for attacks them. */
function targetsItems(p: Party, ctx: PropositionContext): boolean {
  return wordInPhraseBefore(p, ctx.lex.targetNouns, MAX_TARGET_GAP, ctx);
}

/** "des drones ont frappé Kiev", "drones struck Kyiv": the party attacked does not use the items. */
function isAttackTarget(p: Party, ctx: PropositionContext): boolean {
  const word = wordBefore(ctx.view.tokens, p.start, ctx.lex);
  return word !== null && ctx.lex.attackVerbs.has(word);
}

/**
 * « ont frappé des infrastructures civiles à Kiev »: the place an attack hit, after the verb's object, does not use
 * the items either (troops "engaged Ukrainian forces in Russia's Kursk region" are where they serve).
 */
function isPlaceHit(p: Party, ctx: PropositionContext): boolean {
  if (p.prep === null) return false;
  const { tokens, lower } = ctx.view;
  const at = tokenIndexAt(tokens, p.start);
  for (let k = at - 2; k >= 0 && at - k <= MAX_ATTACK_OBJECT + 2 && tokens[k].kind === 'word'; k--) {
    if (ctx.lex.attackVerbs.has(lower[k])) return true;
    if (isVerb(lower[k], ctx.lex)) return false;
  }
  return false;
}

/** Words between a subject and its verb ("a", "has", "chaque jour"). */
const MAX_SUBJECT_VERB_GAP = 3;

/**
 * "l'armée ukrainienne abattait des drones iraniens": the subject of an attack verb whose object is
 * the items shoots them down and does not use them ("La Russie a frappé Kiev avec des drones" does).
 */
function shootsItemsDown(p: Party, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const after = tokenIndexAt(tokens, p.end);
  for (let k = after; k < tokens.length && k - after <= MAX_SUBJECT_VERB_GAP && tokens[k].kind === 'word'; k++) {
    if (!ctx.lex.attackVerbs.has(lower[k])) continue;
    // "destroys Iranian drones": the demonym before the items says whose they are.
    const object = ctx.entities.find((e) => e.start >= tokens[k].end && e.kind !== 'demonym');
    return object?.kind === 'item';
  }
  return false;
}

/** A country right after people, linked as their owner: "troops from Belarus", "des militaires de la Serbie". */
function ownsPersonnelBefore(p: Party, ctx: PropositionContext): boolean {
  return p.kind !== 'demonym' && ownsItemsBefore(p, ctx.entities.filter((e) => e.kind === 'item' && e.item === 'personnel'), ctx);
}

/** Items written before the party belong to it: "instructeurs des Gardiens de la révolution", "troops from Belarus". */
function ownsItemsBefore(p: Party, items: readonly EntityMention[], ctx: PropositionContext): boolean {
  return items.some((i) => i.end <= p.start && ctx.lex.ownerAfterItem.test(ctx.view.text.slice(i.end, p.start)));
}

/** A demonym right before people ("Russian troops", "soldats russes" after them): that party's own personnel. */
function ownsPersonnel(p: Party, ctx: PropositionContext): boolean {
  return personnelBeside(p, ctx) !== undefined;
}

/** People after a possessive right after the event ("training its soldiers", « entraînaient ses soldats »). */
function trainsOwnPeople(event: EventWord, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const k = tokenIndexAt(tokens, event.end);
  return ctx.lex.possessives.has(lower[k] ?? '') && ctx.entities.some((e) => e.kind === 'item' && e.item === 'personnel' && e.start === tokens[k + 1]?.start);
}

/** A demonym qualifying a place, before or after its noun ("the Polish border", « la frontière polonaise »). */
function qualifiesPlace(p: Party, ctx: PropositionContext): boolean {
  const { tokens, lower } = ctx.view;
  const at = tokenIndexAt(tokens, p.start);
  return ctx.lex.placeNouns.has(lower[tokenIndexAt(tokens, p.end)] ?? '') || ctx.lex.placeNouns.has(lower[at - 1] ?? '');
}

/** The people right before or after a party's words ("Russian troops", « soldats russes »). */
function personnelBeside(p: Party, ctx: PropositionContext): EntityMention | undefined {
  return ctx.entities.find((e) => e.kind === 'item' && e.item === 'personnel'
    && (e.start >= p.end && e.start - p.end <= 1 || p.start >= e.end && p.start - e.end <= 1));
}

/**
 * The party comes right after a participle of use and its preposition: where the items serve, not who gets
 * them ("weapons used in Ukraine", « une arme utilisée en Ukraine »), or who uses them (« lancés par la Russie »).
 */
function followsUseParticiple(p: Party, ctx: PropositionContext): boolean {
  return ctx.lex.useParticiples.has(wordBeforePreposition(ctx.view.tokens, p.start, ctx.lex) ?? '');
}

/** "the supply of drones used by Russia", « des drones utilisés par la Russie »: who uses the items passed received them. */
function userAfter(after: Party[], ctx: PropositionContext): string | null {
  return after.find((p) => p.prep !== null && ctx.lex.agentPrepositions.has(p.prep) && followsUseParticiple(p, ctx))?.name ?? null;
}

/** "to Russian troops", « aux soldats russes »: people known by their demonym, after a preposition of receiving, stand for their country. */
function peopleReceiving(after: Party[], ctx: PropositionContext): string | null {
  for (const p of after) {
    if (p.kind !== 'demonym') continue;
    const people = personnelBeside(p, ctx);
    const preposition = people ? prepositionBefore(ctx.view.tokens, Math.min(p.start, people.start), ctx.lex) : null;
    if (preposition !== null && ctx.lex.recipientPrepositions.has(preposition)) return p.name;
  }
  return null;
}

/** "l'intérêt russe", a demonym right beside an event noun, names who wants it. */
function demonymNear(event: EventWord, parties: Party[]): string | null {
  return parties.find((p) => p.kind === 'demonym' && p.start >= event.end && p.start - event.end <= 2)?.name ?? null;
}

function distinct(names: string[]): string[] {
  return [...new Set(names)];
}

/** The countries the sentence names, but not the speaker's own outside the content, nor any in the source's words: the source is no party. */
function sentenceParties(content: Span, clauseStart: number, ctx: PropositionContext): string[] {
  // Not the content's own, before the event's clause: those are another clause's.
  const otherClause = (e: EntityMention) => within(e, content) && e.start < clauseStart;
  const inSource = (e: EntityMention) => ctx.source !== null && within(e, ctx.source);
  return ctx.entities.filter((e) => ['country', 'capital', 'institution'].includes(e.kind) && e.country && !otherClause(e) && !inSource(e)
    && (e.country !== ctx.speakerCountry || within(e, content))).map((e) => e.country!);
}

/** Troops sent to a region ("en Crimée") serve the party the content names after them ("les attaques russes"). */
function partyAfter(event: EventWord, actor: string | null, content: Span, ctx: PropositionContext): string | null {
  // Not where they fight ("send its own troops to fight in Ukraine").
  return ctx.entities.find((e) => e.start > event.end && within(e, content) && ['country', 'capital', 'region', 'institution', 'demonym'].includes(e.kind) && e.country && e.country !== actor
    && !followsCombatVerb(e, ctx))?.country ?? null;
}

/**
 * The item the clause is about: the first one after the event word (its object), else the first in
 * the clause. A generic noun after a demonstrative ("ce type d'armement") refers back to the topic's item.
 */
function chooseItem(items: EntityMention[], event: EventWord | null, content: Span, ctx: PropositionContext, rules: string[]): Item | null {
  // "11 000 soldats ont été envoyés en Russie, où ils sont formés au maniement de drones": a passive's subject is what is sent.
  const passiveSubject = event && auxiliariesBefore(event.token, ctx).passive ? items.findLast((i) => i.end <= event.start) : undefined;
  let candidate = passiveSubject ?? (event && items.find((i) => i.start >= event.end)) ?? items[0];
  // "des missiles Fateh-110", "drones Shahed", "missiles de type KN-23": a system named right after its class is the item.
  const named = candidate && items.find((i) => i.start >= candidate!.end
    && (i.start - candidate!.end <= 1 || ctx.lex.systemLink.test(ctx.view.text.slice(candidate!.end, i.start))));
  if (named?.item && candidate?.item && isBroaderItem(candidate.item, named.item)) candidate = named;
  if (!candidate?.item) return null;
  const before = ctx.view.text.slice(Math.max(content.start, candidate.start - 30), candidate.start);
  const topicItem = ctx.topic?.item;
  if (topicItem && ctx.lex.demonstratives.test(before) && isBroaderItem(candidate.item, topicItem)) {
    rules.push(`item:anaphoric(${candidate.item}->${topicItem})`);
    return topicItem;
  }
  rules.push(`item:${candidate.item}`);
  return candidate.item;
}

/**
 * No event word: an item with its origin and another party ("des drones Shahed-136 de fabrication
 * iranienne" used by Russia) is a supply; a clause that is about the topic takes the topic.
 */
function fromTopicOnly(
  content: Span, parties: Party[], items: EntityMention[], item: Item | null, ctx: PropositionContext, rules: string[],
): PropositionReading {
  const slice = ctx.view.text.slice(content.start, content.end);
  // "Belarus was repairing Russian military equipment": whose items they are says nothing of a transfer; nor does "the
  // withdrawal of Russian troops", nor "Russian and Belarusian troops held joint exercises".
  if (ctx.lex.servicing.test(slice) || ctx.lex.withdrawal.test(slice) || ctx.lex.exercises.test(slice)) return { proposition: null, rules };
  // "Shahed drones launched by Russia": a weapon system's maker is an origin too, though only a user the clause
  // names, not the speaker, shows such items changed hands.
  const origins = itemOrigins(parties, ctx, item);
  const stated = origins[0] ?? null;
  const origin = stated?.name ?? systemOrigin(content, ctx);
  // Only items of a stated origin have a user to find, so the search waits for both.
  const user = origin && item ? itemUser(content, parties, origin, item, ctx, stated !== null) : null;
  if (origin && user && item) {
    rules.push('proposition:item-origin');
    return { proposition: { type: item === 'personnel' ? 'deploy' : 'supply', actor: origin, recipient: user, item }, rules, itemsUsed: true, origin: stated ?? undefined };
  }
  if (ctx.lex.exportControl.test(slice) || ctx.lex.sanctions.test(slice) || ctx.lex.intoTheWar.test(slice)) return { proposition: null, rules };
  const anaphor = ctx.lex.anaphoricClaim.exec(slice);
  const anaphoric = anaphor !== null;
  const topic = topicOfOrigin(origin ?? systemOrigin(content, ctx), item, ctx);
  if (!topic) return { proposition: null, rules };
  // "Analysts said the accusations would make the talks harder", « ces accusations compliqueront les négociations »:
  // what the claims will do, said by no party to them, is no word on whether they are true.
  const party = ctx.speakerCountry === topic.actor || ctx.speakerCountry === topic.recipient;
  if (anaphor && !party && /^\s*$/u.test(slice.slice(0, anaphor.index)) && ctx.lex.claimsConsequence.test(slice.slice(anaphor.index + anaphor[0].length))) {
    return { proposition: null, rules };
  }
  // "its forces had carried out a massive strike with long-range precision weapons": the recipient telling of its own
  // attacks, with arms of no stated origin, says nothing of who supplied them.
  if (!origin && !anaphoric && ctx.speakerCountry === topic.recipient && attacksIn(content, ctx)) return { proposition: null, rules };
  // "the missiles will not change the outcome", « ces missiles ne changeront rien »: denying what items of no stated
  // origin do, naming no party, neither denies nor states who supplied them.
  if (!origin && parties.length === 0 && opensOnItems(content, ctx) && ctx.lex.negation.test(slice)) return { proposition: null, rules };
  // "shield Ukrainian cities from Iranian-made drones": items of another origin fended off are no supply the topic is about.
  if (origin && origin !== topic.actor && fendsOff(content, ctx)) return { proposition: null, rules };
  // "Iran denounced the sanctions as illegal": the topic's own actor, condemning something other than the
  // claims against it, accuses nobody of what it is said to do.
  if (ctx.condemnsNoClaim && !anaphoric && ctx.speakerCountry === topic.actor) return { proposition: null, rules };
  // "dismissed the reports as a fabrication of Western propaganda": who is named in the verdict takes no part.
  // Nor is one named in a clause about a place ("cette région, où l'armée ukrainienne occupe ...").
  const verdictStart = anaphor && matchAtStart(ctx.lex.verdictOpening, slice.slice(anaphor.index + anaphor[0].length))
    ? content.start + anaphor.index + anaphor[0].length : placeRelativeStart(content, ctx);
  // Nor is a target ("des missiles utilisés contre l'Ukraine"), where the items serve (« utilisés en Ukraine ») or were
  // found ("recovered in Ukraine"), or who shoots them down (« l'armée ukrainienne abat des drones de fabrication iranienne »).
  const bystander = (p: Party) => p.prep !== null && ctx.lex.targetPrepositions.has(p.prep) || isPlaceOfUse(p, ctx) || followsFindingVerb(p, ctx)
    || shootsItemsDown(p, ctx);
  // Nor who is named before the clause the items stand in ("the evidence gathered by Ukraine left no doubt that the drones ...").
  const clauseStart = items.length ? embeddedClauseStart(tokenIndexAt(ctx.view.tokens, items[0].start), content, ctx) : content.start;
  // Nor who judges the claims named after it ("the United States had no reason to doubt the reports").
  const claimsStart = anaphor ? content.start + anaphor.index : content.start;
  const namesOthers = parties.some((p) => p.name !== topic.actor && p.name !== topic.recipient && p.kind !== 'demonym' && !bystander(p)
    && p.start >= Math.max(clauseStart, claimsStart) && p.start < verdictStart);
  // "des missiles KN-23 ont été tirés sur Kharkiv", after talk of North Korean shells for Russia: other items (not
  // people) of the topic's supplier turning up are more of its supplies.
  const sameItemFamily = item !== null && (relatedItems(item, topic.item) || origin === topic.actor && topic.type === 'supply' && item !== 'personnel' && !GENERIC_ITEMS.has(item));
  // "the drones were Russian-made", said of the topic's items: the recipient made them, nobody supplied them. So
  // does the recipient saying its own are "produced domestically".
  const making = ctx.lex.domesticOrigin.exec(slice);
  const domestic = making !== null;
  // So does the recipient saying the items it uses are its own ("Russian equipment with Russian names is being used"),
  // or anyone saying the recipient makes them at home, its verb right after it ("the Houthis produce their own missiles").
  const madeAtHome = making !== null && recipientMakesAtHome(content.start + making.index, parties, topic, ctx)
    || ctx.speakerCountry === topic.recipient && (domestic || origin === topic.recipient);
  // "Our forces use Russian equipment" answers the claim about drones: any arms stand for the topic's, and so do none named
  // ("our industry produces everything the army requires").
  const anyArms = item === null || GENERIC_ITEMS.has(item);
  // Items a party is said to train the recipient on ("trained Russian troops to fly drones") are said to be its own too.
  const itemsOfActor = topic.type === 'supply' || topic.type === 'train' && topic.item !== null && topic.item !== 'personnel';
  if ((sameItemFamily || anyArms) && itemsOfActor && (madeAtHome || predicativeMaker(content, parties, items, ctx) === topic.recipient)) {
    rules.push('proposition:made-by-recipient');
    const answered = anyArms ? topic.item : item ?? topic.item;
    return { proposition: { type: 'supply', actor: topic.actor, recipient: topic.recipient, item: answered }, rules, madeByRecipient: true };
  }
  // "la Russie utilise des armes de fabrication russe", "de fabrication nationale": the receiving side's own items are no supply.
  const ownMade = origin !== null && origin === topic.recipient || domestic;
  if ((anaphoric || ctx.expectsProposition || sameItemFamily) && !namesOthers && !ownMade) {
    rules.push(anaphoric ? 'proposition:anaphoric-topic' : 'proposition:topic');
    const chosen = item ?? topic.item;
    // The topic's participants, with a type that fits the item: people are deployed, things supplied. A training
    // stays one: its trainees are no people sent.
    const type = topic.type === 'train' ? 'train' : chosen === 'personnel' ? 'deploy' : topic.type === 'deploy' ? 'supply' : topic.type;
    // An item's stated origin ("des formateurs iraniens") names the supplier even when the topic is another; of
    // several ("clashes between Ukrainian troops and North Korean soldiers"), the topic's supplier.
    const actor = origin !== null && origins.some((o) => o.name === topic.actor) ? topic.actor : origin ?? topic.actor;
    return { proposition: { type, actor, recipient: topic.recipient, item: chosen }, rules };
  }
  return { proposition: null, rules };
}

/** Nothing but an adverb or an opening quote mark between a subject and its verb ("Russia also makes", « la Russie « produit »). */
const SUBJECT_TO_VERB = /^\s+(?:\p{L}+\s+)?(?:[«“"]\s*)?$/u;

/** The topic's recipient is the subject of the verb of making at home at `verbAt`: "the Houthis produce all of their own missiles". */
function recipientMakesAtHome(verbAt: number, parties: Party[], topic: Proposition, ctx: PropositionContext): boolean {
  return parties.some((p) => p.name === topic.recipient && p.prep === null && p.end <= verbAt && SUBJECT_TO_VERB.test(ctx.view.text.slice(p.end, verbAt)));
}

/**
 * The topic a clause naming no event refers to: the last one, unless where its items come from ("these
 * were KN-23s", "des drones iraniens") is the supplier of the salient topic and not of the last one, or
 * its items are of the salient topic's kind and not of the last one's ("deny any arms trade" after a word
 * on technology).
 */
function topicOfOrigin(origin: string | null, item: Item | null, ctx: PropositionContext): Proposition | null {
  const { topic, salientTopic } = ctx;
  if (origin && topic?.actor !== origin && salientTopic?.actor === origin) return salientTopic;
  // "North Korea has received parts in return. North Korea's defence ministry dismissed the claims": what a party
  // answers is what it is said to do in the main story, not what it is said to get in exchange.
  const speaker = ctx.speakerCountry;
  if (speaker && topic?.type === 'supply' && topic.recipient === speaker && salientTopic?.actor === speaker && salientTopic.recipient === topic.actor) {
    return salientTopic;
  }
  if (item && topic && salientTopic && !relatedItems(item, topic.item) && relatedItems(item, salientTopic.item)) return salientTopic;
  // "the drones its troops use are Russian-made", after talk of missiles: the last word on drones.
  if (item && topic && !relatedItems(item, topic.item)) return [...ctx.topicByItem.values()].findLast((p) => relatedItems(item, p.item)) ?? topic;
  return topic;
}

/** The party qualifies a claim noun ("Western accusations", « les accusations occidentales »): it is who accuses. */
function accuses(p: Span, ctx: PropositionContext): boolean {
  const { text } = ctx.view;
  return ctx.lex.claimNounAfter.test(text.slice(p.end, p.end + CLAIM_NOUN_REACH)) || ctx.lex.claimNounBefore.test(text.slice(Math.max(0, p.start - CLAIM_NOUN_REACH), p.start));
}

/** Characters around a party where the claim noun it qualifies may stand. */
const CLAIM_NOUN_REACH = 40;

/** The country that makes a weapon system the clause names, when only one does. */
function systemOrigin(content: Span, ctx: PropositionContext): string | null {
  return ctx.entities.find((e) => e.kind === 'item' && e.origin && within(e, content))?.origin ?? null;
}

function modeOf(event: EventWord, content: Span, ctx: PropositionContext): PropositionMode | undefined {
  if (event.mode) return event.mode;
  const windowStart = Math.max(content.start, event.start - MODE_WINDOW);
  const windowText = ctx.view.text.slice(windowStart, event.end);
  // A month is no modal ("in May Iran sent"), though a time ahead ("next month") tells the mode.
  const verbsOnly = sliceWithout(ctx.view.text, windowStart, event.end, ctx.view.dates);
  const { modes } = ctx.lex;
  if (modes.sought.test(verbsOnly)) return 'sought';
  if (modes.planned.test(verbsOnly) || modes.timeAhead.test(windowText) || ctx.lex.headlineFuture?.test(windowText)) return 'planned';
  if (modes.ongoing.test(windowText)) return 'ongoing';
  // "est le principal fournisseur": the verb before an agent noun is a copula, which tells no mode.
  if (event.tense === 'agent') return undefined;
  const tense = eventTense(event, ctx);
  if (tense === 'past' || tense === 'pluperfect' || tense === 'participle') return 'done';
  if (tense === 'present') return modes.timeAhead.test(clauseAfter(event, content, ctx)) ? 'planned' : 'ongoing';
  // « a indiqué que Washington enverrait d'autres missiles dans les prochaines semaines »: a future seen from the past.
  if (tense === 'conditional' && modes.timeAhead.test(clauseAfter(event, content, ctx))) return 'planned';
  if (tense === 'future') return 'planned';
  return undefined;
}

const CLAUSE_PUNCT = /^[,;:]$/u;

/** Characters after the event word its clause is read in for a time ahead: items and a recipient may come first. */
const CLAUSE_AFTER_REACH = 90;

/** What follows the event word in its clause: up to a comma, a conjunction or the content's end, at most CLAUSE_AFTER_REACH characters. */
function clauseAfter(event: EventWord, content: Span, ctx: PropositionContext): string {
  const { tokens, lower } = ctx.view;
  let end = Math.min(content.end, event.end + CLAUSE_AFTER_REACH);
  for (let k = event.token + 1; k < tokens.length && tokens[k].start < end; k++) {
    if (CLAUSE_PUNCT.test(tokens[k].text) || ctx.lex.conjunctions.has(lower[k])) end = tokens[k].start;
  }
  return ctx.view.text.slice(event.end, end);
}

/** The tense of the event's verb group: "a fourni" is past even though "fourni" is a participle. */
function eventTense(event: EventWord, ctx: PropositionContext): EventForm {
  const aux = auxiliaryBefore(event, ctx);
  if (aux) return aux === 'conditional' ? 'past' : aux;
  return event.tense;
}

/**
 * The tense of the auxiliary opening the event's verb group ("a fourni", "had been supplied"; a
 * perfect infinitive "avoir fourni" is past), or null when the event word stands alone.
 */
function auxiliaryBefore(event: EventWord, ctx: PropositionContext): Tense | null {
  const { lower } = ctx.view;
  for (let k = event.token - 1; k >= Math.max(0, event.token - 3); k--) {
    const aux = ctx.lex.auxiliaries.get(lower[k]);
    if (aux) return aux;
    if (ctx.lex.perfectInfinitives.has(lower[k])) return 'past';
  }
  return null;
}
