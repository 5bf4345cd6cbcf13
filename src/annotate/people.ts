/**
 * People found from the text: capitalised name sequences, honorific + surname, and the roles attached
 * to them by apposition ("le porte-parole du ministère, le général Paul Martin", "Jane Doe,
 * porte-parole du Conseil..."). Later mentions by surname, honorific or role resolve to the same person.
 */
import type { Span, Token } from '../core/types.js';
import type { ClaimLexicon } from '../lang/types.js';
import { broaderRole, isStatelessGroup, type EntityMention } from '../knowledge/index.js';
import { foldText } from '../core/text.js';
import { isLowerCaseContentWord, isTitleCased, isVerb, POSSESSIVE_ENDING } from './words.js';

export interface Person {
  name: string;
  /** Accent-folded, lower-case last name: the key later surname mentions resolve through. */
  surnameKey: string;
  /** The role that says most (one with a country), and every role the text gives the person. */
  role: string | null;
  roles: Set<string>;
  affiliation: string | null;
  /** A role in an international body ("secrétaire général de l'OTAN"): the person speaks for no country. */
  international: boolean;
  /** Offsets of every mention, in text order. */
  mentions: Span[];
}

export interface PersonMention extends Span {
  person: Person;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}’'-]*$/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * Finds name sequences in one sentence's tokens; `blocked` spans (entities) are never part of a name,
 * but for an item word inside a capitalised name ("Open Source Munitions Portal").
 */
export function findNameSequences(text: string, tokens: Token[], blocked: (Span & { kind?: string })[], lex: ClaimLexicon): Span[] {
  const insideName = (b: Span & { kind?: string }) => b.kind === 'item' && UPPER_START.test(text[b.start])
    && (namesAround(tokens, b, lex) || endsName(text, tokens, b, blocked, lex));
  const blockers = blocked.filter((b) => !insideName(b));
  const isBlocked = (t: Token) => blockers.some((b) => t.start < b.end && b.start < t.end);
  const names: Span[] = [];
  // "Iran Denies Supplying Russia With Drones": in a title-cased headline a verb the lexicons know opens no name.
  let titleCased: boolean | undefined;
  const headlineVerb = (t: Token) => isVerb(t.text.toLowerCase(), lex) && (titleCased ??= isTitleCased(tokens));
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // "Mr Healey", "MR MILLER": a title written without its period opens no name; the surname after it is one.
    const opens = isNameWord(first, lex) || pronounSurname(tokens, i, lex);
    if (!opens || isBlocked(first) || lex.honorifics.has(first.text.toLowerCase()) || headlineVerb(first)) { i++; continue; }
    let j = i;
    let words = 1;
    let organisation = lex.organisationHeads.has(first.text.toLowerCase());
    for (;;) {
      // "Institute for Science and International Security": an organisation's name runs on through its links.
      const linked = organisation ? linkedNameWord(text, tokens, j, lex) : -1;
      const next = linked >= 0 ? linked : extendName(text, tokens, j, lex);
      if (next < 0 || isBlocked(tokens[next]) || !organisation && words >= 2 && headlineVerbAt(tokens, next, lex)) break;
      organisation ||= lex.organisationHeads.has(tokens[next].text.toLowerCase());
      j = next;
      words++;
    }
    if (words === 1 && lex.organisationHeads.has(first.text.toLowerCase())) j = sentenceCaseNameEnd(tokens, j, isBlocked, lex);
    const person = organisation ? trailingPersonName(tokens, i, j, lex) : -1;
    // "Zelensky's office": the possessive ending is no part of the name.
    const end = tokens[j].end - (POSSESSIVE_ENDING.exec(tokens[j].text)?.[0].length ?? 0);
    const start = organisation ? placeOpeningName(text, tokens, i, blockers) : first.start;
    if (person >= 0) {
      names.push({ start, end: tokens[person - 1].end }, { start: tokens[person].start, end });
    } else {
      names.push({ start, end });
    }
    i = j + 1;
  }
  return names;
}

/**
 * "spokesperson He Yadong said": a surname that is a pronoun too opens a name where a pronoun would not be
 * capitalised, mid-sentence and before another name word that is no verb ("What He Said" is a headline's).
 */
function pronounSurname(tokens: Token[], i: number, lex: ClaimLexicon): boolean {
  const [before, word, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return before?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(word.text) && lex.pronouns.has(word.text.toLowerCase())
    && next !== undefined && isNameWord(next, lex) && !isVerb(next.text.toLowerCase(), lex);
}

/** Places whose name may open an organisation's ("Stockholm International Peace Research Institute", "Washington Institute"). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['capital', 'country', 'region']);

/** Where an organisation's name starting at token i starts: at the place named right before it, if one is, else at token i. */
function placeOpeningName(text: string, tokens: Token[], i: number, blocked: (Span & { kind?: string })[]): number {
  const before = tokens[i - 1];
  const place = before && blocked.find((b) => b.end === before.end && b.start === before.start && PLACE_KINDS.has(b.kind ?? ''));
  return place && UPPER_START.test(before.text) && oneSpaceBetween(text, before, tokens[i]) ? place.start : tokens[i].start;
}

const UPPER_START = /^\p{Lu}/u;
/** A capitalised word with a possessive ending ("Petrenko's"): the name is group 1. */
const POSSESSIVE_NAME = /^(\p{Lu}[\p{L}-]+)['’]s$/u;

/** The name a possessive word stands on ("Petrenko's" -> "Petrenko"), or null for any other word. */
export function possessor(word: string): string | null {
  return POSSESSIVE_NAME.exec(word)?.[1] ?? null;
}

/** Capitalised name words stand right before and right after the span. */
function namesAround(tokens: Token[], span: Span, lex: ClaimLexicon): boolean {
  const at = tokens.findIndex((t) => t.start === span.start);
  const last = tokens.findIndex((t) => t.end === span.end);
  return at > 0 && last >= 0 && last + 1 < tokens.length && isNameWord(tokens[at - 1], lex) && continuesName(tokens[last + 1], lex);
}

/**
 * "Selçuk Bayraktar, insisted", "Selçuk Bayraktar said": an item word after a first name, and before nothing that
 * carries the item on (a capitalised word, a model number, a class noun such as "drones"), is a surname.
 */
function endsName(text: string, tokens: Token[], item: Span, blocked: Span[], lex: ClaimLexicon): boolean {
  const at = tokens.findIndex((t) => t.start === item.start);
  const last = tokens.findIndex((t) => t.end === item.end);
  if (at < 1 || last < 0) return false;
  const first = tokens[at - 1];
  const after = tokens[last + 1];
  const firstName = isNameWord(first, lex) && !lex.determiners.has(first.text.toLowerCase()) && oneSpaceBetween(text, first, tokens[at])
    && !blocked.some((b) => b.start < first.end && first.start < b.end);
  const carriesOn = after !== undefined && (/^[\p{Lu}\p{N}]/u.test(after.text) || blocked.some((b) => b.start === after.start));
  return firstName && !carriesOn;
}

/**
 * Where a person's name starts at the end of an organisation's name, or -1: two capitalised words or
 * more right after its last head word, with no link between them ("... for Terrorism and Financial
 * Intelligence Brian Nelson"). Words joined by links ("Institute for Science and International
 * Security") belong to the organisation.
 */
function trailingPersonName(tokens: Token[], first: number, last: number, lex: ClaimLexicon): number {
  let head = -1;
  for (let k = first; k <= last; k++) if (lex.organisationHeads.has(tokens[k].text.toLowerCase())) head = k;
  if (head < first || last - head < 2) return -1;
  // A sentence-case tail ("Institut international d'études stratégiques") is the organisation's too.
  for (let k = head + 1; k <= last; k++) if (lex.titleCaseNameLinks.has(tokens[k].text) || !isNameWord(tokens[k], lex)) return -1;
  return head + 1;
}

/** Lower-case words an organisation's name may run on for after its head. */
const MAX_NAME_TAIL = 6;

/**
 * The last token of an organisation's name written in sentence case ("Service national du
 * renseignement", "Conseil de sécurité"): lower-case words, linked by "de", "du", "de la", that
 * are no verb, preposition or other function word. `head` when the language has no such names.
 */
function sentenceCaseNameEnd(tokens: Token[], head: number, isBlocked: (t: Token) => boolean, lex: ClaimLexicon): number {
  const links = lex.organisationNameLinks;
  if (!links) return head;
  const isNameTail = (t: Token | undefined) => t !== undefined && t.text.length > 1 && !isBlocked(t) && isLowerCaseContentWord(t, lex)
    && !lex.events.has(t.text) && !lex.prepositions.has(t.text) && !lex.conjunctions.has(t.text) && !lex.scopeBreaks.has(t.text);
  let end = head;
  for (let k = head + 1; k < tokens.length && k - head <= MAX_NAME_TAIL;) {
    let word = k;
    while (word < tokens.length && links.has(tokens[word].text)) word++;
    // "Service national de renseignement sud-coréen": the name runs into a known one, which names it better.
    if (word < tokens.length && isBlocked(tokens[word])) return head;
    if (!isNameTail(tokens[word])) break;
    end = k = word;
    k++;
  }
  return end;
}

export function isNameWord(t: Token, lex: ClaimLexicon): boolean {
  return t.kind === 'word' && CAPITALISED.test(t.text) && t.text.length > 1 && !lex.nameStopwords.has(t.text.toLowerCase());
}

/**
 * In a headline written in title case, the capitalised word after a name may be its verb: one the lexicons know
 * ("Jane Doe Says ..."), or one before a lower-case determiner ("Jane Doe Holds a Briefing").
 */
function headlineVerbAt(tokens: Token[], k: number, lex: ClaimLexicon): boolean {
  const after = tokens[k + 1]?.text;
  return isVerb(tokens[k].text.toLowerCase(), lex) || after !== undefined && /^\p{Ll}/u.test(after) && lex.determiners.has(after);
}

/** A lower-case syllable hyphenated to a name word. */
const GLUED_NAME_END = /^-\p{Ll}+$/u;

/** Index of the token that continues the name after token j ("John F. Smith", "Osama bin Laden"), or -1. */
function extendName(text: string, tokens: Token[], j: number, lex: ClaimLexicon): number {
  const cur = tokens[j];
  let k = j + 1;
  // "Choe Song-il", "Kim Jong-il": the tokenizer cut off what reads as a French clitic pronoun; after a capitalised
  // word that follows another, it is the end of a hyphenated given name ("Dit-il" alone stays a verb and its pronoun).
  const glued = tokens[k];
  if (glued?.start === cur.end && GLUED_NAME_END.test(glued.text) && j > 0 && isNameWord(tokens[j - 1], lex) && oneSpaceBetween(text, tokens[j - 1], cur)) return k;
  // An initial: "F." glued to its period.
  if (INITIAL.test(cur.text) && tokens[k]?.text === '.' && tokens[k].start === cur.end) k++;
  const next = tokens[k];
  if (!next || !oneSpaceBetween(text, tokens[k - 1], next)) return -1;
  // An initial ("John F. Smith") is a capitalised word too.
  if (continuesName(next, lex)) return k;
  if (lex.nameParticles.has(next.text) && CAPITALISED.test(tokens[k + 1]?.text ?? '')) return k + 1;
  const after = tokens[k + 1];
  if (lex.capitalisedNameParticles.has(next.text) && after && oneSpaceBetween(text, next, after) && isNameWord(after, lex)) return k + 1;
  return -1;
}

/**
 * A word that may carry on a name: a capitalised one, or one a particle is hyphenated to ("Abdel Fattah al-Burhan"),
 * which opens none ("al-Qaeda" alone is no person).
 */
function continuesName(t: Token, lex: ClaimLexicon): boolean {
  if (t.kind !== 'word') return false;
  const hyphen = t.text.indexOf('-');
  if (hyphen > 0 && lex.nameParticles.has(t.text.slice(0, hyphen))) return CAPITALISED.test(t.text.slice(hyphen + 1));
  return CAPITALISED.test(t.text) && !lex.nameStopwords.has(t.text.toLowerCase());
}

/** The words of a name stand one space apart: a line break or a double space ends it. */
function oneSpaceBetween(text: string, before: Token, after: Token): boolean {
  return after.start === before.end + 1 && text[before.end] === ' ';
}

/** At most this many link words between two capitalised words of a name ("for the"). */
const MAX_NAME_LINKS = 2;

/** Index of the capitalised word after the link words following token j ("Institute for the Study"), or -1. */
function linkedNameWord(text: string, tokens: Token[], j: number, lex: ClaimLexicon): number {
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_NAME_LINKS && lex.titleCaseNameLinks.has(tokens[k].text) && oneSpaceBetween(text, tokens[k - 1], tokens[k])) k++;
  const next = tokens[k];
  if (k === j + 1 || !next || !oneSpaceBetween(text, tokens[k - 1], next)) return -1;
  return isNameWord(next, lex) ? k : -1;
}

/** A name of two words or more with an organisation word in it ("National Intelligence Service"). */
export function isOrganisationName(name: string, lex: ClaimLexicon): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.some((word) => lex.organisationHeads.has(word.toLowerCase()));
}

/** A name written in capitals ("MR MILLER", "JANE R. HOLLOWAY"). */
export function isUpperCase(name: string): boolean {
  return !/\p{Ll}/u.test(name);
}

/** "JEAN-PIERRE O'NEIL" -> "Jean-Pierre O'Neil": how the name is written in running text. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** A surname with a particle hyphenated to it ("al-Burhan"): the surname proper is group 1. */
const PARTICLED_SURNAME = /^\p{Ll}+-(\p{Lu}.*)$/u;

/** The people of one document, keyed by surname. */
export class Cast {
  private readonly bySurname = new Map<string, Person>();
  /** Full names by their first word too: many names are written family name first ("Kim Yo-jong"). */
  private readonly byFirstWord = new Map<string, Person>();
  /** Unnamed roles the next sentence names ("..., a deputy minister has said. Mehdi Farahi told ..."), by where the role starts. */
  private readonly namedNext = new Map<number, Person>();
  readonly people: Person[] = [];

  /** Records a full name (two words or more) and returns its person, merging with one of the same surname. */
  addFullName(name: string, span: Span): Person {
    const key = surnameKey(name);
    let person = this.bySurname.get(key);
    if (!person) {
      person = { name, surnameKey: key, role: null, roles: new Set(), affiliation: null, international: false, mentions: [] };
      this.bySurname.set(key, person);
      this.people.push(person);
      const first = surnameKey(name.split(' ')[0]);
      if (!this.byFirstWord.has(first)) this.byFirstWord.set(first, person);
      // "Abdel Fattah al-Burhan" is "Burhan" later too: a lower-case word in a name is a particle.
      const particled = PARTICLED_SURNAME.exec(name.split(' ').at(-1)!)?.[1];
      if (particled && !this.bySurname.has(surnameKey(particled))) this.bySurname.set(surnameKey(particled), person);
    } else if (name.split(' ').length > person.name.split(' ').length) {
      person.name = name;
    }
    person.mentions.push(span);
    return person;
  }

  /** The person a single name word stands for: a surname, else the first word of a full name. */
  bySurnameOf(word: string): Person | undefined {
    const key = surnameKey(word);
    return this.bySurname.get(key) ?? this.byFirstWord.get(key);
  }

  /** Records that the person named next is the one an unnamed role stands for, and gives them the role. */
  nameRole(role: EntityMention, person: Person): void {
    takeRole(person, role);
    this.namedNext.set(role.start, person);
  }

  /** The person an unnamed role was named as in the next sentence, if any. */
  namedAs(role: Span): Person | undefined {
    return this.namedNext.get(role.start);
  }

  /**
   * The person holding a role, preferring the last one mentioned before `at`, then the first after it. The role of an
   * international body ("the European Union's top diplomat") is nobody's who speaks for a country.
   */
  byRole(role: string, country: string | null, at: number, international = false): Person | undefined {
    const holders = this.people.filter((p) => p.roles.has(role) && (international
      ? !p.affiliation || p.international
      : !country || !p.affiliation || p.affiliation === country));
    const before = holders.filter((p) => p.mentions.some((m) => m.start < at));
    if (before.length) return before.sort((a, b) => lastBefore(b, at) - lastBefore(a, at))[0];
    return holders.sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  }
}

/** A role the person holds, and the broader role it implies ("deputy foreign minister" is a "foreign minister"). */
function addRole(person: Person, role: string): void {
  person.roles.add(role);
  const broader = broaderRole(role);
  if (broader) person.roles.add(broader);
}

/** The role of someone introduced as another's counterpart ("his Iranian counterpart", « son homologue iranien »). */
export const COUNTERPART_ROLE = 'counterpart';

/**
 * « Le chef de la diplomatie française, X, ... Son homologue iranien, Y, a répliqué »: a counterpart holds the role of
 * the person with a role named last before them, so that « le ministre » may later stand for them.
 */
export function inheritCounterpartRoles(people: readonly Person[]): void {
  const inOrder = [...people].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  inOrder.forEach((person, k) => {
    if (person.role !== COUNTERPART_ROLE) return;
    const counterpart = inOrder.slice(0, k).findLast((p) => p.role !== null && p.role !== COUNTERPART_ROLE);
    if (!counterpart?.role) return;
    person.role = counterpart.role;
    addRole(person, counterpart.role);
  });
}

/** Gives a person the role the text introduced them by before naming them: the role, and its country when they have none. */
export function takeRole(person: Person, role: EntityMention): void {
  if (!role.role) return;
  addRole(person, role.role);
  person.role ??= role.role;
  if (!person.affiliation && role.country) person.affiliation = role.country;
  // "The European Union's top diplomat said P. Jane Doe told ...": she speaks for no country either.
  if (!person.affiliation && speaksForNoCountry(role)) person.international = true;
}

/** A role in an international body or an armed group of no state ("NATO's secretary general", "Hezbollah spokesman"). */
export function speaksForNoCountry(role: EntityMention): boolean {
  return role.institutionKind === 'international' || isStatelessGroup(role);
}

function lastBefore(p: Person, at: number): number {
  return Math.max(...p.mentions.filter((m) => m.start < at).map((m) => m.start));
}

export function surnameKey(name: string): string {
  return foldText(name.trim().split(/\s+/).at(-1) ?? name).replace(/’/g, "'");
}

/** The role of people who speak for nobody but themselves: analysts, researchers, experts. */
export const EXPERT_ROLE = 'analyst';

const APPOSITION_END = /[,;:.!?()«»“”"–—]/g;

/** Where an apposition opening at `from` ends: at its next comma or other punctuation. */
function apposedUntil(text: string, from: number): number {
  APPOSITION_END.lastIndex = from;
  return APPOSITION_END.exec(text)?.index ?? text.length;
}

/**
 * Links roles to the names they stand beside: "ROLE NAME", "ROLE, NAME" and "NAME, ROLE", and a chain
 * of roles ("Pentagon spokesman Brig. Gen. Mark Lee"). A role separated from the name by another
 * name does not count, so "l'assistant du président ukrainien X, Y" gives Y the role. A role of no
 * stated country takes `scene`, the country of the place the sentence opens on. A post in a research body makes
 * the person an expert.
 */
export function attachRoles(
  text: string, names: PersonMention[], roles: EntityMention[], lex: Pick<ClaimLexicon, 'appositionLink' | 'indefiniteApposition' | 'researchBody'>, scene: string | null,
): void {
  const link = lex.appositionLink;
  for (const mention of names) {
    const chain: EntityMention[] = [];
    let edge = mention.start;
    for (let i = roles.length - 1; i >= 0; i--) {
      const r = roles[i];
      if (r.end > edge) continue;
      if (!link.test(text.slice(r.end, edge))) break;
      chain.push(r);
      edge = r.start;
    }
    // "X, the minister's spokesman", "X, an adviser to the head of ...": a role apposed after the name.
    // "X, Vladimir Putin's spokesman": the role may be another person's, who then tells the country.
    const owner = nextApposed(text, mention, names);
    const after = roles.find((r) => r.start >= mention.end && text.startsWith(',', mention.end)
      && (link.test(text.slice(mention.end, r.start)) || lex.indefiniteApposition.test(text.slice(mention.end, r.start))
        || owner !== undefined && owner.end < r.start && isPossessorOf(text, owner, r)));
    if (!chain.length && after) chain.push(after);
    const person = mention.person;
    for (const r of chain) if (r.role) addRole(person, r.role);
    // "X, directeur du programme Corée à la Fondation pour la recherche stratégique": an expert, no official.
    if (after && lex.researchBody.test(text.slice(after.end, apposedUntil(text, after.end)))) addRole(person, EXPERT_ROLE);
    const telling = chain.find((r) => r.country) ?? chain[0];
    if (telling?.role && !person.role) person.role = telling.role;
    // "X, an adviser to the head of Ukraine's presidential office,": who the apposed role serves tells the country.
    const served = after && !after.country ? roles.find((r) => r.start >= after.end && r.end <= apposedUntil(text, after.end) && r.country) : undefined;
    const country = chain.find((r) => r.country)?.country ?? served?.country ?? (owner && after ? owner.person.affiliation : null);
    // A role in an armed group of no state ("Hezbollah spokesman X") speaks for no country either.
    const international = !country && chain.some(speaksForNoCountry);
    if (international) person.international = true;
    // "In Tehran, foreign ministry spokesman X": an official of no stated country is one of the place the sentence is in.
    const placed = !international && chain.some((r) => r.role && r.institutionKind !== 'media') ? scene : null;
    if (!person.affiliation && (country ?? placed)) person.affiliation = country ?? placed;
  }
}

/** The person named right after `mention` and a comma ("X, Vladimir Putin's spokesman"), if any. */
function nextApposed(text: string, mention: PersonMention, names: PersonMention[]): PersonMention | undefined {
  return names.find((n) => n.start > mention.end && onlyCommaBetween(text, mention, n));
}

/** "X, Vladimir Putin's spokesman": the second name owns the role apposed to the first, and does not hold it. */
export function ownsApposedRole(text: string, mention: PersonMention, names: PersonMention[], entities: EntityMention[]): boolean {
  return entities.some((e) => e.kind === 'role' && e.start > mention.end && isPossessorOf(text, mention, e))
    && names.some((n) => n.end <= mention.start && onlyCommaBetween(text, n, mention));
}

/** Nothing but a comma between two mentions ("X, Y"). */
function onlyCommaBetween(text: string, first: Span, second: Span): boolean {
  return /^,\s*$/u.test(text.slice(first.end, second.start));
}

/** Only a possessive ending between a person's name and a role: the role is theirs ("Putin's spokesman"). */
function isPossessorOf(text: string, owner: Span, role: Span): boolean {
  const gap = text.slice(owner.end, role.start).trimEnd();
  return gap.length === 2 && POSSESSIVE_ENDING.test(gap);
}
