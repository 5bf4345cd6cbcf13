import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches, matchAtStart, phraseRegex, unionOf, wordRegex } from './regex.js';

/** The same pattern compiled as a plain RegExp, whose lookbehinds V8 checks itself. */
const plain = (re: RegExp, flags = re.flags) => new RegExp(re.source, flags);

const TEXTS = [
  'Été comme hiver, il a été clair : « été » et ÉTÉ.',
  'sans preuve, ansans preuve, 1sans preuve',
  'x',
  '',
  '🙂sans preuve et 𝐀sans preuve',
];

test('a \\b before an accented word is a Unicode word boundary', () => {
  const re = wordRegex('\\bété\\b');
  assert.deepEqual(allMatches(re, 'Un été, un étéé, un pré-été.').map((m) => m.index), [3, 24]);
});

test('a \\b before a lookahead closes a word: "déjà\\b(?!\\s+été)"', () => {
  const re = wordRegex(String.raw`\bdéjà\b(?!\s+été\b)`);
  assert.deepEqual(allMatches(re, 'déjà livré, déjà été livré, déjàvu').map((m) => m.index), [0]);
});

test('word patterns find exactly the matches of their plain form, with every flag and method', () => {
  const patterns = [
    wordRegex('\\bété\\b'),
    wordRegex('\\b(?:sans|aucune)\\s+preuves?\\b'),
    wordRegex('\\bsans\\b|\\b(?<word>hiver)\\b'),
    phraseRegex(['il a été', 'été']),
    unionOf({}, () => [wordRegex('\\bsans\\b'), wordRegex('\\bhiver\\b')]),
  ];
  for (const re of patterns) {
    for (const text of TEXTS) {
      assert.deepEqual(re.exec(text), plain(re).exec(text), `${re} exec on "${text}"`);
      assert.equal(re.test(text), plain(re).test(text));
      assert.deepEqual(text.match(new RegExp(re, re.flags + 'g')), text.match(plain(re, re.flags + 'g')));
      assert.equal(text.replace(new RegExp(re, re.flags + 'g'), '<$&>'), text.replace(plain(re, re.flags + 'g'), '<$&>'));
      assert.deepEqual(text.split(re), text.split(plain(re)));
      assert.deepEqual(allMatches(re, text).map((m) => [m.index, m[0]]), [...text.matchAll(plain(re, re.flags + 'g'))].map((m) => [m.index, m[0]]));
      const sticky = new RegExp(re, re.flags + 'y');
      const plainSticky = plain(re, re.flags + 'y');
      for (let at = 0; at < text.length; at++) {
        sticky.lastIndex = at;
        plainSticky.lastIndex = at;
        assert.deepEqual(sticky.exec(text), plainSticky.exec(text));
        assert.equal(sticky.lastIndex, plainSticky.lastIndex);
      }
    }
  }
});

test('a pattern with an alternative that does not open a word keeps its plain form', () => {
  const re = wordRegex(',?\\s*\\bmais\\b|\\bsans\\b');
  assert.equal(re.constructor, RegExp);
  assert.deepEqual(allMatches(re, 'oui, mais sans, jamaisans').map((m) => m[0]), [', mais', 'sans']);
});

test('a pattern anchored with different tails keeps each tail: one compiled copy per pattern and tail', () => {
  const connective = phraseRegex(['however', 'but']);
  assert.equal(matchAtStart(connective, 'however, Iran sent', String.raw`\s*,`)?.[0], 'however,');
  assert.equal(matchAtStart(connective, ' however ,', String.raw`\s*,?\s*$`)?.[0], ' however ,');
  assert.equal(matchAtStart(connective, 'however, Iran sent', String.raw`\s*,?\s*$`), null);
});
