import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

const texts = (text: string) => tokenize(text).map((token) => token.text);

test('French elisions split off the apostrophe, with either apostrophe', () => {
  assert.deepEqual(texts('l’Iran qu’il d\'armes n’a s’est j’ai c’est'), ['l’', 'Iran', 'qu’', 'il', 'd\'', 'armes', 'n’', 'a', 's’', 'est', 'j’', 'ai', 'c’', 'est']);
  assert.deepEqual(texts('jusqu’à aujourd’hui presqu’île'), ['jusqu’', 'à', 'aujourd’hui', 'presqu’île']);
});

test('hyphenated words and model names stay whole; inverted pronouns split from the verb', () => {
  assert.deepEqual(texts('Shahed-136 porte-parole Su-35'), ['Shahed-136', 'porte-parole', 'Su-35']);
  assert.deepEqual(texts('a-t-il ajouté, dit-elle, add-on'), ['a', '-t-il', 'ajouté', ',', 'dit', '-elle', ',', 'add-on']);
});

test('English contractions and possessives stay one word', () => {
  assert.deepEqual(texts("Iran's drones don't"), ["Iran's", 'drones', "don't"]);
});

test('numbers keep their separators', () => {
  const tokens = tokenize('3.5 % de 15\u202f000 le 23.10.2022 à 13:27');
  assert.deepEqual(tokens.map((t) => [t.text, t.kind]), [
    ['3.5', 'number'], ['%', 'symbol'], ['de', 'word'], ['15\u202f000', 'number'], ['le', 'word'],
    ['23.10.2022', 'number'], ['à', 'word'], ['13:27', 'number'],
  ]);
});

test('quote marks are their own kind; other punctuation is punct', () => {
  const tokens = tokenize('« Non » “yes” "oui" ‹ a › ... ?!');
  assert.deepEqual(tokens.filter((t) => t.kind === 'quote').map((t) => t.text), ['«', '»', '“', '”', '"', '"', '‹', '›']);
  assert.deepEqual(tokens.filter((t) => t.kind === 'punct').map((t) => t.text), ['...', '?!']);
});

test('offsets point into the original text, also inside a span', () => {
  const text = 'Avant. Le porte-parole l’a dit : « non ».';
  const span = { start: 7, end: text.length };
  for (const token of tokenize(text, span)) {
    assert.equal(text.slice(token.start, token.end), token.text);
    assert.ok(token.start >= span.start && token.end <= span.end);
  }
  assert.equal(tokenize(text, span)[0].text, 'Le');
});
