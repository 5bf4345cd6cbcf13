import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseActors } from './actors.js';
import { storyline } from './test-support.js';

test('actors: each speaker with affiliation, claim count and propositions, most claims first', () => {
  const actors = summariseActors(storyline());
  const kirby = actors.find((actor) => actor.name === 'John Kirby')!;
  assert.equal(kirby.affiliation, 'United States');
  assert.equal(kirby.claims, 3);
  assert.deepEqual(kirby.stances, { no_evidence: 1, asserts: 2 });
  assert.deepEqual(kirby.propositions.map((entry) => [entry.id, entry.claims]), [
    ['supply:iran>russia:drones', 2], ['supply:iran>russia:ballistic-missiles', 1],
  ]);
  assert.deepEqual([kirby.first, kirby.last], ['2022-07-26', '2023-05-15']);
  assert.equal(actors[0].claims >= actors.at(-1)!.claims, true);
  const sorokin = actors.find((actor) => actor.name === 'Ivan Sorokin')!;
  assert.deepEqual([sorokin.unscopedClaims, sorokin.propositions.length], [1, 0]);
});
