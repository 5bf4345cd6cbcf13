import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, STANCE_SYMBOLS, timelineByActor } from './timeline.js';
import { storyline } from './test-support.js';

test('the timeline orders claims by when they were said, with dates at their precision', () => {
  const entries = buildTimeline(storyline(), { proposition: 'supply:iran>russia:drones' });
  assert.deepEqual(entries.map((entry) => `${entry.whenLabel} ${entry.symbol} ${entry.speaker}`), [
    'before 2022-07 ● Jake Sullivan',
    '2022-07 ✕ Iran',
    '2022-07-11 ● Jake Sullivan',
    '2022-07-26 ○ John Kirby',
    '2022-10-17 ● Ukraine',
    '2022-10-19 ? Antony Blinken',
    '2022-10-19 ● Antony Blinken',
    '2022-11-05 ✕ Hossein Amir-Abdollahian',
    '2022-11-05 ◆ Hossein Amir-Abdollahian',
    '2023-05-15 ● John Kirby',
  ]);
});

test('entries carry speaker, affiliation, stance, mode, evidence and source', () => {
  const [first] = buildTimeline(storyline());
  assert.equal(first.speaker, 'Jake Sullivan');
  assert.equal(first.affiliation, 'United States');
  assert.equal(first.stance, 'asserts');
  assert.equal(first.mode, 'planned');
  assert.equal(first.excerpt, 'l’Iran se préparait à livrer des drones à la Russie');
  assert.equal(first.source.name, '2022-07-recul.txt');
  assert.equal(first.source.title, 'Washington revient sur ses accusations');
  assert.deepEqual(first.proposition, { id: 'supply:iran>russia:drones', label: 'Iran → Russia: drones (supply)' });
});

test('undated claims without a published date come last', () => {
  const entries = buildTimeline(storyline());
  assert.equal(entries.at(-1)?.whenLabel, 'undated');
  assert.equal(entries.at(-1)?.proposition, null);
});

test('by actor: one lane per affiliation, in order of first appearance', () => {
  const lanes = timelineByActor(buildTimeline(storyline(), { proposition: 'supply:iran>russia:weapons' }));
  assert.deepEqual(lanes.map((lane) => [lane.party, lane.entries.length]), [
    ['United States', 7], ['Iran', 5], ['Ukraine', 2],
  ]);
});

test('every stance has its own symbol', () => {
  assert.equal(new Set(Object.values(STANCE_SYMBOLS)).size, 6);
});
