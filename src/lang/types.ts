/**
 * The shape of a language pack: all language-specific knowledge (words, patterns, abbreviations)
 * lives in `lang/<code>/`; the engines in clean/, segment/ and annotate/ are shared.
 * Each section's interface is declared here, next to the others, and filled per language.
 */
import type { Chrono } from 'chrono-node';
import type { Item } from '../core/types.js';

export interface LanguagePack {
  code: string;
  abbreviations: AbbreviationLexicon;
  dates: DateLexicon;
  boilerplate: BoilerplateLexicon;
  entities: EntityLexicon;
  claims: ClaimLexicon;
}

// Section interfaces: each owner replaces its placeholder with the real fields.
/** What sentence splitting must know to tell an abbreviation's period from a sentence end. */
export interface AbbreviationLexicon {
  /**
   * Lower-case abbreviations (without their final period) that are usually followed by a capitalised
   * word, so a period after them does not end a sentence: titles ("m", "mme", "dr"), month
   * abbreviations ("jan"), "no", "st". Single letters (initials) never need listing.
   */
  nonFinal: ReadonlySet<string>;
}
/** The span of time a relative date expression moves by. */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Date words of a language (annotate/dates.ts). Patterns are matched inside one sentence and, like
 * every lexicon pattern, open with `\b` (compiled by `wordRegex`, lang/regex.ts). Patterns named
 * `...Before` are anchored at the end (`$`) and tested on the text just before a date.
 */
export interface DateLexicon {
  /** chrono-node parser (strict) for explicit day dates: "19 juillet", "July 19, 2022", "23.10.2022". */
  chrono: Chrono;
  /** Lower-case month names and abbreviations (with their period: "janv.") -> 1..12. */
  months: ReadonlyMap<string, number>;
  /** Month names count only when capitalised (English "May" and "March" are also common words). */
  monthsCapitalised: boolean;
  /** A weekday with its optional modifiers: groups `weekday`, `last` ("dernier", "last"), `next`. */
  weekdayPattern: RegExp;
  /** Lower-case weekday names -> 0 (Sunday) .. 6 (Saturday), as `Date.getUTCDay()`. */
  weekdays: ReadonlyMap<string, number>;
  /** Fixed relative phrases, lower case with `'` for apostrophes ("hier", "la semaine dernière"). */
  relativePhrases: ReadonlyMap<string, { unit: RelativeUnit; offset: number }>;
  /** Counted offsets ("il y a deux semaines", "three days ago"): groups `count` and `unit`. */
  countedOffsets: readonly { pattern: RegExp; direction: -1 | 1 }[];
  /** Lower-case number words for `count` ("deux", "two"); digits are read directly. */
  numbers: ReadonlyMap<string, number>;
  /** Lower-case unit words for `unit` ("semaines", "weeks"). */
  units: ReadonlyMap<string, RelativeUnit>;
  /** Words before a bare month or year that make it a date ("en", "fin", "in", "early"). */
  leadBefore: RegExp;
  /** Relation markers before a date: groups `since` ("depuis"), `before` ("avant"), `after` ("après"). */
  relationBefore: RegExp;
  /** Words showing a sentence speaks of the future ("doit", "prochain", "will"). */
  futureCues: RegExp;
  /** Words opening a complement clause ("que", "that"): a future there says nothing of a date outside it. */
  clauseOpeners: RegExp;
  /** Words moving a narrative on ("plus tard", "later"): a bare month after them follows the last year written. */
  laterCues: RegExp;
}
/**
 * Boilerplate around an article's content (clean/boilerplate.ts). Line patterns are tested on a
 * trimmed line; "prefix" patterns are anchored at its start and the engine checks the rest.
 */
export interface BoilerplateLexicon {
  /** A whole line that is a share widget: "Partager un article", "Share on Facebook". */
  shareLine: RegExp;
  /** A whole line that is site navigation: "Accueil", "Skip to content". */
  navigationLine: RegExp;
  /** A whole line that links back to the top of the page: "Retour en haut", "Back to top". */
  backToTopLine: RegExp;
  /** The start of a link to another article: "À lire aussi", "Read more". */
  readAlsoPrefix: RegExp;
  /** A whole line heading a list of related links: "Approfondissez :", "Related:". */
  relatedHeaderLine: RegExp;
  /** The start of a photo caption or credit label: "Photo :", "Crédit photo". */
  creditPrefix: RegExp;
  /** The start of a logo's alternative text: "Logo". */
  logoPrefix: RegExp;
  /** The word that introduces an author's name in a byline: "Par", "By". */
  bylinePrefix: RegExp;
  /** What closes a byline that gives the author's job instead of a prefix ("Dan Sabbagh Defence and security editor"). */
  bylineJob: RegExp;
  /** A whole line giving the reading time: "Durée de lecture : 3 min", "5 min read". */
  readingTimeLine: RegExp;
  /** A whole "Source : Bloomberg" line; group 1 is the source's name. */
  sourceLine: RegExp;
  /** The opening of a first-person author bio: "Je suis rédactrice", "I am a reporter". */
  bioFirstPerson: RegExp;
  /** What follows the author's name in a third-person bio: "est journaliste", "is a reporter who". */
  bioThirdPerson: RegExp;
  /** Parses dates written out in bylines, date lines and metadata ("23 octobre 2022"); strict formats only. */
  bylineDates: Chrono;
  /**
   * Whether the language writes numeric dates in either order, so "10/09/2024" may be 10 September or
   * October 9 (English: American and British usage); such dates are read to the year only.
   */
  numericDateOrderVaries: boolean;
  /** What may stand before a date line's date ("Publié le", "Updated:"). */
  datePrefix: RegExp;
}
/** What an institution is, as the entity finder reports it. */
export type InstitutionKind =
  | 'government' | 'ministry' | 'military' | 'intelligence' | 'legislature' | 'international'
  | 'media' | 'company' | 'armed group' | 'organization';

/**
 * Words of the entity finder (knowledge/). Patterns use the syntax of knowledge/patterns.ts:
 * `(a|b)`, `[optional]`, `word(s)` (suffixes taken together), slots `{country}` (a country name,
 * capital or demonym), `{demonym}`, `{institution}`, `{name}` (a capitalised word) and `#` (a number).
 * A leading `<...>` part must precede the match but stays out of its span (`<le> général`).
 * A word written with a capital must be capitalised in the text, lower-case words match any case,
 * and a short all-capital acronym ("US", "UE") matches only as written.
 */
export interface EntityLexicon {
  /** Demonyms per canonical country, as base forms inflected by `demonymEndings`; `a|b|c` lists all forms. */
  demonyms: Readonly<Record<string, readonly string[]>>;
  /** Endings of a demonym by the end of its base form, first match wins: `['ien', ['', 'ne', 's', 'nes']]`. */
  demonymEndings: readonly (readonly [suffix: string, endings: readonly string[]])[];
  /** Words for political blocs ("Occident", "the West") by bloc name. */
  blocs: Readonly<Record<string, readonly string[]>>;
  /** Generic words for each item class; weapon-system names are language-neutral (knowledge/items.ts). */
  items: Readonly<Partial<Record<Item, readonly string[]>>>;
  /**
   * Words that, right after a weapon system's name, name its class as part of the name, where alone they would name
   * another item ("Su-35 fighters" are jets, "fighters" alone are combatants).
   */
  systemClassWords: Readonly<Partial<Record<Item, readonly string[]>>>;
  /** Institutions named by generic words ("ministère {demonym} de la Défense", "{country} military"). */
  institutions: readonly InstitutionPattern[];
  /** Role nouns and titles that introduce or describe a person. */
  roles: readonly RolePattern[];
  /** What can stand right before a role or institution and say whose it is ("{country}", "{institution} 's"). */
  ownerBefore: readonly string[];
  /** What can follow a role or institution and say whose it is ("{demonym}", "de la {institution}"). */
  ownerAfter: readonly string[];
  /** Capitalised function words that cannot fill a `{name}` slot ("The", "Cette"). */
  notNames: readonly string[];
}

export interface InstitutionPattern {
  patterns: readonly string[];
  /** English name; may use `{name}`, or be `{country}` for the country itself. Absent: the pattern renames nothing and keeps its `{institution}` slot's. */
  canonical?: string;
  kind?: InstitutionKind;
  /** Only a mention when a country is found ("les forces russes", not "les forces"). */
  needsCountry?: boolean;
}

export interface RolePattern {
  patterns: readonly string[];
  /** Normalised English role ("spokesperson", "foreign minister"). */
  role: string;
  /** Country the role implies when nothing else says ("Secretary of State" in English). */
  country?: string;
  /** A post of an international body, whoever holds it ("the High Representative"): it speaks for no country. */
  international?: boolean;
}
/** How a reporting expression commits its speaker to the reported content. */
export type ReportClass =
  | 'say' | 'believe' | 'accuse' | 'deny' | 'admit' | 'suggest' | 'concern' | 'retract' | 'insist' | 'evidence';

/** Tense of a reporting or event verb group, as far as timing and mode need it. */
export type Tense =
  | 'present' | 'past' | 'pluperfect' | 'future' | 'conditional' | 'infinitive' | 'participle' | 'gerund';

/** Which side of a transfer the grammatical subject of an event word is on. */
export type EventRole = 'give' | 'get' | 'produce' | 'train' | 'trainee' | 'deploy';

/**
 * How an event word stands in its clause: a verb's tense, a noun naming the event ("livraison"), or an
 * agent noun naming who does it ("fournisseur", "supplier"), whose actor is the subject it is said of.
 */
export type EventForm = Tense | 'noun' | 'agent';

/** An event word's form: its role and tense; a verb form that is a listed noun too ("transfers") is `alsoNoun`. */
export interface EventEntry {
  role: EventRole;
  tense: EventForm;
  alsoNoun?: boolean;
}

/** What a reporting-verb form says: the kind of report and its tense. */
export interface ReportingEntry {
  cls: ReportClass;
  tense: Tense;
}

export interface ClaimLexicon {
  /** Inflected reporting-verb forms (lower case) with their class and tense. */
  reportingVerbs: ReadonlyMap<string, ReportingEntry>;
  /**
   * Verbs that report only in an incise after a quote ("« ... », lance-t-il", "“...,” he continued"):
   * elsewhere they mean something else ("a lancé des drones").
   */
  inciseVerbs: ReadonlyMap<string, ReportingEntry>;
  /**
   * Multi-word reporting expressions ("fait savoir", "laisser entendre"); `contentFollows` when the
   * content is the rest of the clause rather than a "que" clause ("a lancé un avertissement contre ...").
   * A group named `speaker` marks a source written inside the phrase ("quoted Sorokin as saying").
   */
  reportingPhrases: readonly { pattern: RegExp; cls: ReportClass; contentFollows?: boolean }[];
  /** How a clause goes on after a report whose content came before it ("..., X a déclaré lorsqu'il ..."). */
  afterReport: RegExp;
  /** Reporting verbs whose object is who was told ("told the agency"), not what was said. */
  addresseeVerbs: ReadonlySet<string>;
  /**
   * Whether a name right after an addressee verb may be its speaker, inverted after the content: it may
   * in French ("« ... », prévient le ministre"); in English "told the committee" names who was told.
   */
  addresseeVerbsInvert: boolean;
  /**
   * An inverted subject may follow an adjunct of some words after the verb, as in French (« », a déclaré à la
   * télévision d'État le porte-parole »); English names it right after the verb, and its adjuncts hold no speaker
   * ("said in a statement carried by the official news agency").
   */
  invertsAfterAdjunct: boolean;
  /** Nouns of places a demonym may qualify ("the Polish border", « la frontière polonaise »): it names no party there. */
  placeNouns: ReadonlySet<string>;
  /** Nouns of evidence: a participle after them belongs to the evidence, not to a speaker ("aucune preuve suggérant que"). */
  evidenceNouns: ReadonlySet<string>;
  /** Prepositions of one word or two that count what follows them ("about 10,000 soldiers", "at least two"): before a number, no preposition. */
  approximators: ReadonlySet<string>;
  /** Relative pronouns standing for the object of the verb after them (« qu'elle accuse », "which it accuses"). */
  relativeObjects: ReadonlySet<string>;
  /** One member of the group quoted last ("one of them", « l'un d'eux »). */
  oneOfThem: RegExp;
  /** An answer opening on yes or no ("Oui, ...", "No, not at all"): what the question asked is so, or is not. */
  answerYes: RegExp;
  answerNo: RegExp;
  /** Present forms of "be", which state a concern with its participle ("are concerned that", « sommes préoccupés »). */
  presentCopulas: ReadonlySet<string>;
  /** Modal verbs, which open a longer verb group ("may soon begin supplying", « pourrait bientôt commencer à fournir »). */
  modalVerbs: ReadonlySet<string>;
  /** Auxiliaries that make a following participle past, pluperfect, future or conditional. */
  auxiliaries: ReadonlyMap<string, Tense>;
  /** Words opening a reported clause ("que", "that"). */
  complementizers: ReadonlySet<string>;
  /** The complementizer may be left out ("said Iran has sent"): a report's content can follow its verb directly. */
  optionalComplementizer: boolean;
  /**
   * The shape of a finite verb no lexicon lists ("hosts", "operated"), for a language where "that" may be left out:
   * after a reporting verb other than "told", a name followed by such a word is its subject ("says Belarus hosts").
   */
  finiteVerbShape: RegExp | null;
  /** A participle opening the sentence on what the speaker was asked ("Asked about the reports,", « Interrogé sur ce point, »): no content of theirs. */
  questionedOpener: RegExp;
  /** An aside naming the source a report cites, commas included (", citing U.S. officials,", « , citant des responsables, »). */
  citingAside: RegExp;
  /**
   * A headline may name its source before a colon ("US: Iran has sent missiles"). French puts a topic there
   * (« Ukraine : la Russie a lancé 40 drones »), English a source.
   */
  sourceBeforeColon: boolean;
  /** Whom a report is told to, right after the verb ("told reporters Iran had sent ..."), when "that" is left out. */
  addressees: ReadonlySet<string>;
  /** Whether P is not known ("unclear whether", « pas clair si »): said by someone, no evidence either way. */
  undecided: RegExp;
  /** P itself stands unconfirmed ("the presence of troops is not confirmed", « n'a pas été vérifiée »): said by someone, no evidence of it. */
  unconfirmed: RegExp;
  /** Reporting verbs that also put something on a list ("added five companies to its blacklist"), where "that" may be left out. */
  listingVerbs: ReadonlySet<string>;
  /** A lower-case infinitive or gerund starting a report's content ("a nié avoir fourni", "denied supplying"). */
  nonFinite: RegExp;
  /** A present participle opening an adjunct ("making it ...", "faisant de ..."): no clause of its own. */
  presentParticiple: RegExp;
  /** A past participle opening an apposition to a source ("According to the report, released on Monday, P", « Selon ce rapport, publié mercredi, P »). */
  pastParticiple: RegExp;
  /** Negation words that may come between a reporting verb and its infinitive ("dit n'avoir", "ne pas avoir", "denied not having"). */
  infinitiveNegation: ReadonlySet<string>;
  /** Verbs that make a reporting verb's form after them its noun ("taken note of", « pris note de »). */
  lightVerbs: ReadonlySet<string>;
  /** A reporting verb that relays what another said ("reported", « a rapporté »). */
  relayVerb: RegExp;
  /** The sentence so far, when it opens on a subject that negates its verb ("Neither Moscow nor Pyongyang has confirmed"). */
  negatedSubject: RegExp;
  /** A reporting cue confirming what was said ("confirmed", « a confirmé »): a party confirming its own dealings admits them. */
  confirmationCue: RegExp;
  /** Content whose subject is negated by its determiner ("No drones were sent"), where the language's verb carries no negation of its own; null where it always does (« aucun drone n'a été livré »). */
  negatedContentSubject: RegExp | null;
  /** Auxiliaries of a perfect infinitive or gerund: "avoir fourni", "having sent" are past. */
  perfectInfinitives: ReadonlySet<string>;
  /** Nouns of a party's side before its demonym (« du côté ukrainien », "the Russian side"): the country speaks. */
  sideNouns: ReadonlySet<string>;
  /** Words linking a verb to the verdict it gives ("dismissed as nonsense", « rejeté comme fausses »). */
  predicateLinks: ReadonlySet<string>;
  /**
   * Verbs of refusing, of one word or two ("declined to", "refrained from", "stopped short of", "a refusé de",
   * « s'est gardé de »): a report they govern was not made.
   */
  refusals: ReadonlySet<string>;
  /** Prepositions saying an act did not happen: "without confirming", "sans confirmer" report nothing. */
  privatives: ReadonlySet<string>;
  /** Verbs asking someone else to act ("urged", "a appelé"): a report they govern is the one asked's to make. */
  urgings: ReadonlySet<string>;
  /**
   * Verbs of reacting that report nothing by themselves ("criticised the decision", « salue la décision »): the sentence
   * still has a subject, whom a pronoun in the quote after it stands for.
   */
  reactionVerbs: ReadonlySet<string>;
  /**
   * The reporter's own words after the content: what the speaker left unsaid (", sans préciser", ", without
   * providing evidence") or a caveat (", a claim that could not be independently verified").
   */
  reporterAside: RegExp;
  /** An indirect question, to the end of its clause ("asked whether Iran had sent drones", « a demandé si »): what it holds is asked, not said. */
  indirectQuestion: RegExp;
  /**
   * What introduces a nickname in quotes after a name ("Mohamed Hamdan Dagalo, known as “Hemedti”,", « X, dit
   * « Hemetti », »), anchored where it starts: no report, and its quote is part of the name's apposition.
   */
  nicknameIntro: RegExp;
  /** What the speaker declined to say, coordinated after the content ("... and did not comment on", « et n'a pas commenté »): not the content. */
  declinedTail: RegExp;
  /** A detail a speaker could not confirm, right after the evidence formula ("could not confirm how many", « combien »): not the event itself. */
  unconfirmedDetail: RegExp;
  /** A free relative ending right before a subject (« ce que », "what"): « ce que les États-Unis disaient » is a thing said, not a report of it. */
  freeRelative: RegExp;
  /**
   * A claim noun right after a party ("Western accusations", "US allegations") or right before it
   * (« les accusations occidentales », "allegations by Kyiv"): the party is who accuses, not one accused.
   */
  claimNounAfter: RegExp;
  claimNounBefore: RegExp;
  /** Reporting verbs that mean something else before a noun phrase (« assurer la formation », « soutenir l'Ukraine »). */
  otherSenseBeforeObject: ReadonlySet<string>;
  /**
   * Before a denial or a confirmation, what makes it none ("declined to confirm or deny", "no need to deny or confirm",
   * « refusé de confirmer ou de démentir »): no report.
   */
  confirmOr: RegExp;
  /** Content that commits to nothing ("I will neither confirm nor deny it", « pas de commentaire »): no claim. */
  nonCommittal: RegExp;
  /** A reporting verb in another sense by the words after it, read from the verb on (« relevaient d'accords commerciaux »: to fall under). */
  otherSenseBefore?: RegExp;
  /** An act judged wrong ("considers providing arms to the parties to be inhumane", « juge inacceptable de livrer »): said by its would-be actor, a denial. */
  condemnedAct: RegExp;
  /** Nouns standing for a country already named ("the country has denied", « le pays a démenti »). */
  countryNouns: ReadonlySet<string>;
  /** Plural nouns for the members of a bloc ("Western countries", « les capitales européennes »): with the bloc, a subject. */
  blocMemberNouns: ReadonlySet<string>;
  /** Object pronouns written like determiners (« l' », « le »): right after a subject and before a verb, they are the verb's object (« Washington l'affirme »). */
  objectClitics: ReadonlySet<string>;
  /** An aside naming who speaks for the subject ("La France, par la voix de sa ministre X, a ...", "Russia, through its envoy X, said"): the aside names the speaker. */
  voiceAside: RegExp;
  /** Subordinators opening a clause with a subject of its own ("..., a day after Ukraine's military said"); « que » does this in French. */
  subordinators: ReadonlySet<string>;
  /** Words opening an absolute clause whose subject comes before its participle ("with Western members alleging that P"). */
  absoluteOpeners: ReadonlySet<string>;
  /** Words before a base form that make it an infinitive ("to deny"), where forms do not show it. */
  infinitiveMarkers: ReadonlySet<string>;
  /** How adverbs of manner end ("publicly", « publiquement »): one after an infinitive marker is no verb ("to publicly deny"). */
  adverbEnding: RegExp;
  /** Words linking an accusation's object to the act ("accusé l'Iran de fournir", "accused Iran of supplying"). */
  accusationLinks: ReadonlySet<string>;
  /** After a role, the body it belongs to named by its common noun alone ("the spokesman for the ministry", « le porte-parole du ministère »): the noun. */
  roleOfBody: RegExp;
  /** After a role, a country the text keeps unnamed ("officials from a country allied with", « responsables de la sécurité d'un pays allié »). */
  unnamedCountry: RegExp;
  /** Verbs of suspicion built like an accusation ("suspects Russia of buying", « soupçonne la Russie d'avoir acheté »). */
  suspicionVerbs: ReadonlySet<string>;
  /** The words right before a party that set it aside ("the United States, not China, ...", « les Etats-Unis, et non la Chine, ... »). */
  contrastedParty: RegExp;
  /** The words right before a country the items only pass through ("transiting through Chad", « transitant par le Tchad »). */
  transitBefore: RegExp;
  /** Prepositions of place: where trainees train is the trainer's country ("s'entraîner en Russie"); a name after one is a place ("in New York"). */
  locationPrepositions: ReadonlySet<string>;
  /**
   * Prepositions that open a sentence on where it happens ("In Tehran, a ministry spokesman said",
   * « À Moscou, le porte-parole ... »): officials of no stated country there are that place's.
   */
  scenePrepositions: ReadonlySet<string>;
  /** Words of speaking that may open a sentence before its scene ("Speaking in Tehran,", « S'exprimant à Téhéran, »). */
  sceneParticiples: ReadonlySet<string>;
  /** Verbs of speaking, whose date is that of what was said ("X, who was speaking on Tuesday, said", « X, qui s'exprimait lundi »). */
  speakingWords: ReadonlySet<string>;
  /** Nouns that introduce an outlet's name ("le quotidien Kommersant", "the newspaper Haaretz"), lower-cased. */
  mediaNouns: ReadonlySet<string>;
  /** Nouns introducing a research or monitoring body by its name ("the think tank CSIS", « le groupe de réflexion CSIS »). */
  researchBodyNouns: ReadonlySet<string>;
  /** Nouns of falsehood a demonym may qualify ("Western propaganda", « la propagande occidentale »): whose falsehood, no party. */
  falsehoodNouns: ReadonlySet<string>;
  /** Forms of "to be" that make a following participle passive ("have been trained", "ont été formés"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /**
   * Participles meaning "trained" when people are trained ("soldats formés en Russie", "pilots trained
   * in Iran"): their subject is the trainees. In French only there, since active "former" is too ambiguous.
   */
  trainedParticiples: ReadonlySet<string>;
  /** The part of a group speaker that makes it the press ("certains médias", "media reports"). */
  mediaSpeakers: RegExp;
  /** What joins coordinated speakers ("Moscou et Téhéran ont nié"). */
  subjectCoordination: RegExp;
  /** Words setting a second predicate against the first ("is not sending weapons, but it is supplying parts"). */
  predicateContrasts: ReadonlySet<string>;
  /** Subject pronouns that restate the subject after such a word ("but it is supplying", « mais elle fournit »). */
  resumingPronouns: ReadonlySet<string>;
  /** What joins the countries of a list owning a role ("ministers of France, Germany and Britain", « de la France, de l'Allemagne et du Royaume-Uni »). */
  ownerListJoin: RegExp;
  /** A comma between the items of such a list ("Germany, France and the United Kingdom"). */
  listSeparator: RegExp;
  /** What may stand between a role and the name it describes ("le porte-parole, le général X"). */
  appositionLink: RegExp;
  /** An indefinite article opening a role apposed after a name ("X, an adviser to ...", « X, un conseiller de ... »). */
  indefiniteApposition: RegExp;
  /** A research body, in the apposition after a name: its people are experts ("X, director of the Korea programme at the Y Institute"). */
  researchBody: RegExp;
  /**
   * What joins a role to the portfolio its title names ("Under-Secretary-General for Political Affairs",
   * "secrétaire d'État chargé des Affaires européennes"): a capitalised name after it is no person.
   */
  portfolioLink: RegExp;
  /** Source attributions before a clause or after it ("selon X", "according to X"). */
  accordingTo: RegExp;
  /**
   * A viewpoint opening the sentence, anchored at its start ("Pour le chercheur X, P", "In the eyes of
   * X, P"): a source only when it names a person, a role or an institution ("Pour la première fois" is none).
   */
  viewpoint: RegExp;
  /** Nominal reports whose content follows: "des allégations selon lesquelles", "claims that". */
  nominalReport: RegExp;
  /** "X n'a aucune preuve que", "X has no evidence that": the subject reports a lack of evidence. */
  noEvidence: RegExp;
  /**
   * Verbs of putting evidence forward ("offered", « présenté »): "Kyiv offered no evidence" is the reporter's
   * observation of what Kyiv showed, not Kyiv saying it has none.
   */
  evidencePresentingVerbs: ReadonlySet<string>;
  /** Positive evidence frames: "X a des preuves que", "X disposent d'informations selon lesquelles". */
  evidenceFrame: RegExp;
  /** Modal words making a statement speculative ("pourrait", "may", "peut-être"). */
  speculation: RegExp;
  /**
   * A challenge to show evidence one does not believe exists ("If they have evidence that P, they should show it",
   * « S'ils ont des preuves que P, qu'ils nous les montrent »): it denies P.
   */
  evidenceChallenge: RegExp;
  /** Negation of the content's predicate ("n'a pas", "jamais", "did not"). */
  negation: RegExp;
  /** Negated doubt or surprise ("aucun doute", "no reason to doubt", "it is not surprising that", « rien d'étonnant »): an assertion, whatever its negation. */
  negatedDoubt: RegExp;
  /** A negated stop ("has never stopped supplying", « n'a jamais cessé de livrer »): the act goes on, whatever its negation. */
  negatedCessation: RegExp;
  /** A negated approval ("this is not acceptable", « ce n'est pas tolérable »): it condemns what it judges, denying none of it. */
  negatedApproval: RegExp;
  /**
   * A demand governing the event ("China must not deliver weapons", "there should be no deliveries", « la Chine ne doit
   * pas livrer d'armes »): it says what ought to happen, nothing of what does. "must stop sending" is no such demand.
   */
  demand: RegExp;
  /** Elliptic negation after a contrast ("mais pas depuis", "but not since"): a second, denying claim. */
  contrastNegation: RegExp;
  /** A negated alternative closing the content, with no verb of its own ("are commercial, not political", « commerciales, et non politiques »): it negates nothing of the event. */
  negatedAlternative: RegExp;
  /** A content calling what was said false ("these reports are false", "ces informations sont infondées"): a denial. */
  calledFalse: RegExp;
  /** Spreading falsehoods ("spreading rumours", « propager des rumeurs »), what an accusation may charge someone with. */
  spreadsFalsehood: RegExp;
  /** A verdict of calledFalse that condemns an act when said of one (« la fourniture d'armes est une provocation »): no denial then. */
  actVerdict: RegExp;
  /** A copula denying credence ("are not credible", « ne sont pas crédibles »): with calledFalse, a verdict on the claims a nominal report names. */
  notCredible: RegExp;
  /**
   * A content that only declines to comment ("Nous ne commentons pas ces informations", "I have nothing
   * to add"): the speaker commits to nothing, so it is no claim.
   */
  declinedComment: RegExp;
  /** Anaphoric objects standing for the previous claim ("ces affirmations", "the claims"). */
  anaphoricClaim: RegExp;
  /** What opens a verdict right after such an object ("as", "de", a comma, a copula): "ces informations de « fausses »", "the claims were Western propaganda". */
  verdictOpening: RegExp;
  /**
   * A claim as the object of a condemning verb, right after it: "dénonçant des « accusations sans
   * fondement »", "denounced reports that P". Condemning what others say denies it.
   */
  condemnedClaim: RegExp;
  /**
   * A warning against an act, from the reporting verb to the act ("warned Tehran against sending", « a mis
   * en garde Téhéran contre toute livraison »): a fear that it may happen, not a statement that it did.
   */
  warnedAgainst: RegExp;
  /** Calling someone a liar ("Iran is lying", « un mensonge », « L'Iran ment »): said of a party's own denial or admission, it asserts what was answered. */
  liarVerdict: RegExp;
  /** Nouns of denial ("denials", « démentis »): calling one false asserts what it denied. */
  denialNouns: RegExp;
  /** Saying what was said is not false ("These are not rumours", « Ce ne sont pas des mensonges »): an assertion. */
  notFalse: RegExp;
  /** Subject pronouns that refer back to a speaker, by gender where the language marks it. */
  pronouns: ReadonlyMap<string, 'm' | 'f' | 'any'>;
  /** A subject pronoun for a thing ("it"): as a speaker, the organisation or country that spoke last. */
  neuterPronouns: ReadonlySet<string>;
  /**
   * "we", "nous": the party that spoke last, speaking again ("We have information that ..." in a
   * statement); inside someone's quote, that someone.
   */
  firstPersonPlural: ReadonlySet<string>;
  /** First-person plural possessives opening a subject ("Our information indicates", « Nos services estiment »): the speaker's own. */
  firstPersonPossessives: ReadonlySet<string>;
  /** A transcript's speaker label opening a paragraph, the name without its title in the group that matched ("MR. FENWICK: ", "Jean Martin : "). */
  speakerLabel: RegExp;
  /** An answer's label in a transcript ("A:", « R : »): the turn of whoever the document presents as answering. */
  answerLabel: RegExp;
  /** A transcript's label for a journalist's question ("Q: ", "QUESTION : "). */
  questionLabel: RegExp;
  /**
   * A publication's name labelling a turn, with its article ("Le Monde :", "The Economist:"): the interviewer's, when
   * the paragraph it opens ends with a question.
   */
  publicationLabel: RegExp;
  /** What presents a piece as an interview ("Entretien", "propos recueillis par", "in an interview"), before its first question. */
  interviewMarker: RegExp;
  /** A statement's title that names no issuer ("Press Statement: ...", « Communiqué : ... »): the signature line under it does. */
  unsignedStatementTitle: RegExp;
  /**
   * A title presenting the document as an official statement, its issuer in the group `issuer` ("Statement by
   * the NSC Spokesperson on ...", « Communiqué du ministère des Affaires étrangères »): what the body states
   * unattributed is the issuer's own voice.
   */
  statementTitle: RegExp;
  /**
   * A title naming its issuer before the word, in title case ("G7 Foreign Ministers’ Statement on Iran"), with an
   * `issuer` group. Case-sensitive: a headline about a statement ("Iran rejects G7 statement on Iran") is none.
   * Absent where titles name the issuer after the word (« Déclaration des ministres du G7 »).
   */
  issuerFirstStatementTitle?: RegExp;
  /** Capitalised labels that name no speaker ("NOTE:", "UPDATE:"), lower case. */
  notSpeakerLabels: ReadonlySet<string>;
  /** Possessives standing for the speaker's own country ("son pays", "his country"), and a first-person subject right before the event ("we have not provided", "nous n'avons pas livré"). */
  ownCountry: RegExp;
  /**
   * Where people or items go, said of the speaker's own country without naming it ("deployed in the country", "on
   * our soil", « déployés dans le pays », « sur son sol »): the speaker's country receives them.
   */
  ownSoil: RegExp;
  /** The receiver's own means ("buy our equipment from our own resources", « sur nos propres fonds »): nobody supplied it. */
  ownMeans: RegExp;
  /** Recipients named by an indefinite plural, never the topic's ("supplying weapons to militant groups", « à des groupes armés »). */
  indefiniteRecipients: RegExp;
  /** Words adding a party to what was said of another ("France will also send", « la France livrera aussi »). */
  additive: RegExp;
  /** A condition opening a clause ("if", "si"): evidence someone would have, if, is claimed by nobody. */
  conditional: RegExp;
  /** A concern about what follows, matched at the end of the text before a nominal report ("concern over", "préoccupation face aux"). */
  /** A verb that relays reports just before a nominal report ("cited reports that", « a évoqué des informations selon lesquelles »): its subject is the source. */
  citedReports: RegExp;
  concernOver: RegExp;
  /** A concern voiced as the nominal report itself, matched at the end of the text up to the report's end ("voiced concern that", « a exprimé ses craintes selon lesquelles »). */
  voicedConcern: RegExp;
  /** Words right before a party that an unnamed delegate speaks for ("Speaking for", "au nom de"), matched at the end of the text before it. */
  onBehalfOf: RegExp;
  /** A content opening with a pronoun or possessive that, after a country or organisation speaker, is that speaker ("it had agreed", « qu'elle avait livré », "its sales of rockets"). */
  speakerPronounSubject: RegExp;
  /** Group nouns naming unnamed officials or outlets ("les responsables", "officials", "médias"). */
  groupSpeakers: RegExp;
  /** The nouns of groupSpeakers that name a government's people ("officials", « responsables »): with no stated country, the likeliest one is theirs. */
  officialGroups: ReadonlySet<string>;
  /**
   * Countries named earlier, counted ("les deux pays", "the three countries", "both sides"): the
   * group's size is the number word in the `count` group, read through `groupSizes`, or two when
   * a `pair` group matches ("both").
   */
  countryGroup: RegExp;
  groupSizes: ReadonlyMap<string, number>;
  /** Words that end a reported clause and start another one ("mais", "alors que", "but"). */
  clauseBreaks: RegExp;
  /** Event words (verbs and nouns) of transfers, production, training and deployment. */
  events: ReadonlyMap<string, EventEntry>;
  /**
   * Multi-word event expressions ("se tourner vers", "à la recherche de", "chaîne de montage"); some
   * say what passes, whatever items they name ("helped X improve its missile programme": technology); some are nouns
   * ("arms deals"), which take the parties of a topic on their items when they name none.
   */
  eventPhrases: readonly { pattern: RegExp; role: EventRole; mode?: 'sought' | 'planned' | 'ongoing'; item?: Item; noun?: true }[];
  /** Phrases in which an event word names a thing, not a transfer ("supply chain", "chaîne d'approvisionnement"). */
  notEvents: RegExp;
  /** Controlling trade ("strictly controlled exports of drones", « contrôle l'exportation »): no transfer, nor one the topic could lend. */
  exportControl: RegExp;
  /** What a lie is said to be for, to the clause's end ("designed to justify Western deliveries", « destinée à justifier les livraisons »): no event, no party of the claim. */
  liePurpose: RegExp;
  /** Drawing a party into the war ("drag Belarus into the war", « entraîner l'armée biélorusse dans la guerre »): no transfer, nor one the topic could lend. */
  intoTheWar: RegExp;
  /** Sanctions on those involved ("new sanctions against Iranian entities", « des sanctions contre »): a penalty, no transfer, nor one the topic could lend. */
  sanctions: RegExp;
  /**
   * Right after claims named as the subject, what they will do to talks or ties ("would make the talks harder", "could
   * strain ties", « compliqueront les négociations »): no word on whether the claims are true.
   */
  claimsConsequence: RegExp;
  /** Servicing others' items ("repairing Russian military equipment", « répare des chars russes »): nobody's items change hands. */
  servicing: RegExp;
  /** People or items withdrawn ("the withdrawal of Russian troops", « le retrait des troupes russes »): going home is no deployment. */
  withdrawal: RegExp;
  /** Military exercises ("held joint exercises", « des manœuvres conjointes »): troops training together are no deployment. */
  exercises: RegExp;
  /**
   * Verb forms of attacking or shooting down ("frappé", "struck", "abattu"): the party they take as object is a
   * target, and their subject is no user of the items.
   */
  attackVerbs: ReadonlySet<string>;
  /** Verb forms of finding or examining items ("found", « retrouvé », "recovered"): their subject is no user of the items. */
  findingVerbs: ReadonlySet<string>;
  /** Verb forms of fending off ("shield", « protéger »): the items fended off come from the other side, and belong to no supply the topic is about. */
  defenceVerbs: ReadonlySet<string>;
  /** Prepositions of what weapons are used on ("contre l'Ukraine", "against Ukraine"): a target, no party to a supply. */
  targetPrepositions: ReadonlySet<string>;
  /**
   * Sides fighting each other ("clashes between Ukrainian troops and North Korean soldiers", "against
   * Russian forces"): the parties after it are opponents, never whom the items or troops serve.
   */
  confrontation: RegExp;
  /** Event words that say what is supplied when the clause names nothing ("arming Russia" supplies weapons). */
  impliedItems: ReadonlyMap<string, Item>;
  /** Items made by those who use them ("de fabrication nationale", "domestically produced"): no event, no supply. */
  domesticOrigin: RegExp;
  /**
   * Mode cues before an event word, and times ahead after a verb in the present ("delivers drones in the
   * coming weeks", « livre des drones dans les semaines à venir »), which make it planned.
   */
  modes: { sought: RegExp; planned: RegExp; ongoing: RegExp; timeAhead: RegExp };
  /** A future written as a headline writes it, case-sensitive ("Iran to supply Russia with drones"), where the language has one. */
  headlineFuture?: RegExp;
  /** Prepositions before the receiving party of a `give` ("à", "to") or the source of a `get` ("à", "from"). */
  recipientPrepositions: ReadonlySet<string>;
  sourcePrepositions: ReadonlySet<string>;
  /** Prepositions naming whose a claim noun's claims are (« les affirmations de Téhéran », "the claims by Iran"). */
  authorPrepositions: ReadonlySet<string>;
  /** Agent preposition of passives and nominalisations ("par", "by"). */
  agentPrepositions: ReadonlySet<string>;
  /** Forms of "keep", after which a participle says what its object is kept ("keep the army supplied"). */
  keepVerbs: ReadonlySet<string>;
  /** Prepositions between officials and the capital they sit in ("officials in Kyiv", « des responsables à Kiev »): they speak for its government. */
  seatPrepositions: ReadonlySet<string>;
  /** Vehicles: an agent known by whose vehicles they are is a means of transport, not who sends ("transported by Russian navy ships"). */
  vehicles: ReadonlySet<string>;
  /**
   * Nouns that stand for the items spoken of ("sent the first batch", « une cargaison »): a transfer verb whose object
   * is a noun phrase of another noun, and names no items, moves no arms ("gave an interview", « a reçu une réponse »).
   */
  itemStandIns: ReadonlySet<string>;
  /** Singular indefinite articles ("a", « une »): what they open is new to the text, no anaphor of its items or parties. */
  indefiniteArticles: ReadonlySet<string>;
  /** A predicate saying whether an event happened ("took place", « ont eu lieu »): of an event noun as subject, it is the event's own. */
  existencePredicate: RegExp;
  /** Determiners of something known ("the", "these", "its", « ces »), not of any or none ("any transfer", "no deliveries"). */
  definiteDeterminers: ReadonlySet<string>;
  /** Prepositions after which a party cannot be a grammatical subject. */
  prepositions: ReadonlySet<string>;
  /** Words joining coordinated verbs that share their subject ("et", "and", "mais", "but"). */
  conjunctions: ReadonlySet<string>;
  /** Conjunctions that contrast: what follows them is out of the scope of a lack of evidence before ("no evidence that P, but that Q"). */
  contrastConjunctions: ReadonlySet<string>;
  /** Words after which an event's complements stop ("lors d'une visite", "during", relative pronouns). */
  scopeBreaks: ReadonlySet<string>;
  /**
   * What stands for the claim just made before a report closing the sentence, up to the report's capitalised
   * subject: an apposed claim noun (", a charge Pyongyang denied") or a relative pronoun (", which Tehran
   * denies", « , ce que Téhéran dément »).
   */
  claimNounApposition: RegExp;
  /** A comment on the clause before, after its comma (« , ce que nous ne pouvons pas contrôler », ", which we cannot verify"): no part of its predicate. */
  clauseComment: RegExp;
  /** Relative pronouns that are their clause's subject ("des débris qui, a-t-il dit, prouvent ..."). */
  subjectRelatives: ReadonlySet<string>;
  /** Relatives of place ("où", "where"): a clause they open after a comma describes the place, not the parties. */
  placeRelatives: ReadonlySet<string>;
  /**
   * Nouns naming a war by where it is fought ("la guerre en Ukraine", "the war in Ukraine"), or a danger by whom it
   * threatens ("a threat to European security", « une menace pour l'Europe »): that country is no party to a dealing.
   */
  conflictNouns: ReadonlySet<string>;
  /** Relative pronouns that may be the object of a report, its subject after them ("..., which it said was"). */
  objectRelatives: ReadonlySet<string>;
  /** Nouns for a source's figures, which stand for the source (« selon les estimations de l'agence », "the agency's estimates"). */
  figureNouns: ReadonlySet<string>;
  /** Documents that speak for their authors ("the report found", "l'étude conclut"): the publisher, else the source cited last. */
  documentNouns: ReadonlySet<string>;
  /** The people who wrote a document, with their determiner ("les auteurs", "the researchers"): they speak for its publisher. */
  documentAuthors: ReadonlySet<string>;
  /** What an anonymous source is said to know, ending its subject ("familiar with the matter", "proche du dossier"). */
  sourceQualifier: RegExp;
  /** The opening of an apposition describing a source by what it belongs to, no role of the lexicon ("Selon X, membre de la commission, P", "According to X, a member of the committee, P"). */
  sourceApposition: RegExp;
  /** The publication citing its own reporting as the source, the whole subject ("our information", « nos informations »). */
  ownReporting: RegExp;
  /** Number words that count a source in place of a determiner ("six sources told Reuters", « cinq responsables »). */
  cardinals: ReadonlySet<string>;
  /** Determiners no source is named with ("any", "no", « aucun », « toute »): "denies any role" names nobody. */
  nonSourceDeterminers: ReadonlySet<string>;
  /** Whoever a report's subject stands for, nobody in particular: "those who claim", « ceux qui prétendent », "whoever says". */
  genericSubject: RegExp;
  /** Words that open a source named with no article, in place of a determiner (« a-t-on appris de source diplomatique »). */
  articleFreeSourceOpeners: ReadonlySet<string>;
  /** Subject pronouns standing for nobody in particular (« on »): with a source set before them, the source speaks. */
  impersonalPronouns: ReadonlySet<string>;
  /** Sources written with no article at all ("..., state media reported", "officials said"), as a whole phrase. */
  bareSource: RegExp | null;
  /** Participles of using items ("used", « utilisés »): a place after them is where the items serve, no recipient ("weapons used in Ukraine"). */
  useParticiples: ReadonlySet<string>;
  /** Verbs of seeing whose object is an event someone else carries out ("observed transfers", « a constaté des livraisons »), lower-cased. */
  perceptionVerbs: ReadonlySet<string>;
  /**
   * How someone feels about what follows, up to its determiner ("was alarmed by the", « s'est dit préoccupé par ces »):
   * whoever feels it takes no part in the event a noun there names.
   */
  attitudeBefore: RegExp;
  /** Words opening a concessive clause set before the main one ("Despite assurances that ..., Iran continues", « Malgré ses démentis, ... »). */
  concessiveOpeners: RegExp;
  /** Adverbs between a subject and its verb ("The ministry also said", "the agency later reported"). */
  subjectAdverbs: ReadonlySet<string>;
  /**
   * Adverbial phrases that may stand between a reporting verb and its complement: setting the speaker against
   * others (« affirme pour sa part avoir », "said for its part") or saying how long it has said so (« affirment
   * depuis longtemps fabriquer », "has said for months it").
   */
  sideAdverbials: RegExp;
  /** Connectives that may open a sentence before its source ("Mais selon X, P", "But according to X, P"). */
  openingConnectives: RegExp;
  /** Indefinite or plural determiners ending a text: a role after them names nobody in particular ("un responsable", "les députés"). */
  indefinites: RegExp;
  /**
   * Words placing a report before the events of the article ("... semaines après que X a déclaré",
   * "À l'époque, X a déclaré", "earlier", "previously"), matched on the text before the verb.
   */
  earlierReport: RegExp;
  /** A report made days before what the article tells ("un jour après que X a accusé", "two days after"). */
  daysEarlier: RegExp;
  /** A report made the day before what the sentence, or the claim before, is dated to ("a day after", « au lendemain de »). */
  dayEarlier: RegExp;
  /** The report was made on the occasion of the one before ("dans le même temps", "in the same interview"): it shares its date. */
  sameOccasion: RegExp;
  /** Reflexive pronouns that change an event verb's meaning ("se livrer à" is not "livrer"). */
  reflexives: ReadonlySet<string>;
  /**
   * What may stand between an item and the demonym naming where it comes from: "drones iraniens",
   * "drones de fabrication iranienne" (after), "Iranian-made drones" (before).
   */
  originAfterItem: RegExp;
  originBeforeItem: RegExp;
  /** Between items and the institution they belong to: "des instructeurs des Gardiens de la révolution", "trainers from the IRGC". */
  ownerAfterItem: RegExp;
  /**
   * Between items and a demonym, and after the demonym, when a clause says where the items were made
   * ("the drones were Russian-made", "ces drones étaient de fabrication russe").
   */
  madeInBetween: RegExp;
  madeInAfter: RegExp;
  /**
   * Between items and a country, when a clause says the items were made there ("the drones were made in Russia", « ont
   * été fabriqués en Russie ») or names them so ("components manufactured in China", « des drones fabriqués en Russie »).
   */
  madeInCountry: RegExp;
  /**
   * Pronouns standing for who receives, where the language puts them: before the verb group (« l'Iran lui aurait livré »),
   * or right after the verb, before what is given or the word introducing it ("Iran had supplied it with missiles").
   */
  recipientPronouns: { words: ReadonlySet<string>; afterVerb: boolean; givenWith: ReadonlySet<string> };
  /** Reporting verbs that take an event as their object ("announced the deployment", « a confirmé la livraison »). */
  announcingVerbs: ReadonlySet<string>;
  /** Verbs saying what a subject is or does to others, of no event ("makes Belarus a hostage", « fait de la Biélorussie un otage »). */
  predicateVerbs: ReadonlySet<string>;
  /** Words that make a reporting verb form before them part of a noun ("think tank"): no report there. */
  compoundHeads: ReadonlySet<string>;
  /** Articles and determiners: a verb form right after one is a noun ("the claims", "les dires"). */
  determiners: ReadonlySet<string>;
  /** The text before a verb ends on words of purpose (« pour », « afin de », "to"). */
  purposeBefore: RegExp;
  /** Words that narrow a place before its name and stand between it and its preposition ("sent to eastern Russia"). */
  placeQualifiers: ReadonlySet<string>;
  /** A word marked as a possessor ("Pyongyang's"): a verb form after it is a noun ("Pyongyang's state media"). */
  possessor: RegExp | null;
  /** Third-person possessives: "son porte-parole", "its spokesman" is the last speaker's. */
  possessives: ReadonlySet<string>;
  /** Demonstratives making a generic item noun refer back ("ce type d'", "these"). */
  /** The words between an item's class and the system that names it ("missiles de type KN-23", "drones of the Shahed type"). */
  systemLink: RegExp;
  demonstratives: RegExp;
  /** Honorifics before a surname ("M.", "Mr.") and capitalised words that never start a name. */
  honorifics: ReadonlySet<string>;
  nameStopwords: ReadonlySet<string>;
  /** A preposition joining two nouns of a common-noun source, article-free ("a group of experts", « une commission d'enquête »). */
  nounLinks: ReadonlySet<string>;
  /** Name particles allowed inside a person's name ("de", "van", "bin"). */
  nameParticles: ReadonlySet<string>;
  /** Particles written capitalised inside a name, which alone are function words ("Jean-Yves Le Drian", "Robert De Niro"). */
  capitalisedNameParticles: ReadonlySet<string>;
  /** Lower-cased words that make a capitalised name an organisation, not a person ("agency", "ministère"). */
  organisationHeads: ReadonlySet<string>;
  /** Nouns for a country's armed forces ("the military", « l'armée »): alone, the armed service named last. */
  armedForcesNouns: ReadonlySet<string>;
  /** Nouns calling items targets ("legitimate targets for the Russian army", « des cibles »): whose they are for, they attack. */
  targetNouns: ReadonlySet<string>;
  /** People who train others ("instructors", « formateurs »): deployed, they go to those they train. */
  trainerNouns: ReadonlySet<string>;
  /** Pronouns standing for items named before ("those made in Iran", « ceux fabriqués en Iran »): a making participle after one tells an origin. */
  demonstrativePronouns: ReadonlySet<string>;
  /** Nouns an intelligence service goes by ("the agency", « le service »): alone, the intelligence service named last. */
  intelligenceNouns: ReadonlySet<string>;
  /**
   * Words linking the lower-case words of an organisation's name after its capitalised head, where
   * the language writes such names in sentence case ("Service national du renseignement"); null
   * where names are written in title case.
   */
  organisationNameLinks: ReadonlySet<string> | null;
  /** Words linking the capitalised words of an organisation's title-case name ("Institute for the Study of War"). */
  titleCaseNameLinks: ReadonlySet<string>;
}
