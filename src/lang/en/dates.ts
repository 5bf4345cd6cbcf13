/** English date words: months, weekdays, relative phrases and the markers around dates. */
import { en as chronoEn } from 'chrono-node';
import type { DateLexicon, RelativeUnit } from '../types.js';
import { wordRegex } from '../regex.js';

const MONTHS: [forms: string[], month: number][] = [
  [['january', 'jan.'], 1], [['february', 'feb.'], 2], [['march', 'mar.'], 3], [['april', 'apr.'], 4], [['may'], 5],
  [['june', 'jun.'], 6], [['july', 'jul.'], 7], [['august', 'aug.'], 8], [['september', 'sept.', 'sep.'], 9],
  [['october', 'oct.'], 10], [['november', 'nov.'], 11], [['december', 'dec.'], 12],
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const RELATIVE: [phrases: string[], unit: RelativeUnit, offset: number][] = [
  [['the day before yesterday'], 'day', -2],
  // "The day before" is the day before the day the article reports on, most often its own.
  [['yesterday', 'the day before', 'the previous day', 'a day earlier'], 'day', -1],
  [['today'], 'day', 0],
  [['tomorrow'], 'day', 1],
  [['the day after tomorrow'], 'day', 2],
  [['last week', 'the previous week', 'the week before'], 'week', -1],
  [['this week', 'earlier this week', 'later this week'], 'week', 0],
  [['next week'], 'week', 1],
  [['last month', 'the previous month'], 'month', -1],
  [['this month', 'earlier this month', 'later this month'], 'month', 0],
  [['next month'], 'month', 1],
  [['last year', 'the previous year'], 'year', -1],
  [['this year', 'earlier this year', 'later this year'], 'year', 0],
  [['next year'], 'year', 1],
];

const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const UNITS: [string, RelativeUnit][] = [
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
];
const COUNT = String.raw`(?<count>\d{1,3}|an?|${NUMBERS.join('|')})`;
const UNIT = `(?<unit>${UNITS.map(([word]) => word).join('|')})`;

const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)(?:\s+of)?`;

export const dates: DateLexicon = {
  chrono: chronoEn.strict,
  months: new Map(MONTHS.flatMap(([forms, month]) => forms.map((form) => [form, month] as const))),
  monthsCapitalised: true,
  // The part of the day belongs to the date: "on Tuesday evening".
  weekdayPattern: wordRegex(String.raw`\b(?:(?<last>last|this past)\s+|(?<next>next|this coming)\s+)?(?<weekday>${WEEKDAYS.join('|')})(?:\s+(?:morning|afternoon|evening|night))?\b`),
  weekdays: new Map(WEEKDAYS.map((day, index) => [day, index])),
  relativePhrases: new Map(RELATIVE.flatMap(([phrases, unit, offset]) => phrases.map((p) => [p, { unit, offset }] as const))),
  countedOffsets: [
    { pattern: wordRegex(String.raw`\b${COUNT}\s+${UNIT}\s+(?:ago|earlier)\b`), direction: -1 },
    { pattern: wordRegex(String.raw`\bin\s+${COUNT}\s+${UNIT}(?:['’]\s*time)?\b`), direction: 1 },
  ],
  numbers: new Map([...NUMBERS.map((word, index) => [word, index + 1] as const), ['a', 1], ['an', 1]]),
  units: new Map(UNITS),
  // A season leads its year: "in the spring of 2023", "summer 2022".
  leadBefore: wordRegex(String.raw`\b(?:in|early|late|mid-|during|throughout|by|the month of|${SEASON})\s*$`),
  relationBefore: wordRegex(
    String.raw`\b(?:(?<since>since|as of|starting|from)|(?<before>before|until|till|prior to|ahead of)|(?<after>after))\s*(?:the\s+)?(?:${SEASON}\s+)?$`,
  ),
  futureCues: wordRegex(
    String.raw`\b(?:will|shall|should|going to|due to|scheduled|expected to|plans? to|upcoming|next)\b`,
  ),
  clauseOpeners: wordRegex(String.raw`\bthat\b`, 'giu'),
  laterCues: wordRegex(String.raw`\b(?:later|afterwards|subsequently|the\s+following\s+month)\b`),
};
