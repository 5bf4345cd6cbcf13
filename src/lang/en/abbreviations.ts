/** English abbreviations whose period is usually followed by a capitalised word, not a new sentence. */
import type { AbbreviationLexicon } from '../types.js';

const TITLES = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'brig', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'pres', 'amb', 'rev', 'hon', 'supt', 'det', 'insp',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const OTHERS = ['no', 'nos', 'vol', 'art', 'fig', 'cf', 'vs', 'approx', 'mt', 'ft'];

export const abbreviations: AbbreviationLexicon = {
  nonFinal: new Set([...TITLES, ...MONTHS, ...OTHERS]),
};
