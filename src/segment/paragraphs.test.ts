import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './paragraphs.js';

const texts = (text: string, excluded: Parameters<typeof splitParagraphs>[1] = []) =>
  splitParagraphs(text, excluded).map((p) => text.slice(p.start, p.end));

test('one paragraph per line, trimmed, blank lines skipped', () => {
  assert.deepEqual(texts('  Premier paragraphe. \r\n\n\tDeuxième.\n   \nTroisième'), ['Premier paragraphe.', 'Deuxième.', 'Troisième']);
});

test('excluded ranges are cut out, also inside a line and across lines', () => {
  const text = 'Titre\nPhoto : AFP Le texte commence ici.\nPartager\nSuite du texte.';
  const caption = { start: text.indexOf('Photo'), end: text.indexOf('Le texte'), kind: 'caption' as const };
  const share = { start: text.indexOf('Partager'), end: text.indexOf('Suite'), kind: 'share' as const };
  assert.deepEqual(texts(text, [share, caption]), ['Titre', 'Le texte commence ici.', 'Suite du texte.']);
  const across = { start: text.indexOf('commence'), end: text.indexOf('du texte'), kind: 'other' as const };
  assert.deepEqual(texts(text, [across]), ['Titre', 'Photo : AFP Le texte', 'du texte.']);
});

test('stretches without a letter or digit are not paragraphs', () => {
  assert.deepEqual(texts('Texte.\n—\n* * *\nFin.'), ['Texte.', 'Fin.']);
});
