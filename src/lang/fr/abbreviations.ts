/** French abbreviations whose period is usually followed by a capitalised word, not a new sentence. */
import type { AbbreviationLexicon } from '../types.js';

const TITLES = [
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'drs', 'pr', 'me', 'mgr', 'st', 'ste', 'sts',
  'gén', 'gal', 'col', 'cdt', 'lt', 'cne', 'cpt', 'sgt', 'adj', 'amb', 'prés', 'sén', 'dép',
];
const MONTHS = ['janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'];
const OTHERS = ['no', 'nos', 'art', 'vol', 'chap', 'cf', 'ex', 'env', 'av', 'bd', 'réf', 'tél', 'vs'];

export const abbreviations: AbbreviationLexicon = {
  nonFinal: new Set([...TITLES, ...MONTHS, ...OTHERS]),
};
