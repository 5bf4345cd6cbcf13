/** French date words: months, weekdays, relative phrases and the markers around dates. */
import { fr as chronoFr } from 'chrono-node';
import type { DateLexicon, RelativeUnit } from '../types.js';
import { wordRegex } from '../regex.js';

const MONTHS: [forms: string[], month: number][] = [
  [['janvier', 'janv.'], 1], [['février', 'fevrier', 'févr.', 'fév.'], 2], [['mars'], 3], [['avril', 'avr.'], 4],
  [['mai'], 5], [['juin'], 6], [['juillet', 'juil.'], 7], [['août', 'aout'], 8], [['septembre', 'sept.'], 9],
  [['octobre', 'oct.'], 10], [['novembre', 'nov.'], 11], [['décembre', 'decembre', 'déc.'], 12],
];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const RELATIVE: [phrases: string[], unit: RelativeUnit, offset: number][] = [
  [['avant-hier'], 'day', -2],
  // "La veille" is the day before the day the article reports on, most often its own.
  [['hier', 'la veille'], 'day', -1],
  [["aujourd'hui"], 'day', 0],
  [['demain'], 'day', 1],
  [['après-demain'], 'day', 2],
  [['la semaine dernière', 'la semaine passée', 'la semaine précédente'], 'week', -1],
  [['cette semaine', 'plus tôt cette semaine', 'plus tard cette semaine', 'en début de semaine', 'en fin de semaine'], 'week', 0],
  [['la semaine prochaine'], 'week', 1],
  [['le mois dernier', 'le mois passé', 'le mois précédent'], 'month', -1],
  [['ce mois-ci', 'ce mois', 'plus tôt ce mois-ci', 'plus tard ce mois-ci', 'plus tôt dans le mois'], 'month', 0],
  [['le mois prochain'], 'month', 1],
  [["l'année dernière", "l'an dernier", "l'année passée", "l'an passé", "l'année précédente"], 'year', -1],
  [['cette année', 'plus tôt cette année', 'plus tard cette année', 'en début d\'année', 'en fin d\'année'], 'year', 0],
  [["l'année prochaine", "l'an prochain"], 'year', 1],
];

const NUMBERS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'];
const UNITS: [string, RelativeUnit][] = [
  ['jour', 'day'], ['jours', 'day'], ['semaine', 'week'], ['semaines', 'week'],
  ['mois', 'month'], ['an', 'year'], ['ans', 'year'], ['année', 'year'], ['années', 'year'],
];
const COUNT = String.raw`(?<count>\d{1,3}|une|${NUMBERS.join('|')})`;
const UNIT = `(?<unit>${UNITS.map(([word]) => word).join('|')})`;

const SEASON = String.raw`(?:printemps|été|automne|hiver)(?:\s+d[e’'])?`;

export const dates: DateLexicon = {
  chrono: chronoFr.strict,
  months: new Map(MONTHS.flatMap(([forms, month]) => forms.map((form) => [form, month] as const))),
  monthsCapitalised: false,
  // Le moment de la journée fait partie de la date : « jeudi soir », « mardi dernier au matin ».
  weekdayPattern: wordRegex(String.raw`\b(?<weekday>${WEEKDAYS.join('|')})(?:\s+(?:(?<last>dernier)|(?<next>prochain)))?(?:\s+(?:au\s+)?(?:matin|midi|après-midi|soir|soirée))?\b`),
  weekdays: new Map(WEEKDAYS.map((day, index) => [day, index])),
  relativePhrases: new Map(RELATIVE.flatMap(([phrases, unit, offset]) => phrases.map((p) => [p, { unit, offset }] as const))),
  countedOffsets: [
    { pattern: wordRegex(String.raw`\bil y a\s+${COUNT}\s+${UNIT}\b`), direction: -1 },
    { pattern: wordRegex(String.raw`\b${COUNT}\s+${UNIT}\s+plus tôt\b`), direction: -1 },
    { pattern: wordRegex(String.raw`\bdans\s+${COUNT}\s+${UNIT}\b`), direction: 1 },
  ],
  numbers: new Map([...NUMBERS.map((word, index) => [word, index + 1] as const), ['une', 1]]),
  units: new Map(UNITS),
  // A season leads its year: « au printemps 2023 », « l'été 2022 ».
  leadBefore: wordRegex(String.raw`\b(?:en|début|fin|mi-|courant|d['’]ici|au mois d['’]|au mois de|le mois d['’]|le mois de|${SEASON})\s*$`),
  relationBefore: wordRegex(
    String.raw`\b(?:(?<since>depuis|dès|à partir d['’]|à partir du|à partir de|à compter du|à compter de)|(?<before>avant|jusqu['’]à|jusqu['’]au|jusqu['’]en)|(?<after>après))\s*(?:(?:le|la|l['’])\s*)?(?:${SEASON}\s+)?$`,
  ),
  futureCues: wordRegex(
    String.raw`\b(?:doi[tv]e?n?t?|devr(?:a|ont|ait|aient)|d['’]ici|ser(?:a|ont)|aur(?:a|ont) lieu|va|vont|prochaine?s?|prévue?s?|prévoit|attendue?s?)\b`,
  ),
  clauseOpeners: wordRegex(String.raw`\bqu(?:e\b|['’])`, 'giu'),
  laterCues: wordRegex(String.raw`\b(?:plus\s+tard|par\s+la\s+suite|le\s+mois\s+suivant)\b`),
};
