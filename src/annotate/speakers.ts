/**
 * Speaker resolution: turns the region where an attribution names its source into a Speaker.
 * People beat roles, roles beat institutions, institutions beat countries; pronouns and role nouns
 * resolve through the document's cast and the last speaker; coordinated subjects give several.
 */
import type { Claim, Span, Speaker, Token } from '../core/types.js';
import type { ClaimLexicon } from '../lang/types.js';
import { isStatelessGroup, type EntityMention } from '../knowledge/index.js';
import { areAdjacent } from '../core/text.js';
import { quotedRanges } from '../segment/index.js';
import { EXPERT_ROLE, isNameWord, ownsApposedRole, possessor, speaksForNoCountry, type Cast, type Person, type PersonMention } from './people.js';
import { firstVerbIndex, isAuxiliary, isBareSource, isCommonNounSource, isListGap, isRelativePronoun, isSpeakerPronoun, POSSESSIVE_ENDING, POSSESSIVE_GAP, prepositionBefore, SHORT_PREPOSITION_ONLY, tokenIndexAt } from './words.js';

/** What the resolver knows about the sentence and the document so far. */
export interface SpeakerContext {
  text: string;
  /** The sentence's tokens. */
  tokens: Token[];
  entities: EntityMention[];
  persons: PersonMention[];
  cast: Cast;
  lex: ClaimLexicon;
  /** The most recent resolved speaker in the document, for pronouns. */
  lastSpeaker: Speaker | null;
  /** Everyone who reported in the last sentence with a report ("Iran denied P, a day after U.S. officials said Q"). */
  lastReportSpeakers: readonly Speaker[];
  /** Where the sentence of the last report ends (0 before any): people named after it were named since. */
  lastReportEnd: number;
  /** The speaker of the transcript turn under way, who "we" is. */
  turnSpeaker: Speaker | null;
  /** The country of the place the story was filed from, else most organisations quoted speak for: for officials with no stated country. */
  homeCountry: string | null;
  /** The country of the place the story was filed from (its dateline), if any. */
  filedFrom: string | null;
  /** The country the sentence opens on being in ("In Tehran, ..."): its officials of no stated country are that country's (sceneCountry). */
  sceneCountry: string | null;
  /** The countries named before the sentence, each once, the most recently named last ("les deux pays"). */
  recentCountries: readonly string[];
  /** The institutions named before the sentence, the most recent last ("the ministry" after "Britain's Ministry of Defence"). */
  recentInstitutions: readonly EntityMention[];
  /**
   * Groups of parties "the two countries" most likely means, best first: the speakers of the last
   * report ("Germany, France and Britain said ... The three countries"), the topic's two parties.
   */
  partyGroups: readonly (readonly string[])[];
  /** The entity the sentence before opens with, its subject ("Le Kremlin s'est refusé à tout commentaire."). */
  previousSubject: EntityMention | null;
  /**
   * Someone the text last wrote as the subject of a sentence reporting nothing, after the last report ("Le président
   * ukrainien a aussitôt réagi."): who "il" or "he" of the next report most likely is.
   */
  lastActor: Speaker | null;
  /** The last speaker quoted under each role ("a U.S. official"): who "the official" is, though others spoke since. */
  speakerByRole: ReadonlyMap<string, Speaker>;
  /** The organisation last written as the subject of a sentence about a document ("L'IISS a publié un rapport"): "the report" and "the authors" speak for it. */
  publisher: EntityMention | null;
}

interface Candidate extends Span {
  rank: number;
  speaker: Speaker;
}

/** The publication itself, speaking in its own voice (not scored as anyone's claim). */
export const AUTHOR: Speaker = { name: 'author', type: 'author', affiliation: null };

/** Roles that speak for the country that sends them, wherever they are posted. */
const COUNTRY_DELEGATES: ReadonlySet<string> = new Set(['representative', 'permanent representative', 'deputy permanent representative', 'ambassador', 'deputy ambassador', 'chargé d’affaires', 'envoy']);
/** Roles any official may be called by ("the official", « le diplomate »), whatever their title. */
const GENERIC_ROLES: ReadonlySet<string> = new Set(['official', 'diplomat']);
/** Roles that speak for nobody but themselves: an expert is no official of the institution or country nearby. */
const INDEPENDENT_ROLES: ReadonlySet<string> = new Set([EXPERT_ROLE]);

const RANK = { person: 0, role: 1, institution: 2, group: 3, country: 4, pronoun: 5 } as const;

/** Speakers whose affiliation is the document's home country, not one the text gives them. */
const guessedAffiliations = new WeakSet<Speaker>();

/** A speaker whose affiliation is the document's home country, marked as such. */
function guessed(speaker: Speaker): Speaker {
  if (speaker.affiliation) guessedAffiliations.add(speaker);
  return speaker;
}

/** « À Kiev, le président X a dit »: an official of no stated country speaks for the country the sentence opens in. */
function sceneOfficial(person: Person, ctx: SpeakerContext): Speaker | null {
  if (person.affiliation || !person.role || person.international || !ctx.sceneCountry) return null;
  return { name: person.name, type: 'person', affiliation: ctx.sceneCountry, role: person.role };
}

/**
 * `homeCountry` is asked only for an official of no stated country: guessing it reads the sentence again. An official
 * the text names in a role said with its country (`roleCountry`) speaks for that country, stated, not guessed.
 */
export function personSpeaker(person: Person, homeCountry: () => string | null, roleCountry: string | null = null): Speaker {
  if (person.affiliation) return { name: person.name, type: 'person', affiliation: person.affiliation, role: person.role };
  // An expert speaks for nobody: no home country is guessed for "military analyst X".
  const official = person.role !== null && !person.international && ![...person.roles].some((role) => INDEPENDENT_ROLES.has(role));
  if (official && roleCountry) return { name: person.name, type: 'person', affiliation: roleCountry, role: person.role };
  return guessed({ name: person.name, type: 'person', affiliation: official ? homeCountry() : null, role: person.role });
}

/**
 * The country an official of no stated country most likely speaks for: that of the body that spoke in
 * the last report, as the subject of the sentence before ("Tehran rejected the accusation. Foreign
 * ministry spokesman X said ...", "Iran denied P, a day after U.S. officials said Q. “...,” spokesman X
 * said"), or of the officials or body the sentence before is about ("US officials have not accused Beijing. A senior
 * administration official said ...", "The Kremlin declined to comment. “...,” spokesman X said"), or of the one
 * body or group of officials that reported in the sentence right before, else the document's home country.
 */
function guessedCountry(ctx: SpeakerContext): string | null {
  const outlet = outletCountry(ctx);
  if (outlet) return outlet;
  const country = ctx.previousSubject?.country;
  const spoke = country && ctx.lastReportSpeakers.some((s) => speaksAsBody(s) && s.affiliation === country);
  const officials = country && (ctx.previousSubject!.kind === 'role' || ctx.previousSubject!.kind === 'institution');
  if (spoke || officials) return country;
  // « À Téhéran, on continue de nier. Le ministre des Affaires étrangères, X, a répété que ... »: not its subject.
  const [only, ...others] = ctx.lastReportSpeakers;
  return !others.length && only?.type !== 'person' && !only?.role && only?.affiliation && quotedJustBefore(ctx) ? only.affiliation : ctx.homeCountry;
}

/**
 * "North Korea's state news agency KCNA quoted a foreign ministry official as saying", « selon l'agence officielle
 * IRNA, le ministre », « les médias d'État iraniens rapportent que le ministre »: an official a country's outlet
 * quotes is most likely of the outlet's country.
 */
function outletCountry(ctx: SpeakerContext): string | null {
  const outlet = ctx.entities.find((e) => e.kind === 'institution' && e.institutionKind === 'media' && e.country);
  return outlet?.country ?? ctx.entities.find((e) => e.kind === 'demonym' && e.country && qualifiesMedia(e, ctx))?.country ?? null;
}

/** Words between a demonym and the media noun it qualifies ("Iranian state media", « médias d'État iraniens »). */
const MEDIA_QUALIFIER_REACH = 3;

/** A media noun stands within reach of the demonym. */
function qualifiesMedia(demonym: EntityMention, ctx: SpeakerContext): boolean {
  const at = tokenIndexAt(ctx.tokens, demonym.start);
  const near = ctx.tokens.slice(Math.max(0, at - MEDIA_QUALIFIER_REACH), at + MEDIA_QUALIFIER_REACH + 1);
  return near.some((t) => ctx.lex.mediaNouns.has(t.text.toLowerCase()));
}

/**
 * A person whose country was guessed speaks for the country guessed when they were first quoted ("Deputy Foreign
 * Minister X told reporters ... X added that ..."): what was said between does not change who they are. `first`
 * holds each such person's first guess, by name.
 */
export function steadyGuess(speaker: Speaker, first: Map<string, string>): Speaker {
  if (speaker.type !== 'person' || !speaker.affiliation || !guessedAffiliations.has(speaker)) return speaker;
  const country = first.get(speaker.name);
  if (country === undefined) first.set(speaker.name, speaker.affiliation);
  return country === undefined || country === speaker.affiliation ? speaker : guessed({ ...speaker, affiliation: country });
}

/**
 * "Lukashenko says Belarus has received ..." as the headline, then "its president, Alexander Lukashenko": a person whose
 * country was guessed speaks for the one the text states for them elsewhere in the document.
 */
export function settleGuessedCountries(claims: Claim[]): Claim[] {
  const stated = new Map<string, string>();
  for (const c of claims) {
    if (c.speaker.type === 'person' && c.speaker.affiliation && !guessedAffiliations.has(c.speaker) && !stated.has(c.speaker.name)) stated.set(c.speaker.name, c.speaker.affiliation);
  }
  return claims.map((c) => {
    const country = guessedAffiliations.has(c.speaker) ? stated.get(c.speaker.name) : undefined;
    return country === undefined || country === c.speaker.affiliation ? c : { ...c, speaker: { ...c.speaker, affiliation: country } };
  });
}

/** The country the text itself says the speaker speaks for: a guessed home country is not enough to commit them. */
export function statedAffiliation(speaker: Speaker): string | null {
  return guessedAffiliations.has(speaker) ? null : speaker.affiliation;
}

/** The speakers named in `region`: usually one, several for "Moscou et Téhéran ont nié". */
export function resolveSpeakers(region: Span, nearEnd: boolean, ctx: SpeakerContext): Speaker[] {
  const figures = countriesOfFigures(region, ctx) ?? countriesOfListedRole(region, ctx);
  if (figures) return figures;
  // "one of them said", "One of the sources said", « a affirmé l'un d'eux »: one of the group quoted last, who speaks as
  // the group did, unless the words say more of whose ("one of the Iranian officials", "one of the European sources").
  const quotedLast = ctx.lastSpeaker;
  const member = ctx.lex.oneOfThem.test(ctx.text.slice(region.start, region.end))
    && !ctx.entities.some((e) => e.start >= region.start && e.end <= region.end && (e.kind !== 'role' || e.country !== null));
  if (quotedLast && member) return [quotedLast];
  const subject = nearEnd ? withoutTrailingAside(withoutLeadingAdjunct(region, ctx), ctx) : region;
  const candidates = candidatesIn(subject, ctx);
  const countries = countriesOfGroup(region, candidates, ctx);
  if (countries) return countries;
  if (!candidates.length) {
    const reporter = ownCountryReporter(region, ctx);
    if (reporter) return [reporter];
    const name = bareName(subject, ctx);
    if (name) return [{ name, type: 'person', affiliation: null }];
    const thing = neuterAntecedent(region, ctx);
    if (thing) return [thing];
    const source = commonNounSource(region, ctx);
    return source ? [source] : [];
  }
  const best = Math.min(...candidates.map((c) => c.rank));
  const top = candidates.filter((c) => c.rank === best).sort((a, b) => a.start - b.start);
  const chosen = countryInApposition(nearEnd ? top.at(-1)! : top[0], top, ctx);
  const group = coordinatedWith(chosen, top, ctx.text, ctx.lex);
  return dedupe(group.map((c) => c.speaker));
}

/** Between a role and another in apposition to it: a comma, perhaps an article (", the ", « , »). */
const APPOSITION_GAP = /^\s*,\s*(?:\p{Ll}+\s+)?$/u;

/**
 * "the Council President, the representative of Slovenia,", « le Président du Conseil, représentant de la
 * Slovénie, »: a role of no stated country, with a role of some country in apposition, speaks for that country.
 */
function countryInApposition(chosen: Candidate, top: Candidate[], ctx: SpeakerContext): Candidate {
  const next = top.find((c) => c.start >= chosen.end);
  if (!next || !APPOSITION_GAP.test(ctx.text.slice(chosen.end, next.start))) return chosen;
  return isCountrylessRole(chosen, ctx) && roleAt(next, ctx)?.country ? next : chosen;
}

/** The role mention a candidate is, if it is one. */
function roleAt(candidate: Span, ctx: SpeakerContext): EntityMention | undefined {
  return ctx.entities.find((e) => e.kind === 'role' && e.start === candidate.start && e.end === candidate.end);
}

/** A role that says neither whose country nor whose institution it is ("the Council President"). */
function isCountrylessRole(candidate: Span, ctx: SpeakerContext): boolean {
  const role = roleAt(candidate, ctx);
  return role !== undefined && role.country === null && !role.institution;
}

/**
 * The countries a coordinated subject opening the sentence names ("Paris, Berlin et Londres ont annoncé
 * des sanctions"), for a later "les trois capitales"; none when the subject is not such a list.
 */
export function coordinatedSubjectCountries(ctx: SpeakerContext): string[] {
  const opening = openingEntity(ctx.entities, ctx.tokens, ctx.lex);
  if (opening?.kind !== 'country' && opening?.kind !== 'capital') return [];
  const verb = firstVerbIndex(ctx.tokens, ctx.lex);
  if (verb < 0) return [];
  const subject = { start: ctx.tokens[0].start, end: ctx.tokens[verb].start };
  // Each country of the list is a mention of its own: most sentences name one, and need no resolving.
  if (ctx.entities.filter((e) => e.end <= subject.end).length < 2) return [];
  const speakers = resolveSpeakers(subject, false, ctx);
  return speakers.length >= 2 && speakers.every((s) => s.type === 'country') ? speakers.map((s) => s.name) : [];
}

/**
 * "Les deux pays ont démenti", "both sides denied", when the subject names no country itself: the
 * first of the likely groups that has as many countries (the last coordinated speakers, the accused
 * pair of the topic rather than the accuser quoted last), else the countries last named.
 */
function countriesOfGroup(region: Span, candidates: Candidate[], ctx: SpeakerContext): Speaker[] | null {
  if (candidates.some((c) => c.rank <= RANK.country)) return null;
  const m = ctx.lex.countryGroup.exec(ctx.text.slice(region.start, region.end));
  if (!m) return null;
  const size = m.groups?.pair ? 2 : ctx.lex.groupSizes.get(m.groups?.count?.toLowerCase() ?? '') ?? 0;
  if (!size || ctx.recentCountries.length < size) return null;
  const isCountry = (party: string) => ctx.recentCountries.includes(party);
  const countries = ctx.partyGroups.find((g) => g.length === size && g.every(isCountry)) ?? ctx.recentCountries.slice(-size);
  return countries.map(countrySpeaker);
}

/**
 * "according to South Korean and U.S. estimates", « selon les estimations sud-coréennes et américaines »: figures
 * the countries named own are theirs; each country speaks. Null unless the region is only that.
 */
function countriesOfFigures(region: Span, ctx: SpeakerContext): Speaker[] | null {
  const owners = ctx.entities.filter((e) => e.start >= region.start && e.end <= region.end && e.country
    && (e.kind === 'demonym' || e.kind === 'country' || e.kind === 'capital'));
  if (!owners.length) return null;
  const words = tokensIn(region, ctx).filter((t) => t.kind === 'word' && !owners.some((o) => t.start < o.end && o.start < t.end))
    .map((t) => t.text.toLowerCase());
  const figureNouns = words.filter((w) => ctx.lex.figureNouns.has(w)).length;
  const others = words.filter((w) => !ctx.lex.figureNouns.has(w) && !ctx.lex.determiners.has(w) && !ctx.lex.conjunctions.has(w)).length;
  return figureNouns === 1 && others === 0 ? dedupe(owners.map((o) => countrySpeaker(o.country!))) : null;
}

/**
 * « les ministres des affaires étrangères français, allemand et britannique », "the French, German and British foreign
 * ministers", « les chefs de la diplomatie française, allemande et britannique »: a role or institution of a list of
 * countries speaks for each of them. Null unless the role has such a list.
 */
function countriesOfListedRole(region: Span, ctx: SpeakerContext): Speaker[] | null {
  const inRegion = ctx.entities.filter((e) => e.start >= region.start && e.end <= region.end);
  const role = inRegion.find((e) => (e.kind === 'role' || e.kind === 'institution') && e.country);
  if (!role) return null;
  const listed: EntityMention[] = [role];
  // An institution's own demonym may follow it with no joiner (« le groupe de réflexion américain CSIS »): no list.
  const joined = (gap: string) => role.kind === 'role' || /\S/u.test(gap);
  const joins = (from: number, to: number) => to >= from && isListGap(ctx.text.slice(from, to), ctx.lex) && joined(ctx.text.slice(from, to));
  for (const e of inRegion) if (e.kind === 'demonym' && e.country && e.start >= listed.at(-1)!.end && joins(listed.at(-1)!.end, e.start)) listed.push(e);
  for (const e of [...inRegion].reverse()) if (e.kind === 'demonym' && e.country && e.end <= listed[0].start && joins(e.end, listed[0].start)) listed.unshift(e);
  return listed.length > 1 ? dedupe(listed.map((e) => countrySpeaker(e.country!))) : null;
}

/** A subject pronoun after the last comma, right before the verb: "Asked whether ..., he said". */
const PRONOUN_AFTER_COMMA = /,\s*(\p{L}+)(?:\s+\p{L}+){0,2}\s*$/u;

/**
 * The subject region from its pronoun, when a phrase set off by a comma comes first: what "Asked
 * whether North Korean troops were in Russia" or "Interrogé sur ce point" names is not the subject.
 */
function withoutLeadingAdjunct(region: Span, ctx: SpeakerContext): Span {
  const text = ctx.text.slice(region.start, region.end);
  const m = PRONOUN_AFTER_COMMA.exec(text);
  if (!m || !isSpeakerPronoun(m[1].toLowerCase(), ctx.lex)) return region;
  return { start: region.start + m.index + m[0].indexOf(m[1]), end: region.end };
}

/** A lower-case aside closing a subject ("Iran, l’allié de la Russie, a démenti"): what it names is not the subject. */
const TRAILING_ASIDE = /,\s*\p{Ll}[^,]*,\s*$/u;

/** The subject region without its trailing aside, when something is named before the aside. */
function withoutTrailingAside(region: Span, ctx: SpeakerContext): Span {
  const text = ctx.text.slice(region.start, region.end);
  // Most subjects end right before their verb, with no comma: skip the scan for them.
  if (text.trimEnd().at(-1) !== ',') return region;
  const aside = TRAILING_ASIDE.exec(text);
  // "La France, par la voix de sa ministre X, a affirmé": the aside names who speaks.
  if (!aside || ctx.lex.voiceAside.test(aside[0])) return region;
  const before = { start: region.start, end: region.start + aside.index };
  const named = candidatesIn(before, ctx);
  // "Korolenko, in his nightly video address, said": a name known by itself alone before the aside.
  if (!named.length) return bareName(before, ctx) ? before : region;
  // "the Council President, the representative of Slovenia,": an aside saying whose the role is, is kept.
  const whose = named.every((c) => isCountrylessRole(c, ctx)) && ctx.entities.some((e) => e.kind === 'role' && e.country !== null && e.start >= before.end && e.end <= region.end);
  return whose || namesHolder(named, { start: before.end, end: region.end }, ctx) ? region : before;
}

/**
 * « le porte-parole du gouvernement, le colonel X, »: an aside ending on a person's name, after nothing
 * but roles, says who holds them (not whoever held such a role earlier in the text).
 */
function namesHolder(named: Candidate[], aside: Span, ctx: SpeakerContext): boolean {
  // The aside ends on its closing comma and the spaces after it.
  const closing = TRAILING_COMMA.exec(ctx.text.slice(aside.start, aside.end));
  const asideEnd = aside.start + (closing?.index ?? aside.end - aside.start);
  return named.every((c) => roleAt(c, ctx) !== undefined) && ctx.persons.some((p) => p.start > aside.start && p.end === asideEnd);
}

const TRAILING_COMMA = /,\s*$/u;


function candidatesIn(region: Span, ctx: SpeakerContext): Candidate[] {
  const asides = relativeAsides(region, ctx);
  // "The panel, which monitors sanctions on North Korea, said": what the relative clause names is not the subject.
  const inside = <T extends Span>(s: T) => s.start >= region.start && s.end <= region.end && !asides.some((a) => s.start >= a.start && s.end <= a.end);
  const out: Candidate[] = [];
  for (const p of ctx.persons.filter(inside)) {
    if (ownsApposedRole(ctx.text, p, ctx.persons, ctx.entities)) continue;
    if (!p.person.affiliation) p.person.affiliation = possessiveAffiliation(p, ctx);
    // "Iran's foreign minister, X, acknowledged P. ... Foreign Minister X told reporters": still the country stated then.
    const quoted = p.person.affiliation ? undefined : quotedBefore(p.person, ctx);
    const roleCountry = quoted ? statedAffiliation(quoted) : null;
    out.push({ ...span(p), rank: RANK.person, speaker: sceneOfficial(p.person, ctx) ?? personSpeaker(p.person, () => guessedCountry(ctx), roleCountry) });
  }
  for (const e of ctx.entities.filter(inside)) {
    // "un expert interrogé par l'AFP", "a confié cette source à l'AFP": the outlet that asked or was told is not the source.
    const { agentPrepositions, recipientPrepositions } = ctx.lex;
    // "according to the Wall Street Journal" names its source, though "to" stands before it.
    const told = governedBy(e, recipientPrepositions, ctx) && !introducedAsSource(e, ctx);
    if (e.institutionKind === 'media' && (governedBy(e, agentPrepositions, ctx) || told)) continue;
    const speaker = entitySpeaker(e, region, ctx);
    if (!speaker) continue;
    const rank = e.kind === 'role' ? (speaker.type === 'person' ? RANK.person : RANK.role) : e.kind === 'institution' ? RANK.institution : RANK.country;
    out.push({ ...span(e), rank, speaker });
    if (e.kind === 'role' && speaker.type !== 'person') {
      out.push(...[...coordinatedDemonyms(e, speaker, region, ctx), ...coordinatedOwners(e, speaker, region, ctx)].map((d) => ({ ...d, rank })));
    }
  }
  const regionText = ctx.text.slice(region.start, region.end);
  const group = ctx.lex.groupSpeakers.exec(regionText);
  if (group) {
    const at = region.start + (group.index ?? 0);
    // "Iranian officials", "sources from a European intelligence agency": whose officials, or a bloc's, which is no country.
    // A demonym of two words may begin before the group's one word of lead ("South Korean media"), and one may end right
    // before that lead ("Iranian state media").
    const described = ctx.entities.find((e) => (e.kind === 'demonym' || e.kind === 'bloc') && (e.end > at || /^\s+$/u.test(ctx.text.slice(e.end, at)))
      && e.start <= at + group[0].length + 12);
    const country = described?.kind === 'demonym' ? described.country : null;
    const media = ctx.lex.mediaSpeakers.test(group[0]);
    const head = group[0].split(/\s+/u).at(-1)!.toLowerCase();
    out.push({
      start: at, end: at + group[0].length, rank: RANK.group,
      speaker: media ? { name: 'media', type: 'organization', affiliation: country }
        : country ? countrySpeaker(country)
        : described ? { name: 'officials', type: 'unknown', affiliation: null }
        : ctx.lex.officialGroups.has(head) ? officialsOfNoStatedCountry('officials', undefined, ctx)
        // "two people familiar with the project", "sources said": known by what they are, speaking for no country the text says.
        : { name: head, type: 'unknown', affiliation: null },
    });
  }
  // A pronoun is the subject only where nothing else is named: most regions need no scan for one.
  const pronoun = out.some((c) => c.rank < RANK.pronoun) ? null : firstPronoun(regionText, ctx.lex);
  // In a transcript turn "we" is the turn's speaker, not whoever was quoted last.
  const antecedent = pronoun === null ? null
    : ctx.turnSpeaker && ctx.lex.firstPersonPlural.has(pronoun.word) ? ctx.turnSpeaker : pronounAntecedent(region.start, pronoun.word, ctx);
  if (pronoun !== null && antecedent) {
    out.push({ start: region.start + pronoun.index, end: region.start + pronoun.index + 1, rank: RANK.pronoun, speaker: antecedent });
  }
  // A role apposed to a name ("le porte-parole du Kremlin, Ivan Petrov") describes that person.
  const persons = ctx.persons.filter(inside);
  const apposed = (c: Candidate) => persons.some((p) => /^[\s,]*$/u.test(ctx.text.slice(c.end, p.start)) || /^[\s,]*$/u.test(ctx.text.slice(p.end, c.start)));
  return out.filter((c) => !(c.rank <= RANK.role && !ctx.persons.some((p) => p.start === c.start) && apposed(c)));
}

/**
 * "the Iranian and Russian delegates", « les délégués iranien et russe »: the same role held for each
 * country whose demonym is coordinated with the one the role took.
 */
function coordinatedDemonyms(role: EntityMention, speaker: Speaker, region: Span, ctx: SpeakerContext): (Span & { speaker: Speaker })[] {
  const joined = (from: number, to: number) => from <= to && ctx.lex.subjectCoordination.test(ctx.text.slice(from, to));
  return ctx.entities
    .filter((d) => d.kind === 'demonym' && d.country && d.country !== role.country && d.start >= region.start && d.end <= region.end
      && (joined(d.end, role.start) || joined(role.end, d.start)))
    .map((d) => ({ ...span(d), speaker: sameRoleFor(speaker, d.country!) }));
}

/** The speaker holding the same role as `speaker`, for `country`: the country itself when the role spoke as its country. */
function sameRoleFor(speaker: Speaker, country: string): Speaker {
  return speaker.type === 'country' ? countrySpeaker(country) : { ...speaker, affiliation: country };
}

/**
 * "The foreign ministers of France, Germany and Britain", « les ministres de la France, de l'Allemagne et du
 * Royaume-Uni »: the same role held for each country listed after the one the role took.
 */
function coordinatedOwners(role: EntityMention, speaker: Speaker, region: Span, ctx: SpeakerContext): (Span & { speaker: Speaker })[] {
  const owners: (Span & { speaker: Speaker })[] = [];
  if (!role.country) return owners;
  let end = role.end;
  for (const e of ctx.entities) {
    if (e.start < end || e.end > region.end) continue;
    const isCountry = (e.kind === 'country' || e.kind === 'capital') && e.country !== null;
    if (!isCountry || !ctx.lex.ownerListJoin.test(ctx.text.slice(end, e.start))) break;
    owners.push({ ...span(e), speaker: sameRoleFor(speaker, e.country!) });
    end = e.end;
  }
  return owners;
}

/**
 * "a déclaré son porte-parole, Matthew Miller", "its spokesman John Doe": a person introduced by a
 * possessive role belongs to the possessive's owner (possessiveOwner), else to the organisation or
 * country that spoke last. The officer of an international body the sentence opens with ("L'OTAN ...,
 * a déclaré son secrétaire général X") speaks for no country.
 */
function possessiveAffiliation(p: PersonMention, ctx: SpeakerContext): string | null {
  // « le porte-parole du ministère, X », "X, a spokesman for the agency": the last institution called so.
  const nearestRole = ctx.entities.findLast((e) => e.kind === 'role' && e.end <= p.start);
  const body = (nearestRole ? bodyBetween(nearestRole, p, ctx) : null) ?? bodyApposed(p, ctx);
  // « À Téhéran, le porte-parole de la diplomatie, X »: a body named nowhere else is the country the sentence is in.
  if (body) return lastInstitutionCalled(body, p, ctx)?.country ?? ctx.sceneCountry;
  const titled = nearestRole && /^[\s,]*$/u.test(ctx.text.slice(nearestRole.end, p.start)) ? nearestRole : undefined;
  const role = titled && (isPossessed(titled, ctx) ? titled : possessedRoleBefore(titled, ctx));
  if (!role) return null;
  const owner = possessiveOwner(role, ctx);
  // "NATO ..., said its secretary general X", "Hezbollah has not commented. Its leader, X, had said": nobody's official.
  if (owner && owner.country === null) p.person.international = true;
  if (owner) return owner.country;
  const last = ctx.lastSpeaker;
  return last?.affiliation && last.type !== 'unknown' ? last.affiliation : null;
}

/** « son porte-parole, le colonel X », "its spokesman, Col. X": the possessed role a title stands in apposition to. */
function possessedRoleBefore(title: EntityMention, ctx: SpeakerContext): EntityMention | null {
  const role = ctx.entities.findLast((e) => e.kind === 'role' && e.end <= title.start);
  if (!role || !isPossessed(role, ctx)) return null;
  const between = ctx.tokens.filter((t) => t.start >= role.end && t.end <= title.start).map((t) => t.text.toLowerCase());
  return between[0] === ',' && between.slice(1).every((w) => ctx.lex.determiners.has(w)) ? role : null;
}

/**
 * « le porte-parole du ministère, Vadim Kovalev », "the spokesman for the ministry, X": the common noun alone naming the
 * role's body, between the role and the person; null when there is none.
 */
function bodyBetween(role: EntityMention, p: PersonMention, ctx: SpeakerContext): string | null {
  const body = roleBody(role, p.start, ctx);
  return body && /^[\s,]*$/u.test(ctx.text.slice(body.end, p.start)) ? body.head : null;
}

/**
 * "Vadym Horenko, a spokesman for the agency, said", « X, porte-parole du service, a précisé »: the common noun alone
 * naming the body of the role apposed after the person; null when there is none.
 */
function bodyApposed(p: PersonMention, ctx: SpeakerContext): string | null {
  const role = ctx.entities.find((e) => e.kind === 'role' && e.start >= p.end);
  const gap = role ? ctx.text.slice(p.end, role.start) : '';
  if (!role || !/^,\s*$/u.test(gap) && !ctx.lex.indefiniteApposition.test(gap)) return null;
  return roleBody(role, ctx.tokens.at(-1)!.end, ctx)?.head ?? null;
}

/** The common noun alone naming a role's body right after it, before `until` ("spokesman for the ministry", « porte-parole du service »). */
function roleBody(role: EntityMention, until: number, ctx: SpeakerContext): { head: string; end: number } | null {
  const m = ctx.lex.roleOfBody.exec(ctx.text.slice(role.end, until));
  return m !== null && ctx.lex.organisationHeads.has(m[1]) ? { head: m[1], end: role.end + m[0].length } : null;
}

/** The country of the capital or country a mention is said to sit in ("officials in Kyiv", "the ministry in Berlin"), or null. */
function seatOf(e: EntityMention, ctx: SpeakerContext): string | null {
  return ctx.entities.find((c) => (c.kind === 'capital' || c.kind === 'country') && c.country && seatLink(ctx.text.slice(e.end, c.start), ctx.lex))?.country ?? null;
}

/** Between officials and the capital they are in: one preposition of seat, spaced ("officials in Kyiv", « des responsables à Kiev »). */
function seatLink(between: string, lex: ClaimLexicon): boolean {
  return /^\s+\S+\s+$/u.test(between) && lex.seatPrepositions.has(between.trim().toLowerCase());
}

/** The last report was in the sentence right before this one. */
function quotedJustBefore(ctx: SpeakerContext): boolean {
  return ctx.tokens.length > 0 && /^\s*$/u.test(ctx.text.slice(ctx.lastReportEnd, ctx.tokens[0].start));
}

/**
 * "“...,” spokesman X said. The U.S. official added that P", « Le responsable américain a précisé »: "the
 * official" of a stated country is the person quoted last, if they are of that country or of none stated.
 */
function officialQuotedLast(e: EntityMention, ctx: SpeakerContext): Speaker | null {
  const last = ctx.lastSpeaker;
  if (e.role !== 'official' || !e.country || e.plural || !definiteBefore(e, ctx) || last?.type !== 'person') return null;
  if (last.affiliation !== null && last.affiliation !== e.country) return null;
  return { ...last, affiliation: e.country };
}

/** A definite article stands right before the mention ("the official", « le responsable »). */
function definiteBefore(e: EntityMention, ctx: SpeakerContext): boolean {
  const before = tokenBefore(e.start, ctx)?.text.toLowerCase();
  return before !== undefined && ctx.lex.determiners.has(before) && !ctx.lex.indefinites.test(before) && !ctx.lex.possessives.has(before);
}

/** A possessive determiner stands right before the mention, or before one adjective ("son porte-parole", "its late leader"). */
function isPossessed(e: EntityMention, ctx: SpeakerContext): boolean {
  const at = tokenIndexAt(ctx.tokens, e.start);
  const before = ctx.tokens[at - 1];
  if (before === undefined) return false;
  const adjective = at >= 2 && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && !ctx.lex.determiners.has(before.text.toLowerCase());
  return ctx.lex.possessives.has((adjective ? ctx.tokens[at - 2] : before).text.toLowerCase());
}

/**
 * Whose a possessive role is: the institution, country or official the sentence opens with, before the role
 * ("Le Kremlin, par la voix de son porte-parole"), else the one the sentence before opens with ("Le
 * Pentagone s'est montré prudent. Sa porte-parole a indiqué ...", « Le président vénézuélien X a évoqué P.
 * Son ministre de la Défense ... »), which may be an international body or an armed group of no state. Not a
 * country named in what is said ("L'armée n'a rien vu venir de Corée du Nord, a indiqué son porte-parole").
 * Null when neither subject is one.
 */
function possessiveOwner(role: EntityMention, ctx: SpeakerContext): EntityMention | null {
  const isOwner = (e: EntityMention | null): e is EntityMention => e !== null
    && (e.country !== null && (e.kind === 'institution' || e.kind === 'country' || e.kind === 'capital' || e.kind === 'role') || speaksForNoCountry(e));
  const subject = openingEntity(ctx.entities, ctx.tokens, ctx.lex);
  if (isOwner(subject) && subject.end <= role.start) return subject;
  return isOwner(ctx.previousSubject) ? ctx.previousSubject : null;
}

/**
 * "The representative of Slovenia said his delegation was concerned", « a dit que sa délégation craignait »: a
 * possessive role right after a reporting verb (past a complementizer) is the reporting subject's own, whoever
 * spoke in the sentences before.
 */
function reportingSubject(role: Span, ctx: SpeakerContext): Speaker | null {
  return subjectOfReportBefore(tokenIndexAt(ctx.tokens, role.start) - 1, ctx);
}

/**
 * The subject of the reporting verb right before token `first` (past a complementizer): "The Pentagon said [it]",
 * "X said [his] delegation". Null when no reporting verb stands there, or its subject is nobody known.
 */
function subjectOfReportBefore(first: number, ctx: SpeakerContext): Speaker | null {
  const { tokens, lex } = ctx;
  let verb = first - 1;
  const complementizer = verb >= 0 && lex.complementizers.has(tokens[verb].text.toLowerCase());
  if (complementizer) verb--;
  if (verb < 1 || !lex.reportingVerbs.has(tokens[verb].text.toLowerCase())) return null;
  // « « ... », a déclaré son porte-parole », "..., said its spokesman": the role is the inverted subject itself.
  let group = verb;
  while (group > 0 && isAuxiliary(tokens[group - 1].text.toLowerCase(), lex)) group--;
  // A subject ends before the verb in a word or, for a delegate, a bracketed country ("X (Iran) said his delegation").
  if (!complementizer && (group === 0 || tokens[group - 1].kind !== 'word' && tokens[group - 1].text !== ')')) return null;
  const [speaker] = resolveSpeakers({ start: tokens[0].start, end: tokens[verb].start }, true, ctx);
  return speaker && speaker.type !== 'unknown' ? speaker : null;
}

/**
 * "X said his country rejected the allegations", « X a dit que son pays rejetait ... »: who speaks for their own country
 * is the subject of the reporting verb before it.
 */
function ownCountryReporter(region: Span, ctx: SpeakerContext): Speaker | null {
  const [possessive, noun] = tokensIn(region, ctx);
  const owned = possessive !== undefined && noun !== undefined && ctx.lex.possessives.has(possessive.text.toLowerCase());
  return owned && ctx.lex.ownCountry.test(ctx.text.slice(possessive.start, noun.end)) ? reportingSubject(noun, ctx) : null;
}

/**
 * The entity a sentence opens with (openingEntity), or, past an opening adjunct set off by a comma before the first
 * verb, the entity its clause opens with (« Interrogé par l'AFP, le Kremlin s'est refusé à tout commentaire »).
 */
export function subjectEntity(entities: readonly EntityMention[], tokens: readonly Token[], lex: ClaimLexicon): EntityMention | null {
  const opening = openingEntity(entities, tokens, lex);
  if (opening) return opening;
  const verb = firstVerbIndex(tokens, lex);
  const comma = openingAdjunctEnd(tokens, verb);
  if (comma < 0 || comma + 1 >= (verb < 0 ? tokens.length : verb)) return null;
  const clause = tokens.slice(comma + 1);
  return openingEntity(entities.filter((e) => e.start >= clause[0].start), clause, lex);
}

/**
 * The entity a sentence opens with, after at most a determiner: its subject ("Le Kremlin a ...", "Iran's foreign
 * ministry ..."); an organisation also after the common noun saying what it is (« Le fabricant Baykar », "The
 * manufacturer Baykar").
 */
export function openingEntity(entities: readonly EntityMention[], tokens: readonly Token[], lex: ClaimLexicon): EntityMention | null {
  const first = entities[0];
  if (!first) return null;
  const at = tokenIndexAt(tokens, first.start);
  const determined = at >= 1 && lex.determiners.has(tokens[0].text.toLowerCase());
  const described = at === 2 && determined && first.kind === 'institution' && /^\p{Ll}+$/u.test(tokens[1].text);
  return at === 0 || at === 1 && determined || described ? first : null;
}

/** Characters before a mention searched for "according to", « selon » (an article may stand between). */
const SOURCE_INTRODUCER_REACH = 24;

/** "according to" closing a text, past at most an article: compiled once per lexicon. */
const sourceIntroducers = new WeakMap<ClaimLexicon, RegExp>();

/** The mention follows "according to" and at most an article: it is the source named. */
function introducedAsSource(e: EntityMention, ctx: SpeakerContext): boolean {
  let introducer = sourceIntroducers.get(ctx.lex);
  if (!introducer) {
    introducer = new RegExp(`(?:${ctx.lex.accordingTo.source})(?:\\p{L}+\\s+)?$`, 'iu');
    sourceIntroducers.set(ctx.lex, introducer);
  }
  return introducer.test(ctx.text.slice(Math.max(0, e.start - SOURCE_INTRODUCER_REACH), e.start));
}

/** The mention follows one of `prepositions`: an agent ("par l'AFP", "by Reuters") or who is told ("à l'AFP"). */
function governedBy(e: EntityMention, prepositions: ReadonlySet<string>, ctx: SpeakerContext): boolean {
  // « consultés par l'agence Reuters », "told the news agency X": what kind of outlet it is may stand between.
  const k = tokenIndexAt(ctx.tokens, e.start) - 1;
  const at = k >= 0 && e.kind === 'institution' && e.institutionKind === 'media' && ctx.lex.mediaNouns.has(ctx.tokens[k].text.toLowerCase()) ? ctx.tokens[k].start : e.start;
  const preposition = prepositionBefore(ctx.tokens, at, ctx.lex);
  return preposition !== null && prepositions.has(preposition);
}

/**
 * A subject that is one name word the text never gave in full ("..., Petrov said"): a name, kept as
 * written since nothing says more. An elided article is a token of its own ("L’" "administration").
 */
function bareName(region: Span, ctx: SpeakerContext): string | null {
  // The stop closing the sentence after an inverted speaker ("..., said Hale.") is no part of it, nor is where or how
  // they spoke (« a insisté Korolenko dans son allocution »).
  const words = tokensIn(region, ctx).filter((t) => t.kind === 'word');
  const adjunct = words.findIndex((t, k) => k > 0 && ctx.lex.prepositions.has(t.text.toLowerCase()));
  const inside = adjunct > 0 ? words.slice(0, adjunct) : words;
  // "Petrenko's office said", of someone the text names by surname only: the office speaks for them.
  const owner = inside.length === 2 && ctx.lex.organisationHeads.has(inside[1].text.toLowerCase()) ? possessor(inside[0].text) : null;
  if (owner) return owner;
  if (inside.length !== 1) return null;
  const [word] = inside;
  return isNameWord(word, ctx.lex) && !ctx.lex.pronouns.has(word.text.toLowerCase()) ? word.text : null;
}

/**
 * "..., which it said was prolonging the war", "“...,” it said": the organisation or country that spoke last; "The
 * Pentagon said it could not rule out": the subject of the reporting verb right before.
 */
function neuterAntecedent(region: Span, ctx: SpeakerContext): Speaker | null {
  const inside = tokensIn(region, ctx);
  // 'said it strongly rejects', 'said it "categorically rejects"': an adverb or a quote mark may stand before the verb.
  while (inside.length > 1 && (isAfterSubject(inside.at(-1)!, ctx.lex) || inside.at(-1)!.kind === 'quote' || ctx.lex.adverbEnding.test(inside.at(-1)!.text))) inside.pop();
  if (inside.length !== 1 || !ctx.lex.neuterPronouns.has(inside[0].text.toLowerCase())) return null;
  const reporter = subjectOfReportBefore(ctx.tokens.indexOf(inside[0]), ctx) ?? subjectBeforeConjunction(inside[0].start, ctx);
  if (speaksAsBody(reporter)) return reporter;
  const last = ctx.lastSpeaker;
  return speaksAsBody(last) ? last : null;
}

/**
 * "Iran said P, but it insisted Q", « Le ministère a reconnu P, mais il a assuré Q »: the subject of the sentence's first
 * verb, when that verb comes before the pronoun at `at`.
 */
function subjectBeforeConjunction(at: number, ctx: SpeakerContext): Speaker | null {
  // Only a pronoun opening a coordinated clause: in '"Iran is arming Hezbollah," it said' the sentence opens on what was said.
  const before = tokenBefore(at, ctx);
  if (!before || !ctx.lex.conjunctions.has(before.text.toLowerCase())) return null;
  const verb = firstVerbIndex(ctx.tokens, ctx.lex);
  if (verb < 1 || ctx.tokens[verb].end > at) return null;
  const [subject] = resolveSpeakers({ start: ctx.tokens[0].start, end: ctx.tokens[verb].start }, true, ctx);
  return subject ?? null;
}

/**
 * A source named by common nouns ("selon l'opposition", "the opposition said"): a claim whose source
 * is unknown but written, kept under those words. "The agency", "le ministère" alone is the
 * organisation that spoke last.
 */
function commonNounSource(region: Span, ctx: SpeakerContext): Speaker | null {
  // « Selon nos informations », "according to our reporting": the publication's own voice, not a speaker's in a quote.
  if (ctx.lex.ownReporting.test(ctx.text.slice(region.start, region.end)) && !insideQuote(region.start, ctx)) return AUTHOR;
  // "a source familiar with the matter", "une source proche du dossier": the source, whatever it knows.
  const qualifier = ctx.lex.sourceQualifier.exec(ctx.text.slice(region.start, region.end));
  // "The panel, which monitors sanctions on North Korea, said": the relative clause is no part of the subject's name.
  const asides = relativeAsides(region, ctx);
  const inside = tokensIn(qualifier ? { start: region.start, end: region.start + qualifier.index } : region, ctx)
    .filter((t) => !asides.some((a) => t.start >= a.start && t.end <= a.end));
  // "In return, the agency believes": an adverbial set off by a comma is no part of the subject.
  const comma = inside.findLastIndex((t) => t.text === ',');
  if (comma >= 0 && ctx.lex.determiners.has(inside[comma + 1]?.text.toLowerCase() ?? '')) inside.splice(0, comma + 1);
  documentSource(inside, ctx.lex);
  // "..., a confié cette source à l'AFP": who was told ends the subject, and so does where or when it spoke
  // ("..., a précisé le ministère dans un communiqué").
  const told = inside.findIndex((t, i) => i > 1 && (ctx.lex.recipientPrepositions.has(t.text.toLowerCase()) || ctx.lex.afterReport.test(t.text)));
  if (told > 0) inside.length = told;
  // What follows the subject in its region: the full stop after an inverted subject ("..., a affirmé
  // la presse locale."), the auxiliary and negation before an evidence formula ("Le ministère n'était pas").
  while (inside.length && isAfterSubject(inside.at(-1)!, ctx.lex)) inside.pop();
  // « De source diplomatique, on affirme que P »: the impersonal « on » stands for the source set before it.
  if (inside.length > 2 && ctx.lex.impersonalPronouns.has(inside.at(-1)!.text.toLowerCase()) && inside.at(-2)!.text === ',') inside.length -= 2;
  figuresOwner(inside, ctx.lex);
  // "The report found that P", "affirme le texte", "écrivent les auteurs": the document speaks for the organisation
  // that published it, else for the source cited last, an organisation or a country.
  const last = ctx.lastSpeaker;
  const opensOnDeterminer = inside.length > 0 && ctx.lex.determiners.has(inside[0].text.toLowerCase());
  const determined = opensOnDeterminer && inside.length === 2;
  // "its latest report", « leur dernier rapport »: a lower-case qualifier may stand before the document's noun.
  const qualified = opensOnDeterminer && inside.length === 3 && /^\p{Ll}/u.test(inside[1].text);
  const document = (determined || qualified) && ctx.lex.documentNouns.has(inside.at(-1)!.text.toLowerCase());
  if (ctx.publisher && (document || determined && writtenByAuthors(inside[1], ctx))) return entitySpeaker(ctx.publisher, region, ctx);
  if (document && speaksAsBody(last)) return last;
  const described = describedCountry(inside, region, ctx);
  if (described) return countrySpeaker(described);
  // "His office said", « Son entourage a indiqué », after the person quoted: their office speaks as they do. "According
  // to its estimates", « à en croire ses estimations »: whoever spoke last, body or person, owns the figures.
  const possessed = inside.length === 2 && ctx.lex.possessives.has(inside[0].text.toLowerCase()) ? inside[1].text.toLowerCase() : null;
  if (possessed && (last?.type === 'person' || ctx.lex.figureNouns.has(possessed) && speaksAsBody(last))) return last;
  // "the report" whose author is not known is still a source, though its noun is a verb too.
  if (!document && !isCommonNounSource(inside, ctx.lex)) return null;
  // "independent sanctions monitors", "officials": a source with no determiner is indefinite.
  const bare = !ctx.lex.determiners.has(inside[0].text.toLowerCase()) && isBareSource(inside, ctx.lex);
  const determiner = bare ? null : inside[0];
  const words = bare ? inside : inside.slice(1);
  const head = words[0].text.toLowerCase();
  // "cette source", "this official": the source quoted last, unless the noun just brought in another (« les informations
  // publiées par un média d'opposition. Selon ce média, ... »).
  if (determiner && ctx.lex.demonstratives.test(`${determiner.text} `)) {
    const lastCalledSo = last !== null && last.name.toLowerCase().includes(head);
    if (!lastCalledSo && introducedBefore(head, region, ctx)) return { name: ctx.lex.mediaSpeakers.test(head) ? 'media' : head, type: 'unknown', affiliation: null };
    if (last) return last;
  }
  const definite = determiner !== null && !ctx.lex.indefinites.test(determiner.text);
  if (definite && words.length === 1 && (ctx.lex.organisationHeads.has(head) || ctx.lex.armedForcesNouns.has(head))) {
    // "The ministry said": the last institution written with that word, as it spoke if it spoke last ("its foreign
    // ministry said ... the ministry said"), else the organisation that spoke last.
    const named = lastInstitutionCalled(head, region, ctx);
    if (named && last?.type === 'organization' && last.name === named.canonical) return last;
    if (named) return entitySpeaker(named, region, ctx);
    if (last?.type === 'organization') return last;
  }
  // "The country has repeatedly denied", after "Iran's mission to the UN ...": the country the text was about.
  const country = definite && words.length === 1 && ctx.lex.countryNouns.has(head) ? ctx.previousSubject?.country ?? ctx.recentCountries.at(-1) : undefined;
  if (country) return countrySpeaker(country);
  // « une source militaire ukrainienne »: a source qualified by a demonym speaks from that country's side.
  const side = ctx.entities.find((e) => e.kind === 'demonym' && e.start >= words[0].start && e.end <= words.at(-1)!.end);
  return { name: ctx.text.slice(words[0].start, words.at(-1)!.end), type: 'unknown', affiliation: side?.country ?? null };
}

/** Words of a country named by what it is, besides its determiner ("the Gulf state", « la monarchie du Golfe »). */
const MAX_DESCRIBED_COUNTRY_WORDS = 4;

/**
 * "a charge the Gulf state has denied", "the Asian country said", « l'émirat du Golfe a démenti »: a country named by what
 * it is, with a word or more qualifying it, is the last country named before it.
 */
function describedCountry(inside: readonly Token[], region: Span, ctx: SpeakerContext): string | null {
  const words = inside.slice(1).map((t) => t.text.toLowerCase());
  const definite = inside.length > 0 && ctx.lex.definiteDeterminers.has(inside[0].text.toLowerCase());
  if (!definite || words.length < 2 || words.length > MAX_DESCRIBED_COUNTRY_WORDS) return null;
  if (!ctx.lex.countryNouns.has(words[0]) && !ctx.lex.countryNouns.has(words.at(-1)!)) return null;
  const named = ctx.entities.findLast((e) => e.end <= region.start && (e.kind === 'country' || e.kind === 'capital') && e.country !== null);
  return named?.country ?? ctx.recentCountries.at(-1) ?? null;
}

/**
 * « les estimations de l'agence », "the agency's estimates", "the figures of the ministry": whose figures they are
 * is the source. Narrows `subject` to the owner, in place.
 */
function figuresOwner(subject: Token[], lex: ClaimLexicon): void {
  const word = (k: number) => subject[k]?.text.toLowerCase() ?? '';
  const noun = lex.determiners.has(word(0)) ? 1 : 0;
  if (lex.figureNouns.has(word(noun)) && lex.authorPrepositions.has(word(noun + 1)) && subject.length > noun + 2) {
    // « du ministère »: the preposition is the owner's determiner too.
    subject.splice(0, lex.determiners.has(word(noun + 1)) ? noun + 1 : noun + 2);
  } else if (lex.determiners.has(word(0)) && subject.length === 3 && lex.figureNouns.has(word(2)) && POSSESSIVE_ENDING.test(word(1))) {
    const owner = subject[1];
    const ending = POSSESSIVE_ENDING.exec(owner.text)![0].length;
    subject.splice(1, 2, { ...owner, text: owner.text.slice(0, -ending), end: owner.end - ending });
  }
}

/** Words that may describe a document between its noun and its author ("published last week by"). */
const MAX_DOCUMENT_QUALIFIER = 5;

/**
 * "A report published last week by a Balkan investigative network", « un rapport publié mardi par un réseau balkanique »:
 * the author is the source; a document with no author written is the document alone ("A report published last week").
 * Narrows `subject` in place.
 */
function documentSource(subject: Token[], lex: ClaimLexicon): void {
  if (subject.length < 3 || !lex.determiners.has(subject[0].text.toLowerCase()) || !lex.documentNouns.has(subject[1].text.toLowerCase())) return;
  const by = subject.findIndex((t, k) => k > 1 && k <= MAX_DOCUMENT_QUALIFIER + 2 && lex.authorPrepositions.has(t.text.toLowerCase()));
  if (by < 0) {
    // Only a participle and what qualifies it: "A report published last week".
    if (/^\p{Ll}/u.test(subject[2].text) && subject.length <= MAX_DOCUMENT_QUALIFIER + 2) subject.length = 2;
  } else if (by + 1 < subject.length) {
    // « par un réseau », « du réseau »: a preposition that is a determiner too stays the owner's.
    subject.splice(0, lex.determiners.has(subject[by].text.toLowerCase()) ? by : by + 1);
  }
}

/**
 * The last institution before `region` whose name, as written or in full, has the word `head`
 * ("ministry" in "Britain's Ministry of Defence", "department" for "the U.S. Treasury").
 */
function lastInstitutionCalled(head: string, region: Span, ctx: SpeakerContext): EntityMention | undefined {
  const hasHead = (name: string) => name.toLowerCase().split(/[\s'’]+/u).includes(head);
  // A news outlet is who reports, not who is reported ("told Agence France-Presse ... l'agence a indiqué").
  // "The U.S. Navy seized ... the military said": any armed service answers to the armed forces, and "Ukrainian military
  // intelligence said ... a spokesperson for the agency" any intelligence service to "agency".
  const armed = ctx.lex.armedForcesNouns.has(head);
  const intelligence = ctx.lex.intelligenceNouns.has(head);
  const calls = (e: EntityMention) => e.institutionKind !== 'media' && (hasHead(ctx.text.slice(e.start, e.end)) || hasHead(e.canonical)
    || armed && e.institutionKind === 'military' || intelligence && e.institutionKind === 'intelligence');
  // This sentence's institutions before the region, else earlier sentences'.
  return ctx.entities.findLast((e) => e.kind === 'institution' && e.end <= region.start && calls(e)) ?? ctx.recentInstitutions.findLast(calls);
}

/** The noun at `noun` names a document's authors with its determiner ("les chercheurs", "the authors"). */
function writtenByAuthors(noun: Span, ctx: SpeakerContext): boolean {
  const determiner = tokenBefore(noun.start, ctx);
  return determiner !== undefined && ctx.lex.documentAuthors.has(`${determiner.text} ${ctx.text.slice(noun.start, noun.end)}`.toLowerCase());
}

/** An organisation or a country, not a person: what "it", "the report" or an unnamed official may stand for. */
function speaksAsBody(speaker: Speaker | null): speaker is Speaker {
  return speaker?.type === 'organization' || speaker?.type === 'country';
}

/** The sentence's last token ending at or before offset `at`. */
function tokenBefore(at: number, ctx: SpeakerContext): Token | undefined {
  return ctx.tokens.findLast((t) => t.end <= at);
}

function tokensIn(region: Span, ctx: SpeakerContext): Token[] {
  return ctx.tokens.filter((t) => t.start >= region.start && t.end <= region.end);
}

function isAfterSubject(t: Token, lex: ClaimLexicon): boolean {
  const word = t.text.toLowerCase();
  return t.kind === 'punct' || lex.auxiliaries.has(word) || /['’]$/u.test(word) || lex.negation.test(word) || lex.subjectAdverbs.has(word);
}

/**
 * Who a subject pronoun at `at` stands for: the subject of a reporting verb right before it; the sentence's own
 * subject when "il" or "he" comes after it and its verb (openingSubject); else the last speaker; with no speaker
 * yet, the person last named ("she said"). "He" or "elle" after a ministry or a country spoke is rather a person
 * named since, in a sentence of their own ("Sorokin declined to comment. Asked whether ..., he said").
 */
export function pronounAntecedent(at: number, pronoun: string, ctx: SpeakerContext): Speaker | null {
  // « Le Pentagone a indiqué qu'il ne pouvait pas exclure que P »: right after a reporting verb, its subject.
  const reporter = subjectOfReportBefore(tokenIndexAt(ctx.tokens, at), ctx);
  if (reporter) return reporter;
  const gender = ctx.lex.pronouns.get(pronoun);
  const personal = gender === 'm' || gender === 'f';
  const subject = personal ? openingSubject(at, ctx) : null;
  if (subject) return subject;
  const body = subjectBeforeConjunction(at, ctx);
  if (speaksAsBody(body)) return body;
  if (personal && ctx.lastActor) return ctx.lastActor;
  const last = ctx.lastSpeaker;
  if (last?.type === 'person') return last;
  const named = lastPersonBefore(at, ctx);
  if (!named) return last;
  return !last || personal && named.start >= ctx.lastReportEnd ? personSpeaker(named.person, () => guessedCountry(ctx)) : last;
}

/**
 * "Le délégué ukrainien a présenté des débris qui, a-t-il assuré, prouvent ...": after the sentence's
 * own subject and its verb, "il" or "he" is that subject when it is someone (a person or an
 * official), not whoever was quoted before, even past an opening adjunct (« Interrogé par la presse, le
 * porte-parole a refusé de commenter des informations qu'il a jugées ... »). Null when the sentence opens otherwise.
 */
function openingSubject(at: number, ctx: SpeakerContext): Speaker | null {
  const verb = firstVerbIndex(ctx.tokens, ctx.lex);
  return verb < 0 || ctx.tokens[verb].start >= at ? null : actingSubject(ctx);
}

/** Words of no name before the one that heads a subject, besides determiners: a modifier ("the top envoy"). */
const MAX_SUBJECT_LEAD = 1;

/** Someone (rank up to an official's role) the words before a verb open with: its subject. */
function someoneBefore(words: readonly Token[], verb: Token, ctx: SpeakerContext): Speaker | null {
  // Punctuation may only be part of a name ("U.S. Secretary of State").
  const withinEntity = (t: Token) => ctx.entities.some((e) => t.start >= e.start && t.end <= e.end);
  if (!words.length || words.some((t) => t.kind !== 'word' && !withinEntity(t))) return null;
  const someone = candidatesIn({ start: words[0].start, end: verb.start }, ctx).filter((c) => c.rank <= RANK.role);
  // The words must open with the subject: "Asked by Senator X whether Iran was ..." names no subject; "Germany's
  // foreign minister" opens with its owner.
  const opensWithSubject = ctx.lex.determiners.has(words[0].text.toLowerCase()) || someone.some((c) => c.start === words[0].start)
    || ctx.entities.some((e) => e.start === words[0].start && e.kind !== 'item');
  if (!opensWithSubject) return null;
  // Someone after names, determiners and a modifier at most heads the subject; after other words, they are in its
  // complement ("The evidence presented by Western delegations was fabricated, she said").
  const free = words.filter((t) => !withinEntity(t) && !ctx.persons.some((p) => t.start >= p.start && t.end <= p.end) && !ctx.lex.determiners.has(t.text.toLowerCase()));
  const heading = someone.filter((c) => free.filter((t) => t.end <= c.start).length <= MAX_SUBJECT_LEAD);
  return heading.sort((a, b) => a.rank - b.rank)[0]?.speaker ?? null;
}

/**
 * Someone (a person or an official) who is the subject of the sentence's first verb, past an opening adjunct
 * set off by a comma (« À Kiev, le président ukrainien a aussitôt réagi »); null for anything else.
 */
export function actingSubject(ctx: SpeakerContext): Speaker | null {
  const { tokens, verb: knownVerb } = withoutRelativeClause(ctx.tokens, ctx.lex);
  const firstVerb = knownVerb >= 0 ? knownVerb : wordAfterApposition(tokens);
  if (firstVerb < 0) return null;
  const verb = verbGroupStart(tokens, firstVerb, ctx.lex);
  const adjunctEnd = openingAdjunctEnd(tokens, verb);
  if (adjunctEnd < verb - 1) return someoneBefore(tokens.slice(adjunctEnd + 1, verb), tokens[verb], ctx);
  // "Germany's foreign minister, Annalena Baerbock, was more cautious": a comma right before the verb closes an
  // apposition to the subject, which opens after the comma before the apposition's own.
  const appositionStart = openingAdjunctEnd(tokens, adjunctEnd);
  if (appositionStart < 0) return null;
  const isComma = (t: Token) => t.text === ',';
  const subjectStart = tokens.slice(0, appositionStart).findLastIndex(isComma) + 1;
  return someoneBefore(tokens.slice(subjectStart, verb).filter((t) => !isComma(t)), tokens[verb], ctx);
}

/**
 * "South Korea's defence minister, Kim Yong-hyun, went further": with no verb the lexicon knows, the lower-case word
 * right after an apposition to the opening subject stands for the verb; -1 when there is none.
 */
function wordAfterApposition(tokens: readonly Token[]): number {
  const isComma = (t: Token) => t.text === ',';
  const open = tokens.findIndex(isComma);
  const close = open > 0 ? tokens.findIndex((t, i) => i > open && isComma(t)) : -1;
  return close > 0 && LOWER_CASE_WORD.test(tokens[close + 1]?.text ?? '') ? close + 1 : -1;
}

/** Where the verb at `verb` begins, with the clitics written before it: « X, s'est indigné », « X ne s'est pas ». */
function verbGroupStart(tokens: readonly Token[], verb: number, lex: ClaimLexicon): number {
  let start = verb;
  while (start > 1 && (lex.reflexives.has(tokens[start - 1].text.toLowerCase()) || lex.infinitiveNegation.has(tokens[start - 1].text.toLowerCase()))) start--;
  return start;
}

/**
 * The tokens without the relative clause set off by commas that holds the first verb, and the first verb left: "President
 * X, who has tried to mediate, declined to say" is about X and "declined", « Le ministre, qui s'est rendu à Kiev, a refusé ».
 */
function withoutRelativeClause(tokens: readonly Token[], lex: ClaimLexicon): { tokens: readonly Token[]; verb: number } {
  const verb = firstVerbIndex(tokens, lex);
  const unchanged = { tokens, verb };
  if (verb < 0) return unchanged;
  const comma = tokens.findLastIndex((t, i) => i < verb && t.text === ',');
  if (comma < 1 || !isRelativePronoun(tokens[comma + 1].text.toLowerCase(), lex)) return unchanged;
  const close = tokens.findIndex((t, i) => i > verb && t.text === ',');
  if (close < 0) return unchanged;
  const kept = [...tokens.slice(0, comma), ...tokens.slice(close + 1)];
  return { tokens: kept, verb: firstVerbIndex(kept, lex) };
}

/**
 * The comma closing an opening adjunct: the last one before the sentence's first verb (`verb`), or, when the lexicons
 * know no verb of it ("the Kremlin declined to comment"), its first comma. -1 when there is none.
 */
function openingAdjunctEnd(tokens: readonly Token[], verb: number): number {
  const isComma = (t: Token) => t.text === ',';
  return verb < 0 ? tokens.findIndex(isComma) : tokens.slice(0, verb).findLastIndex(isComma);
}

function lastPersonBefore(at: number, ctx: SpeakerContext): { person: Person; start: number } | null {
  let best: { person: Person; start: number } | null = null;
  for (const person of ctx.cast.people) {
    for (const m of person.mentions) if (m.start < at && (!best || m.start > best.start)) best = { person, start: m.start };
  }
  return best;
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** A country written right before a mention as its owner: "North Korea's", "the North Korean". */
function countryOwning(e: EntityMention, ctx: SpeakerContext): string | null {
  const owner = ctx.entities.find((c) => c.end <= e.start && c.country && (c.kind === 'country' || c.kind === 'capital' || c.kind === 'demonym')
    && POSSESSIVE_GAP.test(ctx.text.slice(c.end, e.start)));
  return owner?.country ?? null;
}

/** The relative clauses set off by commas inside a subject region (", which monitors sanctions on North Korea,"). */
function relativeAsides(region: Span, ctx: SpeakerContext): Span[] {
  const { tokens, lex } = ctx;
  const asides: Span[] = [];
  for (let k = tokenIndexAt(tokens, region.start); k + 1 < tokens.length && tokens[k + 1].end <= region.end; k++) {
    if (tokens[k].text !== ',' || !isRelativePronoun(tokens[k + 1].text.toLowerCase(), lex)) continue;
    let close = k + 2;
    while (close < tokens.length && tokens[close].end <= region.end && tokens[close].text !== ',') close++;
    if (close >= tokens.length || tokens[close].end > region.end) break;
    asides.push({ start: tokens[k].start, end: tokens[close].end });
    k = close - 1;
  }
  return asides;
}

/** The country a person was last quoted speaking for, or null when the text has not said. */
function spokeFor(person: Person, ctx: SpeakerContext): string | null {
  return quotedBefore(person, ctx)?.affiliation ?? null;
}

/** How the person was quoted before in a role, if they were. */
function quotedBefore(person: Person, ctx: SpeakerContext): Speaker | undefined {
  return [...ctx.speakerByRole.values()].find((speaker) => speaker.name === person.name);
}

/** Lower-case modifiers that may stand between an article and its role ("a senior government spokesman"). */
const MAX_ROLE_MODIFIERS = 2;
const LOWER_CASE_WORD = /^\p{Ll}[\p{L}-]*$/u;

/** The role's noun phrase opens on an indefinite article, right before it or before a modifier or two. */
export function opensOnIndefinite(role: Span, tokens: readonly Token[], lex: ClaimLexicon): boolean {
  const at = tokenIndexAt(tokens, role.start);
  for (let k = at - 1; k >= 0 && at - 1 - k <= MAX_ROLE_MODIFIERS; k--) {
    if (lex.indefinites.test(tokens[k].text)) return true;
    if (!LOWER_CASE_WORD.test(tokens[k].text)) return false;
  }
  return false;
}

/** An entity mention as a speaker: roles resolve to the person holding them when the text names one. */
function entitySpeaker(e: EntityMention, region: Span, ctx: SpeakerContext): Speaker | null {
  switch (e.kind) {
    case 'role': {
      // "un responsable du renseignement" is someone unnamed, never the person named elsewhere;
      // "the foreign ministers of the G7" are several people, none of them the one named elsewhere.
      const indefinite = opensOnIndefinite(e, ctx.tokens, ctx.lex);
      // "Son porte-parole" is the spokesperson of whoever "son" stands for, not of anyone quoted before.
      const owner = e.country === null && isPossessed(e, ctx) ? possessiveOwner(e, ctx) : null;
      // Unless the next sentence names it: "..., a deputy minister has said. Mehdi Farahi told ...".
      const holder = e.role && !indefinite && !e.plural ? ctx.cast.byRole(e.role, owner?.country ?? e.country, e.start, e.institutionKind === 'international') : ctx.cast.namedAs(e);
      // The owner's own spokesperson only: not one of no known country, nor one named later. Nor, for "the
      // Kremlin spokesman", one of no known country whom the text has quoted speaking for another.
      const quotedFor = holder && !holder.affiliation ? spokeFor(holder, ctx) : null;
      const spokeForAnother = quotedFor !== null && e.country !== null && quotedFor !== e.country;
      const person = owner && holder?.affiliation !== owner.country || spokeForAnother ? undefined : holder;
      // "a US State Department spokesperson said P. “Q,” the spokesperson said": the unnamed one just quoted, not one named earlier.
      const quoted = ctx.lastSpeaker;
      if (person && !owner && e.country === null && quoted && quoted.type !== 'person' && quoted.role === e.role) return quoted;
      // "The Chinese embassy rejected ... embassy spokesman Liu said", "Iran's foreign minister acknowledged ... Foreign
      // Minister X said": the one named holds the role for the country stated here.
      if (person) return personSpeaker(person, () => guessedCountry(ctx), e.country);
      if (owner) return { ...entitySpeaker(owner, region, ctx)!, role: e.role ?? null };
      const reporter = isPossessed(e, ctx) ? reportingSubject(e, ctx) : null;
      if (reporter) return { ...reporter, role: e.role ?? null };
      // "Iran's mission to the United Nations", "l'ambassadeur russe à l'ONU": a delegate speaks for the country, not the forum.
      const delegateRole = e.role !== undefined && COUNTRY_DELEGATES.has(e.role);
      const delegate = e.country !== null && delegateRole;
      // "North Korea's U.N. mission", "the Iranian UN ambassador": the forum's delegate of the country written before it.
      const sender = delegateRole && e.country === null ? countryOwning(e, ctx) : null;
      if (sender) return { ...countrySpeaker(sender), role: e.role ?? null };
      if (e.institution && !delegate) {
        const national = e.institutionKind !== 'international' && e.institutionKind !== 'media' && e.institutionKind !== 'organization' && !isStatelessGroup(e);
        // "BEIJING (Reuters) - ..., a foreign ministry spokesperson said": the ministry of the place the story was filed from.
        return { name: e.institution, type: 'organization', affiliation: e.country ?? (national ? ctx.sceneCountry ?? outletCountry(ctx) ?? ctx.filedFrom : null), role: e.role ?? null };
      }
      const official = officialQuotedLast(e, ctx);
      if (official) return official;
      if (e.country) return { ...countrySpeaker(e.country), role: e.role ?? null };
      // "officials in Kyiv", « des responsables à Moscou »: officials in a capital are its government's.
      const seat = e.role === 'official' ? seatOf(e, ctx) : null;
      if (seat) return { ...countrySpeaker(seat), role: e.role };
      // "A United Nations panel of experts": experts an institution convened speak for it.
      const convener = e.role && INDEPENDENT_ROLES.has(e.role) ? convenedBy(e, ctx) : undefined;
      if (convener) return institutionSpeaker(convener, e.role);
      // "les chercheurs n'ont trouvé aucune preuve", after "L'IISS a publié un rapport": the authors speak for the publisher.
      if (ctx.publisher && writtenByAuthors(e, ctx)) return institutionSpeaker(ctx.publisher, e.role);
      // "A panel of U.N. experts said P. The experts said Q": the body whose experts were quoted.
      const determiner = tokenBefore(e.start, ctx)?.text.toLowerCase() ?? '';
      const convenedEarlier = e.role && INDEPENDENT_ROLES.has(e.role) && ctx.lex.definiteDeterminers.has(determiner) ? ctx.speakerByRole.get(e.role) : undefined;
      if (convenedEarlier?.type === 'organization') return convenedEarlier;
      // Experts, and "un diplomate européen", "a Western official": nobody's official, no home country to guess.
      if (e.role && (INDEPENDENT_ROLES.has(e.role) || besideBloc(e, ctx))) return { name: e.role, type: 'unknown', affiliation: null, role: e.role };
      // "Speaking for Iran, the representative said": the delegate's party.
      const party = representedParty(ctx);
      if (party) return { ...party, role: e.role ?? null };
      // "The Pentagon has no evidence ..., a spokeswoman said": an unnamed official speaks for the institution named,
      // or for the organisation that spoke last.
      // Not a news outlet: "WASHINGTON (Reuters) - ..., an official said" is no Reuters official.
      // Not one named in what is said ("un diplomate a jugé probable que l'Iran arme l'armée russe").
      // Nor the forum a delegate speaks in: "plusieurs délégations" at the Security Council are no Council.
      const forum = (i: EntityMention) => delegateRole && i.institutionKind === 'international';
      const institution = ctx.entities.find((i) => i.kind === 'institution' && i.institutionKind !== 'media' && !forum(i) && i.end <= region.end);
      // "a U.S. official said P. ... The official, who spoke on condition of anonymity, said Q": the one quoted under that role.
      const earlier = e.role && definiteBefore(e, ctx) ? ctx.speakerByRole.get(e.role) : undefined;
      const earlierBody = earlier && earlier.type !== 'person' ? earlier : undefined;
      // Unless the institution is quoted and "the official" was quoted before: '"The Russian Ministry of Defense is buying
      // shells," the official said' is the official quoted before, not one of that ministry.
      if (institution && !(earlierBody && insideQuote(institution.start, ctx))) return institutionSpeaker(institution, e.role);
      // "officials from a country allied with the United States": a country the text keeps unnamed is not guessed.
      if (ctx.lex.unnamedCountry.test(ctx.text.slice(e.end, region.end))) return { name: e.role ?? e.canonical, type: 'unknown', affiliation: null, role: e.role ?? null };
      if (earlierBody) return earlierBody;
      const last = ctx.lastSpeaker;
      // « À Téhéran, le porte-parole de la diplomatie a répété »: an official of the place the sentence opens in, not of
      // the body that spoke last.
      if (ctx.sceneCountry && last?.affiliation !== ctx.sceneCountry) return officialsOfNoStatedCountry(e.role ?? e.canonical, e.role ?? null, ctx);
      // "The Kremlin declined to comment. Officials said ...": officials (several) of the body that spoke last, not the body.
      // (Not every plural is marked as such by the lexicon: « les responsables » is written out.)
      if (speaksAsBody(last) && e.role && (e.plural || PLURAL_ENDING.test(ctx.text.slice(e.start, e.end)))) {
        return { name: `${e.role}s`, type: 'unknown', affiliation: last.affiliation, role: e.role };
      }
      if (speaksAsBody(last)) return { ...last, role: e.role ?? null };
      // "Deputy Foreign Minister X told reporters. “...,” the diplomat said": the person quoted in the sentence right before.
      const quotedPerson = ctx.lastSpeaker?.type === 'person' && quotedJustBefore(ctx) ? ctx.lastSpeaker : null;
      if (quotedPerson && e.role && !e.plural && GENERIC_ROLES.has(e.role) && definiteBefore(e, ctx)) return quotedPerson;
      // Nobody says whose official this is: the claim is kept, its source unknown.
      // A delegate of no stated country could be anyone's: no country is guessed for them.
      if (delegateRole) return { name: e.role ?? e.canonical, type: 'unknown', affiliation: null, role: e.role ?? null };
      return officialsOfNoStatedCountry(e.role ?? e.canonical, e.role ?? null, ctx);
    }
    case 'institution':
      // A news outlet, an international body, a non-governmental one ("Amnesty International", "ISW") or an armed group of
      // no state ("the Houthis") speaks for no country.
      if (e.country || e.institutionKind === 'international' || e.institutionKind === 'media' || e.institutionKind === 'organization' || isStatelessGroup(e)) {
        return { name: e.canonical, type: 'organization', affiliation: e.country };
      }
      // « Les Émirats ont démenti. Leur ministère des Affaires étrangères affirme »: the ministry of whoever « leur » stands for.
      const owner = isPossessed(e, ctx) ? possessiveOwner(e, ctx) : null;
      if (owner?.country) return { name: e.canonical, type: 'organization', affiliation: owner.country };
      // « À Kiev, le ministère des Affaires étrangères a exhorté »: the ministry of the place the sentence opens on, or of
      // the capital it sits in ("the Defense Ministry in Berlin").
      const place = ctx.sceneCountry ?? seatOf(e, ctx);
      if (place) return { name: e.canonical, type: 'organization', affiliation: place };
      // "l'administration Biden" names no country: likely the one the document's institutions speak for.
      return guessed({ name: e.canonical, type: 'organization', affiliation: ctx.homeCountry });
    case 'country':
    case 'capital':
      return e.country ? countrySpeaker(e.country) : null;
    case 'bloc':
      return blocSubject(e, region, ctx);
    case 'demonym': {
      // « Du côté ukrainien, on affirme », "on the Russian side, officials say": the side is the country's.
      const before = tokenBefore(e.start, ctx);
      const after = ctx.tokens.find((t) => t.start >= e.end);
      const side = [before, after].some((t) => t !== undefined && ctx.lex.sideNouns.has(t.text.toLowerCase()));
      // "The Iranians say", « les Iraniens ont démenti »: the people, named by a capitalised plural after "the", speak for their country.
      const people = before !== undefined && ctx.lex.definiteDeterminers.has(before.text.toLowerCase()) && PLURAL_NOUN_DEMONYM.test(ctx.text.slice(e.start, e.end));
      // A region that is the demonym alone was found qualifying a claim noun (« des accusations américaines selon lesquelles »).
      const source = region.start === e.start && region.end === e.end;
      // "a Russian instructor said", « un soldat ukrainien a raconté »: the country's serving personnel speak for it.
      const serving = ctx.entities.some((i) => i.item === 'personnel' && i.start >= region.start && i.end <= region.end && areAdjacent(ctx.text, i, e));
      return (side || people || source || serving) && e.country ? countrySpeaker(e.country) : null;
    }
    default:
      return null;
  }
}

const PLURAL_ENDING = /\p{L}[sx]$/u;

/**
 * "The West says", "Western countries accuse", « les Occidentaux affirment », « les capitales européennes »: a bloc that is
 * the whole subject, alone or with the noun for its members, speaks as a group of no one country, named as written.
 */
function blocSubject(e: EntityMention, region: Span, ctx: SpeakerContext): Speaker | null {
  const words = tokensIn(region, ctx).filter((t) => t.kind === 'word');
  while (words.length && isAfterSubject(words.at(-1)!, ctx.lex)) words.pop();
  if (words.length && ctx.lex.determiners.has(words[0].text.toLowerCase())) words.shift();
  const isMembers = (t: Token | undefined) => t !== undefined && ctx.lex.blocMemberNouns.has(t.text.toLowerCase());
  const bloc = words.findIndex((t) => t.start >= e.start && t.end <= e.end);
  const rest = words.filter((t) => t.start >= e.end || t.end <= e.start);
  if (bloc < 0 || rest.length > 1 || rest.length === 1 && !isMembers(rest[0])) return null;
  return { name: ctx.text.slice(words[0].start, words.at(-1)!.end), type: 'unknown', affiliation: null };
}

/** A demonym written as a plural noun: capitalised, ending in -s or -x ("Iranians", « Russes », « Chinois »). */
const PLURAL_NOUN_DEMONYM = /^\p{Lu}[\p{L}-]*[sx]$/u;

/** Characters before a demonstrative source searched for the noun bringing it in. */
const INTRODUCTION_REACH = 400;

/** The noun `head` was last written before `region` after an indefinite article ("un média d'opposition", "an opposition newspaper"). */
function introducedBefore(head: string, region: Span, ctx: SpeakerContext): boolean {
  const before = ctx.text.slice(Math.max(0, region.start - INTRODUCTION_REACH), region.start);
  const at = before.toLowerCase().lastIndexOf(` ${head}`);
  if (at < 0) return false;
  // An adjective or two may stand between ("an opposition newspaper").
  const lead = before.slice(0, at + 1);
  const leads = [lead, lead.replace(/[\p{L}-]+\s+$/u, ''), lead.replace(/(?:[\p{L}-]+\s+){2}$/u, '')];
  return leads.some((l) => ctx.lex.indefinites.test(l) && !ctx.lex.demonstratives.test(l));
}

/**
 * Officials the text gives no country: those of the place the sentence opens on ("In Moscow, officials
 * said"), else, as a guess, of the body that spoke last or of the document's home country. A group
 * ("officials") has no `role` at all; a role of no name has a null one.
 */
function officialsOfNoStatedCountry(name: string, role: string | null | undefined, ctx: SpeakerContext): Speaker {
  const speaker: Speaker = { name, type: 'unknown', affiliation: ctx.sceneCountry ?? guessedCountry(ctx), ...(role === undefined ? {} : { role }) };
  return ctx.sceneCountry ? speaker : guessed(speaker);
}

/**
 * The country of the place a sentence opens on, set off by a comma ("In Tehran, foreign ministry
 * spokesman X said", « À Moscou lundi, le porte-parole ... »): a preposition of place, a country or
 * capital, at most a date, then the comma. Null when the sentence opens otherwise.
 */
export function sceneCountry(
  text: string, tokens: readonly Token[], entities: readonly EntityMention[], dates: readonly Span[], lex: ClaimLexicon,
): string | null {
  const place = entities[0];
  // "Sudan: army accuses ...", « Soudan : l'armée accuse ... »: a headline's kicker names the country of the story.
  const kicker = place && (place.kind === 'country' || place.kind === 'capital') && place.start === tokens[0]?.start
    && tokens.find((t) => t.start >= place.end)?.text === ':';
  if (kicker) return place.country;
  // "Speaking in Tehran, the minister said", « S'exprimant à Téhéran, ... »: where the speaker was; "Speaking at a news
  // conference in Moscow, ...", « S'exprimant lors d'une conférence de presse à Moscou, ... » too.
  let opening = 0;
  while (opening < tokens.length && lex.sceneParticiples.has(tokens[opening].text.toLowerCase())) opening++;
  if (opening > 0) opening = sceneOfSpeech(tokens, opening, place, lex);
  if (tokens.length < opening + 3 || !place || place.start !== tokens[opening + 1].start || !lex.scenePrepositions.has(tokens[opening].text.toLowerCase())) return null;
  if (place.kind !== 'country' && place.kind !== 'capital') return null;
  const date = dates.find((d) => d.start >= place.end);
  const after = date && SHORT_PREPOSITION_ONLY.test(text.slice(place.end, date.start)) ? date.end : place.end;
  return tokens.find((t) => t.start >= after)?.text === ',' ? place.country : null;
}

/** Words an occasion may take between a participle of speech and the place ("at a news conference"). */
const MAX_OCCASION_WORDS = 6;

/**
 * After a participle of speech ("Speaking"), the preposition before the place the sentence opens on, past the
 * occasion ("at a news conference in Moscow"); `opening` when no place follows within reach.
 */
function sceneOfSpeech(tokens: readonly Token[], opening: number, place: EntityMention | undefined, lex: ClaimLexicon): number {
  if (!place) return opening;
  for (let k = opening; k < tokens.length && k - opening <= MAX_OCCASION_WORDS && tokens[k].kind === 'word'; k++) {
    if (tokens[k + 1]?.start === place.start && lex.scenePrepositions.has(tokens[k].text.toLowerCase())) return k;
  }
  return opening;
}

/** Offset `at` is inside a quotation of the sentence. */
function insideQuote(at: number, ctx: SpeakerContext): boolean {
  const { tokens } = ctx;
  return tokens.length > 0 && quotedRanges(ctx.text, tokens[0].start, tokens.at(-1)!.end).some((q) => q.start < at && at < q.end);
}

/** A country speaking for itself. */
function countrySpeaker(country: string): Speaker {
  return { name: country, type: 'country', affiliation: country };
}

/**
 * The body a clause opens on, speaking in its own name ("..., but Washington had no evidence that P"): a country,
 * its capital, or an institution of a known country; else null.
 */
export function namedBodySpeaker(entities: readonly EntityMention[], tokens: readonly Token[], lex: ClaimLexicon): Speaker | null {
  const e = openingEntity(entities, tokens, lex);
  if (!e?.country) return null;
  if (e.kind === 'country' || e.kind === 'capital') return countrySpeaker(e.country);
  return e.kind === 'institution' ? institutionSpeaker(e, undefined) : null;
}

/** An unnamed official of an institution, speaking for it. */
function institutionSpeaker(institution: EntityMention, role: string | undefined): Speaker {
  return { name: institution.canonical, type: 'organization', affiliation: institution.country, role: role ?? null };
}

/** An institution heading the role's noun phrase ("United Nations panel of"), a few words before it. */
function convenedBy(e: EntityMention, ctx: SpeakerContext): EntityMention | undefined {
  return ctx.entities.find((i) => i.kind === 'institution' && i.end <= e.start && CONVENING_GAP.test(ctx.text.slice(i.end, e.start)));
}

const CONVENING_GAP = /^\s+(?:\p{Ll}+\s+){1,2}$/u;

function besideBloc(e: EntityMention, ctx: SpeakerContext): boolean {
  return ctx.entities.some((b) => b.kind === 'bloc' && (b.start - e.end >= 0 && b.start - e.end <= 1 || e.start - b.end >= 0 && MODIFIERS_BETWEEN.test(ctx.text.slice(b.end, e.start))));
}

/** "a Western official", "two European security officials": lower-case words may qualify the role after the bloc. */
const MODIFIERS_BETWEEN = /^\s?(?:\p{Ll}[\p{L}-]*\s){0,2}$/u;

/** representedParty, worked out once per sentence: every unnamed role of the sentence asks. */
const represented = new WeakMap<SpeakerContext, Speaker | null>();

/** The country or institution the sentence says someone speaks for ("Speaking for Iran", "au nom de la France"). */
function representedParty(ctx: SpeakerContext): Speaker | null {
  if (!represented.has(ctx)) represented.set(ctx, findRepresentedParty(ctx));
  return represented.get(ctx)!;
}

function findRepresentedParty(ctx: SpeakerContext): Speaker | null {
  for (const e of ctx.entities) {
    if (!e.country || (e.kind !== 'country' && e.kind !== 'capital' && e.kind !== 'institution')) continue;
    if (!ctx.lex.onBehalfOf.test(ctx.text.slice(Math.max(0, e.start - BEHALF_REACH), e.start))) continue;
    return e.kind === 'institution'
      ? { name: e.canonical, type: 'organization', affiliation: e.country }
      : countrySpeaker(e.country);
  }
  return null;
}

/** Characters before a party where "on behalf of" may start. */
const BEHALF_REACH = 40;

function firstPronoun(regionText: string, lex: ClaimLexicon): { index: number; word: string } | null {
  // A pronoun may carry a contracted auxiliary ("We've not seen").
  for (const m of regionText.matchAll(/(?:^|[\s,])(-t-|-)?(\p{L}+(?:['’]\p{L}+)?)(?=$|[\s,])/gu)) {
    const word = m[2].toLowerCase();
    if (isSpeakerPronoun(word, lex)) return { index: (m.index ?? 0) + m[0].indexOf(m[2]), word };
  }
  return null;
}

/** The first word after a list's last named member, with a comma before it: " et treize pays européens". */
const WORD_AFTER_MEMBER = /^\s*,?\s*\p{L}+/u;
/** Characters read after a list's last member for the word that joins the next. */
const MAX_JOIN_CHARS = 24;

/**
 * The chosen candidate and those of the same rank joined to it by "et", "and" or commas. Commas alone
 * make no list ("Iran, Russia's ally, ..."): one of the joins must be a conjunction, or one must open a last
 * member that names no speaker of that rank (« La France, le Canada et treize pays européens »).
 */
function coordinatedWith(chosen: Candidate, peers: Candidate[], text: string, lex: ClaimLexicon): Candidate[] {
  // The owners of a role may be listed with their prepositions (« de la France, de l'Allemagne et du Royaume-Uni »).
  const coordinates = (between: string) => lex.subjectCoordination.test(between) || lex.ownerListJoin.test(between) && !lex.listSeparator.test(between);
  const joined = (between: string) => coordinates(between) || lex.listSeparator.test(between);
  const group = [chosen];
  const i = peers.indexOf(chosen);
  for (let k = i - 1; k >= 0 && joined(text.slice(peers[k].end, group[0].start)); k--) group.unshift(peers[k]);
  for (let k = i + 1; k < peers.length && joined(text.slice(group.at(-1)!.end, peers[k].start)); k++) group.push(peers[k]);
  const joins = group.slice(1).map((c, k) => text.slice(group[k].end, c.start));
  const lastJoin = WORD_AFTER_MEMBER.exec(text.slice(group.at(-1)!.end, group.at(-1)!.end + MAX_JOIN_CHARS))?.[0];
  return joins.some(coordinates) || group.length > 1 && lastJoin !== undefined && lex.subjectCoordination.test(lastJoin) ? group : [chosen];
}

function dedupe(speakers: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  return speakers.filter((s) => !seen.has(s.name) && seen.add(s.name));
}
