import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimMatchesProposition, groupPropositions, propositionId, propositionLabel } from './propositions.js';
import { fixtureClaim, fixtureDoc, storyline } from './test-support.js';

test('ids are readable slugs of type, participants and item; labels read as arrows', () => {
  const supply = { type: 'supply', actor: 'Iran', recipient: 'Russia', item: 'ballistic missiles' } as const;
  assert.equal(propositionId(supply), 'supply:iran>russia:ballistic-missiles');
  assert.equal(propositionId(supply, 'weapons'), 'supply:iran>russia:weapons');
  assert.equal(propositionLabel(supply), 'Iran → Russia: ballistic missiles (supply)');
  assert.equal(propositionId({ type: 'supply', actor: 'North Korea', recipient: 'RU', item: 'artillery' }),
    'supply:north-korea>russia:artillery');
});

test('a French and an English claim about the same proposition land in one record', () => {
  const [drones] = groupPropositions(storyline());
  assert.equal(drones.id, 'supply:iran>russia:drones');
  assert.equal(drones.label, 'Iran → Russia: drones (supply)');
  assert.deepEqual(drones.languages, ['fr', 'en']);
  assert.deepEqual(drones.parties, ['United States', 'Iran', 'Ukraine']);
  assert.equal(drones.first, '2022-07');
  assert.equal(drones.last, '2023-05-15');
  const speakers = drones.claims.filter((claim) => claim.speaker.name === 'Jake Sullivan');
  assert.deepEqual(speakers.map((claim) => claim.doc.language), ['fr', 'en']);
});

test('the latest stance of each party is its latest statement, which may hold several stances', () => {
  const [drones] = groupPropositions(storyline());
  const latest = new Map(drones.latestStances.map((entry) => [entry.party, entry]));
  assert.deepEqual(latest.get('Iran')?.stances, ['denies', 'admits']);
  assert.equal(latest.get('Iran')?.date, '2022-11-05');
  assert.deepEqual(latest.get('United States')?.stances, ['asserts']);
  assert.equal(latest.get('United States')?.date, '2023-05-15');
});

test('viewing at a coarser level puts weapons, drones and ballistic missiles claims together', () => {
  const exact = groupPropositions(storyline());
  assert.deepEqual(exact.map((record) => [record.id, record.claims.length]), [
    ['supply:iran>russia:drones', 10],
    ['supply:iran>russia:ballistic-missiles', 3],
    ['supply:iran>russia:weapons', 1],
  ]);
  const weapons = groupPropositions(storyline(), { level: 'weapons' });
  assert.deepEqual(weapons.map((record) => [record.label, record.claims.length]), [['Iran → Russia: weapons (supply)', 14]]);
  const missiles = groupPropositions(storyline(), { level: 'missiles' });
  assert.deepEqual(missiles.map((record) => record.id).sort(),
    ['supply:iran>russia:drones', 'supply:iran>russia:missiles', 'supply:iran>russia:weapons']);
});

test('produce participants are unordered; supply participants are not', () => {
  const doc = fixtureDoc('p.txt', '2022-12-01');
  const claims = [
    fixtureClaim({ doc, speaker: 'A', stance: 'asserts', proposition: { type: 'produce', actor: 'Russia', recipient: 'Iran' } }),
    fixtureClaim({ doc, speaker: 'B', stance: 'asserts', proposition: { type: 'produce', actor: 'Iran', recipient: 'Russia' } }),
    fixtureClaim({ doc, speaker: 'C', stance: 'asserts', proposition: { type: 'supply', actor: 'Russia', recipient: 'Iran' } }),
  ];
  const records = groupPropositions(claims);
  assert.deepEqual(records.map((record) => [record.id, record.label, record.claims.length]), [
    ['produce:iran+russia:drones', 'Iran ↔ Russia: drones (produce)', 2],
    ['supply:russia>iran:drones', 'Russia → Iran: drones (supply)', 1],
  ]);
});

test('a proposition id selects claims at its level and below, or a whole subject', () => {
  const claims = storyline();
  const count = (id: string) => claims.filter((claim) => claimMatchesProposition(claim, id)).length;
  assert.equal(count('supply:iran>russia:drones'), 10);
  assert.equal(count('supply:iran>russia:missiles'), 3);
  assert.equal(count('supply:iran>russia:weapons'), 14);
  assert.equal(count('supply:iran>russia'), 14);
  assert.equal(count('supply:russia>iran'), 0);
});
