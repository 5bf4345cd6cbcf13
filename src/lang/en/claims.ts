/** English words and patterns for attribution, stance and propositions. */
import type { ClaimLexicon, EventRole, ReportClass, Tense } from '../types.js';
import { APPOSITION, phraseRegex, wordRegex } from '../regex.js';
import { eventTable, formsOf, reportingTable, type Forms } from '../forms.js';

/** "term" as a verb ("Kyiv terms the transfers a violation"), not the noun of "in the strongest possible terms". */
const TERM_VERB = String.raw`(?<!\b(?:possible|strongest|strong|uncertain|clear|plain|certain|real|the|these|those|such|its|their|in)\s+)term`;

/** A pronoun with the auxiliaries contracted onto it ("we've", "he’s"): the pronoun still. */
function contracted(pronoun: string): string[] {
  return [pronoun, ...["'ve", "'re", "'s", "'d", "'ll"].flatMap((ending) => [pronoun + ending, pronoun + ending.replace("'", '’')])];
}

/**
 * Forms of an English verb: "claim" -> claims, claimed, claiming. Irregular or doubled forms are given:
 * verb('say', 'said', 'said', 'saying'), verb('admit', 'admitted', 'admitted', 'admitting').
 */
function verb(base: string, past?: string, participle?: string, gerund?: string): Forms {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const regularPast = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : stem + 'ed';
  return [
    [base, 'present'], [third, 'present'], [past ?? regularPast, 'past'], [participle ?? past ?? regularPast, 'participle'],
    [gerund ?? stem + 'ing', 'gerund'],
  ];
}

const INCISES: [ReportClass, Forms][] = [
  ['say', verb('remark')], ['say', verb('continue')], ['say', verb('go', 'went', 'gone', 'going')], ['say', verb('quip', 'quipped', 'quipped', 'quipping')],
  ['say', verb('recall')], ['say', verb('conclude')],
];

const TELL = verb('tell', 'told', 'told', 'telling');

const REPORTING: [ReportClass, Forms][] = [
  ['say', verb('say', 'said', 'said', 'saying')], ['say', TELL],
  ['say', verb('state')], ['say', verb('declare')], ['say', verb('add')], ['say', verb('note')], ['say', verb('stress')],
  ['say', verb('explain')], ['say', verb('announce')], ['say', verb('confirm')], ['say', verb('report')],
  ['say', verb('reveal')], ['say', verb('assert')], ['say', verb('claim')], ['say', verb('affirm')], ['say', verb('argue')],
  ['say', verb('warn')], ['say', verb('write', 'wrote', 'written', 'writing')], ['say', verb('indicate')],
  ['say', verb('tweet')], ['say', verb('point')], ['say', verb('emphasize')], ['say', verb('emphasise')],
  ['say', verb('reiterate')], ['say', verb('reaffirm')], ['say', verb('assure')], ['say', verb('testify', 'testified', 'testified', 'testifying')],
  ['say', verb('contend')], ['say', verb('caution')], ['say', verb('maintain')], ['say', verb('repeat')], ['say', verb('disclose')],
  ['say', verb('reply', 'replied', 'replied', 'replying')], ['say', verb('retort')], ['say', verb('counter')],
  ['say', verb('signal')], ['say', verb('signal', 'signalled', 'signalled', 'signalling')],
  ['insist', verb('insist')],
  ['believe', verb('believe')], ['believe', verb('think', 'thought', 'thought', 'thinking')], ['believe', verb('assess')],
  ['believe', verb('estimate')], ['believe', verb('conclude')], ['believe', verb('judge')],
  // "are convinced that": a belief stated with the copula.
  ['believe', [['convinced', 'present']]],
  ['accuse', verb('accuse')], ['accuse', verb('allege')], ['accuse', verb('charge')], ['accuse', verb('blame')],
  ['accuse', verb('condemn')], ['accuse', verb('denounce')], ['accuse', verb('decry', 'decried', 'decried', 'decrying')],
  ['deny', verb('deny')], ['deny', verb('reject')], ['deny', verb('dismiss')], ['deny', verb('refute')],
  ['deny', verb('dispute')], ['deny', verb('rebut', 'rebutted', 'rebutted', 'rebutting')], ['deny', verb('rebuff')],
  ['admit', verb('admit', 'admitted', 'admitted', 'admitting')], ['admit', verb('acknowledge')], ['admit', verb('concede')],
  ['admit', verb('confess')],
  ['suggest', verb('suggest')], ['suggest', verb('speculate')], ['suggest', verb('hint')], ['suggest', verb('suspect')],
  ['concern', verb('fear')], ['concern', verb('worry', 'worried', 'worried', 'worrying')],
  // "was concerned that P", "is alarmed by reports that P": adjectives after "be", read as its participles.
  ['concern', [['concerned', 'participle'], ['alarmed', 'participle']]],
  ['retract', verb('retract')], ['retract', verb('withdraw', 'withdrew', 'withdrawn', 'withdrawing')], ['retract', verb('backtrack')],
];

const AUXILIARIES: [string, Tense][] = [
  ['has', 'past'], ['have', 'past'], ['was', 'past'], ['were', 'past'], ['did', 'past'], ['do', 'present'], ['does', 'present'], ['had', 'pluperfect'],
  ['will', 'future'], ['would', 'conditional'], ['could', 'conditional'], ['might', 'conditional'], ['may', 'conditional'],
];

const EVENTS: [EventRole, Forms][] = [
  ['give', verb('supply', 'supplied', 'supplied', 'supplying')], ['give', verb('provide')], ['give', verb('deliver')],
  ['give', verb('sell', 'sold', 'sold', 'selling')], ['give', verb('send', 'sent', 'sent', 'sending')],
  ['give', verb('transfer', 'transferred', 'transferred', 'transferring')], ['give', verb('export')], ['give', verb('re-export')], ['give', verb('resell', 'resold', 'resold', 'reselling')], ['give', verb('ship', 'shipped', 'shipped', 'shipping')], ['give', verb('transport')],
  ['give', verb('give', 'gave', 'given', 'giving')], ['give', verb('arm')], ['give', verb('equip', 'equipped', 'equipped', 'equipping')],
  ['give', verb('offer')], ['give', verb('smuggle')], ['give', verb('funnel', 'funneled', 'funneled', 'funneling')],
  ['give', verb('funnel', 'funnelled', 'funnelled', 'funnelling')],
  ['get', verb('buy', 'bought', 'bought', 'buying')], ['get', verb('purchase')], ['get', verb('acquire')],
  ['get', verb('receive')], ['get', verb('obtain')], ['get', verb('import')], ['get', verb('procure')],
  ['get', verb('get', 'got', 'got', 'getting')],
  ['produce', verb('produce')], ['produce', verb('manufacture')], ['produce', verb('build', 'built', 'built', 'building')],
  ['produce', verb('assemble')],
  ['train', verb('train')],
  ['deploy', verb('deploy')], ['deploy', verb('dispatch')], ['deploy', verb('station')],
];

const EVENT_NOUNS: [EventRole, string][] = [
  ['give', 'delivery deliveries supply supplies sale sales resale resales shipment shipments transfer transfers export exports re-export re-exports provision'],
  ['get', 'purchase purchases acquisition acquisitions import imports procurement procurements'],
  ['produce', 'production manufacturing manufacture co-production coproduction assembly'],
  ['train', 'training'],
  ['deploy', 'deployment deployments'],
];

/** Who does the event: "a key supplier of drones to Russia". */
const AGENT_NOUNS: [EventRole, string][] = [
  ['give', 'supplier suppliers provider providers purveyor purveyors'],
];

/** Fending the items off is being attacked by them: "shield Ukrainian cities from Iranian-made drones". */
/** What may be unseen without any lack of evidence ("had not seen any reason to"). */
const NO_GROUNDS = String.raw`(?:reasons?|need|point|purpose|changes?|benefit|sense|value|urgency)\b`;
const DEFENCE_VERBS = formsOf(verb('shield'), verb('protect'), verb('defend'));

/** People and items whose arrival somewhere is their deployment or delivery there. */
const ARRIVING = String.raw`troops|soldiers|personnel|forces|instructors|trainers|advis[eo]rs|mercenaries|fighters|officers|pilots|technicians|experts|weapons|arms|missiles|warheads|drones|shells|munitions|ammunition|rockets|tanks|jets|aircraft|helicopters|systems|batteries|shipments?|deliveries|consignments?|batch(?:es)?`;

export const claims: ClaimLexicon = {
  reportingVerbs: reportingTable(REPORTING),
  inciseVerbs: reportingTable(INCISES),
  reportingPhrases: [
    // "issued a categorical denial of the reports": a denial given is a denial.
    { pattern: wordRegex(String.raw`\bissu(?:e|es|ed|ing)\s+an?\s+(?:\p{L}+\s+)?denial\b`), cls: 'deny', contentFollows: true },
    // "called on Iran to stop supplying drones to Russia": asking that it stop says that it goes on.
    { pattern: wordRegex(String.raw`\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?)(?=\s+(?:\p{L}+\s+){1,3}?to\s+(?:[“"]\s*)?(?:\p{L}+ly\s+)?(?:stop|cease|halt|end|suspend)\b)`), cls: 'say', contentFollows: true },
    // "The report found that P", "investigators find that P": a finding, only with its clause ("drones found in Kyiv" are none).
    { pattern: wordRegex(String.raw`\b(?:found|finds?)(?=\s+that\b)`), cls: 'say' },
    { pattern: wordRegex(String.raw`\b(?:walk(?:s|ed|ing)?|rolled|roll(?:s|ing)?)\s+back\b`), cls: 'retract' },
    { pattern: wordRegex(String.raw`\bback(?:ed|ing|s)?\s+(?:away|off)\s+from\b`), cls: 'retract' },
    { pattern: wordRegex(String.raw`\b(?:went|go(?:es)?|going)\s+so\s+far\s+as\s+to\s+suggest\b`), cls: 'suggest' },
    { pattern: wordRegex(String.raw`\bmade\s+clear\b`), cls: 'say' },
    // "stands by its accusations", "doubled down on claims that P": keeping to what one said says it again.
    { pattern: wordRegex(String.raw`\b(?:stand(?:s|ing)?|stood)\s+by(?=\s+(?:its|their|his|her|our|the|these|those)\s+(?:\p{L}+\s+)?(?:claims?|accusations?|allegations?|assessments?|statements?|reports?|findings?)\b)|\bdoubl(?:e|es|ed|ing)\s+down\s+on\b`), cls: 'say' },
    // "played down reports that P": making light of what is reported dismisses it (not "played down the risk").
    { pattern: wordRegex(String.raw`\b(?:play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?)(?=\s+(?:(?:the|these|those|such)\s+)?(?:\p{L}+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation)\b)`), cls: 'deny' },
    // 'Tehran spoke of "fake news"': naming what is said a lie denies it.
    { pattern: wordRegex(String.raw`\b(?:spoke|speaks?|speaking|talk(?:s|ed|ing)?)(?=\s+of\s+(?:[“"]\s*)?(?:(?:a|an|pure|sheer|outright)\s+)*(?:fake\s+news|lies|disinformation|propaganda|fabrications?|rumou?rs|slander|smears?|false\s+(?:information|reports|claims))\b)`), cls: 'deny' },
    // "cast doubt on Tehran's denials", "questioned the reports": doubting what is said dismisses it (not "questioned the official").
    { pattern: wordRegex(String.raw`\b(?:cast(?:s|ing)?\s+doubts?\s+on|question(?:s|ed|ing)?)(?=\s+(?:(?:the|these|those|such)\s+)?(?:\p{L}+(?:['’]s)?\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|denials?|assertions?|statements?|account)\b)`), cls: 'deny' },
    // "ruled out sending troops": setting an act aside says it will not happen.
    { pattern: wordRegex(String.raw`\brul(?:e|es|ed|ing)\s+out\b`), cls: 'deny' },
    // "Interfax quoted Sorokin as saying": Sorokin speaks, the outlet relays (in "was quoted by RIA as saying", the subject).
    { pattern: wordRegex(String.raw`\bquot(?:ed|es|ing)\s+(?!by\s)(?<speaker>[^,;:.“”"]{1,60}?)\s+as\s+(?:saying|telling)\b`), cls: 'say' },
    // "called the transfers a violation", "described these deliveries as illegal": judging the act accuses its doers
    // (before the phrase below, which makes "called the reports baseless" a denial instead).
    { pattern: wordRegex(String.raw`\b(?:call(?:s|ed|ing)?|describ\p{L}*|${TERM_VERB}(?:s|ed)?|brand\p{L}*)(?=\s+(?:the|these|those|such|its|their)\s+(?:\p{L}+\s+)?(?:transfers?|deliveries|shipments?|sales?|supplies|deployments?|purchases?)\b)`), cls: 'accuse', contentFollows: true },
    // "did not rule out", "refused to rule out": a possibility left open.
    { pattern: wordRegex(String.raw`\b(?:(?:did|does|do|would|will|could|can)\s*(?:not|n['’]t)|cannot|(?:refus|declin)(?:ed|es|e|ing)\s+to|not)\s+rul(?:e|es|ed|ing)\s+out\b`), cls: 'suggest' },
    // "called reports of troops in Russia “fake news”": the reports named may be long. Not "rejected what he called
    // “unfounded allegations”": that names the object of another report.
    { pattern: wordRegex(String.raw`\b(?:call|calls|called|calling|describ\p{L}*|dismiss\p{L}*|brand\p{L}*|denounc\p{L}*|slam(?:s|med|ming)?|lambast\p{L}*|deem\p{L}*|${TERM_VERB}(?:s|ed|ing))(?<!\bwhat\s+\p{L}+\s+\p{L}+)\s+(?:(?:(?:the|these|those|such)\s+)?(?:reports?|claims?|allegations?|accusations?|stories)\s+(?:of|that|about)\s+(?:[\p{L}-]+\s+){0,8}?|(?:[\p{L}-]+\s+){0,4}?)(?:as\s+)?(?:[“"]\s*)?(?:(?:the|a|an|most|utterly|completely|totally|pure|sheer|yet|another|new|ugly|blatant|outright|malicious|shameless|cheap|mere|hostile|western|political)\s+){0,2}(?:absurd|baseless|false|unfounded|lies|fake|groundless|ridiculous|propaganda|fabricat\p{L}*|provocation(?![”"]?\s+(?:that|which|by|from|against)\b)|disinformation|slander\p{L}*|smear|hoax|nonsense|fiction|fantas(?:y|ies)|speculation|psychological\s+warfare|conspiracy\s+theor(?:y|ies))\b`), cls: 'deny' },
    { pattern: wordRegex(String.raw`\b(?:issu|sound)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:warnings?|alarm)\b`), cls: 'say', contentFollows: true },
  ],
  addresseeVerbs: new Set(formsOf(TELL)),
  addresseeVerbsInvert: false,
  invertsAfterAdjunct: false,
  placeNouns: new Set('border borders frontier territory coast city cities town region capital soil airspace waters'.split(' ')),
  afterReport: wordRegex(String.raw`^\s*(?:when|while|after|before|during|in|on|at|to|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b`),
  evidenceNouns: new Set(['evidence', 'information', 'indication', 'indications', 'sign', 'signs', 'intelligence', 'images', 'reports', 'data']),
  modalVerbs: new Set(['may', 'might', 'could', 'would', 'will', 'can', 'should', 'must']),
  auxiliaries: new Map(AUXILIARIES),
  approximators: new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'some', 'at least', 'at most', 'more than', 'fewer than', 'less than', 'up to']),
  relativeObjects: new Set(['which', 'whom']),
  oneOfThem: /^\s*one\s+of\s+(?:them|(?:the|these|those)(?:\s+\p{L}+){1,3}?)\s*[,.]?\s*$/iu,
  answerYes: /^\W*(?:yes|yeah|absolutely|certainly|indeed)\b/iu,
  answerNo: /^\W*no\b(?![-\s]+(?:one|doubt|evidence|longer|matter))/iu,
  presentCopulas: new Set(['am', 'is', 'are', "'re", "’re"]),
  complementizers: new Set(['that']),
  // "Lee said Iran has sent drones": English drops "that".
  optionalComplementizer: true,
  finiteVerbShape: /^\p{Ll}{2,}(?:[^s]s|ed)$/u,
  listingVerbs: new Set(['add', 'adds', 'added', 'adding']),
  // "unclear whether", and what is still being checked: "closely watching whether", "trying to determine if".
  unconfirmed: wordRegex(String.raw`\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?|un)|(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+|(?:isn|aren|wasn|weren)[’']t\s+(?:yet\s+)?|(?:hasn|haven|hadn)[’']t\s+(?:yet\s+)?been\s+)(?:independently\s+)?(?:confirmed|verified|corroborated)\b`),
  undecided: wordRegex(String.raw`\b(?:do|does|did)\s*(?:not|n[’']t)\s+(?:yet\s+)?know\s+(?:yet\s+)?(?:whether|if)\b|\b(?:(?:unclear|not\s+(?:yet\s+)?clear|uncertain|unknown|not\s+known)\s+|(?:watch|monitor|examin|investigat|assess|check|determin)\p{L}*\s+|looking\s+into\s+|trying\s+to\s+(?:determine|establish|verify|confirm|find\s+out)\s+)(?:whether|if)\b|\b(?:no\s+one|nobody)\s+knows\b`),
  sourceBeforeColon: true,
  addressees: new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'senators', 'parliament', 'delegates', 'diplomats', 'students', 'supporters', 'me', 'us', 'him', 'her', 'them']),
  citingAside: /,\s*(?:citing|quoting)\s[^,;:«»“”"]{1,60},/u,
  questionedOpener: wordRegex(String.raw`^\s*(?:when\s+)?(?:asked|questioned|pressed|quizzed|contacted)\b`),
  nonFinite: /^\p{L}+ing$/u,
  presentParticiple: /^\p{L}{2,}ing$/u,
  pastParticiple: /^(?:\p{Ll}{2,}ed|seen|written|drawn|made|given|shown|sent|put)$/u,
  infinitiveNegation: new Set(['not', 'never']),
  lightVerbs: new Set(['take', 'takes', 'took', 'taken', 'taking']),
  relayVerb: wordRegex(String.raw`\b(?:report|relay)\p{L}*`),
  negatedSubject: /^\W*neither\b[^,;:]*$/iu,
  // "No Iranian drones have been sent": not "no doubt", "no matter".
  confirmationCue: /(?:^|\s)confirm(?:s|ed|ing)?$/iu,
  negatedContentSubject: /^\W*no\s+(?!doubt|matter\b)\p{L}/iu,
  perfectInfinitives: new Set(['having']),
  freeRelative: /(?<![\p{L}\p{N}])what\s+$/iu,
  claimNounAfter: /^(?:['’]s)?\s*(?:accusations?|allegations?|claims?|reports?|charges?)\b/iu,
  claimNounBefore: /\b(?:accusations?|allegations?|claims?|charges?)[”"]?\s+(?:by|from)\s+(?:the\s+)?$/iu,
  otherSenseBeforeObject: new Set(),
  // "would report back to the Council", "reported for duty": no report of anything.
  // "reported for duty"; "the debris tells a clear story", "tells the tale": a story told, no one told.
  otherSenseBefore: /^(?:report(?:s|ed|ing)?\s+(?:back|for\s+duty)|(?:tell|tells|told|telling)\s+(?:(?:a|an|the|its|their|another|this|that)\s+)?(?:\p{L}+\s+){0,2}?(?:story|stories|tale|tales))(?![\p{L}\p{N}])/iu,
  // Not knowing what or where ("did not know what they were doing there") commits to nothing either.
  nonCommittal: wordRegex(String.raw`(?:\bnot|n[’']t)\s+(?:\p{L}+\s+)?know\s+(?:exactly\s+)?(?:what|where|why|who)\b|\bneither\s+(?:confirm(?:s|ed|ing)?|verify|verified)\s+nor\s+den(?:y|ies|ied|ying)\b|\b(?:confirm|deny)\s+or\s+(?:confirm|deny)\b|\b(?:have|has|had)\s+no\s+(?:further\s+)?comment\b|^\s*no\s+comment\b`),
  confirmOr: /\b(?:confirm|verify|deny)\s+(?:or|nor)\s+$/iu,
  condemnedAct: wordRegex(String.raw`\bconsider(?:s|ed|ing)?\s+(?:[\p{L}’'-]+\s+){1,14}?(?:to\s+be\s+|as\s+)?(?:[“"]\s*)?(?:inhumane|immoral|unacceptable|illegal|unlawful|wrong|unthinkable)\b`),
  countryNouns: new Set(['country', 'nation', 'state', 'kingdom', 'monarchy', 'republic', 'emirate']),
  blocMemberNouns: new Set(['countries', 'nations', 'governments', 'capitals', 'powers', 'allies', 'partners', 'states']),
  objectClitics: new Set(),
  voiceAside: /^,\s*(?:through|via|speaking\s+through)\s/iu,
  subordinators: new Set(['after', 'before', 'when', 'once', 'until', 'whenever', 'as']),
  absoluteOpeners: new Set(['with']),
  infinitiveMarkers: new Set(['to']),
  adverbEnding: /ly$/u,
  sideNouns: new Set(['side']),
  predicateLinks: new Set(['as']),
  refusals: new Set([...formsOf(verb('decline'), verb('refuse'), verb('refrain')), ...formsOf(verb('stop', 'stopped', 'stopped', 'stopping')).map((stop) => `${stop} short`)]),
  privatives: new Set(['without']),
  reactionVerbs: new Set(formsOf(verb('criticise'), verb('criticize'), verb('welcome'), verb('praise'), verb('hail'),
    verb('slam', 'slammed', 'slammed', 'slamming'), verb('blast'), verb('lament'), verb('deplore'), verb('protest'), verb('object'),
    verb('applaud'), verb('question'), verb('react'), verb('respond'))),
  urgings: new Set(formsOf(verb('urge'), verb('call'), verb('ask'), verb('encourage'), verb('press'), verb('invite'), verb('pressure'))),
  declinedTail: wordRegex(String.raw`\band\s+(?:did|does|would|has|have|had)\s*(?:not|n['’]t)\s+(?:immediately\s+)?comment\b|\band\s+declined\s+to\s+comment\b`),
  unconfirmedDetail: wordRegex(String.raw`\b(?:how\s+(?:many|much)|when|where|which|the\s+(?:exact\s+)?(?:number|numbers|figures?|scale|extent|details?|quantit(?:y|ies)))\b`),
  nicknameIntro: wordRegex(String.raw`\b(?:known\s+as|nicknamed|dubbed|alias|aka|also\s+called)\b`),
  indirectQuestion: wordRegex(String.raw`\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired)\s+(?:[^,;:.?!]*?\s)?(?:whether|if)\s[^,;:]*`),
  reporterAside: wordRegex(String.raw`,\s*[”"]?\s*without\s+(?:elaborating|specifying|naming|citing|mentioning|commenting|explaining|saying|confirming|denying|addressing|referring\s+to|(?:giving|providing|offering|presenting)\s+(?:\p{L}+\s+)?(?:details?|evidence|proof|specifics))\b`
    // ", a claim that could not be independently verified", ", which Reuters could not verify".
    + String.raw`|,\s*(?:an?\s+(?:claim|assertion|allegation|report|account|figure|toll)\s+(?:that\s+)?|which\s+|something\s+)[^,.;]{0,40}?\b(?:not|n['’]t|cannot|unable\s+to)\s+(?:\p{L}+\s+){0,3}?verif(?:y|ied)\b`),
  accusationLinks: new Set(['of']),
  suspicionVerbs: new Set(formsOf(verb('suspect'))),
  roleOfBody: /^\s+(?:of|for|at)\s+the\s+(\p{Ll}+)(?=\s*(?:[,.;:)]|$))/u,
  unnamedCountry: wordRegex(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:of|from|in)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:country|nation|state|government|ally)\b`),
  contrastedParty: /(?:,\s*|\band\s+)(?:not|rather\s+than)\s+(?:the\s+)?$/iu,
  transitBefore: /\b(?:transit(?:s|ed|ing)?|pass(?:es|ed|ing)?|routed|smuggled)\s+(?:through|via)\s+(?:the\s+)?$/iu,
  locationPrepositions: new Set(['in']),
  scenePrepositions: new Set(['in', 'from']),
  sceneParticiples: new Set(['speaking', 'talking', 'writing']),
  speakingWords: new Set(['speak', 'speaks', 'spoke', 'speaking', 'talk', 'talks', 'talked', 'talking', 'addressed', 'addressing', 'testified', 'testifying', 'briefed', 'briefing', 'wrote', 'writing', 'interviewed']),
  falsehoodNouns: new Set(['propaganda', 'disinformation', 'misinformation', 'fabrication', 'fabrications', 'lies', 'smear', 'fake', 'warfare']),
  mediaNouns: new Set(['newspaper', 'daily', 'weekly', 'magazine', 'agency', 'broadcaster', 'channel', 'outlet', 'network', 'tabloid', 'paper', 'website', 'station', 'newspapers', 'outlets', 'media', 'press', 'tv', 'television']),
  researchBodyNouns: new Set(['tank', 'think-tank', 'thinktank', 'institute', 'watchdog', 'ngo', 'organization', 'organisation']),
  passiveAuxiliaries: new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']),
  trainedParticiples: new Set(['trained']),
  mediaSpeakers: /media|press/iu,
  subjectCoordination: /^\s*,?\s*(?:and|as well as)\s*(?:the\s+)?$/iu,
  predicateContrasts: new Set(['but']),
  resumingPronouns: new Set(['it', 'they', 'he', 'she']),
  ownerListJoin: /^\s*(?:,\s*(?:(?:and|as\s+well\s+as)\s+)?|(?:and|as\s+well\s+as)\s+)(?:of\s+)?(?:the\s+)?$/iu,
  listSeparator: /^\s*,\s*(?:the\s+)?$/iu,
  // "Ukraine's ambassador to the UK, Olena Marchuk": a posting may stand between the role and the name.
  indefiniteApposition: /^,\s+an?\s+$/u,
  // "the spokesman for the military, X": a body named in common nouns may close the role before the comma.
  appositionLink: /^(?:\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|\s+(?:of|for)\s+the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?=\s*,))?[\s,]*(?:[Tt]he )?$/u,
  portfolioLink: /^\s+(?:for|of|in\s+charge\s+of)\s+(?:the\s+)?$/iu,
  researchBody: wordRegex(String.raw`\b(?:institute|foundation|think[\s-]+tank|university|endowment|cent(?:er|re)\s+for|council\s+on)\b`),
  accordingTo: wordRegex(String.raw`\b(?:according\s+to|in\s+the\s+view\s+of|per)\s+`),
  viewpoint: /^\s*in\s+the\s+eyes\s+of\s+/iu,
  // "insinuations in Western media claiming that": where the claims appear and a participle may come before "that".
  nominalReport: wordRegex(String.raw`\b(?:allegations?|accusations?|claims?|reports?|assertions?|suspicions?|fears?|concerns?|warnings|evidence|indications?|signs?|information|insinuations?|rumou?rs?|stories|articles?)${APPOSITION}(?:\s+(?:in|from)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?(?:\s+(?:published|made|circulated|carried|spread|reported|repeated|aired|level+ed)\s+(?:by|in)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+(?=\s+(?:claiming|saying|alleging|suggesting|asserting|stating)\b))?(?:\s+(?:claiming|saying|alleging|suggesting|asserting|stating))?\s+that\b`),
  evidencePresentingVerbs: new Set(formsOf(verb('offer'), verb('provide'), verb('present'), verb('give', 'gave', 'given', 'giving'), verb('produce'),
    verb('show', 'showed', 'shown'), verb('cite'), verb('share'), verb('release'), verb('publish'), verb('furnish'), verb('supply', 'supplied', 'supplied', 'supplying'))),
  noEvidence: wordRegex(String.raw`\b(?:have|has|had)\s*(?:[“"]\s*)?(?:not|n[’']t)\s+(?:yet\s+)?seen(?![\p{L}\p{N}])(?!\s+(?:any|a|the|much)\s+(?:\p{L}+\s+)?${NO_GROUNDS})|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|confirm|know)\b|\b(?:have|has|had)\s+yet\s+to\s+(?:see|confirm|verify|corroborate)\b|\b(?:no|(?:not|(?:do|does|did|have|has|had)n[’']t)\s+(?:seen|found|have|had)\s+any|without|lack(?:s|ed)?\s+(?:of\s+)?|little)\s+(?:\p{L}+\s+)?(?:evidence|indications?|signs?|information|proof|confirmation|intelligence|knowledge)\b|\b(?:not|\p{L}+n[’']t)\s+(?:yet\s+)?(?:been\s+able\s+to|able\s+to|in\s+a\s+position\s+to)\s+(?:independently\s+)?(?:confirm|corroborate|verify|establish|substantiate)\b|\b(?:cannot|could\s+not|can\s+not|would\s+not|did\s+not|couldn[’']t|can[’']t)\s+(?:(?:yet|independently|immediately)\s+){0,2}(?:confirm|corroborate|verify)\b|\b(?:cannot|could\s+not|can\s+not|couldn[’']t|can[’']t)\s+(?:(?:yet|independently)\s+){0,2}(?:establish|substantiate)\b|\b(?:unable|without\s+being\s+able)\s+to\s+(?:independently\s+)?(?:confirm|corroborate|verify|establish|substantiate)\b|\b(?:has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:independently\s+)?(?:confirmed|verified|corroborated)\b|\b(?:not|\p{L}+n[’']t)\s+(?:yet\s+)?aware\s+of\b|\bunaware\s+of\b|\b(?:nothing|no\s+(?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:(?:yet|so\s+far)\s+)?(?:proves|shows|demonstrates|establishes)\b`),
  // "had seen "credible evidence" of": a quote and a qualifier may stand before the noun.
  evidenceFrame: wordRegex(String.raw`\b(?:has|have|had|holds?|held|possess(?:es|ed)?)\s+(?:\p{L}+\s+)?(?:[“"]\s*)?(?:(?:credible|clear|new|solid|strong|firm|concrete|compelling)\s+)?(?:evidence|information|intelligence|indications?|proof|signs)\b`),
  // "highly likely", "very likely": the assessment language of intelligence services, which asserts.
  evidenceChallenge: wordRegex(String.raw`^\s*(?:and\s+|but\s+)?if\s+(?:\p{L}+\s+){1,3}?(?:has|have|had)\s+(?:any\s+|real\s+|such\s+)?(?:evidence|proofs?|documents?|documentation)(?![\p{L}\p{N}])[^.?!]*?\b(?:show|present|provide|produce|publish|share|hand|bring)\p{L}*`),
  speculation: wordRegex(String.raw`\b(?:may|might|could|possibly|perhaps|potentially|probably|(?<!(?:highly|very)\s+)likely|(?<!(?:not|n[’']t)\s+)(?:concerns?|concerned|alarmed)|fears?|worr(?:y|ied|ies)|considering|weighing|appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to|plausible|plausibly|conceivabl[ey]|(?<!no\s+)possibilit(?:y|ies))\b|\b(?:is|are|was|were|seems?|appears?)\s+(?:[“"]\s*)?(?:\p{L}+\s+)?possible\b|\bprobable\b|\bif\s+(?:true|confirmed|accurate|so)\b|^\W*if\b|\bnothing\s+(?:is|can\s+be|should\s+be|has\s+been)\s+ruled\s+out\b`
    // A hypothetical commits to nothing having happened: "any such deployment would be legal", "such a transfer would
    // be an escalation", "if there were such a
    // thing", "if such deployments existed" ("even if" concedes, it does not suppose).
    + String.raw`|\b(?:any\s+(?:such\s+)?|such\s+an?\s+)\p{L}+\s+(?:\p{L}+\s+){0,6}?would\b|\bif\s+(?:there\s+(?:is|were|was)\s+)?such\b`
    + String.raw`|(?<!\beven\s+)\bif\s+(?:\p{L}+\s+){0,4}?(?:were|existed)\b`),
  // "not just selling drones, it is transferring the technology": a scalar "not only" adds, it does not deny; so do
  // "not content with selling", "not limited to selling".
  // "had received no drones": "no" counts as a negation only right after an event verb ("no doubt that" is none)
  // or "there are" ("there are no Iranian troops"). Refraining from an act is not doing it.
  negation: wordRegex(String.raw`\b(?:not(?!\s+(?:just|only|merely|simply|(?:be\s+|go\s+)?without|content\s+with|limited\s+to)\b)|never|no\s+longer|no\s+(?:intention|plans?)[”"]?\s+(?:of|to)|no\s+need[”"]?\s+(?:for|of|to)|none|nothing|\p{L}+n[’']t|neither|nor|there\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+no|(?:refrain|abstain)(?:s|ed|ing)?\s+from|(?:${formsOf(...EVENTS.map(([, forms]) => forms)).join('|')})\s+no)\b`),
  negatedDoubt: wordRegex(String.raw`\b(?:no|without\s+(?:any|a)|not\s+any|little)\s+(?:\p{L}+\s+){0,2}?doubts?\b|\b(?:do|does|did)\s*(?:not\s+|n['’]t\s+)doubt\b|\b(?:not|n['’]t|hardly|no)\s+(?:very\s+|really\s+|at\s+all\s+)?(?:surprising|a\s+surprise|surprise|surprised)\b|\bunsurprising(?:ly)?\b`),
  negatedApproval: wordRegex(String.raw`\b(?:is|are|was|were|be)\s*(?:not|n[’']t)\s+(?:\p{L}+ly\s+)?(?:acceptable|tolerable|normal|okay|ok|right|justifiable|permissible)\b|\b(?:cannot|can\s+not|can[’']t|will\s+not|won[’']t)\s+be\s+(?:accepted|tolerated|justified)\b`),
  negatedCessation: wordRegex(String.raw`\b(?:never|not|\p{L}+n[’']t)\s+(?:\p{L}+\s+)?(?:stopp|ceas|halt)\p{L}*`),
  // Right before the event ("Russia must pay for the drones it bought" demands something else); "must have sent"
  // infers, "should receive them in June" expects: neither demands.
  demand: wordRegex(String.raw`(?:\b(?:must(?:\s+not|\s+never|n[’']t)?|should(?:\s+not|\s+never|n[’']t)|ought\s+(?:not\s+)?to)(?![\p{L}\p{N}])(?!\s+have\b)(?!\s+(?:\p{L}+\s+)?(?:stop|ceas|halt|end)\p{L}*)|\bthere\s+(?:must|should)\s+be\s+no\b)(?:\s+[\p{L}’'-]+){0,3}\s*$`),
  negatedAlternative: wordRegex(String.raw`^,\s*(?:and\s+)?not\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[.!?”"]*\s*$`),
  contrastNegation: wordRegex(String.raw`,?\s*\bbut\s+(?:not|never|none)\b`),
  // "this is a violation", "denied it", "dismissed it as ...": not "it" as a subject ("said it would ..." is the
  // speaker) nor "that" opening a clause.
  condemnedClaim: wordRegex(String.raw`^\s*(?:(?:the|these|those|such|its|their|an?|what\s+\p{L}+\s+called)\s+)?["“]?\s*(?:\p{L}+\s+)?(?:accusations?|allegations?|claims?|reports?|charges?|rumou?rs?|speculation|assertions?|slanders?|lies|(?:smear|disinformation|propaganda)\s+campaigns?)\b`
    // "Anyone who says we sent missiles must show proof": those who make the claims, judged.
    + String.raw`|^\s*(?:all\s+)?(?:those|anyone|anybody|whoever|people)\s+(?:who\s+)?(?:claim|say|allege|accuse|suggest|insist|assert)\p{L}*`),
  // An aside may stand before "against" ("warned Iran, on Thursday, against").
  warnedAgainst: wordRegex(String.raw`\b(?:warn|caution)\p{L}*\s+(?:(?!that\b)[\p{L}.’'-]*,?\s+){0,12}?against\b`),
  // 'a "smear campaign" orchestrated by Washington': who orchestrates it takes no part.
  verdictOpening: /(?:as\b|,|(?:is|are|was|were)\b|["”]?\s*\p{L}+ed\s+by\b)/iu,
  anaphoricClaim: wordRegex(String.raw`^\s*this\b|^\s*(?:it|that)\s*(?:$|[,.;:!?]|as\b)|(?:\b(?:the|these|those|such|this|that|its|their)|\p{Lu}\p{L}*['’]s)\s+(?:\p{L}+\s+)?(?:claims?|allegations?|accusations?|reports?|assertions?|charges?(?!\s+d['’]affaires)|speculation|rumou?rs?|preparations|evidence)\b|\b(?:its|their)\s+involvement\b|\b(?:an?|the|this)\s+["“]?\s*(?:\p{L}+\s+)?(?:smear|disinformation|propaganda)\s+campaigns?\b|^\s*(?:\p{L}+\s+)?(?:have|has|had)\s+(?:\p{L}+\s+)?(?:evidence|proof)\s*$`),
  pronouns: new Map([...contracted('he').map((he) => [he, 'm'] as const), ...contracted('she').map((she) => [she, 'f'] as const),
    ...contracted('they').map((they) => [they, 'any'] as const), ['him', 'm'], ['them', 'any']]),
  neuterPronouns: new Set(contracted('it')),
  firstPersonPlural: new Set(contracted('we')),
  firstPersonPossessives: new Set(['our']),
  // "MR. FENWICK:", "PRESS SECRETARY TOMAS ELLERBY:": the title before the name is no part of it.
  speakerLabel: /^(?:(?:MR|MS|MRS|DR|GEN|ADM|COL|AMB|SEN|REP)\.?\s+|(?:(?:PRESS|DEPUTY|ASSISTANT|ACTING|PRINCIPAL|CHIEF|VICE|DEFENSE|DEFENCE|FOREIGN)\s+){0,2}(?:SECRETARY|AMBASSADOR|PRESIDENT|GENERAL|ADMIRAL|SENATOR|MINISTER|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|ADVISER|ADVISOR|DIRECTOR|COORDINATOR)\s+)?(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s?:\s|^(?!(?:The|A|An)\s)(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}):\s|^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2})\.\s[-–—]\s/u,
  answerLabel: /^(?:A|ANSWER|Answer)\s?[:.]\s/u,
  publicationLabel: /^The\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s?:\s/u,
  questionLabel: /^(?:Q|QUESTION|Question|REPORTER|Reporter|JOURNALIST)\s?[:.]\s/u,
  unsignedStatementTitle: /^\s*(?:joint\s+)?(?:press\s+)?(?:statement|release|readout)\s*(?:[:–—-]|$)/iu,
  statementTitle: /^\s*(?:[^:–—\n]{1,80}?\s[:–—]\s+|[^:–—\n]{1,80}?:\s+)?(?:joint\s+|press\s+)?(?:statement|release|readout|briefing|comment|remarks)\s+(?:by|from|of)\s+(?:the\s+)?(?<issuer>[^,:;]+?)(?:\s+(?:on(?!\s+behalf\s)|regarding|about|concerning|following)\s|\s*[:,–—-]\s|\s*$)/iu,
  issuerFirstStatementTitle: /^\s*(?:The\s+)?(?<issuer>[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s+(?:of|the|and|for|on|[\p{Lu}\p{N}][\p{L}\p{N}.&-]*))*?)(?:['’]s?)?\s+(?:(?:Joint\s+)?Statement|(?:Holds|Gives|Delivers|Conducts)\s+(?:an?\s+)?(?:(?:Press|News|Media)\s+)?(?:Briefing|Conference))(?:\s+(?:on|regarding|about|concerning|following)\s|\s*[:,–—-]\s|\s*$)/u,
  interviewMarker: /\b(?:interview|Q\s?&\s?A|answered\s+(?:our|these)\s+questions)\b/iu,
  notSpeakerLabels: new Set(['note', "editor's note", 'editor’s note', 'update', 'updated', 'correction', 'breaking', 'watch', 'read more', 'related', 'live', 'photo', 'video', 'source']),
  conditional: wordRegex(String.raw`^\s*(?:if|unless|whether)\b`),
  citedReports: wordRegex(String.raw`\b(?:cit(?:e|es|ed)|referr?(?:ed|ing|s)?\s+to|mention(?:s|ed|ing)?|point(?:s|ed|ing)?\s+to|relay(?:s|ed|ing)?)\s+(?:(?:the|these|those|new|recent|intelligence|media|press)\s+)*$`),
  concernOver: wordRegex(String.raw`\b(?:concerns?|alarm|worry|worries|disquiet|unease)\s+(?:\p{L}+\s+){0,2}?(?:over|about|at|regarding|following)\s+(?:the\s+|these\s+|recent\s+)*$`),
  voicedConcern: wordRegex(String.raw`\b(?:voic|express|rais|reiterat|repeat)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:concerns?|fears?|worries)\s+that$`),
  onBehalfOf: wordRegex(String.raw`\b(?:speak\p{L}*\s+for|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?$`),
  ownCountry: wordRegex(String.raw`\b(?:his|her|their|our)\s+(?:country|government|nation)\b|^\s*the\s+country\b|(?:^\W*|\b(?:that|which)\s+)we\s+(?:(?:have|had|did|do|will|would|never|not|\p{L}+n[’']t|also|already)\s+)*(?:(?:are|were|came|come|have\s+come)\s+(?:(?:here|there)\s+)?to\s+)?$`),
  additive: wordRegex(String.raw`\b(?:also|too|as\s+well|likewise|in\s+turn)\b`),
  ownMeans: wordRegex(String.raw`\b(?:from|with|by|through|using|out\s+of)\s+(?:our|its|their)\s+own\s+(?:resources|funds|means|money|budget|revenues?|savings|reserves)\b`),
  indefiniteRecipients: wordRegex(String.raw`\bto\s+(?:[“"]\s*)?(?:(?!(?:the|its|their|his|her|our|these|those|this|that)\b)\p{Ll}[\p{L}-]*\s+){0,2}?(?:groups|militias|factions|rebels|insurgents|proxies|fighters|organi[sz]ations|movements|actors|clients|customers|buyers|partners|regimes)\b`),
  ownSoil: wordRegex(String.raw`\b(?:in|into|to)\s+(?:the|this|our|their|its)\s+country\b|\bon\s+(?:its|our|their)\s+(?:own\s+)?(?:soil|territory)\b`),
  // "We have seen these reports, but we have nothing to say": a last clause declining to comment takes back the rest.
  // So does one declining to speculate or to run ahead of an assessment ("but I'm not going to get ahead of it").
  declinedComment: wordRegex(String.raw`^(?:.*,\s*but\s+)?\s*(?:\p{L}+(?:['’]\p{L}+)?\s+){0,2}?(?:(?:do|does|did|will|would|can|could)\s*(?:not\s+|n['’]t\s+)(?:\p{L}+\s+)?(?:comment|speculate)|won['’]t\s+(?:comment|speculate|get\s+ahead\s+of)|no\s+comment|(?:have|has|had)\s+(?:["“]\s*)?nothing\s+(?:more\s+|further\s+)?to\s+(?:add|say|provide|share|offer)|(?:do|does|did)\s*(?:not\s+|n['’]t\s+)have\s+anything\s+(?:more\s+|further\s+|else\s+)?to\s+(?:add|say|provide|share|offer)|not\s+(?:going|able|in\s+a\s+position)\s+to\s+(?:comment|speculate|get\s+ahead\s+of|get\s+into|go\s+into))(?![\p{L}\p{N}])[^,;:]*$`),
  actVerdict: wordRegex(String.raw`\bprovocations?\b`),
  spreadsFalsehood: wordRegex(String.raw`\b(?:spread|peddl|propagat|circulat|disseminat|push)\p{L}*\s+(?:[“"]\s*)?(?:\p{L}+\s+)?(?:rumou?rs?|lies|falsehoods?|disinformation|misinformation|propaganda|fake\s+news|fabrications?)\b`),
  calledFalse: wordRegex(String.raw`\b(?:is|are|was|were)\s+(?:\p{L}+\s+){0,2}?(?:[“"]\s*)?(?:an?\s+|(?:yet\s+)?another\s+)?(?:(?:ugly|pure|sheer|blatant|outright|total|complete|utter|malicious|western|hostile)\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|erroneous|inaccurate|biased|one-sided|politici[sz]ed|politically\s+motivated|lies?|nonsense|absurd|ridiculous|fake|fantas(?:y|ies)|fiction|fabrications?|inventions?|rumou?rs?|propaganda|hoax(?:es)?|smears?|smear\s+campaign|slander|conspiracy\s+theor(?:y|ies))\b|\bwithout\s+(?:any\s+)?(?:basis|foundation)\b|\bno\s+truth\b|\bfar\s+from\s+(?:the\s+)?truth\b|\bfair(?:y|ies)[\s-]+tales?\b|\b(?:based|relying|relies|rely|rest(?:s|ed|ing)?)\s+(?:on|upon)\s+(?:["“]\s*)?(?:flawed|false|faulty|fabricated|erroneous|bad|wrong|inaccurate)\s+(?:intelligence|information|data|evidence)\b|\b(?:has|have|had)\s+(?:[“"]\s*)?no\s+(?:\p{L}+\s+)?(?:basis|foundation)\b`
    // 'was "part of the Western psychological war against Iran"'.
    + String.raw`|\b(?:is|are|was|were)\s+(?:[“"]\s*)?(?:(?:just|merely|simply|nothing\s+but|pure|part\s+of)\s+)?(?:an?\s+|the\s+)?(?:\p{L}+\s+){0,2}?(?:campaign\s+of\s+)?(?:disinformation|propaganda|provocation|smear|slander|psychological\s+war(?:fare)?)\b`
    // A verdict with no verb: "Yet another fake", "Pure fiction".
    + String.raw`|^\s*(?:(?:yet\s+)?another|(?:an?\s+)?(?:total|complete|pure|utter))?\s*(?:fake|lies|hoax|nonsense|rubbish|fabrications?|fiction|propaganda)\b`),
  notCredible: wordRegex(String.raw`\b(?:is|are|was|were)\s+(?:not|hardly|in\s+no\s+way)\s+credible\b`),
  denialNouns: wordRegex(String.raw`\bdenials?\b`),
  liarVerdict: wordRegex(String.raw`\b(?:lie|lies|lying|lied|liars?)\b|\b(?:not|never)\s+(?:been\s+)?(?:telling|told|tell|speaking)\s+the\s+truth\b|\b\p{L}+n['’]t\s+(?:been\s+)?(?:telling|told|tell|speaking)\s+the\s+truth\b|\bdenials?\s[^.]{0,40}?\b(?:not|hardly)\s+credible\b`),
  notFalse: wordRegex(String.raw`\b(?:is|are|was|were)\s*(?:not|n[’']t)\s+(?:[“"]\s*)?(?:an?\s+|just\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|biased|one-sided|politici[sz]ed|lies?|fake|fiction|rumou?rs?|propaganda|speculation)\b`),
  speakerPronounSubject: wordRegex(String.raw`^\s*(?:it|they|its|their)\b`),
  groupSpeakers: wordRegex(String.raw`\b(?:(?:the|some|several|senior|top)\s+)?(?:\p{L}+\s+)?(?:officials|authorities|diplomats|sources|media|analysts|experts|leaders|people|members|press\s+reports)\b`),
  officialGroups: new Set(['officials', 'authorities', 'leaders']),
  // "both countries", and "both" alone as the whole subject ("Both have dismissed the reports").
  countryGroup: wordRegex(String.raw`\b(?<pair>both)(?=\s+(?:countries|nations|governments|capitals|sides|states)\b|\s*$)|\b(?:the|these|those|all)\s+(?<count>two|three|four)\s+(?:countries|nations|governments|capitals|sides|states)\b`),
  groupSizes: new Map([['two', 2], ['three', 3], ['four', 4]]),
  // An adverb inside a verb group ("was however unable") breaks nothing; after a comma it opens a clause.
  // "since" before a time is a preposition ("fighting the army since April, accused"), before a clause a conjunction.
  // ", as Tehran denied ...": "as" opens a clause of its own after a comma, unless it opens a phrase ("as well as", "as part of").
  clauseBreaks: wordRegex(String.raw`,?\s*\b(?:but(?!\s+also\b)|while|whereas|although|though|because(?!\s+of\b)|since(?!\s+\d)(?!\s+(?:last|early|late|mid|then|(?:the\s+)?(?:start|beginning|end|outbreak)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|\p{L}+day)\b)|even\s+as)\b|(?<=,\s*)\band\s+(?=(?:we|they|he|she|i)\b)|[,;]\s*however\b|,\s*(?:citing|invoking|calling|describing|dismissing|branding|denouncing|terming)\b|,\s*(?:(?:responding|reacting|replying)\s+to|in\s+(?:response|reply|reaction)\s+to)\b|,\s*(?:(?:a|one|two|three|several|few|days?|weeks?|months?|hours?|shortly|soon|just|only)\s+){0,2}(?:after|before|following|amid|during|ahead\s+of|in\s+the\s+wake\s+of)\b`
    + String.raw`|(?<=,\s{0,3})as(?!\s+(?:well|part|much|many|long|soon|far|of|for|if|such|to|a|an)\b)\b`),
  events: eventTable(EVENTS, EVENT_NOUNS, AGENT_NOUNS),
  eventPhrases: [
    { pattern: wordRegex(String.raw`\bturn(?:s|ed|ing)?\s+to\b`), role: 'get', mode: 'sought' },
    { pattern: wordRegex(String.raw`\b(?:in\s+search\s+of|looking\s+for|seeking|seeks?|sought)\b`), role: 'get', mode: 'sought' },
    { pattern: wordRegex(String.raw`\binterest\s+in\b`), role: 'get', mode: 'sought' },
    // "did not depend on foreign suppliers", "relies on Iranian drones": who depends on suppliers or arms receives
    // (not "the outcome depends on Washington").
    {
      pattern: wordRegex(String.raw`\b(?:depend(?:s|ed|ing|ent|ence|ency)?|rel(?:y|ies|ied|ying|iant|iance))\s+(?:\p{L}+\s+)?(?:on|upon)\b(?=\s+(?:[\p{L}’'-]+\s+){0,3}?(?:suppliers?|supplies|imports?|deliveries|shipments?|weapons|arms|drones|missiles|shells|ammunition|munitions|components|parts|equipment|technology|chips|engines|electronics)\b)`),
      role: 'get',
    },
    // "had ordered 2,400 drones from Iran": an order placed with a supplier is a purchase (not "ordered troops to").
    { pattern: wordRegex(String.raw`\border(?:s|ed|ing)?(?=\s+(?:[\p{L}\p{N},.-]+\s+){1,5}?from\b)`), role: 'get' },
    { pattern: wordRegex(String.raw`\bhand(?:s|ed|ing)?\s+over\b`), role: 'give' },
    // "Russia has been sharing technology with Iran": what is shared with someone is given (evidence shared names no items).
    { pattern: wordRegex(String.raw`\bshar(?:e|es|ed|ing)(?=\s+(?:[\p{L}-]+\s+){1,4}?with\b)`), role: 'give' },
    // "reports of arms deals with Moscow": trading arms is supplying them.
    { pattern: wordRegex(String.raw`\b(?:arms|weapons|munitions)\s+(?:deals?|trade|trading|transactions?)\b`), role: 'give', noun: true },
    // "Iranian trucks had carried weapons to Armenian forces": what is carried to someone is supplied (not "carried out").
    { pattern: wordRegex(String.raw`\bcarr(?:y|ies|ied|ying)(?!\s+(?:out|on|over)\b)(?=\s+(?:[\p{L}\p{N},.-]+\s+){1,5}?(?:to|into)\b)`), role: 'give' },
    // "shells made in Serbia ended up in Ukraine": where items end up is who got them.
    { pattern: wordRegex(String.raw`\bend(?:s|ed|ing)?\s+up\s+(?:in|with)(?:\s+the\s+hands\s+of)?\b`), role: 'give' },
    // "the first warheads had arrived in Belarus", "North Korean troops have arrived in Russia": people or items that
    // arrive somewhere are deployed or supplied there (not "the minister arrived in Moscow").
    { pattern: wordRegex(String.raw`\barriv(?:e|es|ed|ing)(?<=\b(?:${ARRIVING})\s+(?:\p{L}+\s+){0,3}arriv\p{L}*)\s+(?:in|at)\b`), role: 'give' },
    // "troops fighting alongside Russian forces", "in the ranks of the Ukrainian army": people serving with another's army
    // are deployed to it.
    { pattern: wordRegex(String.raw`\b(?:fight(?:s|ing)?|fought|serv(?:e|es|ed|ing)|battl(?:e|es|ed|ing))\s+(?:alongside|in\s+the\s+ranks)\b`), role: 'deploy' },
    // "Iranian military personnel are on the ground in Crimea", "troops are present in Mali": people placed abroad are deployed there.
    { pattern: wordRegex(String.raw`\b(?:are|were|is|was|be|been|remain|remained)(?<=\b(?:troops|soldiers|personnel|forces|instructors|trainers|advis[eo]rs|mercenaries|fighters|officers|men|pilots|technicians|experts)\s+(?:\p{L}+\s+){0,2}\p{L}+)\s+(?:now\s+|already\s+|still\s+)?(?:on\s+the\s+ground|present|stationed)\s+in\b`), role: 'deploy', item: 'personnel' },
    // "Russia is expanding its military presence in Niger": a presence built up abroad is people deployed there.
    { pattern: wordRegex(String.raw`\b(?:strengthen|reinforc|expand|increas|boost|bolster|establish|build|built)\p{L}*(?:\s+up)?\s+(?:its|their|a|the)\s+(?:\p{L}+\s+)?military\s+presence\s+in\b`), role: 'deploy', item: 'personnel' },
    // "helped North Korea improve its missile programme", "helping Pyongyang with satellite technology": know-how
    // passes, whatever the programme makes.
    { pattern: wordRegex(String.raw`\bhelp(?:s|ed|ing)?(?=\s+(?:\p{L}+\s+){1,3}?(?:(?:to\s+)?(?:improve|develop|advance|build|rebuild|expand|revive|restore|upgrade|moderni[sz]e)\s+(?:its|their)\s+(?:\p{L}+\s+){0,4}?(?:programmes?|programs?|capabilit(?:y|ies)|industry)|with\s+(?:its\s+|their\s+)?(?:\p{L}+\s+){0,2}?(?:technology|technologies|know-how|expertise))\b)`), role: 'give', item: 'technology' },
    { pattern: wordRegex(String.raw`\b(?:assembly|production)\s+lines?\b|\bjoint\s+production\b`), role: 'produce' },
    { pattern: wordRegex(String.raw`\b(?:began|begun|begin|started|start)\s+training\b|\btraining\s+(?:in|on)\b|\b(?:undergo(?:es|ing)?|underwent|undergone|receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|complet(?:e|es|ed|ing))\s+(?:\p{L}+\s+)?training\b`), role: 'trainee' },
  ],
  // Not transfers, among others: providing someone with information ("provided the Secretariat with information
  // showing that P", "had given Tehran technical data on the drones"), an offer to do something ("offered to exchange them").
  notEvents: wordRegex(String.raw`\b(?:get|gets|got|gotten|getting)\s+(?:ahead|involved|into|in|to|out|away|back|rid|through|over|around|along|on|off|up|down|used|ready|caught|close|closer|better|worse|there)\b|\b(?:supply|supplies|delivery|export|import|transfer)\s+(?:chains?|lines?|routes?|corridors?|networks?|hubs?|depots?|controls?|restrictions?|licen[cs]es?)\b|\barmed\s+(?:forces|services|groups?|conflicts?|men|wings?)\b|\b(?:power|railway|train|police|gas|radar|space|research|metro|subway|relay|pumping|filling|fire|weather|television|radio|polling|nuclear|petrol)\s+stations?\b|\b(?:receiv(?:e|es|ed|ing)|sen(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|funnel(?:s|l?ed|l?ing)?)\s+(?:(?:a|an|the|two|several|many|written|formal|official)\s+)?(?:letters?|messages?|notes?|requests?|complaints?|information|assurances?|explanations?|evidence|details|briefings?|invitations?|signals?|warnings?)\b|\b(?:sen(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|offer(?:s|ed|ing)?)\s+(?:\p{L}+\s+){0,2}?(?:humanitarian|medical|financial|economic|food)\s+(?:aid|assistance|supplies|help)\b|\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))\s+(?:\p{L}+\s+){1,4}?with\s+(?:(?:new|more|additional|detailed|the)\s+)?(?:information|evidence|details|intelligence|data)\b|\boffer(?:s|ed|ing)?\s+to(?=\s+(?!(?:the|a|an|its|their|his|her|this|these|those|it|them|us)\b)\p{Ll})|\b(?:giv(?:e|es|ing)|gave|given|sen(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|shar(?:e|es|ed|ing)|transmit(?:s|ted|ting)?)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|it|them|us|the\s+\p{L}+)\s+)?(?:(?:a|an|the|some|more|new|its|their)\s+)?(?:\p{Ll}+\s+){0,2}?(?:data|information|details|evidence|intelligence|documents?|documentation|proof|photos|photographs|images|findings|dossiers?)\s+(?:on|about|of|concerning|regarding)\b`
    // "any information provided by member states": what was handed over is information.
    + String.raw`|\b(?:information|evidence|data|details|documents?|intelligence|explanations?|assurances?|clarifications?)\s+(?:\p{L}+\s+)?(?:provided|supplied|given|sent|delivered|transmitted|shared)\b`),
  // "strictly controlled exports of drones": controlling exports is no export.
  // "controls exports", and "is "prudent" on exports": an export policy, no export.
  exportControl: wordRegex(String.raw`\bexports?\s+(?:controls?|restrictions?|bans?|curbs?|licen[cs](?:es?|ing)|regulations?)\b|\b(?:control\p{L}*|restrict\p{L}*|curb\p{L}*|regulat\p{L}*|ban(?:s|ned|ning)?)["”]?\s+(?:[“”"]?\s*\p{L}+\s*[“”"]?\s+){0,2}?(?:exports?|sales?|transfers?)\b|\b(?:prudent|cautious|careful|responsible)["”]?\s+(?:on|about|with|in|regarding)\s+(?:(?:its|the)\s+)?(?:\p{L}+\s+)?(?:exports?|sales?|transfers?)\b`),
  liePurpose: wordRegex(String.raw`\b(?:(?:designed|meant|intended|aimed)\s+(?:to|at)\s+(?:[“"]\s*)?(?:justify|justifying|cover|covering|distract|distracting|divert|diverting|hide|hiding)|(?:in\s+order\s+)?to\s+(?:[“"]\s*)?justify)(?![\p{L}\p{N}])[^.;]*`),
  intoTheWar: wordRegex(String.raw`\b(?:drag|draw|pull|drew|drawn)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?into\s+(?:the|a|this|its|their)\s+(?:war|conflict|fighting)\b`),
  sanctions: wordRegex(String.raw`\bsanctions?\s+(?:on|against|targeting)\b|\bsanction(?:ed|ing)\b`),
  claimsConsequence: wordRegex(String.raw`^\s*(?:(?:would|will|could|might|may|(?:is|are|was|were)\s+likely\s+to|threaten(?:s|ed)?\s+to|risk(?:s|ed)?)\s+)?(?:further\s+)?(?:make|complicat|strain|damag|hurt|harm|undermin|jeopardi[sz]|derail|worsen|overshadow|poison|sour|cloud|fuel|deepen|weigh)\p{L}*\b`),
  withdrawal: wordRegex(String.raw`\b(?:withdr[ae]w\p{L}*|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?outs?|retreat\p{L}*|evacuat\p{L}*)\b`),
  exercises: wordRegex(String.raw`\b(?:exercises|drills|manoeuvres|maneuvers|war\s+games)\b`),
  servicing: wordRegex(String.raw`\b(?:repair|fix|maint(?:ain|enance)|overhaul|refurbish|servic)\p{L}*`),
  confrontation: wordRegex(String.raw`\b(?:clash(?:es|ed)?|fighting|fought|battles?|skirmish(?:es)?|confrontations?|combat)\s+(?:\p{L}+\s+){0,3}?between\b|\bagainst\b`),
  targetPrepositions: new Set(['against']),
  attackVerbs: new Set([...formsOf(verb('strike', 'struck', 'struck', 'striking'), verb('hit', 'hit', 'hit', 'hitting'), verb('attack'),
    verb('target'), verb('bomb'), verb('shell', 'shelled', 'shelled', 'shelling'), verb('pound'), verb('bombard'),
    verb('shoot', 'shot', 'shot', 'shooting'), verb('intercept'), verb('destroy'), verb('engage'), verb('fight', 'fought', 'fought', 'fighting'), verb('kill'), verb('clash'),
    verb('capture'), verb('wound')), ...DEFENCE_VERBS]),
  defenceVerbs: new Set(DEFENCE_VERBS),
  findingVerbs: new Set(formsOf(verb('find', 'found', 'found', 'finding'), verb('discover'), verb('recover'), verb('retrieve'), verb('identify'),
    verb('examine'), verb('analyse'), verb('analyze'), verb('inspect'), verb('seize'))),
  impliedItems: new Map([['arm', 'weapons'], ['armed', 'weapons'], ['arming', 'weapons']]),
  domesticOrigin: wordRegex(String.raw`\b(?:domestically|locally|indigenously|home)[- ](?:produced|made|manufactured|built|developed)\b|\b(?:produc|manufactur|mak|made|buil|develop)\p{L}*\s+(?:[\p{L}-]+\s+){0,5}?(?:domestically|locally|indigenously|at\s+home)\b|\bhomegrown\b|\b(?:domestic|local|indigenous|(?:its|their|our)\s+own)\s+(?:production|manufacturing|output)(?!\s+of\b)\b|\b(?:produc|manufactur|mak|build)\p{L}*\s+(?:(?:(?:all|most|much|many)\s+of\s+)?(?:its|their|our)\s+own|(?:\p{L}+\s+){0,6}?(?:itself|themselves|ourselves)|(?:all\s+(?:of\s+)?the\s+(?:\p{L}+\s+){0,2}?|(?:everything|what)\s+(?:that\s+)?)(?:it|they|we|(?:the|our|its|their)\s+(?:army|military|armed\s+forces|forces|troops))\s+(?:needs?|requires?))(?![\p{L}\p{N}])(?![^.;]*\bwith\s+(?:the\s+)?\p{L}+\s+(?:help|assistance|support)\b)`),
  // A headline's future, names and "to" before the event: "Iran to supply Russia with more drones".
  headlineFuture: /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}to\s+\p{L}+$/u,
  modes: {
    sought: wordRegex(String.raw`\b(?:seek(?:s|ing)?|sought|looking\s+for|in\s+search\s+of|wants?\s+to|wanted\s+to|trying\s+to|tries\s+to|tried\s+to|interest(?:ed)?\s+in|turn(?:s|ed)?\s+to)\b`),
    // A modal before a perfect ("may have sent") speculates about what is done: no plan.
    planned: wordRegex(String.raw`\b(?:prepar(?:e|es|ed|ing)\s+to|agree(?:s|d)?\s+to|promis(?:e|es|ed)\s+to|poised\s+to|plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|intention\s+(?:to|of)|decide(?:s|d)?\s+to|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|(?:will|would|could|may|might)(?!\s+(?:\p{L}+\s+)?have\b)|about\s+to|set\s+to|expected\s+to|likely\s+to|going\s+to|deal\s+to)\b`),
    timeAhead: wordRegex(String.raw`\b(?:next\s+(?:week|month|year)|in\s+the\s+(?:coming|next)\s+(?:days|weeks|months)|soon|shortly|by\s+the\s+end\s+of\s+(?:the|this)\s+(?:week|month|year))\b`),
    ongoing: wordRegex(String.raw`\b(?:continu(?:e|es|ed|ing)\s+to|(?:never|not|\p{L}+n[’']t)\s+(?:\p{L}+\s+)?(?:stopped|ceased)|still|(?<!(?:has|have|had)\s+)already(?!\s+been\b)|currently|ongoing|(?:is|are|was|were)\s+(?:(?:also|\p{L}+ly)\s+)?\p{L}+ing|(?:has|have)\s+been\s+(?:(?:also|\p{L}+ly)\s+)?\p{L}+ing|began\s+\p{L}+ing|started\s+\p{L}+ing)\b`),
  },
  recipientPrepositions: new Set(['to', 'for', 'into']),
  // "turn to X for": X is the source of what is sought.
  sourcePrepositions: new Set(['from', 'of', 'to']),
  authorPrepositions: new Set(['of', 'by']),
  agentPrepositions: new Set(['by']),
  keepVerbs: new Set(['keep', 'keeps', 'kept', 'keeping']),
  seatPrepositions: new Set(['in']),
  itemStandIns: new Set(['batch', 'batches', 'shipment', 'shipments', 'consignment', 'consignments', 'cargo', 'cargoes', 'load', 'loads',
    'lot', 'lots', 'delivery', 'deliveries', 'order', 'orders', 'rest', 'remainder', 'one', 'ones', 'part', 'unit', 'units', 'piece', 'pieces',
    'number', 'quantity', 'quantities', 'amount', 'amounts', 'supply', 'supplies', 'more', 'first', 'second', 'third', 'last', 'same', 'kind',
    'type', 'types', 'model', 'models', 'version', 'versions', 'copies', 'dozens', 'hundreds', 'thousands', 'others']),
  indefiniteArticles: new Set(['a', 'an']),
  definiteDeterminers: new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']),
  existencePredicate: wordRegex(String.raw`\b(?:happen\p{L}*|(?:take|takes|took|taken|taking)\s+place|occur\p{L}*|exist\p{L}*|complet(?:e|ed|es|ing)|carried\s+out|(?:is|are|was|were|been|be|being)\s+made|finali[sz](?:e|ed|es|ing)|materiali[sz](?:e|ed|es|ing))\b`),
  vehicles: new Set(['ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'plane', 'planes', 'aircraft', 'train', 'trains', 'truck', 'trucks', 'lorries', 'convoy', 'convoys', 'freighter', 'freighters']),
  prepositions: new Set(['to', 'from', 'of', 'in', 'into', 'by', 'for', 'with', 'against', 'on', 'at', 'between', 'about', 'over',
    'toward', 'towards', 'than', 'after', 'before', 'since', 'during', 'despite', 'amid', 'via', 'through', 'across']),
  conjunctions: new Set(['and', 'or', 'but']),
  contrastConjunctions: new Set(['but']),
  scopeBreaks: new Set(['during', 'when', 'while', 'which', 'who', 'whose', 'where', 'whereas']),
  clauseComment: wordRegex(String.raw`^,\s*(?:[“"]\s*)?(?:which|something)\b`),
  claimNounApposition: wordRegex(String.raw`,\s*(?:(?:(?:a|an|the|one)\s+)?(?:\p{L}+\s+)?(?:claims?|charges?|allegations?|accusations?|reports?|assertions?)|which)\s+(?=(?:the\s+)?\p{Lu}|\p{Ll}+ed\s+by\b)`, 'u'),
  subjectRelatives: new Set(['who', 'which', 'that']),
  placeRelatives: new Set(['where']),
  conflictNouns: new Set(['war', 'conflict', 'invasion', 'offensive', 'threat', 'threats', 'danger', 'menace']),
  objectRelatives: new Set(['which', 'whom']),
  indefinites: wordRegex(String.raw`\b(?:a|an|some|several|many|various|these|those|both|two|three|other)\s*$`),
  earlierReport: wordRegex(String.raw`\b(?:after|earlier|previously|at\s+the\s+time|before\s+that|formerly)\b`),
  daysEarlier: wordRegex(String.raw`\b(?:a|one|two|three|four|five|a\s+few|several|\d)\s+days?\s+after\b|\bthe\s+day\s+after\b`),
  dayEarlier: wordRegex(String.raw`\b(?:a|one|the)\s+day\s+after\b`),
  sameOccasion: wordRegex(String.raw`\b(?:at\s+the\s+same\s+time|(?:on|later)\s+the\s+same\s+day|in\s+the\s+same\s+(?:statement|interview|speech|briefing|breath|post|address))\b`),
  reflexives: new Set(['itself', 'themselves']),
  originAfterItem: /^$/u,
  // "Iranian-made drones", "Iranian short-range missiles", "Russian tactical nuclear weapons": modifiers of the items may come between.
  originBeforeItem: /^(?:-(?:made|built|designed|produced|supplied))?\s*(?:(?:\p{Ll}+-[\p{Ll}-]+|attack|combat|kamikaze|cruise|new|additional|advanced|tactical|nuclear|strategic|military|modern|heavy|guided|loitering|suicide)\s+){0,2}$/iu,
  ownerAfterItem: /^\s+(?:of|from)\s+(?:the\s+)?$/iu,
  // "the drones are", "the drones used by Russian forces are" (Russian-made), "the drones were of" (Russian manufacture).
  madeInBetween: wordRegex(String.raw`^\s+(?:[\p{L}’'-]+\s+){0,8}?(?:are|were|is|was)\s+(?:all\s+)?(?:of\s+)?$`),
  madeInAfter: /^(?:-(?:made|built|produced|manufactured)|\s+(?:manufacture|make|production|design|origin))\b/iu,
  madeInCountry: wordRegex(String.raw`^\s+(?:(?:used|fired|launched|employed|operated)\s+(?:by|in|against)\s+[^,;.!?"“”]{1,60}?\s+)?(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:all\s+)?(?:made|built|produced|manufactured|assembled)\s+in\s+(?:the\s+)?$`),
  possessor: /\p{L}['’]s$/u,
  possessives: new Set(['its', 'his', 'her', 'their']),
  recipientPronouns: { words: new Set(['it', 'them', 'us']), afterVerb: true, givenWith: new Set(['with']) },
  announcingVerbs: new Set(formsOf(verb('announce'), verb('confirm'), verb('reveal'), verb('disclose'), verb('unveil'))),
  predicateVerbs: new Set(['makes', 'make', 'made', 'constitutes', 'constitute', 'represents', 'represent', 'poses', 'pose', 'threatens',
    'threaten', 'turns', 'turn', 'renders', 'render']),
  // "think tank", "state media", "a state visit".
  compoundHeads: new Set(['tank', 'tanks', 'media', 'television', 'tv', 'broadcaster', 'agency', 'company', 'companies', 'firm', 'firms',
    'enterprise', 'enterprises', 'corporation', 'visit', 'visits']),
  figureNouns: new Set(['estimates', 'estimate', 'assessments', 'figures', 'data', 'calculations', 'count', 'tally']),
  documentNouns: new Set(['report', 'study', 'assessment', 'analysis', 'investigation', 'review', 'paper', 'statement', 'communique', 'text', 'document', 'indictment', 'complaint']),
  documentAuthors: new Set(['the authors', 'its authors', 'the researchers', 'its researchers', 'the investigators']),
  // "familiar with the matter", "reviewed by Reuters", "seen by the newspaper": what the source knows, or who saw it.
  sourceQualifier: wordRegex(String.raw`\s+(?:(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in)\s+(?:the|these|those|this)\s+\p{L}+|(?:reviewed|seen|obtained)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})[\s,]*$`),
  sourceApposition: /^,\s*(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)?(?:member|head|chair|chairman|chairwoman|leader|founder|co-founder|author|co-author|veteran)\s+(?:of|at)\s/iu,
  nonSourceDeterminers: new Set(['any', 'no', 'such']),
  genericSubject: wordRegex(String.raw`\b(?:(?:all\s+)?those|anyone|anybody|everyone|people)\s+who\s+(?:\p{L}+\s+)?$|\bwhoever\s+$`),
  articleFreeSourceOpeners: new Set(),
  impersonalPronouns: new Set(),
  // "independent sanctions monitors told ...": a few lower-case words may qualify the source.
  bareSource: /^(?:(?:state|local|official|western|foreign|independent|social|news|sanctions|military|intelligence|security|un|u\.n\.)\s+){0,2}(?:media|officials|sources|authorities|diplomats|analysts|experts|monitors|investigators|inspectors|observers|researchers)$/iu,
  cardinals: new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'half']),
  ownReporting: wordRegex(String.raw`^\s*(?:our|this\s+(?:newspaper|paper|agency)['’]s)\s+(?:own\s+)?(?:information|reporting|sources|investigation|findings)[\s.,]*$`),
  subjectAdverbs: new Set(['also', 'separately', 'later', 'again', 'earlier', 'previously', 'repeatedly', 'further', 'then', 'publicly', 'reportedly', 'recently', 'already', 'still', 'similarly', 'likewise', 'meanwhile', 'now']),
  sideAdverbials: /(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|in\s+response|for\s+(?:years|months|weeks|decades|a\s+long\s+time))(?![\p{L}\p{N}])\s*,?\s*/iu,
  attitudeBefore: wordRegex(String.raw`\b(?:alarmed|concerned|worried|troubled|disturbed|outraged|angered|dismayed|alarm|concern|outrage|anger|dismay)["”]?\s+(?:by|about|over|at|with)\s+(?:the|these|this|those|such|any)?\s*$`),
  perceptionVerbs: new Set(['observed', 'seen', 'saw', 'noticed', 'detected', 'tracked', 'recorded', 'monitored', 'witnessed', 'spotted', 'documented', 'identified', 'observe', 'see', 'detect', 'track', 'monitor']),
  useParticiples: new Set(['used', 'fired', 'launched', 'employed']),
  openingConnectives: phraseRegex(['but', 'and', 'yet', 'however', 'still', 'meanwhile', 'moreover', 'also', 'now', 'so', 'instead', 'indeed', 'furthermore', 'separately']),
  concessiveOpeners: phraseRegex(['despite', 'in spite of', 'although', 'though', 'even though', 'notwithstanding']),
  purposeBefore: /(?:^|\s)(?:in\s+order\s+)?to\s+$/iu,
  placeQualifiers: new Set(`eastern western northern southern central occupied north-eastern northeastern south-eastern southeastern
    north-western northwestern south-western southwestern far-eastern`.split(/\s+/)),
  determiners: new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'any', 'no', 'two', 'three', 'four', 'several']),
  systemLink: /^\s+of\s+(?:the|type)\s+$/iu,
  demonstratives: wordRegex(String.raw`\b(?:this|that|these|those|such)\s+(?:(?:type|kind|sort)s?\s+of\s+)?$`),
  honorifics: new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'dame']),
  nounLinks: new Set(['of']),
  nameStopwords: new Set(`the a an this that these those his her its their our my your he she it they we you i in on at
    for from by with to of and but or so yet as if when while after before since during according however meanwhile
    also then there here what which who whom whose where why how read photo share
    monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/)),
  nameParticles: new Set(['de', 'da', 'di', 'van', 'von', 'der', 'bin', 'ben', 'al', 'el', 'la', 'le']),
  capitalisedNameParticles: new Set(['Le', 'La', 'Du', 'De']),
  armedForcesNouns: new Set(['military', 'army', 'navy']),
  targetNouns: new Set(['target', 'targets']),
  trainerNouns: new Set(['instructor', 'instructors', 'trainer', 'trainers', 'adviser', 'advisers', 'advisor', 'advisors', 'military advisers', 'military advisors']),
  demonstrativePronouns: new Set(['those', 'ones', 'one']),
  intelligenceNouns: new Set(['agency', 'service']),
  organisationHeads: new Set(`agency service services ministry department office council committee commission command corps
    guard guards force forces army navy bank institute party parliament assembly court tribunal organization organisation
    union federation company corporation group center centre university bureau directorate authority foundation
    association network intelligence staff affairs security communications panel watchdog`.split(/\s+/)),
  organisationNameLinks: null,
  titleCaseNameLinks: new Set(['for', 'of', 'on', 'and', 'the']),
};
