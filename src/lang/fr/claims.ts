/** French words and patterns for attribution, stance and propositions. */
import type { ClaimLexicon, EventRole, ReportClass, Tense } from '../types.js';
import { APPOSITION, phraseRegex, wordRegex } from '../regex.js';
import { eventTable, formsOf, reportingTable, type Forms } from '../forms.js';
import { firstGroup, irregular, secondGroup } from './conjugation.js';

/** « (sont) fabriquées (de toutes pièces) » closing its clause: made up, not manufactured (« fabriqués en Russie »). */
const FABRICATED = String.raw`fabriquée?s?(?:\s+de\s+toutes\s+pièces)?\s*(?=[»”".,;!?]|$)`;
/** The days of the week, which may date a report (« a dénoncé mardi »). */
const WEEKDAYS = String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`;

const PRÉVENIR = irregular('prévient:p préviennent:p prévenait:i prévenu:pp prévenir:inf prévenant:g');

const REPORTING: [ReportClass, Forms][] = [
  ['say', firstGroup('déclar')], ['say', firstGroup('affirm')], ['say', firstGroup('indiqu')],
  ['say', firstGroup('ajout')], ['say', firstGroup('soulign')], ['say', firstGroup('assur')],
  ['say', firstGroup('expliqu')], ['say', firstGroup('précis')], ['say', firstGroup('not')],
  ['say', firstGroup('annonc')], ['say', firstGroup('confirm')], ['say', firstGroup('signal')],
  ['say', firstGroup('rapport')], ['say', firstGroup('racont')], ['say', firstGroup('martel', 'martèl')],
  ['say', firstGroup('rappel', 'rappell')], ['say', firstGroup('révél', 'révèl')], ['say', firstGroup('répét', 'répèt')],
  ['say', firstGroup('réitér', 'réitèr')], ['say', firstGroup('déplor')], ['say', firstGroup('avanc')],
  ['say', firstGroup('proclam')], ['say', firstGroup('réaffirm')],
  ['say', firstGroup('lâch')], ['say', firstGroup('tweet')], ['say', firstGroup('nuanc')], ['say', firstGroup('détaill')],
  ['say', firstGroup('plaid')], ['say', firstGroup('assén', 'assèn')],
  // Not "maintenant", which is the adverb "now".
  ['say', irregular('maintient:p maintiennent:p maintenait:i maintenaient:i maintenu:pp maintenir:inf')], ['say', firstGroup('constat')], ['say', firstGroup('relev', 'relèv')],
  ['say', firstGroup('observ')], ['say', firstGroup('communiqu')], ['say', firstGroup('certifi')],
  ['say', irregular('dit:p dis:p disent:p disait:i disaient:i dira:f diront:f dirait:c diraient:c dire:inf disant:g')],
  ['say', irregular('écrit:p écrivent:p écrivait:i écrire:inf écrivant:g')],
  ['say', irregular('soutient:p soutiennent:p soutenait:i soutenaient:i soutenu:pp soutenir:inf soutenant:g')],
  ['say', irregular('prétend:p prétendent:p prétendait:i prétendu:pp prétendre:inf prétendant:g')],
  ['say', PRÉVENIR],
  ['say', secondGroup('avert')], ['say', secondGroup('réag')],
  ['say', irregular('répond:p répondent:p répondait:i répondu:pp répondre:inf répondant:g')],
  ['say', firstGroup('rétorqu')], ['say', firstGroup('répliqu')], ['say', firstGroup('ripost')], ['say', firstGroup('object')],
  // "a confié un diplomate": told in confidence.
  ['say', firstGroup('confi')],
  ['insist', firstGroup('insist')],
  // « a juré ne pas avoir livré » : un serment est une affirmation.
  ['insist', firstGroup('jur')],
  ['believe', firstGroup('estim')], ['believe', firstGroup('pens')], ['believe', firstGroup('jug')],
  ['believe', firstGroup('considér', 'considèr')], ['believe', firstGroup('calcul')],
  ['believe', irregular('croit:p croient:p croyait:i croyaient:i cru:pp croire:inf croyant:g')],
  // « sont convaincus que », « en est persuadé : » : une conviction dite avec la copule.
  ['believe', irregular('convaincu:p convaincue:p convaincus:p convaincues:p persuadé:p persuadée:p persuadés:p persuadées:p')],
  ['believe', irregular('conclut:p concluent:p concluait:i concluaient:i conclu:pp conclue:pp conclure:inf concluant:g')],
  ['accuse', firstGroup('accus')], ['accuse', firstGroup('dénonc')], ['accuse', firstGroup('reproch')], ['accuse', firstGroup('condamn')],
  ['accuse', firstGroup('allégu', 'allègu')],
  ['deny', irregular('nie:p nient:p niait:i niaient:i nia:i nié:pp niée:pp niés:pp niées:pp nier:inf niant:g niera:f nierait:c')],
  ['deny', irregular('dément:p démentent:p démentait:i démentaient:i démenti:pp démentie:pp démentis:pp démenties:pp démentir:inf démentant:g')],
  ['deny', firstGroup('rejet', 'rejett')], ['deny', firstGroup('réfut')], ['deny', firstGroup('contest')],
  ['deny', firstGroup('récus')], ['deny', firstGroup('balay')],
  // « a exclu de livrer des missiles » : écarter un acte, c'est dire qu'il n'aura pas lieu (« n'a pas exclu » est une phrase).
  ['deny', irregular('exclut:p excluent:p excluait:i excluaient:i exclu:pp exclure:inf excluant:g')],
  ['admit', irregular('admet:p admettent:p admettait:i admettaient:i admit:i admis:pp admise:pp admises:pp admettre:inf admettant:g')],
  ['admit', irregular(`reconnaît:p reconnait:p reconnaissent:p reconnaissait:i reconnaissaient:i reconnut:i reconnu:pp reconnus:pp reconnues:pp
    reconnue:pp reconnaître:inf reconnaitre:inf reconnaissant:g`)],
  ['admit', firstGroup('avou')], ['admit', firstGroup('concéd', 'concèd')],
  ['suggest', firstGroup('suggér', 'suggèr')], ['suggest', firstGroup('suppos')], ['suggest', firstGroup('soupçonn')],
  ['concern', irregular('craint:p craignent:p craignait:i craignaient:i craindre:inf craignant:g')],
  ['concern', firstGroup('inquiét', 'inquièt')],
  ['concern', firstGroup('alarm')],
  // « est préoccupé par le fait que P », « se dit inquiet de » : des adjectifs après « être », lus comme ses participes.
  ['concern', irregular('préoccupé:pp préoccupée:pp préoccupés:pp préoccupées:pp inquiet:pp inquiète:pp inquiets:pp inquiètes:pp')],
];

const INCISES: [ReportClass, Forms][] = [
  ['say', firstGroup('lanc')], ['say', firstGroup('gliss')], ['say', firstGroup('enchaîn')], ['say', firstGroup('ironis')],
  ['say', firstGroup('comment')], ['say', firstGroup('résum')], ['say', firstGroup('tranch')], ['say', secondGroup('renchér')],
  ['say', irregular('poursuit:p poursuivent:p poursuivait:i poursuivaient:i poursuivi:pp')],
  ['say', irregular('conclut:p concluent:p concluait:i concluaient:i conclu:pp')],
  // « « L'Iran a choisi le camp de l'agresseur », a fustigé le ministère » : une condamnation citée accuse.
  ['accuse', firstGroup('fustig')],
  // « ..., a-t-on appris de source diplomatique » : ce que la rédaction a appris, de qui elle le tient.
  ['say', irregular('appris:pp apprend:p')],
];

const AUXILIARIES: [string, Tense][] = [
  ['a', 'past'], ['ont', 'past'], ['ai', 'past'], ['avons', 'past'], ['avez', 'past'], ['ait', 'past'], ['aient', 'past'],
  ['est', 'past'], ['sont', 'past'], ['été', 'past'], ['ayant', 'past'],
  ['avait', 'pluperfect'], ['avaient', 'pluperfect'], ['avions', 'pluperfect'], ['était', 'pluperfect'], ['étaient', 'pluperfect'],
  ['aura', 'future'], ['auront', 'future'], ['aurait', 'conditional'], ['auraient', 'conditional'],
  // The passive: « d'autres drones seront livrés » is to come.
  ['sera', 'future'], ['seront', 'future'], ['serait', 'conditional'], ['seraient', 'conditional'], ['fut', 'past'], ['furent', 'past'],
];

// Event verbs: which side of a transfer their subject stands on.
/** A number of people: "plus de 10 000", "environ 200", "des milliers de". */
const TRAINEE_COUNT = String.raw`(?:(?:(?:plus|près|moins)\s+de|environ|quelque|au\s+moins)\s+)?(?:\p{N}[\p{N}\s\u00a0\u202f.,]*\s|(?:des\s+)?(?:dizaines|centaines|milliers)\s+d[e’']\s*)`;

const ARMER = irregular('arment:p armait:i armaient:i armer:inf armant:g armera:f armeront:f armerait:c armeraient:c');

const EVENTS: [EventRole, Forms][] = [
  ['give', irregular(`fournit:p fournissent:p fournis:pp fournissait:i fournissaient:i fourni:pp fournie:pp fournies:pp
    fournir:inf fournisse:p fournissant:g fournira:f fourniront:f fournirait:c fourniraient:c`)],
  ['give', firstGroup('livr')], ['give', firstGroup('transfér', 'transfèr')], ['give', firstGroup('export')], ['give', firstGroup('réexport')],
  ['give', firstGroup('expédi')], ['give', firstGroup('approvisionn')], ['give', firstGroup('équip')],
  ['give', firstGroup('ravitaill')], ['give', firstGroup('céd', 'cèd')], ['give', firstGroup('procur')], ['give', firstGroup('achemin')], ['give', firstGroup('transport')],
  ['give', irregular('remet:p remettent:p remettait:i remettaient:i remis:pp remise:pp remises:pp remettre:inf remettant:g remettra:f remettrait:c')],
  ['give', irregular(`vend:p vendent:p vende:p vendait:i vendaient:i vendu:pp vendue:pp vendus:pp vendues:pp vendre:inf
    vendant:g vendra:f vendront:f vendrait:c vendraient:c`)],
  ['give', irregular(`revend:p revendent:p revende:p revendait:i revendaient:i revendu:pp revendue:pp revendus:pp revendues:pp
    revendre:inf revendant:g revendra:f revendront:f revendrait:c revendraient:c`)],
  ['give', irregular(`envoie:p envoient:p envoyait:i envoyaient:i envoya:i envoyé:pp envoyée:pp envoyés:pp envoyées:pp
    envoyer:inf envoyant:g enverra:f enverront:f enverrait:c enverraient:c`)],
  ['give', irregular(`offre:p offrent:p offrait:i offraient:i offert:pp offerte:pp offrir:inf offrant:g offrira:f
    offrirait:c`)],
  // Only the forms of "armer" that are no noun or adjective ("arme", "armes", "armé" are).
  ['give', ARMER],
  ['get', firstGroup('achet', 'achèt')], ['get', firstGroup('import')], ['get', firstGroup('command')],
  ['get', irregular(`acquiert:p acquièrent:p acquière:p acquérait:i acquéraient:i acquis:pp acquise:pp acquérir:inf acquérant:g
    acquerra:f acquerrait:c`)],
  ['get', irregular(`reçoit:p reçoivent:p reçoive:p recevait:i recevaient:i reçu:pp reçue:pp reçus:pp reçues:pp recevoir:inf
    recevant:g recevra:f recevront:f recevrait:c recevraient:c`)],
  ['get', irregular('obtient:p obtiennent:p obtienne:p obtenait:i obtenu:pp obtenir:inf obtenant:g obtiendra:f obtiendrait:c')],
  ['produce', firstGroup('fabriqu')], ['produce', firstGroup('assembl')],
  ['produce', irregular('produit:p produisent:p produise:p produisait:i produisaient:i produite:pp produits:pp produites:pp produire:inf produisant:g produira:f produirait:c')],
  ['produce', irregular('construit:p construisent:p construise:p construisait:i construisaient:i construite:pp construits:pp construites:pp construire:inf construisant:g construira:f construirait:c')],
  // Not "former": too ambiguous (former une coalition). Reflexive training is an event phrase.
  ['train', firstGroup('entraîn')], ['train', firstGroup('entrain')],
  ['deploy', firstGroup('déploy', 'déploi')], ['deploy', firstGroup('dépêch')],
];

const EVENT_NOUNS: [EventRole, string][] = [
  ['give', 'livraison livraisons fourniture fournitures vente ventes envoi envois transfert transferts exportation exportations réexportation réexportations revente reventes approvisionnement approvisionnements'],
  ['get', 'achat achats acquisition acquisitions importation importations'],
  ['produce', 'production fabrication coproduction assemblage'],
  ['train', 'formation formations entraînement entrainement'],
  ['deploy', 'déploiement déploiements'],
];

/** Who does the event: "le principal fournisseur de drones de la Russie". */
const AGENT_NOUNS: [EventRole, string][] = [
  ['give', 'fournisseur fournisseurs fournisseuse fournisseuses pourvoyeur pourvoyeurs pourvoyeuse'],
];

/** A time adverbial inside a negation ("pas à ce stade d'élément", "pas encore en mesure"). */
/** Looking back from a verb of presence: people of the armed forces, a few words before it (« des instructeurs iraniens se trouvent »). */
const PRESENT_PEOPLE = String.raw`\b(?:soldats|militaires|troupes|forces|instructeurs|formateurs|conseillers|mercenaires|combattants|officiers|hommes|pilotes|techniciens|experts)\s+(?:\p{L}+\s+){0,3}(?:se\s+)?\p{L}+`;
const INTEREST_IN = String.raw`(?:intérêt\s+(?:[\p{L}”"»]+\s+){0,3}?(?:pour|dans|envers)|intéressée?s?\s+par)\b`;
/**
 * Right after the stem of a verb: before it, no negation, « sans », nor a verb governing it as an infinitive (« de
 * confirmer », « à reconnaître »). Written after the stem, so that the scan still starts on the stem's letters.
 */
function notNegatedOrGoverned(stem: string): string {
  return String.raw`(?<!\b(?:pas|sans|ni|jamais|plus|n[’']\s*\p{L}+|de|d[’']|à|pour)\s*(?:\p{L}+\s+)?${stem})`;
}
/** An act of transfer or presence as the object, perhaps after a date (« mercredi la présence de », « l'envoi de »). */
const ACT_OBJECT = String.raw`(?=\s+(?:\p{L}+\s+)?(?:la|le|les|l[’']|des)\s*(?:\p{L}+\s+)?(?:présence|arrivée|livraisons?|envois?|transferts?|déploiements?|ventes?|fournitures?)\b)`;
const FOR_NOW = String.raw`(?:encore|à\s+ce\s+stade|pour\s+l[’']\s*instant|pour\s+le\s+moment|jusqu[’']\s*(?:ici|à\s+présent))`;

/** Se protéger des drones, c'est en être la cible : « protéger les villes ukrainiennes des drones iraniens ». */
const DEFENCE_VERBS = formsOf(firstGroup('protég', 'protèg'), irregular('défend:p défendent:p défendait:i défendu:pp défendre:inf défendant:g'));

/** People and items whose arrival somewhere is their deployment or delivery there. */
const ARRIVING = String.raw`soldats|militaires|troupes|forces|instructeurs|formateurs|conseillers|mercenaires|combattants|officiers|pilotes|techniciens|experts|armes|missiles|ogives|drones|obus|munitions|roquettes|chars|avions|hélicoptères|systèmes|batteries|livraisons|cargaisons|lots`;

export const claims: ClaimLexicon = {
  reportingVerbs: reportingTable(REPORTING),
  inciseVerbs: reportingTable(INCISES),
  reportingPhrases: [
    // « appelle l'Iran à cesser toute livraison d'armes » : demander que cela cesse, c'est dire que cela a lieu.
    { pattern: wordRegex(String.raw`\b(?:appel\p{L}*|exhort\p{L}*|somm\p{L}*|press\p{L}*)(?=\s+(?:\p{L}+['’]?\s*){1,3}?(?:à|de)\s+(?:[«“"]\s*)?(?:cesser|arrêter|mettre\s+fin|suspendre|stopper)\b)`), cls: 'say', contentFollows: true },
    { pattern: wordRegex(String.raw`\bfai(?:t|sait|re|sant)\s+(?:savoir|valoir)\b|\ba\s+fait\s+(?:savoir|valoir)\b`), cls: 'say' },
    { pattern: wordRegex(String.raw`\blaiss\p{L}*\s+entendre\b`), cls: 'suggest' },
    // « Téhéran parle de « fausses informations » » : nommer ce qui est dit d'un mensonge, c'est le démentir.
    { pattern: wordRegex(String.raw`\bparl\p{L}*(?=\s+(?:d['’]\s*|de\s+)(?:[«“"]\s*)?(?:(?:une?|des|la|pure|simple|grossière)\s+)*(?:fausses\s+(?:informations|nouvelles|accusations)|mensonges?|désinformation|propagande|fabrications?|rumeurs|infox|fake\s+news|calomnies?|manipulations?)\b)`), cls: 'deny' },
    // « a mis en doute les démentis de Téhéran » : douter de ce qui est dit, c'est l'écarter (pas « mis en doute sa parole »).
    { pattern: wordRegex(String.raw`\b(?:m[eiî]\p{L}*|remis|remet\p{L}*)\s+en\s+(?:doute|cause)(?=\s+(?:les|ces|des|de\s+telles|la|cette)\s+(?:\p{L}+\s+)?(?:informations|accusations|allégations|affirmations|rumeurs|rapports|démentis|dénégations|déclarations|version)\b)`), cls: 'deny' },
    // « a minimisé les informations selon lesquelles P » : en faire peu de cas, c'est les écarter (pas « minimisé le risque »).
    { pattern: wordRegex(String.raw`\bminimis\p{L}*(?=\s+(?:\p{L}+\s+)?(?:les|ces|des|de\s+telles)\s+(?:\p{L}+\s+)?(?:informations|accusations|allégations|affirmations|rumeurs|rapports|spéculations)\b)`), cls: 'deny' },
    // « », s'est contenté de répondre son porte-parole », « s'est borné à dire que » : une réponse brève reste une déclaration.
    { pattern: wordRegex(String.raw`\b(?:se|s[’'])\s*(?:(?:est|sont|était|étaient)\s+)?(?:content|born)\p{L}*\s+(?:de|d[’']|à)\s*(?:répondre|dire|déclarer|indiquer|affirmer|rappeler|souligner|commenter|noter)\b`), cls: 'say' },
    // « se dit préoccupé par des informations selon lesquelles P », « s'est dit inquiet de voir » : une inquiétude, pas un constat.
    { pattern: wordRegex(String.raw`\b(?:se|s[’'])\s*(?:(?:est|sont|était|étaient)\s+)?di(?:t|sent|sait|saient|te|tes|ts)\s+(?:(?:très|profondément|vivement|particulièrement)\s+)?(?:préoccupée?s?|inquiète?s?|inquiets?|alarmée?s?)\b`), cls: 'concern', contentFollows: true },
    { pattern: wordRegex(String.raw`\b(?:est|sont|était|étaient)\s+(?:\p{L}+\s+)?(?:allée?s?|allé)\s+jusqu[’']\s*à\s+suggérer\b`), cls: 'suggest' },
    // « a fait machine arrière », « a rétropédalé » : il reprend ce qu'il a dit.
    { pattern: wordRegex(String.raw`\bfai(?:t|saient|sait|re)\s+machine\s+arrière\b|\brétropédal\p{L}*`), cls: 'retract' },
    // « est revenu sur ses propos », « est ensuite revenu sur », « s'est depuis rétracté ».
    { pattern: wordRegex(String.raw`\b(?:est|sont|était)\s+(?:(?:ensuite|depuis|finalement|aussitôt|partiellement|\p{L}+ment)\s+)?revenue?s?\s+sur\b`), cls: 'retract' },
    { pattern: wordRegex(String.raw`\bs[’']\s*(?:est|sont)\s+(?:(?:ensuite|depuis|finalement|aussitôt|partiellement|\p{L}+ment)\s+)?rétracté\p{L}*`), cls: 'retract' },
    { pattern: wordRegex(String.raw`\b(?:lanc|adress|émi|émett)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:avertissements?|mises?\s+en\s+garde|alertes?)\b`), cls: 'say', contentFollows: true },
    { pattern: wordRegex(String.raw`\bm(?:is|et|ettent|ettait)\s+en\s+garde\b`), cls: 'say', contentFollows: true },
    // « a confirmé mercredi la présence de troupes », « a reconnu l'envoi de drones »: the act confirmed is the content.
    // Not negated, nor governed by another verb (« sans confirmer l'envoi », « n'ont pas confirmé », « en mesure de confirmer »).
    { pattern: wordRegex(String.raw`\bconfirm${notNegatedOrGoverned('confirm')}\p{L}*${ACT_OBJECT}`), cls: 'say', contentFollows: true },
    { pattern: wordRegex(String.raw`\b(?:reconn|adm[ei][st])${notNegatedOrGoverned('(?:reconn|adm[ei][st])')}\p{L}*${ACT_OBJECT}`), cls: 'admit', contentFollows: true },
    // "a fait état de « preuves » de ces transferts": what is reported follows.
    { pattern: wordRegex(String.raw`\bfai(?:t|s|sait|saient|re|ont)\s+état\b`), cls: 'say', contentFollows: true },
    // « tient à apporter un démenti formel à ces allégations », « a opposé un démenti catégorique » : un démenti donné est un démenti.
    { pattern: wordRegex(String.raw`\b(?:apport|oppos)\p{L}*\s+(?:un|son)\s+(?:\p{L}+\s+)?démenti(?:\s+(?:formel|catégorique|ferme|officiel))?\b`), cls: 'deny', contentFollows: true },
    // « s'est défendu d'avoir fourni des missiles » : se défendre d'un acte, c'est le nier.
    { pattern: wordRegex(String.raw`\bs[’']\s*(?:est|était|sont|étaient)\s+(?:\p{L}+\s+)?défendue?s?(?=\s+d(?:e\s|[’']))|\bse\s+défend(?:ent|ait|aient)?(?=\s+d(?:e\s|[’']))`), cls: 'deny' },
    // « n'a pas exclu que », « n'exclut pas », « ne pouvait pas exclure » : une possibilité laissée ouverte.
    { pattern: wordRegex(String.raw`\bn[’']\s*(?:a|ont|avait|avaient)\s+pas\s+exclu\b|\bn[’']\s*exclu(?:t|ent|ait|aient)\s+pas\b|\bne\s+pas\s+exclure\b|\bne\s+(?:peu(?:t|vent|x)|pouv(?:ait|aient|ons|ez)|pourr(?:ait|aient))\s+(?:pas\s+)?exclure\b`), cls: 'suggest' },
    // « a jugé ces transferts « contraires aux résolutions » » : juger l'acte accuse ses auteurs (avant la formule
    // suivante, qui fait de « a jugé ces accusations absurdes » un démenti).
    { pattern: wordRegex(String.raw`\b(?:jug|qualifi)\p{L}*(?=\s+(?:ces|ses|leurs|les|cette|ce|de\s+tel(?:le)?s)\s+(?:\p{L}+\s+)?(?:transferts?|livraisons?|ventes?|envois?|déploiements?|fournitures?|achats?)\b)`), cls: 'accuse', contentFollows: true },
    { pattern: wordRegex(String.raw`\b(?:qualifi\p{L}*\s+(?:[\p{L}-]+\s+){0,6}?d[e’']|jug\p{L}*\s+(?:(?:la\s+veille|hier|${WEEKDAYS})\s+)?(?:\p{L}+\s+){0,3}?)\s*(?:[«“"]\s*)?(?:(?:nouvelles?|énièmes?|autres?|pures?|simples?|grossières?|totalement|complètement|parfaitement|absolument|entièrement)\s+){0,2}(?:absurdes?|fausses?|faux|infondée?s?|sans\s+fondement|mensong\p{L}*|ridicules?|propagande|inventions?|fabrications?|provocations?|désinformation|manipulations?|calomni\p{L}*|diffamat\p{L}*|infox|intox|fake\s+news|canulars?|(?:af)?fabulations?|élucubrations?|fantasmes?|fictions?|spéculations?|théories?\s+(?:du\s+complot|complotistes?)|campagnes?\s+de\s+(?:dénigrement|diffamation|désinformation|propagande))\b`), cls: 'deny' },
    // "a fustigé des accusations « infondées »": what is denounced as baseless is denied.
    { pattern: wordRegex(String.raw`\b(?:dénon[cç]|fustig)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:[«“"]\s*)?(?:infondée?s?|mensongère?s?|(?:(?:pure|simple)\s+)?fiction|sans\s+fondement|absurdes?|ridicules?)\b`), cls: 'deny' },
    // "a dénoncé une « campagne de désinformation »": what is denounced as false is denied.
    // « a dénoncé le mois dernier une « campagne de dénigrement » »: a date may come before the object.
    { pattern: wordRegex(String.raw`\b(?:dénon[cç]\p{L}*|fustig\p{L}*)\s+(?:(?:${WEEKDAYS}|hier|le\s+mois\s+dernier|la\s+semaine\s+dernière)\s+)?(?:une?|des|la|les|de|d[e’'])?\s*(?:[«“"]\s*)?(?:(?:nouvelles?|énièmes?|autres?|pures?|grossières?)\s+)?(?:(?:campagnes?|opérations?|entreprises?)\s+de\s+)?(?:désinformation|propagande|mensonges?|manipulations?|calomni\p{L}*|dénigrement|diffamation|fabrications?|provocations?(?!\s*[»”"]?\s*(?:qui|de\s+la\s+part|contre)\b)|fausses\s+nouvelles|infox|fake\s+news|guerre\s+psychologique)\b`), cls: 'deny' },
  ],
  addresseeVerbs: new Set(formsOf(PRÉVENIR)),
  addresseeVerbsInvert: true,
  invertsAfterAdjunct: true,
  placeNouns: new Set('frontière frontières territoire côte côtes ville villes région capitale sol espace eaux'.split(' ')),
  afterReport: wordRegex(String.raw`^\s*(?:lorsqu|quand|lors|alors|après|avant|pendant|devant|dans|en|à|au|aux|sur|${WEEKDAYS}|hier|aujourd)\b`),
  evidenceNouns: new Set(['preuve', 'preuves', 'information', 'informations', 'indication', 'indications', 'signe', 'signes', 'élément', 'éléments', 'image', 'images', 'renseignement', 'renseignements', 'rapport', 'rapports', 'donnée', 'données']),
  modalVerbs: new Set(['peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'pouvait', 'pouvaient', 'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'va', 'vont', 'allait', 'allaient']),
  auxiliaries: new Map(AUXILIARIES),
  // « a déclaré que » garde toujours son « que » : aucun nombre ne suit directement le verbe.
  approximators: new Set(),
  relativeObjects: new Set(['que', "qu'", 'qu’']),
  oneOfThem: /^\s*(?:l['’]\s*)?une?\s+(?:d['’]\s*(?:eux|elles|entre\s+eux|entre\s+elles)|des(?:\s+\p{L}+){1,3}?|de\s+ces(?:\s+\p{L}+){1,3}?)\s*[,.]?\s*$/iu,
  answerYes: /^\W*(?:oui|absolument|certainement|tout\s+à\s+fait)(?![\p{L}])/iu,
  answerNo: /^\W*non(?![\p{L}-])(?!\s+(?:seulement|plus)(?![\p{L}]))/iu,
  presentCopulas: new Set(['suis', 'es', 'est', 'sommes', 'êtes', 'sont']),
  complementizers: new Set(['que', 'qu’', "qu'"]),
  optionalComplementizer: false,
  finiteVerbShape: null,
  listingVerbs: new Set(),
  // « pas clair si », et ce qu'on vérifie encore : « surveille de près si », « cherche à déterminer si ».
  unconfirmed: wordRegex(String.raw`\bn[’']\s*(?:(?:est|sont|était|étaient)\s+(?:[«“"]\s*)?(?:toujours\s+|encore\s+)?pas|(?:a|ont|avait|avaient)\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?été)\s+(?:encore\s+)?(?:confirmée?s?|vérifiée?s?|corroborée?s?)\b|\b(?:reste|restent|demeure|demeurent|est|sont)\s+non\s+(?:confirmée?s?|vérifiée?s?|corroborée?s?)\b`),
  undecided: wordRegex(String.raw`\bne\s+(?:sai[st]|savons|savez|savent|savai(?:s|t|ent)|savions|saviez)\s+pas\s+(?:encore\s+)?si\b|\b(?:pas\s+(?:encore\s+)?clair|incertain|on\s+ignore|ignore|(?:impossible|difficile)\s+de\s+(?:dire|savoir)|(?:surveill|examin|vérifi|enquêt|évalu|détermin)\p{L}*(?:\s+de\s+près|\s+attentivement)?|cherch\p{L}*\s+à\s+(?:déterminer|établir|savoir|vérifier))\s+si\b|\bpersonne\s+ne\s+sait\b`),
  sourceBeforeColon: false,
  addressees: new Set(),
  citingAside: /,\s*(?:(?:en\s+)?citant|(?:en\s+)?s['’]appuyant\s+sur|selon|d['’]après)\s[^,;:«»“”"]{1,60},/u,
  questionedOpener: wordRegex(String.raw`^\s*(?:interrogée?s?|questionnée?s?|sollicitée?s?|contactée?s?|(?:invitée?s?|appelée?s?)\s+à\s+réagir)\b`),
  nonFinite: /^(?:avoir|être|\p{L}{2,}(?:er|ir|re|oir))$/u,
  // Not the prepositions and adverbs in -ant ("pendant", "cependant").
  presentParticiple: /^(?!(?:avant|pendant|durant|cependant|maintenant|néanmoins)$)\p{L}{3,}ant$/u,
  pastParticiple: /^(?:\p{Ll}{2,}ée?s?|rendue?s?|remise?s?|transmise?s?|obtenue?s?|parue?s?|écrite?s?)$/u,
  infinitiveNegation: new Set(['ne', 'n’', "n'", 'pas', 'jamais', 'plus']),
  lightVerbs: new Set(['prend', 'prennent', 'pris', 'prendre', 'prenant', 'prenons']),
  relayVerb: wordRegex(String.raw`\b(?:rapport|relay|relat)\p{L}*`),
  negatedSubject: /^\W*ni\s[^,;:]*$/iu,
  confirmationCue: /(?:^|\s)confirm(?:e|es|ent|é|ée|és|ées|ait|aient|er|ant|era|eront)?$/iu,
  negatedContentSubject: null,
  perfectInfinitives: new Set(['avoir']),
  freeRelative: /(?<![\p{L}\p{N}])(?:ce|tout\s+ce)\s+qu(?:e\s+|['’]\s*)$/iu,
  claimNounAfter: /^\s*(?:accusations?|allégations?)(?![\p{L}\p{N}])/iu,
  claimNounBefore: /(?<![\p{L}\p{N}])(?:accusations?|allégations?|affirmations?|informations?)(?:\s+(?:sans\s+fondement|\p{Ll}+))?(?:\s*[»”"])?\s+(?:(?:de|du|des|venues?\s+de)\s+(?:la\s+|l['’]\s*|les\s+)?)?$/iu,
  // « lâcher des bombes », « plaider la cause », « détailler le plan » : devant leur objet, ces verbes ne rapportent rien.
  otherSenseBeforeObject: new Set(formsOf(firstGroup('assur'), irregular('soutient:p soutiennent:p soutenait:i soutenaient:i soutenu:pp soutenir:inf soutenant:g'),
    firstGroup('lâch'), firstGroup('plaid'), firstGroup('détaill'))),
  // Not knowing what or where (« ne pas savoir « ce qu'elles y font » ») commits to nothing either.
  nonCommittal: wordRegex(String.raw`\b(?:ne|n[’'])\s*(?:pas\s+)?sa(?:voir|it|vait|vent|vaient|vons|vions)\s+(?:pas\s+)?(?:exactement\s+)?[«“"]?\s*(?:ce\s+qu|où|pourquoi|qui)\b|\bni\s+(?:confirm|infirm)\p{L}*\s+ni\s+(?:dément|démenti|nie|nié|infirm)\p{L}*|\b(?:confirmer|démentir)\s+ou\s+(?:de\s+)?(?:confirmer|démentir)\b|\b(?:pas|aucun)\s+(?:de\s+)?commentaires?\b`),
  confirmOr: /(?<![\p{L}\p{N}])(?:confirmer|infirmer|démentir|nier)\s+(?:ou|ni)\s+(?:à\s+|de\s+|d['’]\s*)?$/iu,
  otherSenseBefore: /^(?:relev|relèv)\p{L}*\s+(?:[«“"]\s*)?(?:(?:de|du|des)(?![\p{L}\p{N}])|d['’])/iu,
  condemnedAct: wordRegex(String.raw`\b(?:consid[èé]r|jug|estim)\p{L}*\s+(?:comme\s+)?(?:[«“"]\s*)?(?:inhumain|immoral|inacceptable|illégal|impensable)\p{L}*\s+d[e’']|\bconsid[èé]r\p{L}*\s+(?:[\p{L}’'-]+\s+){1,14}?comme\s+(?:[«“"]\s*)?(?:inhumain|immoral|inacceptable|illégal|impensable)`),
  countryNouns: new Set(['pays', 'nation', 'état', 'royaume', 'monarchie', 'république', 'émirat']),
  blocMemberNouns: new Set(['pays', 'nations', 'gouvernements', 'capitales', 'puissances', 'alliés', 'partenaires', 'états']),
  objectClitics: new Set(['l’', "l'", 'le', 'la', 'les']),
  voiceAside: /^,\s*(?:par\s+la\s+voix\s+d(?:e|u|es|['’])|par\s+l['’]\s*intermédiaire\s+d(?:e|u|es|['’])|via)\s*/iu,
  subordinators: new Set(),
  absoluteOpeners: new Set(['avec']),
  infinitiveMarkers: new Set(),
  adverbEnding: /ment$/u,
  sideNouns: new Set(['côté', 'camp']),
  predicateLinks: new Set(['comme']),
  refusals: new Set(formsOf(firstGroup('refus'), firstGroup('gard'))),
  privatives: new Set(['sans']),
  reactionVerbs: new Set(formsOf(firstGroup('critiqu'), firstGroup('salu'), firstGroup('déplor'), firstGroup('fustig'), firstGroup('regrett'),
    firstGroup('protest'), firstGroup('applaud'))),
  urgings: new Set(formsOf(firstGroup('appel'), firstGroup('appell'), firstGroup('exhort'), firstGroup('invit'), firstGroup('incit'), firstGroup('pouss'), firstGroup('encourag'), firstGroup('press'))),
  declinedTail: wordRegex(String.raw`\bet\s+n['’]\s*(?:a|ont|avait|avaient)\s+pas\s+(?:souhaité\s+)?comment\p{L}*|\bet\s+s['’]\s*est\s+refusée?\s+à\s+tout\s+commentaire\b`),
  unconfirmedDetail: wordRegex(String.raw`\b(?:combien|quand|où|quel(?:le)?s?|(?:le|leur)\s+nombre|les\s+(?:chiffres|détails|quantités)|l[’']\s*ampleur|la\s+quantité)\b`),
  nicknameIntro: wordRegex(String.raw`\b(?:dite?s?|surnommée?s?|alias)\b`),
  indirectQuestion: wordRegex(String.raw`\b(?:demand(?:e|es|ent|é|ée|és|ait|aient|ant)|interrog(?:e|ent|é|ée|és|ait|aient|eant))\s+(?:[^,;:.?!]*?\s)?si\s[^,;:]*`),
  reporterAside: wordRegex(String.raw`,\s*[»”"]?\s*sans\s+(?:(?:toutefois|cependant|néanmoins|pourtant|pour\s+autant)\s+)?(?:les?\s+|l[’']\s*)?(?:évoquer|préciser|citer|mentionner|nommer|commenter|expliquer|développer|détailler|confirmer|démentir|(?:donner|fournir|apporter)\s+(?:de\s+|d[’']\s*|la\s+moindre\s+)?(?:détails?|précisions?|preuves?|éléments?))\b`
    // ", une information qui n'a pas pu être vérifiée de source indépendante", ", ce que l'AFP n'a pas pu vérifier".
    + String.raw`|,\s*(?:ce\s+qu(?:i\s+|[e’']\s*)|une?\s+(?:information|affirmation|allégation|assertion|déclaration|bilan|chiffre)\s+qu(?:i\s+|[e’']\s*))[^,.;]{0,40}?\b(?:pas|impossible)\s+(?:\p{L}+\s+){0,3}?(?:vérifi|confirm)\p{L}*`),
  accusationLinks: new Set(['de', 'd’', "d'"]),
  suspicionVerbs: new Set(formsOf(firstGroup('soupçonn'))),
  // « le commandant de l'armée de l'air, X »: the body's head noun comes first, a complement may follow it.
  roleOfBody: /^\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*)(\p{Ll}+)(?:\s+(?:du|des|de\s+la|de\s+l[’']|de)\s*\p{Ll}+)?(?=\s*(?:[,.;:)]|$))/u,
  unnamedCountry: wordRegex(String.raw`^\s+(?:[\p{L}’'-]+\s+){0,3}?d[’']\s*une?\s+(?:[\p{L}-]+\s+){0,2}?(?:pays|État|gouvernement|nation|allié)\b`),
  contrastedParty: /(?:\bet\s+non|\bmais\s+pas|\bet\s+pas|\bnon\s+pas|\bplutôt\s+que)\s+(?:(?:la|le|les)\s+|l['’]\s*|d[e’']\s*)?$/iu,
  transitBefore: /(?:\btransit\p{L}*|\bpass\p{L}*)\s+(?:par|via)\s+(?:(?:la|le|les)\s+|l['’]\s*)?$/iu,
  locationPrepositions: new Set(['en']),
  // « A Kiev, ... » : le À majuscule perd souvent son accent ; le verbe « a » n'ouvre jamais une phrase.
  scenePrepositions: new Set(['à', 'a', 'en', 'au', 'depuis']),
  sceneParticiples: new Set(['s’', "s'", 'exprimant', 'intervenant', 'parlant']),
  speakingWords: new Set(['exprime', 'exprimait', 'exprimant', 'exprimé', 'parle', 'parlait', 'parlant', 'intervenait', 'intervenant', 'intervenu', 'interrogé', 'interrogée', 'interrogés', 'répondait', 'répondant', 'écrit', 'écrivait']),
  falsehoodNouns: new Set(['propagande', 'désinformation', 'intox', 'infox', 'mensonge', 'mensonges', 'manipulation', 'manipulations', 'psychologique']),
  mediaNouns: new Set(['quotidien', 'journal', 'hebdomadaire', 'magazine', 'mensuel', 'agence', 'chaîne', 'télévision', 'radio', 'site', 'média', 'journaux', 'quotidiens', 'médias', 'presse']),
  researchBodyNouns: new Set(['réflexion', 'tank', 'think-tank', 'institut', 'ong', 'organisation', 'observatoire']),
  passiveAuxiliaries: new Set(['été', 'être', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient', 'fut', 'furent']),
  trainedParticiples: new Set(['formé', 'formée', 'formés', 'formées', 'entraîné', 'entraînée', 'entraînés', 'entraînées', 'entrainé', 'entrainée', 'entrainés', 'entrainées']),
  mediaSpeakers: /m[ée]dia|presse/iu,
  subjectCoordination: /^\s*,?\s*(?:et|ainsi que)\s*(?:(?:la|le|les)\s+|l['’]\s*)?$/iu,
  predicateContrasts: new Set(['mais']),
  resumingPronouns: new Set(['il', 'elle', 'ils', 'elles']),
  ownerListJoin: /^\s*(?:,\s*(?:(?:et|ainsi\s+que)\s+)?|(?:et|ainsi\s+que)\s+)(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)?$/iu,
  listSeparator: /^\s*,\s*(?:(?:la|le|les)\s+|l['’]\s*)?$/iu,
  // "l'ambassadeur russe en France, Alexeï Petrov": a posting may stand between the role and the name.
  indefiniteApposition: /^,\s+une?\s+$/u,
  // « le porte-parole de la diplomatie, X »: a body named in common nouns may close the role before the comma.
  appositionLink: /^(?:\s+(?:à|en|au|aux)\s+(?:l[’']|la\s+|le\s+|les\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|\s+(?:de\s+la\s+|de\s+l[’']|du\s+|des\s+)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?=\s*,))?[\s,]*(?:[Ll]e |[Ll]a |[Ll][’'])?$/u,
  researchBody: wordRegex(String.raw`\b(?:fondation|institut|think[\s-]+tank|université|laboratoire|observatoire|centre\s+(?:d[’']\s*études|de\s+recherche))\b`),
  portfolioLink: /^\s+(?:chargée?\s+)?(?:de\s+la|de\s+l[’']|des|du|de|d[’']|pour\s+(?:les?|la|l[’'])?)\s*$/iu,
  accordingTo: wordRegex(String.raw`\b(?:selon|d[’']\s*après|de l[’']\s*avis d[e’']|à\s+en\s+croire|aux\s+dires\s+d[e’'](?:s\s+)?)\s*`),
  viewpoint: /^\s*(?:pour\s+|aux\s+yeux\s+(?:de\s+|d[’']\s*|du\s+|des\s+))/iu,
  // « des insinuations de la presse occidentale affirmant que » : un participe peut introduire la proposition.
  nominalReport: wordRegex(String.raw`\b(?:allégations?|accusations?|affirmations?|informations?|rapports?|soupçons?|craintes?|inquiétudes?|avertissements?|mises?\s+en\s+garde|preuves?|indications?|signes?|insinuations?|rumeurs?|articles?)(?:\s+(?:de\s+|d[’']\s*)?[\p{L}-]+){0,6}?${APPOSITION}\s+(?:selon\s+(?:lesquel(?:le)?s|lequel|laquelle)\b|(?:affirmant|assurant|prétendant|suggérant)\s+qu(?:e\b|['’]))`),
  evidencePresentingVerbs: new Set(formsOf(firstGroup('présent'), secondGroup('fourn'), firstGroup('apport'), firstGroup('donn'), firstGroup('avanc'), firstGroup('montr'),
    firstGroup('cit'), firstGroup('publi'), irregular('produit:p produisent:p produisait:i produit:pp produire:inf produisant:g'))),
  noEvidence: wordRegex(String.raw`\bn[’']\s*(?:a|ont|avait|avaient|avons)\s+(?:pas|toujours\s+pas)\s+(?:encore\s+)?(?:confirmé|vérifié|corroboré)\b|\btrop\s+tôt\s+pour\s+(?:le\s+)?(?:dire|savoir|confirmer|affirmer)\b|\b(?:aucune?s?|nulle?|pas\s+(?:${FOR_NOW}\s+)?(?:(?:avoir\s+(?:vu|eu|trouvé|constaté)|avoir|eu|disposer)\s+)?(?:de|d[’']|la|les)|sans)\s*(?:\p{L}+\s+)?(?:preuves?|indications?|signes?|informations?|éléments?|confirmations?|traces?|renseignements?)\b|\bn[’']\s*(?:a|ont|avons|avait|avaient|avions|avoir)\s+(?:\p{L}+\s+){0,2}?vu\s+(?:aucune?(?![\p{L}\p{N}])|d[e’'])(?!\s*(?:raisons?|nécessité|besoin|intérêt|motifs?|utilité|changement)\b)|\b(?:ne\s+(?:peu(?:t|x|vent)|pouv(?:ons|ez|ait|aient|ions))|ne\s+pas\s+(?:encore\s+)?pouvoir|sans\s+(?:pouvoir|être\s+en\s+mesure\s+de)|pas\s+(?:${FOR_NOW}\s+)?(?:être\s+|été\s+)?en\s+mesure\s+de|pas\s+(?:encore\s+)?pu)\s+(?:pas\s+)?(?:encore\s+)?(?:l[’']\s*|les?\s+)?(?:confirmer|corroborer|vérifier|établir)\b|\b(?:rien\s+|aucune?\s+(?:\p{L}+\s+){1,3}?)ne\s+(?:prouve|permet|indique|montre|démontre|établit)\b|\bpas\s+(?:être\s+|été\s+)?au\s+courant\b|\b(?:pas\s+(?:avoir\s+|eu\s+)?|aucune\s+)connaissance\b`),
  // « disposait de « preuves crédibles » » : « de », et des guillemets, peuvent précéder le nom.
  evidenceFrame: wordRegex(String.raw`\b(?:a|ont|avons|avait|avaient|avions|avoir|disposer|posséder|disposent|dispose|disposons|disposait|disposaient|disposions|possède|possèdent|possédons|détenir|détient|détiennent|détenons|détenait|détenaient)\s+(?:(?:vu|constaté|observé|relevé)\s+)?(?:d[’']\s*|des\s+|de\s+)(?:[«“"]\s*)?(?:preuves?|informations?|indications?|renseignements?|éléments?|signes)\b`),
  // "très probablement", "hautement probable": an assessment, which asserts.
  evidenceChallenge: wordRegex(String.raw`^\s*(?:et\s+|mais\s+)?(?:s[’']\s*(?:ils?|elles?|on)|si\s+(?:\p{L}+['’]?\s*){1,3}?)\s+(?:ont|a|avaient|avait|disposent|dispose)\s+(?:de\s+|d[’']\s*)?(?:des\s+|la\s+|les\s+)?(?:preuves?|documents?|éléments?)(?![\p{L}\p{N}])[^.?!]*?\b(?:montr|présent|fourni|produi|publi|apport)\p{L}*`),
  speculation: wordRegex(String.raw`\b(?:est|sont|était|étaient|serait|seraient|semblent|semble|paraît|paraissent)\s+(?:[«“"]\s*)?(?:(?!(?:très|hautement)\s+probables?)(?:tout\s+à\s+fait|\p{L}+)\s+)?(?:[«“"]\s*)?(?:plausibles?|possibles?|vraisemblables?|probables?)\b|\b(?<!(?:très|hautement)\s+)probables?\b|\b(?:pourr(?:ait|aient|a|ont)|aur(?:ait|aient)\s+pu|puisse(?:nt)?|peut[- ]être|potentiellement|possiblement|éventuellement|(?<!(?:très|fort|hautement)\s+)probablement|sans\s+doute|risqu\p{L}*\s+de|susceptibles?\s+de|inquiétudes?|inquiète?s?|inquiets?|craint\p{L}*|craign\p{L}*|possibilité|hypothèse|préoccupée?s?|préoccupations?)\b|\brien\s+n[e’']\s*(?:\p{L}+\s+){0,2}?exclu`
    // Une hypothèse n'engage à rien : « tout déploiement serait conforme au droit », « toute livraison de missiles
    // constituerait une escalade », « une telle livraison constituerait », « si tel était le cas »,
    // « si de tels déploiements existaient » (si + imparfait ; « même si » concède, il ne suppose pas).
    + String.raw`|\b(?:toute?|une?\s+tel(?:le)?|de\s+tel(?:le)?s)\s+\p{L}+\s+(?:\p{L}+[’']?\s*){0,6}?\p{L}+rai(?:t|ent)\b|\bsi\s+tel\s+(?:est|était)\s+le\s+cas\b`
    + String.raw`|(?<!\bmême\s+)\b(?:si\s+|s[’'](?=ils?\b))(?:\p{L}+[’']?\s*){0,5}?\p{L}+(?:ait|aient)\b`),
  // "ne livre pas seulement des drones": a scalar "pas seulement" adds, it does not deny; so does « ne se contente pas
  // de livrer », « ne se limite pas à ».
  // « aucun » may come after the object and its preposition: « ne fournissait d'armes à aucune des parties »;
  // « pas un seul » before the verb: « « pas un seul militaire nord-coréen » ne se trouvait en Russie »; « s'est
  // toujours abstenu de livrer » does not deliver either; « ne confirme ni ne dément » denies nothing.
  negation: wordRegex(String.raw`\b(?:ne|n[’'])\s*(?:\p{L}+[’']?\s*){0,3}?(?:[«“‹"]\s*)?(?:(?<!\b(?:content|born|limit)\p{L}*\s+)pas(?!\s+(?:seulement|uniquement|simplement|sans)\b)|jamais|plus(?!\s+(?:seulement|uniquement|simplement)\b)|aucune?|nullement|point|rien|ni)\b|\b(?:ne|n[’'])\s*(?:\p{L}+[’']?\s*(?:[«“‹"]\s*)?){0,5}?aucune?\b|\bjamais\b|\bnullement\b|\bni\s+(?:ne\b|n[’'])|\bs[’']\s*(?:(?:être|était|étaient|est|sont)\s+)?(?:toujours\s+|\p{L}+ment\s+)?abst\p{L}+\s+d[e’']|\b(?:aucune?|personne|rien|nul(?:le)?|pas\s+une?\s+seule?)\s+(?:[\p{L}-]+\s+|[»”"]\s*){0,4}?(?:ne\b|n[’'])`),
  negatedDoubt: wordRegex(String.raw`\b(?:aucune?|pas\s+(?:de|d[’'])|sans\s+(?:le\s+moindre|aucun)|nul|plus)\s+(?:\p{L}+\s+){0,2}?dout\p{L}*|\bne\s+(?:\p{L}+\s+)?dout\p{L}*\s+pas\b|\bn['’]\s*(?:est|était|serait)\s+pas\s+(?:très\s+|vraiment\s+)?(?:surprenant|étonnant)\b|\b(?:pas|guère)\s+(?:une\s+)?surprise\b|\brien\s+d['’]\s*(?:surprenant|étonnant)\b`),
  negatedApproval: wordRegex(String.raw`\bn[’']\s*(?:est|sont|était|étaient)\s+pas\s+(?:\p{L}+ment\s+)?(?:acceptables?|tolérables?|normale?s?|normaux|admissibles?|justifiables?)\b|\bne\s+(?:peut|peuvent|saurait|sauraient)\s+(?:pas\s+|être\s+)?(?:être\s+)?(?:acceptée?s?|tolérée?s?|justifiée?s?)\b`),
  negatedCessation: wordRegex(String.raw`\bn[’']\s*(?:\p{L}+\s+)?(?:jamais|pas)\s+(?:cessé|arrêté)\s+d[e’']|\bne\s+(?:cess|s[’']\s*arrêt)\p{L}*\s+(?:pas|jamais)\s+d[e’']`),
  // Only negated: « la Russie doit recevoir les drones en juin » says what is planned, « devrait » hedges.
  demand: wordRegex(String.raw`(?:\bne\s+(?:doi[st]|doivent|devons|devez|devrai[st]|devraient|devrions|faut|faudrait)\s+(?:pas|jamais|plus)\b|\bne\s+(?:doit|doivent|devrait|devraient)\s+y\s+avoir\s+aucune?\b|\bil\s+ne\s+(?:faut|faudrait)\s+(?:pas|plus|aucune?)\b(?:\s+qu(?:e|[’']))?(?:\s*[\p{L}’'-]+){0,4})(?:\s+[\p{L}’'-]+){0,3}\s*$`),
  negatedAlternative: wordRegex(String.raw`^,\s*(?:et\s+)?(?:non|pas)\s+(?:une?\s+|des\s+|les?\s+|la\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[.!?»”"]*\s*$`),
  contrastNegation: wordRegex(String.raw`,?\s*\bmais\s+(?:pas|jamais|plus|aucune?|non)\b`),
  condemnedClaim: wordRegex(String.raw`^\s*(?:(?:les|des|ces|ses|leurs|cette|une?|de\s+telles?|d[’'])\s*)?[«"“]?\s*(?:\p{L}+\s+)?[«"“]?\s*(?:accusations?|allégations?|affirmations?|informations?|rapports?|rumeurs?|spéculations?|assertions?|calomnies?|mensonges?|campagnes?\s+de\s+(?:diffamation|dénigrement|désinformation|calomnies?|propagande|mensonges?))\b`
    // « Ceux qui affirment le contraire doivent le prouver » : ceux qui portent les accusations, jugés.
    + String.raw`|^\s*(?:(?:tous|toutes)\s+)?(?:ceux\s+qui|celles\s+qui|quiconque)\s+(?:affirm|prétend|di[st]|accus|suggèr|assur|parl)\p{L}*`),
  // An aside may stand before « contre » (« a mis en garde l'Iran, jeudi, contre »).
  warnedAgainst: wordRegex(String.raw`\bm(?:is|et|ettent|ettait|ettaient|ettre)\s+en\s+garde\s+(?:(?!qu)[\p{L}’'-]*,?\s+){0,12}?contre\b`),
  // « une campagne de diffamation » orchestrée par Washington » : qui l'orchestre n'y prend pas part.
  verdictOpening: /(?:de\b|d[’']|comme\b|,|(?:est|sont|était|étaient|serait|seraient|relèvent|relève|relevaient|relevait)\b|(?:\p{L}+\s*)?[»”"]?\s*\p{L}+ée?s?\s+par\b)/iu,
  anaphoricClaim: wordRegex(String.raw`\b(?:ces|ses|leurs|les|cette|de\s+telles?)\s+(?:\p{L}+\s+)?(?:affirmations?|allégations?|accusations?|informations?|déclarations?|rapports?|spéculations?|rumeurs?|assertions?|préparatifs|preuves)\b|\bune?\s+[«"“]?\s*campagnes?\s+de\s+(?:diffamation|dénigrement|désinformation|calomnies?|propagande|mensonges?)\b|\b(?:son|leur)\s+implication\b|^\s*(?:(?:\p{L}+\s+)?(?:a|ont|avons|avait|avaient|dispose|disposent|disposons|détient|détiennent)|avoir|disposer|détenir)\s+(?:de\s+|d[’']|des\s+)?(?:\p{L}+\s+)?preuves?(?:\s+(?:solides|claires|irréfutables|tangibles|concrètes|formelles|manifestes))?\s*$|\bcelles?-ci\b(?=\s+(?:ne|n['’]|est|sont|était|étaient|relève\p{L}*)\b)`),
  pronouns: new Map([['il', 'm'], ['elle', 'f'], ['ils', 'any'], ['elles', 'f'], ['lui', 'm'], ['eux', 'any'], ['celui-ci', 'm'], ['celle-ci', 'f']] as const),
  // "il", "elle" stand for things too ("le ministère ... Il a ajouté"): pronounAntecedent handles them.
  neuterPronouns: new Set(),
  firstPersonPlural: new Set(['nous']),
  firstPersonPossessives: new Set(['notre', 'nos']),
  // A title, or two names: "LE PORTE-PAROLE :" alone names a role, not a person.
  speakerLabel: /^(?:(?:M|MM|MME|Mme)\.?\s+|(?:LE\s+|LA\s+)?(?:PRÉSIDENT|PRÉSIDENTE|MINISTRE|AMBASSADEUR|AMBASSADRICE|GÉNÉRAL)\s+)(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s?:\s|^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2})\s?:\s|^(?!(?:Le|La|Les|Un|Une|Des)\s)(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})\s:\s|^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2})\.\s[-–—]\s/u,
  answerLabel: /^(?:R|RÉPONSE|Réponse)\s?[:.-]\s/u,
  publicationLabel: /^(?:Le|La|Les|L['’])\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s?:\s/u,
  questionLabel: /^(?:Q|QUESTION|Question|JOURNALISTE|Journaliste)\s?[:.-]\s/u,
  unsignedStatementTitle: /^\s*(?:communiqué|déclaration)(?:\s+de\s+presse)?\s*(?:[:–—-]|$)/iu,
  statementTitle: /^\s*(?:[^:–—\n]{1,80}?\s[:–—]\s+|[^:–—\n]{1,80}?:\s+)?(?:communiqué|déclaration|commentaire|point\s+de\s+presse|conférence\s+de\s+presse)\s+(?:conjointe?\s+)?(?:de\s+presse\s+)?(?:de\s+la|de\s+l['’]|du|des|de)\s*(?<issuer>[^,:;]+?)(?:\s+(?:sur|concernant|relatif|relative|à\s+propos|au\s+sujet|après|suite)\s|\s*[:,–—-]\s|\s*$)/iu,
  interviewMarker: /(?<![\p{L}\p{N}])(?:entretien|interview|propos\s+recueillis|répond\s+à\s+nos\s+questions)(?![\p{L}\p{N}])/iu,
  notSpeakerLabels: new Set(['note', 'mise à jour', 'correction', 'direct', 'en direct', 'lire aussi', 'à lire aussi', 'photo', 'vidéo', 'source']),
  conditional: wordRegex(String.raw`^\s*(?:si|s[’'](?=ils?\b)|à\s+moins\s+que)`),
  citedReports: wordRegex(String.raw`\b(?:évoqu\p{L}*|cit(?:e|ent|é|ait|aient)|mentionn\p{L}*|relay\p{L}*|fai(?:t|sait)\s+référence\s+(?:à|aux)|fait\s+référence\s+(?:à|aux))\s+(?:(?:cette|la|ce)\s+(?:semaine|veille|matin|mois)\s+|(?:${WEEKDAYS}|hier)\s+)?(?:(?:des|les|ces|de\s+nouvelles|l[’'])\s*)?$`),
  concernOver: wordRegex(String.raw`\b(?:préoccupations?|inquiétudes?|alarme)\s+(?:\p{L}+\s+){0,2}?(?:face\s+(?:aux?|à\s+l[’']|à\s+la)|devant\s+(?:les|l[’']|la)|quant\s+aux?|concernant\s+les|au\s+sujet\s+des?|sur\s+les)\s*$`),
  voicedConcern: wordRegex(String.raw`\b(?:exprim|répét|réitér)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:craintes?|inquiétudes?)\s+selon\s+(?:lesquel(?:le)?s|lequel|laquelle)$`),
  onBehalfOf: wordRegex(String.raw`\b(?:au\s+nom|de\s+la\s+part)\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*$`),
  ownCountry: wordRegex(String.raw`\b(?:son|leur|notre)\s+pays\b|(?:^\W*|\bqu(?:e\s+|[’']\s*))nous\s+(?:(?:n[’']|ne|avons|avions|allons|pas|jamais|aucun\p{L}*|plus)\s*)*(?:(?:sommes|étions|venons)\s+(?:(?:venus|ici|là)\s+)*pour\s+)?$`),
  additive: wordRegex(String.raw`\b(?:aussi|également|à\s+(?:son|leur)\s+tour|de\s+même)\b`),
  ownMeans: wordRegex(String.raw`\b(?:sur|avec|par|grâce\s+à)\s+(?:nos|ses|leurs)\s+(?:propres\s+)?(?:ressources|fonds|moyens|deniers|revenus|réserves)(?:\s+propres)?\b`),
  indefiniteRecipients: wordRegex(String.raw`\bà\s+(?:des|d['’]\s*autres|plusieurs|divers|diverses|certains|certaines)\s+(?:[«“"]\s*)?(?:groupes|milices|factions|rebelles|insurgés|supplétifs|combattants|organisations|mouvements|acteurs|clients|acheteurs|partenaires|régimes)\b`),
  ownSoil: wordRegex(String.raw`\b(?:dans|vers)\s+(?:le|ce|notre|leur|son)\s+pays\b|\bsur\s+(?:son|notre|leur)\s+(?:propre\s+)?(?:sol|territoire)\b`),
  // « Nous avons vu ces informations, mais nous n'avons rien à ajouter » : la dernière proposition retire le reste.
  // Refuser de spéculer ou d'entrer dans les détails ne dit rien non plus (« je ne vais pas spéculer »).
  declinedComment: wordRegex(String.raw`^(?:.*,\s*mais\s+)?\s*(?:\p{L}+\s+){0,2}?(?:ne\s+(?:\p{L}+\s+)?(?:comment|spécul)\p{L}*\s+(?:pas|jamais|rien)|ne\s+(?:\p{L}+\s+)?(?:pas|jamais)\s+(?:commenter|spéculer|entrer\s+dans\s+(?:les|le)\s+(?:détails?|jeu))|n[’']\s*(?:entr\p{L}*)\s+pas\s+dans\s+(?:les|le)\s+(?:détails?|jeu)|ne\s+pas\s+(?:vouloir\s+)?(?:commenter|spéculer)|n[’']\s*(?:ai|a|avons|ont|avait|avaient)\s+(?:[«“"]\s*)?rien\s+à\s+(?:ajouter|dire|annoncer|communiquer|partager)|(?:pas\s+de|aucun|sans)\s+commentaires?)(?![\p{L}\p{N}])[^,;:]*$`),
  actVerdict: wordRegex(String.raw`\bprovocations?\b`),
  spreadsFalsehood: wordRegex(String.raw`\b(?:propag|diffus|répand|colport|relai|relay)\p{L}*\s+(?:[«“"]\s*)?(?:des|de\s+la|de|d['’])\s*(?:\p{L}+\s+)?(?:rumeurs|mensonges|fausses\s+(?:informations|nouvelles)|désinformation|propagande|infox)\b`),
  calledFalse: wordRegex(String.raw`\b(?:est|sont|était|étaient)\s+(?:\p{L}+\s+){0,2}?(?:[«“"]\s*)?(?:(?:de\s+la\s+)?(?:pure|vile|grossière|simple)\s+)?(?:fausses?|faux|infondée?s?|erronée?s?|inexacte?s?|mensong\p{L}*|absurdes?|ridicules?|inventée?s?|${FABRICATED}|biaisée?s?|partiale?s?|partiaux|politisée?s?|sans\s+fondement|dénuée?s?\s+de\s+(?:tout\s+)?fondement|(?:une?\s+)?(?:provocation|désinformation|manipulation|calomnie|canular|fiction|campagne\s+de\s+(?:dénigrement|diffamation|désinformation))|(?:des\s+)?(?:fantasmes|(?:af)?fabulations|élucubrations|inventions|rumeurs|canulars)|(?:une?\s+|des\s+)?théories?\s+(?:du\s+complot|complotistes?)|(?:de\s+la\s+)?propagande)\b|\bs[’']\s*agi(?:t|ssait|ssaient|ra)\s+(?:[«“"]\s*)?d(?:e\s+|[’']\s*)(?:[«“"]\s*)?(?:une?\s+)?(?:(?:pure|simple|grossière)s?\s+)?(?:canulars?|mensonges?|provocations?|inventions?|fabrications?|manipulations?|rumeurs?|fausses?\s+nouvelles?|fake\s+news|opération\s+de\s+désinformation)\b|\bn[’']\s*(?:a|ont|avait|avaient)\s+(?:[«“"]\s*)?aucun\s+fondement\b|\bne\s+repos\p{L}*\s+sur\s+(?:aucun\s+(?:fondement|élément)|rien)\b|\baucune\s+vérité\b|\bloin\s+de\s+la\s+vérité\b|\bcontes?\s+(?:de\s+fées?|à\s+dormir\s+debout)\b|\brepos\p{L}*\s+sur\s+(?:des|de)\s+(?:[«“"]\s*)?(?:renseignements|informations|données|éléments|preuves)\s+(?:erronée?s?|fausse?s?|faux|fabriquée?s?|falsifiée?s?|inexacte?s?)\b`
    + String.raw`|\b(?:relèvent|relève|font\s+partie|fait\s+partie|s['’]\s*inscri(?:vent|t))\s+(?:d['’]\s*|dans\s+|de\s+)(?:une|la)\s+(?:[«“"]\s*)?(?:\p{L}+\s+){0,2}?(?:[«“"]\s*)?(?:campagne\s+de\s+(?:désinformation|propagande|calomnies?|dénigrement)|guerre\s+psychologique)\b`
    // Un verdict sans verbe : « Encore une fausse nouvelle », « Pure invention ».
    + String.raw`|^\s*(?:encore\s+)?(?:une?\s+)?(?:(?:nouvelle|autre|pure|simple)\s+)?(?:fausse\s+nouvelle|mensonges?|canular|fake\s+news|infox|invention|affabulations?|propagande)\b`),
  notCredible: wordRegex(String.raw`\b(?:ne\s+|n[’']\s*)?(?:est|sont|était|étaient)\s+(?:pas|guère|nullement|en\s+rien)\s+crédibles?\b`),
  denialNouns: wordRegex(String.raw`\b(?:dénégations?|démentis?)\b`),
  liarVerdict: wordRegex(String.raw`\b(?:mensong\p{L}*|ment|mentent|mentait|mentaient|menti|mentir|menteurs?|menteuses?)\b|\bne\s+(?:dit|disent|disait|disaient)\s+pas\s+(?:toute\s+)?la\s+vérité\b|\bn['’]\s*(?:a|ont|avait|avaient)\s+pas\s+dit\s+(?:toute\s+)?la\s+vérité\b|\b(?:dénégations?|démentis?)\s[^.]{0,40}?\bpas\s+crédibles?\b`),
  notFalse: wordRegex(String.raw`\b(?:ne|n[’'])\s*(?:est|sont|était|étaient)\s+(?:pas|nullement|en\s+rien)\s+(?:[«“"]\s*)?(?:des\s+|une?\s+|de\s+la\s+|du\s+)?(?:faux|fausses?|biaisée?s?|partiale?s?|partiaux|politisée?s?|mensonges?|rumeurs?|propagande|inventions?|fantasmes|spéculations?)\b`),
  speakerPronounSubject: wordRegex(String.raw`^\s*(?:il|elle|ils|elles|son|sa|ses|leurs?)\b`),
  groupSpeakers: wordRegex(String.raw`\b(?:(?:les|des|certains|plusieurs|de\s+hauts)\s+)?(?:responsables|officiels|dirigeants|autorités|diplomates|médias|sources|experts|analystes|militaires|personnes|(?:informations|articles)\s+de\s+(?:la\s+)?presse)\b`),
  officialGroups: new Set(['responsables', 'officiels', 'dirigeants', 'autorités', 'militaires']),
  // « les deux pays », et « tous deux » ou « les deux » seuls comme sujet (« Tous deux ont démenti »).
  countryGroup: wordRegex(String.raw`\b(?:les|ces|des)\s+(?<count>deux|trois|quatre)\s+(?:pays|nations|gouvernements|capitales|parties|camps|États)\b|\b(?:tous|les)\s+(?<pair>deux)\s*$`),
  groupSizes: new Map([['deux', 2], ['trois', 3], ['quatre', 4]]),
  // An adverb inside a verb group ("auraient pourtant quitté") breaks nothing; after a comma it opens a clause.
  clauseBreaks: wordRegex(String.raw`,?\s*\b(?:mais(?!\s+aussi\b|\s+également\b)|alors\s+que|tandis\s+que|bien\s+que|car|puisque|même\s+si)\b|(?<=,\s*)\bet\s+(?=(?:nous|ils|elles|il|elle|je)\b)|[,;]\s*(?:cependant|pourtant)\b|,\s*tout\s+en\b|,\s*(?:invoquant|arguant\s+d|qualifiant|dénonçant|fustigeant|jugeant)\b|,\s*(?:(?:répondant|réagissant)\s+(?:à|aux|au)|en\s+(?:réponse|réaction)\s+(?:à|aux|au))\b|,\s*(?:(?:un|une|deux|trois|quelques|plusieurs|jours?|semaines?|mois|heures?|peu|juste)\s+){0,2}(?:après|avant|lors\s+d|pendant|durant|au\s+cours\s+d|à\s+la\s+suite\s+d|suite\s+à|au\s+lendemain\s+d|à\s+la\s+veille\s+d|en\s+pleine|sur\s+fond\s+d)\b`),
  events: eventTable(EVENTS, EVENT_NOUNS, AGENT_NOUNS),
  eventPhrases: [
    // « des obus fabriqués en Serbie ont fini en Ukraine » : où finissent les armes, c'est qui les a reçues.
    // « des instructeurs militaires russes sont arrivés à Niamey », « les premières ogives sont arrivées en Biélorussie »:
    // people or items arriving somewhere are deployed or delivered there (not « le ministre est arrivé à Moscou »).
    // « l'Iran a armé les Houthis » : after an auxiliary (and an adverb), « armé » is the verb, not the adjective of « groupe
    // armé » (nor the noun of « a une armée »).
    // The auxiliary is checked behind the word, so that scans can skip ahead to « arm » (lang/regex.ts).
    { pattern: wordRegex(String.raw`\barmée?s?(?<=\b(?:a|ont|avait|avaient|avoir|aurait|auraient|aura|auront|ayant)\s+(?:(?:déjà|aussi|également|encore|toujours|jamais|pas|plus|bien|\p{L}+ment)\s+)?armée?s?)\b`), role: 'give', item: 'weapons' },
    { pattern: wordRegex(String.raw`\barriv(?:é|ée|és|ées|e|ent|ait|aient|era|eront|er)(?<=\b(?:${ARRIVING})\s+(?:\p{L}+['’]?\s*){0,4}arriv\p{L}*)\s+(?:à|au|aux|en)\b`), role: 'give' },
    { pattern: wordRegex(String.raw`\b(?:fini[rst]?|finissai(?:t|ent)|finissent|finiss\p{L}*|se\s+retrouv\p{L}*|atterri\p{L}*)\s+(?:en|au|aux|entre\s+les\s+mains\s+d[e’']|chez)\b`), role: 'give' },
    { pattern: wordRegex(String.raw`\b(?:se|s[’'])\s*(?:tourn\p{L}*|tourner)\s+vers\b|\b(?:s[’']\s*est|se\s+sont)\s+tournée?s?\s+vers\b`), role: 'get', mode: 'sought' },
    { pattern: wordRegex(String.raw`\bà\s+la\s+recherche\s+d[e’']?`), role: 'get', mode: 'sought' },
    // "l'intérêt russe pour les drones": interest in something, not « avoir tout intérêt à » (to stand to gain).
    { pattern: wordRegex(String.raw`\b${INTEREST_IN}`), role: 'get', mode: 'sought' },
    // « aidé la Corée du Nord à développer son programme de missiles », « aide Pyongyang en matière de technologie
    // spatiale » : un savoir-faire passe, quoi que le programme fabrique.
    { pattern: wordRegex(String.raw`\baid\p{L}*(?=\s+(?:\p{L}+['’]?\s*){1,4}?(?:à\s+(?:développer|améliorer|moderniser|perfectionner|renforcer|reconstituer|reconstruire|relancer|restaurer)\s+(?:son|sa|ses|leurs?)\s+(?:\p{L}+\s+){0,3}?(?:programmes?|capacités|industrie)|(?:avec|en\s+matière\s+de|dans\s+le\s+domaine\s+de)\s+(?:(?:sa|la|leur)\s+)?(?:technologies?|savoir-faire|expertise))\b)`), role: 'give', item: 'technology' },
    { pattern: wordRegex(String.raw`\bchaînes?\s+de\s+(?:montage|production)\b|\blignes?\s+(?:commune\s+)?de\s+production\b`), role: 'produce' },
    { pattern: wordRegex(String.raw`\b(?:s[’']\s*|se\s+)entraîn\p{L}*|\b(?:s[’']\s*|se\s+)entrain\p{L}*|\b(?:suiv\p{L}*|suivi|reçu|reçoi\p{L}*|recev\p{L}*)\s+(?:\p{L}+\s+)?(?:une\s+|des\s+|la\s+|leur\s+)?formations?\b`), role: 'trainee' },
    { pattern: wordRegex(String.raw`\b(?:se|s[’'])\s*(?:procur\p{L}*)\b`), role: 'get' },
    // « des accords d'armement avec Moscou », « le commerce d'armes » : échanger des armes, c'est en fournir.
    { pattern: wordRegex(String.raw`\b(?:commerce|accords?|contrats?|transactions?)\s+d['’]\s*(?:armes|armement|munitions)\b`), role: 'give', noun: true },
    // « ne dépend pas de fournisseurs étrangers », « dépend des drones iraniens » : qui dépend de fournisseurs ou d'armes reçoit
    // (pas « l'issue dépend de Washington »).
    {
      pattern: wordRegex(String.raw`\bdépend(?:re|s|ait|aient|ant|ent|ra|ront|rait|raient|ance|ante?s?)?\s+(?:\p{L}+\s+)?(?:de|des|du|d[’'])(?=\s*(?:[\p{L}’'-]+\s+){0,3}?(?:fournisseurs?|fournitures|approvisionnements?|importations|livraisons|armes|armements|drones|missiles|obus|munitions|composants|pièces|équipements?|matériels?|technologies?|puces|moteurs)\b)`),
      role: 'get',
    },
    // « faire passer des roquettes au Hezbollah », « fait parvenir des armes à » : ce qu'on fait arriver chez quelqu'un lui est livré.
    { pattern: wordRegex(String.raw`\b(?:faire|fait|font|faisait|faisaient|faisant|fera|feront|ferait|feraient)\s+(?:passer|parvenir|transiter)\b`), role: 'give' },
    // « des soldats qui combattent aux côtés des forces russes », « dans les rangs de l'armée ukrainienne » : servir dans
    // l'armée d'un autre, c'est y être déployé.
    { pattern: wordRegex(String.raw`\b(?:combat|battent|battu|bat|serv)\p{L}*\s+(?:(?:aux|au)\s+côtés?|dans\s+les\s+rangs)\b`), role: 'deploy', item: 'personnel' },
    // « des militaires iraniens sont présents en Crimée », « se trouvent sur le terrain » : des gens placés à l'étranger y sont déployés.
    // « se trouvent en Crimée » says as much without an adjective.
    { pattern: wordRegex(String.raw`\b(?:(?:sont|étaient|est|était|seraient|serait|restent|(?:se\s+)?trouv(?:ent|aient|ait|e))(?<=${PRESENT_PEOPLE})\s+(?:déjà\s+|toujours\s+|actuellement\s+)?(?:présente?s?|stationnée?s?|sur\s+le\s+terrain)|se\s+trouv(?:ent|aient|ait|e|eraient|erait)(?<=${PRESENT_PEOPLE})(?:\s+(?:déjà|toujours|actuellement))?)\s+(?:en|au|aux|à|dans|sur)\b`), role: 'deploy', item: 'personnel' },
    // « Moscou renforce sa présence militaire au Niger » : une présence accrue à l'étranger, ce sont des gens qui y sont déployés.
    { pattern: wordRegex(String.raw`\b(?:renforc|accr|étend|établi|install|augment|consolid)\p{L}*\s+(?:sa|leur|une|la)\s+présence\s+militaire\s+(?:\p{L}+\s+)?(?:en|au|aux|à|dans)\b`), role: 'deploy', item: 'personnel' },
    // "former" alone is too ambiguous ("former une coalition"); with trainees as its object it is training.
    // The trainees may be counted: "a formé plus de 10 000 soldats", "des milliers de pilotes".
    // « former » avant des militaires : le verbe seul est l'événement, les militaires en sont l'objet.
    { pattern: wordRegex(String.raw`\b(?:${formsOf(firstGroup('form')).join('|')})(?=\s+(?:(?:des|les|ses|leurs|quelques|plusieurs|de|d[’']|la|l[’'])\s*|${TRAINEE_COUNT})(?:\p{L}+\s+)?(?:militaires|soldats|pilotes|opérateurs|techniciens|officiers|troupes|personnels?|instructeurs|recrues|spécialistes|artilleurs|combattants|armées?|forces|équipages)\b)`), role: 'train' },
  ],
  // « pourrait entraîner de nouvelles sanctions »: to bring about, not to train.
  notEvents: wordRegex(String.raw`\bentra[îi]n\p{L}*\s+(?:(?:de\s+nouvelles|de\s+nouveaux|des|une?|la|les|d[’'])\s*)?(?:\p{L}+\s+)?(?:sanctions?|conséquences?|escalade|hausse|baisse|réactions?|représailles|tensions?|crises?|changements?|riposte|morts?|pertes?|victimes?|destructions?)\b|\b(?:sont|est|étaient|était)\s+(?:[«“"]\s*)?${FABRICATED}|\b(?:une?|nouvelle|pure|simple|grossière)\s+(?:[«“"]\s*)?fabrication(?![\p{L}\p{N}])(?!\s*[»”"]?\s*(?:de|d[’']|des|du)(?![\p{L}\p{N}]))|\bd[e’']\s*(?:[«“"]\s*)?(?:(?:pure|simple|grossière|nouvelle)\s+)?fabrication\s*(?=[»”".,;!?]|$)|\b(?:chaînes?|lignes?|routes?|voies?|corridors?|réseaux?|circuits?|contrôles?|restrictions?|licences?)\s+d[’']\s*(?:approvisionnement|exportation|importation|acheminement|ravitaillement)\b|\b(?:re[çc]u(?:e|s|es)?|re[çc]oi(?:t|vent)|recevoir|envoy(?:é|ée|és|ées|er)|envoie(?:nt)?|adress(?:é|ée|és|ées|er)|fourni(?:s|t|r|ssent)?|transmi(?:s|t|se|ses)|transmettre|(?:faire|fait|font|faisait|faisaient|faisant|fera|feront|ferait|feraient)\s+(?:passer|parvenir|transiter))\s+(?:(?:au|aux|à)\s+(?:\p{L}+['’]?\s*){1,4}?)?(?:(?:une?|des|les|la|le|l[’']|plusieurs|deux)\s*)?(?:lettres?|courriers?|messages?|notes?|demandes?|plaintes?|informations?|assurances?|explications?|preuves?|détails|précisions|garanties|signal|signaux|avertissements?|invitations?)\b|\b(?:envo\p{L}*|fourn\p{L}*|livr\p{L}*|achemin\p{L}*|offr\p{L}*)\s+(?:\p{L}+['’]?\s*){0,3}?aides?\s+(?:humanitaires?|médicales?|financières?|économiques?|alimentaires?)\b`
    // « toute information fournie par les États membres » : ce qui est remis, ce sont des informations.
    + String.raw`|\b(?:informations?|preuves?|données|documents?|éléments|renseignements|explications?|garanties|précisions)\s+(?:\p{L}+\s+)?(?:fournie?s?|transmise?s?|communiquée?s?|envoyée?s?|livrée?s?|donnée?s?|partagée?s?)\b`),
  // « contrôlait (« ) strictement (» ) l'exportation des drones » : contrôler les exportations n'est pas exporter.
  // « contrôle les exportations », et « « prudente » en matière d'exportations » : une politique d'exportation, pas une exportation.
  exportControl: wordRegex(String.raw`\b(?:contrôl|restrei|interdi|encadr|limit|réglement)\p{L}*\s+(?:[«»“”"]?\s*\p{L}+\s*[«»“”"]?\s+){0,2}?(?:l[’']\s*|les\s+|des\s+)?(?:exportations?|ventes?|transferts?)\b|\b(?:prudente?s?|responsables?)\s*»?\s+(?:en\s+matière\s+d[’']\s*|sur\s+(?:les|ses)\s+|dans\s+(?:ses|les)\s+)(?:\p{L}+\s+)?(?:exportations?|ventes?|transferts?)\b`),
  liePurpose: wordRegex(String.raw`\b(?:(?:destinée?s?|vis(?:ant|e|ent|ait|aient|erait|eraient)|censée?s?)\s+à\s+(?:[«“"]\s*)?(?:justifier|couvrir|masquer|détourner|dissimuler)|(?:pour|afin\s+de)\s+(?:[«“"]\s*)?justifier)(?![\p{L}\p{N}])[^.;]*`),
  intoTheWar: wordRegex(String.raw`\b(?:entra[îi]n|impliqu|embarqu)\p{L}*\s+(?:[\p{L}-]+['’]?\s*){0,4}?dans\s+(?:la|le|les|une?|cette|ce|leur|sa|son)\s+(?:guerre|conflit|spirale|escalade|aventure)\b`),
  sanctions: wordRegex(String.raw`\bsanctions?\s+(?:\p{L}+\s+)?(?:contre|visant|à\s+l[’']encontre)\b|\bsanctionn\p{L}*`),
  claimsConsequence: wordRegex(String.raw`^\s*(?:(?:pourrai(?:t|ent)|risqu\p{L}*\s+d[e’']|(?:vont|va|devrai(?:t|ent))\s+)\s*)?(?:compliqu|tendr|envenim|assombr|compromett|compromis|nuir|nuis|pès|pes|alimente|aggrav|détérior|mettr)\p{L}*\b`),
  withdrawal: wordRegex(String.raw`\b(?:retraits?|retir\p{L}*|repli\p{L}*|évacu\p{L}*)\b`),
  exercises: wordRegex(String.raw`\b(?:exercices|manœuvres|manoeuvres)\b`),
  servicing: wordRegex(String.raw`\b(?:répar|entreten|entretien|révis)\p{L}*|\bremis\p{L}*\s+en\s+état\b|\bremise\s+en\s+état\b`),
  confrontation: wordRegex(String.raw`\b(?:affrontements?|combats?|accrochages?|heurts|confrontations?)\s+(?:\p{L}+\s+){0,3}?entre\b|\bcontre\b`),
  targetPrepositions: new Set(['contre']),
  attackVerbs: new Set([...formsOf(firstGroup('frapp'), firstGroup('attaqu'), firstGroup('bombard'), firstGroup('cibl'), firstGroup('pilonn'),
    firstGroup('captur'), firstGroup('bless'),
    firstGroup('vis'), firstGroup('intercept'), firstGroup('affront'),
    irregular('combat:p combattent:p combattait:i combattaient:i combattu:pp combattue:pp combattus:pp combattre:inf'),
    irregular('abat:p abattent:p abattait:i abattu:pp abattue:pp abattus:pp abattues:pp abattre:inf abattant:g'),
    irregular('détruit:p détruisent:p détruisait:i détruite:pp détruits:pp détruites:pp détruire:inf détruisant:g'),
    irregular('tue:p tuent:p tuait:i tuaient:i tué:pp tuée:pp tués:pp tuées:pp tuer:inf tuant:g')), ...DEFENCE_VERBS]),
  defenceVerbs: new Set(DEFENCE_VERBS),
  findingVerbs: new Set(formsOf(firstGroup('trouv'), firstGroup('retrouv'), firstGroup('récupér', 'récupèr'), firstGroup('identifi'), firstGroup('examin'),
    firstGroup('analys'), firstGroup('inspect'),
    irregular('découvre:p découvrent:p découvrait:i découvert:pp découverte:pp découverts:pp découvertes:pp découvrir:inf'),
    irregular('saisit:p saisissent:p saisissait:i saisi:pp saisie:pp saisis:pp saisies:pp saisir:inf'))),
  // "en armant l'Ukraine": arming supplies weapons.
  impliedItems: new Map(formsOf(ARMER).map((form) => [form, 'weapons'])),
  domesticOrigin: wordRegex(String.raw`\b(?:de\s+)?(?:fabrication|production|conception)\s+(?:nationale|locale|domestique)\b|\b(?:produi|fabriqu|constru|conç|conce)\p{L}*\s+(?:[\p{L}-]+['’]?\s*){0,5}?(?:localement|sur\s+place|sur\s+(?:son|leur|notre)\s+(?:propre\s+)?sol)\b|\b(?:sa|leur|notre)\s+propre\s+production(?!\s+d[e’'])\b|\b(?:produi|fabriqu|construi)\p{L}*\s+(?:(?:(?:toutes?|tous|la\s+plupart\s+d|l['’]essentiel\s+d)\s*)?(?:ses|leurs|nos)\s+propres|(?:\p{L}+['’]?\s*){0,6}?(?:elle|lui|eux|elles|nous)-mêmes?|(?:(?:toutes?|tous)\s+les\s+(?:\p{L}+\s+){0,2}?|(?:tout\s+)?ce\s+)dont\s+(?:il|elle|ils|elles|nous|l['’]\s*armée|(?:l['’]\s*|les\s+|nos\s+|ses\s+|leurs\s+)(?:armées?|forces(?:\s+armées)?|troupes))\s+(?:a|ont|avons)\s+besoin)(?![\p{L}\p{N}])(?![^.;]*\bavec\s+l['’]\s*(?:aide|assistance|appui|soutien)\b)|\bpar\s+(?:ses|leurs|nos)\s+propres\s+moyens\b`),
  modes: {
    sought: wordRegex(String.raw`\bcherch\p{L}*|\bà\s+la\s+recherche\b|\b(?:veu[tx]|veulent|voulait|voulaient|vouloir|souhait\p{L}*)\b|\btent\p{L}*\s+d[e’']|\b${INTEREST_IN}|\btourn\p{L}*\s+vers\b|\bacquérir\b`),
    // A modal before a perfect (« pourrait avoir livré ») speculates about what is done: no plan.
    // « a exclu de livrer » : ce qu'on exclut est à venir.
    planned: wordRegex(String.raw`\bsur\s+le\s+point\s+d[e’']|\bprépar\p{L}*\s+à|\bexclu\p{L}*\s+d[e’']|\baccept\p{L}*\s+d[e’']|\bconvenu\p{L}*\s+d[e’']|\bpromis\p{L}*\s+d[e’']|\bengag\p{L}*\s+à|\bapprêt\p{L}*\s+à|\benvisag\p{L}*|\bprévo\p{L}*\s+d[e’']|\bprévu\p{L}*|\bprojet\p{L}*\s+d[e’']|\bintention\s+d[e’']|\bentend(?:ent|ait|aient)?\s+\p{L}+(?:er|ir|re)\b|\bdécid\p{L}*\s+d[e’']|\b(?:devr|pourr)(?:ait|aient|a|ont)(?![\p{L}\p{N}])(?!\s+(?:\p{L}+\s+)?avoir\b)|\ben\s+préparation\b|\bcommencer(?:ait|aient|a|ont)\b|\b(?:va|vont|doit|doivent)\s+(?:\p{L}+ment\s+)?\p{L}+(?:er|ir|re)\b|\baccord\s+pour\b`),
    timeAhead: wordRegex(String.raw`\bdans\s+les\s+(?:jours|semaines|mois)\s+(?:à\s+venir|qui\s+viennent|prochaine?s)\b|\bdans\s+les\s+prochaine?s\s+(?:jours|semaines|mois|années)\b|\b(?:la\s+semaine|le\s+mois|l[’']\s*an(?:née)?)\s+prochaine?\b|\bbientôt\b|\bprochainement\b|\bd[’']\s*ici\s+(?:la\s+fin\s+(?:de\s+l[’']\s*année|du\s+mois|de\s+la\s+semaine)|peu)\b`),
    // « continue par ailleurs de fournir »: an adverb may stand before the infinitive.
    ongoing: wordRegex(String.raw`\bcontinu\p{L}*\s+(?:(?:par\s+ailleurs|en\s+outre|également|aussi|toujours|encore|pourtant|néanmoins|cependant)\s+)?(?:de|d[’']|à)|\b(?:jamais|pas)\s+cessé\s+d[e’']|\btoujours\b|(?<!\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s+)\bdéjà\b(?!\s+été\b)|\bactuellement\b|\ben\s+cours\b|\bcommencé\s+à\b`),
  },
  recipientPrepositions: new Set(['à', 'au', 'aux', 'en', 'vers', 'pour']),
  // "se tourner vers X pour": X is the source of what is sought.
  sourcePrepositions: new Set(['à', 'au', 'aux', 'de', 'du', 'des', 'd’', "d'", 'auprès', 'chez', 'vers']),
  authorPrepositions: new Set(['de', 'du', 'des', 'd’', "d'", 'par']),
  agentPrepositions: new Set(['par']),
  // « maintenir l'armée approvisionnée » est rare ; on écrit « pour approvisionner l'armée », avec le verbe.
  keepVerbs: new Set([]),
  seatPrepositions: new Set(['à']),
  itemStandIns: new Set(['lot', 'lots', 'livraison', 'livraisons', 'cargaison', 'cargaisons', 'commande', 'commandes', 'envoi', 'envois',
    'reste', 'premier', 'premiers', 'première', 'premières', 'partie', 'unité', 'unités', 'exemplaire', 'exemplaires', 'chargement', 'chargements',
    'quantité', 'quantités', 'nombre', 'dizaines', 'centaines', 'milliers', 'autres', 'même', 'mêmes', 'type', 'types', 'modèle', 'modèles',
    'version', 'versions']),
  indefiniteArticles: new Set(['un', 'une']),
  definiteDeterminers: new Set(['le', 'la', 'les', 'l’', "l'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'nos', 'notre']),
  existencePredicate: wordRegex(String.raw`\b(?:eu|avoir|a|ont|aura|auront)\s+lieu\b|\bexist\p{L}*|\b(?:se\s+|s[’']\s*)(?:sont|est)\s+produite?s?\b|\b(?:effectuée?s?|réalisée?s?|concrétisée?s?|menée?s?\s+à\s+(?:bien|terme))\b`),
  vehicles: new Set(['navire', 'navires', 'bateau', 'bateaux', 'cargo', 'cargos', 'avion', 'avions', 'appareil', 'appareils', 'train', 'trains', 'camion', 'camions', 'convoi', 'convois']),
  prepositions: new Set(['à', 'au', 'aux', 'de', 'du', 'des', 'd’', "d'", 'en', 'vers', 'par', 'pour', 'contre', 'avec', 'sur',
    'dans', 'entre', 'chez', 'sans', 'sous', 'depuis', 'auprès', 'envers', 'face', 'malgré', 'lors', 'selon', 'après', 'via']),
  conjunctions: new Set(['et', 'ainsi que', 'ou', 'mais']),
  contrastConjunctions: new Set(['mais']),
  scopeBreaks: new Set(['lors', 'pendant', 'durant', 'lorsque', 'lorsqu’', "lorsqu'", 'quand', 'qui', 'dont', 'où', 'alors', 'tandis', 'afin']),
  // French relatives always have their pronoun (« une accusation que Pyongyang a démentie »).
  // « , une accusation rejetée par Bogota » : le nom apposé tient lieu de la proposition, le complément d'agent y répond.
  clauseComment: wordRegex(String.raw`^,\s*(?:[«“"]\s*)?ce\s+qu(?:e|i|['’])`),
  claimNounApposition: wordRegex(String.raw`,\s*ce\s+qu(?:e\s+|['’]\s*)(?=(?:l['’]\s*|la\s+|le\s+|les\s+)\p{L}|\p{Lu})|,\s*(?:une?|des|les?|la|l['’])\s*(?:accusations?|allégations?|affirmations?|assertions?|informations?)\s+(?=\p{Ll}+\s+par\b)`, 'u'),
  subjectRelatives: new Set(['qui']),
  placeRelatives: new Set(['où']),
  conflictNouns: new Set(['guerre', 'conflit', 'invasion', 'offensive', 'menace', 'menaces', 'danger']),
  objectRelatives: new Set(['dont']),
  indefinites: wordRegex(String.raw`\b(?:un|une|des|les|ces|aux|de|certains|certaines|plusieurs|quelques|deux|trois|d[’'])\s*$`),
  earlierReport: wordRegex(String.raw`\b(?:après\s+que|après\s+qu[’']|auparavant|précédemment|à\s+l[’']\s*époque|plus\s+tôt|avant\s+cela|jadis|naguère)\b`),
  daysEarlier: wordRegex(String.raw`\b(?:un|deux|trois|quatre|cinq|quelques|\d)\s+jours?\s+après\s+qu`),
  dayEarlier: wordRegex(String.raw`\bun\s+jour\s+après\s+qu|\bau\s+lendemain\s+d`),
  sameOccasion: wordRegex(String.raw`\b(?:dans\s+le\s+même\s+temps|au\s+même\s+moment|le\s+même\s+jour|(?:dans|lors\s+d[e’'])\s*(?:la|le)\s+même\s+(?:déclaration|entretien|interview|discours|conférence|communiqué|message))\b`),
  reflexives: new Set(['se', 's’', "s'", 'me', 'm’', "m'", 'nous', 'vous']),
  // « des armes nucléaires tactiques russes », « des drones kamikazes iraniens »: modifiers of the items may come between.
  originAfterItem: wordRegex(String.raw`^\s*[»”"]?\s*(?:(?:nucléaires?|tactiques?|stratégiques?|kamikazes?|militaires?|modernes?|lourde?s?|légère?s?|légers?|guidée?s?|rôdeu(?:r|se)s?|suicides?)\s+){0,2}(?:(?:et|ou)\s+(?:de\s+|d['’]\s*)?\p{L}+\s+)?(?:de\s+(?:fabrication|conception|production|origine)\s*)?$`),
  originBeforeItem: /^$/u,
  // « des instructeurs des Gardiens de la révolution », « des mercenaires du groupe russe Wagner ».
  ownerAfterItem: /^\s+(?:des|du|de|de\s+la|de\s+l[’'])\s*(?:(?:groupe|société|milice)\s+(?:\p{L}+\s+)?)?$/iu,
  // « les drones sont », « les drones utilisés par les forces russes sont » (de fabrication russe).
  madeInBetween: wordRegex(String.raw`^\s+(?:[\p{L}’'-]+\s+){0,8}?(?:sont|étaient|est|était)\s+(?:tous\s+|toutes\s+)?(?:[«“"]\s*)?de\s+(?:fabrication|conception|production)\s+$`),
  // French names the maker last ("de fabrication russe"): nothing needs to follow it.
  madeInAfter: /^/u,
  madeInCountry: wordRegex(String.raw`^\s+(?:(?:utilisé|employé|tiré|lancé)e?s?\s+(?:par|en|contre)\s+[^,;.!?"«»“”]{1,60}?\s+)?(?:(?:sont|étaient|est|était|ont\s+été|avaient\s+été|a\s+été|avait\s+été)\s+)?(?:tous\s+|toutes\s+)?(?:fabriqué|produit|construit|assemblé|conçu)e?s?\s+(?:en|au|aux)\s+$`),
  possessor: null,
  possessives: new Set(['son', 'sa', 'ses', 'leur', 'leurs']),
  recipientPronouns: { words: new Set(['lui', 'leur', 'nous']), afterVerb: false, givenWith: new Set() },
  announcingVerbs: new Set(formsOf(firstGroup('annonc'), firstGroup('confirm'), firstGroup('révél', 'révèl'), firstGroup('dévoil'), firstGroup('officialis'))),
  predicateVerbs: new Set(['fait', 'font', 'faisait', 'faisaient', 'rend', 'rendent', 'rendait', 'rendaient', 'constitue', 'constituent',
    'constituait', 'représente', 'représentent', 'représentait', 'menace', 'menacent', 'menaçait', 'transforme', 'transforment']),
  compoundHeads: new Set(),
  figureNouns: new Set(['estimations', 'évaluations', 'calculs', 'chiffres', 'données', 'décomptes']),
  documentNouns: new Set(['rapport', 'étude', 'analyse', 'enquête', 'évaluation', 'note', 'communiqué', 'texte', 'déclaration', 'document']),
  documentAuthors: new Set(['les auteurs', 'ses auteurs', 'leurs auteurs', 'les chercheurs', 'ses chercheurs', 'les enquêteurs']),
  sourceQualifier: wordRegex(String.raw`\s+(?:(?:proches?|au\s+fait|informée?s?)\s+(?:du|des|de\s+la|de\s+l[’'])\s*\p{L}+|(?:bien\s+)?informée?s?)[\s,]*$`),
  sourceApposition: /^,\s*(?:(?:un|une|le|la)\s+|l[’']\s*)?(?:\p{L}+\s+)?(?:membre|président|présidente|chef|fondateur|fondatrice|cofondateur|cofondatrice|auteur|autrice|ancien|ancienne)\s+(?:de\s|du\s|des\s|d[’'])/iu,
  nonSourceDeterminers: new Set(['aucun', 'aucune', 'tout', 'toute', 'tous', 'toutes', 'nul', 'nulle']),
  genericSubject: wordRegex(String.raw`\b(?:(?:tous|toutes)\s+)?(?:ceux|celles)\s+qui\s+(?:\p{L}+\s+)?$|\bquiconque\s+$`),
  articleFreeSourceOpeners: new Set(['de']),
  impersonalPronouns: new Set(['on']),
  bareSource: null,
  cardinals: new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']),
  ownReporting: wordRegex(String.raw`^\s*(?:nos|notre)\s+(?:informations|sources|révélations|enquête|constatations)[\s.,]*$`),
  subjectAdverbs: new Set(['également', 'aussi', 'ensuite', 'encore', 'déjà', 'pourtant', 'toutefois', 'cependant', 'publiquement', 'alors', 'désormais', 'récemment', 'notamment']),
  sideAdverbials: /(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:lui|elle|eux|elles)|à\s+(?:son|leur)\s+tour|en\s+retour|depuis\s+(?:longtemps|des\s+(?:années|mois|semaines|décennies)|plusieurs\s+(?:années|mois|semaines))|de\s+longue\s+date)(?![\p{L}\p{N}])\s*,?\s*/iu,
  attitudeBefore: wordRegex(String.raw`\b(?:alarmée?s?|préoccupée?s?|inquiète?s?|inquiets|troublée?s?|indignée?s?|préoccupation|inquiétude|indignation)\s*[»”"]?\s+(?:par|face\s+à|devant|quant\s+à)\s+(?:la|le|les|l['’]|ces?|cette|cet)?\s*$`),
  perceptionVerbs: new Set(['observé', 'constaté', 'détecté', 'repéré', 'relevé', 'enregistré', 'remarqué', 'vu', 'documenté', 'identifié', 'observer', 'constater', 'détecter', 'repérer', 'suivre', 'suivi']),
  useParticiples: new Set(['utilisé', 'utilisée', 'utilisés', 'utilisées', 'employé', 'employée', 'employés', 'employées', 'tiré', 'tirée', 'tirés', 'tirées', 'lancé', 'lancée', 'lancés', 'lancées']),
  openingConnectives: phraseRegex(['mais', 'et', 'or', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'enfin', 'ainsi', 'donc', 'surtout', 'd’ailleurs', 'par ailleurs', 'en outre', 'de plus', 'en revanche', 'en effet',
    'toujours', 'encore', 'là encore', 'aussi', 'également', 'de même']),
  concessiveOpeners: phraseRegex(['malgré', 'en dépit de', 'en dépit des', 'en dépit du', 'bien que', 'bien qu’', "bien qu'", 'même si', 'quoique']),
  purposeBefore: /(?:^|\s)(?:pour|afin\s+d[e’']|en\s+vue\s+d[e’'])\s*$/iu,
  // French puts them after the name (« la Russie orientale »).
  placeQualifiers: new Set(),
  determiners: new Set(['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'deux', 'trois', 'quatre', 'plusieurs']),
  systemLink: /^\s+(?:de|du)\s+(?:type|modèle|classe)\s+$/iu,
  demonstratives: wordRegex(String.raw`\b(?:ce|cet|cette|ces)\s+(?:(?:type|genre|sorte)s?\s+d[e’']\s*)?$`),
  honorifics: new Set(['m.', 'mm.', 'mme', 'mmes', 'mlle', 'me', 'dr', 'dr.', 'pr', 'pr.', 'gén.', 'monsieur', 'madame']),
  nounLinks: new Set(['de', 'd’', "d'"]),
  nameStopwords: new Set(`le la les l’ l' un une des du de d’ d' au aux ce cet cette ces son sa ses leur leurs il elle ils elles
    nous vous on je tu selon dans en et mais ou donc or ni car plus moins lors après avant depuis pendant alors ainsi
    cependant pourtant toutefois néanmoins enfin aussi même tout tous toute toutes quand comme si pour par sur sous
    avec sans chez entre vers contre à où qui que quoi dont lire voici voilà bien déjà récemment auparavant
    photo logo partager durée bouton état etat`.split(/\s+/)),
  nameParticles: new Set(['de', 'von', 'van', 'der', 'bin', 'ben', 'al', 'el', 'da', 'di']),
  capitalisedNameParticles: new Set(['Le', 'La', 'Du', 'De']),
  armedForcesNouns: new Set(['armée', 'marine']),
  targetNouns: new Set(['cible', 'cibles']),
  trainerNouns: new Set(['instructeur', 'instructeurs', 'instructrices', 'formateur', 'formateurs', 'formatrices', 'conseillers', 'conseiller militaire', 'conseillers militaires']),
  demonstrativePronouns: new Set(['ceux', 'celles', 'celui', 'celle']),
  intelligenceNouns: new Set(['agence', 'service', 'renseignement']),
  // English heads too: the French press quotes English names as they are ("Institute for the Study of War").
  organisationHeads: new Set(`agence service services ministère conseil comité commission direction office garde gardiens corps
    forces armée banque institut parti parlement assemblée cour tribunal organisation union fédération compagnie société
    groupe centre université bureau autorité fondation association renseignement organisme panel diplomatie
    institute center council foundation agency department committee`.split(/\s+/)),
  organisationNameLinks: new Set(['de', 'du', 'des', 'la', 'l’', "l'", 'd’', "d'"]),
  // French writes organisations' names in sentence case.
  titleCaseNameLinks: new Set(),
};
