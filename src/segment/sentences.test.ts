import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { abbreviations as fr } from '../lang/fr/abbreviations.js';
import { abbreviations as en } from '../lang/en/abbreviations.js';

function sentences(text: string, abbreviations = fr): string[] {
  const found = splitSentences(text, splitParagraphs(text, []), { abbreviations });
  return found.map((s) => text.slice(s.start, s.end));
}

test('splits at terminal punctuation followed by a capital, digit or opening quote', () => {
  assert.deepEqual(sentences('Il est parti. Elle reste ! Pourquoi ? 12 soldats sont morts. « Non », dit-il.'), [
    'Il est parti.', 'Elle reste !', 'Pourquoi ?', '12 soldats sont morts.', '« Non », dit-il.',
  ]);
});

test('French titles, abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(sentences('M. Dupont et Mme Durand ont vu le Gén. Martin. Le Dr. Petit confirme.'), [
    'M. Dupont et Mme Durand ont vu le Gén. Martin.', 'Le Dr. Petit confirme.',
  ]);
  assert.deepEqual(sentences('Des pays tiers, p. ex. Oman, servent d’intermédiaires. Jean-Paul A. Martin a signé.'), [
    'Des pays tiers, p. ex. Oman, servent d’intermédiaires.', 'Jean-Paul A. Martin a signé.',
  ]);
});

test('English titles, initials, month abbreviations and "No." do not end a sentence', () => {
  const text = 'U.S. officials met Mr. Smith and John F. Kirby on Jan. 5 at No. 10 Downing Street. The talks ended.';
  assert.deepEqual(sentences(text, en), [
    'U.S. officials met Mr. Smith and John F. Kirby on Jan. 5 at No. 10 Downing Street.', 'The talks ended.',
  ]);
  assert.deepEqual(sentences('Drones, missiles, etc. were listed. He left, etc. Then he came back.', en), [
    'Drones, missiles, etc. were listed.', 'He left, etc.', 'Then he came back.',
  ]);
});

test('a single capital before a quote or a dash is a word, not an initial: the sentence ends there', () => {
  assert.deepEqual(sentences('Il a réagi sur le réseau social X. « Nous n’avons rien livré », a-t-il écrit.'), [
    'Il a réagi sur le réseau social X.', '« Nous n’avons rien livré », a-t-il écrit.',
  ]);
  assert.deepEqual(sentences('He posted on X. “We sent nothing,” he wrote. It was Plan B. — Nothing more.', en), [
    'He posted on X.', '“We sent nothing,” he wrote.', 'It was Plan B.', '— Nothing more.',
  ]);
});

test('numbers and ellipses', () => {
  assert.deepEqual(sentences('La hausse atteint 3.5 % depuis le 23.10.2022 à Kiev. Puis… Rien. Il hésite... puis signe.'), [
    'La hausse atteint 3.5 % depuis le 23.10.2022 à Kiev.', 'Puis…', 'Rien.', 'Il hésite... puis signe.',
  ]);
});

test('scraped text that lost the space: a capitalised word after a full word starts a sentence', () => {
  assert.deepEqual(sentences('Il a livré des drones de la variété Trident.a déclaré le porte-parole.'), [
    'Il a livré des drones de la variété Trident.a déclaré le porte-parole.',
  ]);
  assert.deepEqual(sentences('La guerre continue en Ukraine.Dupont a déclaré aux journalistes.'), [
    'La guerre continue en Ukraine.', 'Dupont a déclaré aux journalistes.',
  ]);
  assert.deepEqual(sentences('Les U.S.Marines et M.Dupont restent.'), ['Les U.S.Marines et M.Dupont restent.']);
});

test('a quotation spanning sentences stays in one sentence with its closing mark', () => {
  assert.deepEqual(sentences('« Nous partons. Nous ne reviendrons pas », a-t-il dit. La salle se tait.'), [
    '« Nous partons. Nous ne reviendrons pas », a-t-il dit.', 'La salle se tait.',
  ]);
  assert.deepEqual(sentences('Il a dit : “Ce n’est pas fini. Nous verrons.” Puis il est parti.'), [
    'Il a dit : “Ce n’est pas fini. Nous verrons.”', 'Puis il est parti.',
  ]);
  assert.deepEqual(sentences('"Nous avons vu les preuves. Elles sont claires", a-t-elle déclaré.'), [
    '"Nous avons vu les preuves. Elles sont claires", a-t-elle déclaré.',
  ]);
});

test('an unbalanced or very long quotation does not swallow the paragraph', () => {
  assert.deepEqual(sentences('« Une citation jamais fermée. Suite du texte. Fin.'), [
    '« Une citation jamais fermée.', 'Suite du texte.', 'Fin.',
  ]);
  const long = `« ${'Une phrase assez longue pour remplir la citation. '.repeat(15)}»`;
  assert.ok(sentences(long).length > 10);
});

test('a closing quote followed by a capital after a glued period splits after the quote', () => {
  assert.deepEqual(sentences('"Nous verrons."Nous partirons demain.'), ['"Nous verrons."', 'Nous partirons demain.']);
});

test('after a number an abbreviation is a unit or a month, and a capital after it opens a sentence', () => {
  assert.deepEqual(sentences('Des obus de 152 mm et de 122 mm. Pyongyang aurait aussi envoyé des missiles.'), [
    'Des obus de 152 mm et de 122 mm.', 'Pyongyang aurait aussi envoyé des missiles.',
  ]);
  // A year after the month goes on with the date; a title before a name still does not end anything.
  assert.deepEqual(sentences('Le 12 sept. 2023, la Russie a tiré. M. Dupont a parlé.'), ['Le 12 sept. 2023, la Russie a tiré.', 'M. Dupont a parlé.']);
});

test('sentences lie inside their paragraph and carry its index', () => {
  const text = 'Un. Deux.\n\nTrois.';
  const found = splitSentences(text, splitParagraphs(text, []), { abbreviations: fr });
  assert.deepEqual(found, [
    { start: 0, end: 3, paragraph: 0 }, { start: 4, end: 9, paragraph: 0 }, { start: 11, end: 17, paragraph: 1 },
  ]);
});

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

test('seed articles: glued sentence ends and abbreviations', { skip: !existsSync(seeds) && `no seed folder at ${seeds}` }, () => {
  const all = readdirSync(seeds).sort().map((name) => sentences(readFileSync(seeds + name, 'utf8')));
  const article = (prefix: string) => all[readdirSync(seeds).sort().findIndex((name) => name.startsWith(prefix))];
  const second = article('001_');
  assert.ok(second.some((s) => s.startsWith('Depuis août') && s.includes('Shahed.a déclaré') && s.endsWith('John Kirby.')));
  assert.ok(second.some((s) => s.endsWith('en Ukraine.')));
  assert.ok(second.includes('Kirby a déclaré aux journalistes.'));
  assert.ok(article('004_').some((s) => s.startsWith('"Nous pensons') && s.endsWith('a déclaré M. Blinken lors d\'un point de presse.')));
  for (const list of all) for (const sentence of list) assert.equal(sentence, sentence.trim());
});
