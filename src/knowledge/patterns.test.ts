import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandPattern, expandPatternForms } from './patterns.js';
import { foldPhrase, tokenize } from './tokens.js';

test('alternatives, optional parts and slots', () => {
  assert.deepEqual(expandPattern('ministère [{demonym}] (de la défense|des armées)').sort(), [
    'ministère de la défense', 'ministère des armées', 'ministère {demonym} de la défense', 'ministère {demonym} des armées',
  ]);
});

test('equal suffixes go together, different ones independently', () => {
  assert.deepEqual(expandPattern('missile(s) balistique(s)'), ['missile balistique', 'missiles balistiques']);
  assert.deepEqual(expandPattern('représentant(e)(s)').sort(), ['représentant', 'représentante', 'représentantes', 'représentants']);
  assert.deepEqual(expandPattern('responsable(s) gouvernementa(l|ux)').sort(), [
    'responsable gouvernemental', 'responsable gouvernementaux', 'responsables gouvernemental', 'responsables gouvernementaux',
  ]);
});

test('a form that spells out a plural suffix is plural', () => {
  const forms = expandPatternForms('représentant(e)(s) permanent(e)(s)');
  const plural = (phrase: string) => forms.find((f) => f.phrase === phrase)?.plural;
  assert.equal(plural('représentante permanente'), false);
  assert.equal(plural('représentants permanents'), true);
  assert.equal(plural('représentantes permanentes'), true);
});

test('a broken pattern is a clear error', () => {
  assert.throws(() => expandPattern('ministère (de la défense'), /entity pattern "ministère \(de la défense": missing "\)"/);
});

test('tokens: folded keys, offsets into the original, hyphens and apostrophes only separate', () => {
  const text = "L’Iran, les États-Unis et le SU35";
  const tokens = tokenize(text);
  assert.deepEqual(tokens.keys, ['l', 'iran', ',', 'les', 'etats', 'unis', 'et', 'le', 'su', '35']);
  assert.deepEqual(tokens.keys.map((_, i) => text.slice(tokens.starts[i], tokens.ends[i])),
    ['L', 'Iran', ',', 'les', 'États', 'Unis', 'et', 'le', 'SU', '35']);
  assert.equal(foldPhrase('Kyïv  Akıncı'), 'kyiv akinci');
  const decomposed = 'Te\u0301he\u0301ran';
  assert.deepEqual(tokenize(decomposed), { starts: [0], ends: [decomposed.length], keys: ['teheran'] });
});
