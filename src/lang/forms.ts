/** Tables of inflected forms shared by the language packs: every form of a word, keyed to what it means. */
import type { EventEntry, EventRole, ReportClass, ReportingEntry, Tense } from './types.js';

/** A word's inflected forms, each tagged with its tense. */
export type Forms = [form: string, tense: Tense][];

/** Every form of the given words ("refuse" -> refuse, refuses, refused, refusing). */
export function formsOf(...words: Forms[]): string[] {
  return words.flatMap((forms) => forms.map(([form]) => form));
}

function formTable<K>(verbs: [K, Forms][]): Map<string, { key: K; tense: Tense }> {
  const table = new Map<string, { key: K; tense: Tense }>();
  for (const [key, forms] of verbs) for (const [form, tense] of forms) if (!table.has(form)) table.set(form, { key, tense });
  return table;
}

/** Reporting verbs by form: "déclaré" -> { cls: 'say', tense: 'participle' }. */
export function reportingTable(verbs: [ReportClass, Forms][]): Map<string, ReportingEntry> {
  return new Map([...formTable(verbs)].map(([form, v]) => [form, { cls: v.key, tense: v.tense }]));
}

/**
 * Event verbs and nouns by form: "livré" -> { role: 'give', tense: 'participle' }, "livraison" -> noun.
 * A verb form that is a listed noun too ("transfers", "supplies") keeps its verb tense and is marked `alsoNoun`.
 * Agent nouns ("fournisseur", "supplier") are their own form.
 */
export function eventTable(verbs: [EventRole, Forms][], nouns: [EventRole, string][], agents: [EventRole, string][]): Map<string, EventEntry> {
  const table = new Map<string, EventEntry>([...formTable(verbs)].map(([form, v]) => [form, { role: v.key, tense: v.tense }]));
  for (const [role, list] of agents) for (const agent of list.split(' ')) table.set(agent, { role, tense: 'agent' });
  for (const [role, list] of nouns) {
    for (const noun of list.split(' ')) {
      const verb = table.get(noun);
      if (!verb) table.set(noun, { role, tense: 'noun' });
      else if (verb.tense !== 'noun') verb.alsoNoun = true;
    }
  }
  return table;
}
