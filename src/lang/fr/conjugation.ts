/** French verb morphology: the inflected forms claimtrail needs, tagged with their tense. */
import type { Tense } from '../types.js';
import type { Forms } from '../forms.js';

/**
 * Forms of a first-group (-er) verb from its stem ("déclar" -> déclare, déclaré, déclarait...).
 * `accented` is the stem used before a mute ending when it changes (suggér -> suggèr, rejet -> rejett).
 * An -ayer verb has both spellings there: balaye and balaie.
 */
export function firstGroup(stem: string, accented = stem): Forms {
  // -cer and -ger verbs keep their sound before a and o: annonç-ait, mange-ait.
  const hard = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  const muteStems = stem.endsWith('ay') && accented === stem ? [stem, stem.slice(0, -1) + 'i'] : [accented];
  return [
    ...muteStems.flatMap((mute): Forms => [
      [mute + 'e', 'present'], [mute + 'es', 'present'], [mute + 'ent', 'present'],
      [mute + 'era', 'future'], [mute + 'eront', 'future'],
      [mute + 'erait', 'conditional'], [mute + 'eraient', 'conditional'],
    ]),
    [hard + 'ons', 'present'], [stem + 'ez', 'present'],
    [stem + 'é', 'participle'], [stem + 'ée', 'participle'], [stem + 'és', 'participle'], [stem + 'ées', 'participle'],
    [hard + 'ait', 'past'], [hard + 'aient', 'past'], [hard + 'ais', 'past'], [hard + 'a', 'past'], [stem + 'èrent', 'past'],
    [stem + 'er', 'infinitive'], [hard + 'ant', 'gerund'],
  ];
}

/** Forms of a second-group (-ir, -issant) verb from its stem ("avert" -> avertit, averti, avertissait...). */
export function secondGroup(stem: string): Forms {
  return [
    [stem + 'it', 'present'], [stem + 'issent', 'present'], [stem + 'is', 'present'],
    [stem + 'i', 'participle'], [stem + 'ie', 'participle'], [stem + 'ies', 'participle'],
    [stem + 'issait', 'past'], [stem + 'issaient', 'past'],
    [stem + 'ira', 'future'], [stem + 'iront', 'future'], [stem + 'irait', 'conditional'], [stem + 'iraient', 'conditional'],
    [stem + 'ir', 'infinitive'], [stem + 'issant', 'gerund'],
  ];
}

/** Irregular verbs: the forms written out, tense given by a compact "form:tense" list. */
export function irregular(list: string): Forms {
  const tenses: Record<string, Tense> = {
    p: 'present', pp: 'participle', i: 'past', f: 'future', c: 'conditional', inf: 'infinitive', g: 'gerund',
  };
  return list.trim().split(/\s+/).map((entry) => {
    const [form, tag] = entry.split(':');
    return [form, tenses[tag]];
  });
}
