import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DateMention, PartialDate, Sentence } from '../core/types.js';
import { findDates } from './dates.js';
import { dates as fr } from '../lang/fr/dates.js';
import { dates as en } from '../lang/en/dates.js';

/** Dates in `text` read as one sentence, as [mention text, value, precision, relation]. */
function read(text: string, published: PartialDate | null, dates = fr): [string, string, string, string][] {
  const found = findDates(text, [{ start: 0, end: text.length, paragraph: 0 }], published, { dates });
  for (const mention of found) assert.equal(text.slice(mention.start, mention.end), mention.text);
  return found.map((m) => [m.text, m.value, m.precision, m.relation]);
}

test('French absolute dates', () => {
  assert.deepEqual(read('Il s’est rendu à Oslo le 19 juillet.', '2022-07-25'), [['19 juillet', '2022-07-19', 'day', 'on']]);
  assert.deepEqual(read('La réunion du 5 août a été annulée.', '2022-09'), [['5 août', '2022-08-05', 'day', 'on']]);
  assert.deepEqual(read('Un accord signé le 28 novembre 2022 à Vienne.', null), [['28 novembre 2022', '2022-11-28', 'day', 'on']]);
  assert.deepEqual(read('Publié le 23.10.2022, 13:27', null), [['23.10.2022', '2022-10-23', 'day', 'on']]);
  assert.deepEqual(read('En février 2022, le pays a rompu.', null), [['février 2022', '2022-02', 'month', 'on']]);
  assert.deepEqual(read('Le traité a été signé en 2014 par 2000 délégués.', null), [['2014', '2014', 'year', 'on']]);
  assert.deepEqual(read('Le pays paiera fin mars.', '2023-01-10'), [['mars', '2022-03', 'month', 'on']]);
});

test('A season leads its year, and a relation reaches past it: « au printemps 2023 », "since the summer of 2022"', () => {
  assert.deepEqual(read('Au printemps 2023, les services estimaient que ...', '2024-09-02'), [['2023', '2023', 'year', 'on']]);
  assert.deepEqual(read('Depuis l’automne 2022, Kiev accuse Téhéran.', '2024-09-02'), [['Depuis l’automne 2022', '2022', 'year', 'since']]);
  assert.deepEqual(read('In the spring of 2023, officials said ...', '2024-09-02', en), [['2023', '2023', 'year', 'on']]);
  assert.deepEqual(read('Since the summer of 2022, Kyiv has accused Tehran.', '2024-09-02', en), [['Since the summer of 2022', '2022', 'year', 'since']]);
});

test('English absolute dates', () => {
  assert.deepEqual(read('He travelled to Oslo on July 19.', '2022-07-25', en), [['July 19', '2022-07-19', 'day', 'on']]);
  assert.deepEqual(read('The meeting on 5 August was cancelled.', '2022-09', en), [['on 5 August', '2022-08-05', 'day', 'on']]);
  assert.deepEqual(read('Talks resumed in November 2022 in Vienna.', null, en), [['November 2022', '2022-11', 'month', 'on']]);
  assert.deepEqual(read('The deal was signed in 2014.', null, en), [['2014', '2014', 'year', 'on']]);
  assert.deepEqual(read('You may leave in may.', '2022-07', en), []);
});

test('a month without a year falls on or before publication, unless the sentence speaks of the future', () => {
  assert.deepEqual(read('Les livraisons ont repris le 12 décembre.', '2023-01-10'), [['12 décembre', '2022-12-12', 'day', 'on']]);
  assert.deepEqual(read('Les ministres doivent se rencontrer le 5 août.', '2022-07'), [['5 août', '2022-08-05', 'day', 'on']]);
  assert.deepEqual(read('The ministers will meet on January 5.', '2022-12-20', en), [['January 5', '2023-01-05', 'day', 'on']]);
  // A forecast looks forward too: « devrait », « d’ici », "should".
  assert.deepEqual(read('Ce nombre devrait atteindre 10 000 d’ici décembre.', '2024-10-25'), [['décembre', '2024-12', 'month', 'on']]);
  assert.deepEqual(read('Les premiers lots arriveront d’ici décembre.', '2024-10-25'), [['décembre', '2024-12', 'month', 'on']]);
  assert.deepEqual(read('The number should reach 10,000 in December.', '2024-10-25', en), [['December', '2024-12', 'month', 'on']]);
});

test('a future in a complement clause does not move a date outside it: "said in February that ... were expected to"', () => {
  assert.deepEqual(read('Officials said in February that missiles were expected to follow.', '2024-03-14', en), [['February', '2024-02', 'month', 'on']]);
  assert.deepEqual(read('Le ministre a déclaré en février que les livraisons devraient reprendre.', '2024-03-14'), [['février', '2024-02', 'month', 'on']]);
  // A date inside the future clause still looks forward.
  assert.deepEqual(read('Officials said that deliveries will start in June.', '2024-03-14', en), [['June', '2024-06', 'month', 'on']]);
});

test('weekdays are the most recent such day on or before publication', () => {
  // 2022-11-04 is a Friday.
  assert.deepEqual(read('Le ministre a déclaré mardi que rien n’était signé.', '2022-11-04'), [['mardi', '2022-11-01', 'day', 'on']]);
  assert.deepEqual(read('La Maison Blanche a averti vendredi.', '2022-11-04'), [['vendredi', '2022-11-04', 'day', 'on']]);
  assert.deepEqual(read('Il était à Paris vendredi dernier.', '2022-11-04'), [['vendredi dernier', '2022-10-28', 'day', 'on']]);
  assert.deepEqual(read('Le sommet aura lieu lundi prochain.', '2022-11-04'), [['lundi prochain', '2022-11-07', 'day', 'on']]);
  assert.deepEqual(read('Officials said on Tuesday that talks stalled.', '2022-11-04', en), [['Tuesday', '2022-11-01', 'day', 'on']]);
  assert.deepEqual(read('He spoke last Tuesday.', '2022-11-04', en), [['last Tuesday', '2022-11-01', 'day', 'on']]);
});

test('relative phrases in French', () => {
  const published = '2022-11-16'; // a Wednesday
  assert.deepEqual(read('Hier, le ministre a parlé.', published), [['Hier', '2022-11-15', 'day', 'on']]);
  assert.deepEqual(read('Il l’a répété aujourd’hui.', published), [['aujourd’hui', '2022-11-16', 'day', 'on']]);
  assert.deepEqual(read('La semaine dernière, Kiev a protesté.', published), [['La semaine dernière', '2022-11', 'month', 'on']]);
  assert.deepEqual(read('Il l’avait dit plus tôt ce mois-ci.', published), [['plus tôt ce mois-ci', '2022-11', 'month', 'on']]);
  assert.deepEqual(read('Il l’a annoncé le mois dernier.', published), [['le mois dernier', '2022-10', 'month', 'on']]);
  assert.deepEqual(read('L’année dernière et l’an dernier.', published), [
    ['L’année dernière', '2021', 'year', 'on'], ['l’an dernier', '2021', 'year', 'on'],
  ]);
  assert.deepEqual(read('L\'Iran pourrait recevoir des avions l\'an prochain.', published), [['l\'an prochain', '2023', 'year', 'on']]);
  assert.deepEqual(read('Il y a deux semaines, Kiev a protesté.', '2022-11-23'), [['Il y a deux semaines', '2022-11', 'month', 'on']]);
  // That week ran from 31 October to 6 November: only its year is certain.
  assert.deepEqual(read('Il y a deux semaines, Kiev a protesté.', published), [['Il y a deux semaines', '2022', 'year', 'on']]);
});

test('relative phrases in English', () => {
  const published = '2022-11-16';
  assert.deepEqual(read('Yesterday the minister spoke.', published, en), [['Yesterday', '2022-11-15', 'day', 'on']]);
  assert.deepEqual(read('He said so earlier this month.', published, en), [['earlier this month', '2022-11', 'month', 'on']]);
  assert.deepEqual(read('Kyiv protested last week.', published, en), [['last week', '2022-11', 'month', 'on']]);
  assert.deepEqual(read('It was announced last month.', published, en), [['last month', '2022-10', 'month', 'on']]);
  assert.deepEqual(read('Sales fell last year.', published, en), [['last year', '2021', 'year', 'on']]);
  assert.deepEqual(read('It happened three days ago.', published, en), [['three days ago', '2022-11-13', 'day', 'on']]);
});

test('since, before and after markers join the mention and set its relation', () => {
  assert.deepEqual(read('Depuis août, l’Iran a livré 400 drones.', '2023-05'), [['Depuis août', '2022-08', 'month', 'since']]);
  assert.deepEqual(read('Les troupes sont entrées avant le 24 février.', '2022-11'), [['avant le 24 février', '2022-02-24', 'day', 'before']]);
  assert.deepEqual(read('Rien n’a changé après l’an dernier.', '2022-11'), [['après l’an dernier', '2021', 'year', 'after']]);
  assert.deepEqual(read('Iran has supplied drones since August.', '2023-05', en), [['since August', '2022-08', 'month', 'since']]);
  assert.deepEqual(read('Nothing moved before the 24th of February.', '2022-11', en), [['before the 24th of February', '2022-02-24', 'day', 'before']]);
});

test('precision stops at what the publication date makes certain', () => {
  assert.deepEqual(read('Il a parlé mardi, la semaine dernière.', '2022-07'), [
    ['mardi', '2022-07', 'month', 'on'], ['la semaine dernière', '2022-07', 'month', 'on'],
  ]);
  assert.deepEqual(read('Il a parlé hier et le mois dernier.', '2022'), [['hier', '2022', 'year', 'on'], ['le mois dernier', '2022', 'year', 'on']]);
});

test('without a publication date, relative dates and dates without a year are skipped', () => {
  assert.deepEqual(read('Depuis août, mardi, hier, le 19 juillet et le 5 mars 2021.', null), [['5 mars 2021', '2021-03-05', 'day', 'on']]);
});

test('offsets are document offsets, sentence by sentence', () => {
  const text = 'Titre. Le 19 juillet, il est parti. Mardi, il est revenu.';
  const sentences: Sentence[] = [{ start: 0, end: 6, paragraph: 0 }, { start: 7, end: 35, paragraph: 0 }, { start: 36, end: text.length, paragraph: 0 }];
  const found = findDates(text, sentences, '2022-07-29', { dates: fr });
  assert.deepEqual(found.map((m) => [m.start, m.end, m.text, m.value, m.relative]), [
    [10, 20, '19 juillet', '2022-07-19', false], [36, 41, 'Mardi', '2022-07-26', true],
  ]);
});

// ---------------------------------------------------------------- seed articles

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const noSeeds = !existsSync(seeds) && `no seed folder at ${seeds}`;

/** A seed article's lines as sentences (one paragraph per line), its dates found against `published`. */
function seedDates(prefix: string, published: PartialDate | null): DateMention[] {
  const name = readdirSync(seeds).find((file) => file.startsWith(prefix))!;
  const text = readFileSync(seeds + name, 'utf8');
  const lines: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) lines.push({ start: line.index, end: line.index + line[0].length, paragraph: lines.length });
  const found = findDates(text, lines, published, { dates: fr });
  for (const mention of found) assert.equal(text.slice(mention.start, mention.end), mention.text);
  return found;
}

const summary = (found: DateMention[]) => found.map((m) => `${m.text}=${m.value}/${m.relation}`);

test('seed 000 (published 2022-07): weekday and "earlier this month" resolve to the month', { skip: noSeeds }, () => {
  const found = summary(seedDates('000_', '2022-07'));
  assert.ok(found.includes('mardi=2022-07/on'));
  assert.ok(found.includes('plus tôt ce mois-ci=2022-07/on'));
  assert.ok(found.includes('19 juillet=2022-07-19/on'));
});

test('seed 001: "Depuis août" needs a publication date', { skip: noSeeds }, () => {
  assert.ok(!summary(seedDates('001_', null)).some((m) => m.startsWith('Depuis août')));
  assert.ok(summary(seedDates('001_', '2023-05')).includes('Depuis août=2022-08/since'));
});

test('seed 003 (published 2022-11): weekday, month-year and year', { skip: noSeeds }, () => {
  const found = summary(seedDates('003_', '2022-11'));
  for (const expected of ['mardi=2022-11/on', 'La semaine dernière=2022-11/on', '24 février=2022-02-24/on', '2014=2014/on', 'février 2022=2022-02/on']) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
  }
});

test('seed 004: numeric date', { skip: noSeeds }, () => {
  assert.ok(summary(seedDates('004_', null)).includes('23.10.2022=2022-10-23/on'));
});

test('The part of the day belongs to a weekday: « jeudi soir », "on Tuesday evening"', () => {
  assert.deepEqual(read('Il a indiqué jeudi soir que ...', '2024-03-15'), [['jeudi soir', '2024-03-14', 'day', 'on']]);
  assert.deepEqual(read('He said on Tuesday evening that ...', '2024-03-15', en), [['Tuesday evening', '2024-03-12', 'day', 'on']]);
});

test('A bare month said to come later goes on from the last year written: « En juillet 2022, ... Deux mois plus tard, en septembre »', () => {
  const text = 'En juillet 2022, Washington accusait Téhéran. Deux mois plus tard, en septembre, Kiev annonçait avoir abattu un drone.';
  const sentences = [{ start: 0, end: 44, paragraph: 0 }, { start: 45, end: text.length, paragraph: 0 }];
  const found = findDates(text, sentences, '2024-09-02', { dates: fr }).map((m) => [m.text, m.value]);
  assert.deepEqual(found, [['juillet 2022', '2022-07'], ['septembre', '2022-09']]);
  // Without a word moving the narrative on, a bare month is of the publication year.
  const plain = 'En juillet 2022, Washington accusait Téhéran. En mars, Kiev a annoncé avoir abattu un drone.';
  const plainSentences = [{ start: 0, end: 44, paragraph: 0 }, { start: 45, end: plain.length, paragraph: 0 }];
  assert.equal(findDates(plain, plainSentences, '2024-09-02', { dates: fr })[1].value, '2024-03');
});
