/** Tables of inflected forms shared by the language packs: every form of a word, keyed to what it means. */
import type { EventRole, ReportClass, Tense } from './types.js';

/** A word's inflected forms, each tagged with its tense. */
export type Forms = [form: string, tense: Tense][];

/** Every form of the given words ("refuse" -> refuse, refuses, refused, refusing). */
export function formsOf(...words: Forms[]): string[] {
  return words.flatMap((forms) => forms.map(([form]) => form));
}

function formTable<K>(verbs: [K, Forms][], nouns: [K, string][] = []): Map<string, { key: K; tense: Tense | 'noun' }> {
  const table = new Map<string, { key: K; tense: Tense | 'noun' }>();
  const add = (form: string, key: K, tense: Tense | 'noun') => { if (!table.has(form)) table.set(form, { key, tense }); };
  for (const [key, forms] of verbs) for (const [form, tense] of forms) add(form, key, tense);
  for (const [key, list] of nouns) for (const noun of list.split(' ')) add(noun, key, 'noun');
  return table;
}

/** Reporting verbs by form: "déclaré" -> { cls: 'say', tense: 'participle' }. */
export function reportingTable(verbs: [ReportClass, Forms][]): Map<string, { cls: ReportClass; tense: Tense }> {
  return new Map([...formTable(verbs)].map(([form, v]) => [form, { cls: v.key, tense: v.tense as Tense }]));
}

/** Event verbs and nouns by form: "livré" -> { role: 'give', tense: 'participle' }, "livraison" -> noun. */
export function eventTable(verbs: [EventRole, Forms][], nouns: [EventRole, string][]): Map<string, { role: EventRole; tense: Tense | 'noun' }> {
  return new Map([...formTable(verbs, nouns)].map(([form, v]) => [form, { role: v.key, tense: v.tense }]));
}
