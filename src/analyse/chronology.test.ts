import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPeriod, claimWhen, formatWhen, monthLabel, sortChronologically } from './chronology.js';
import { fixtureClaim, fixtureDoc } from './test-support.js';

const article = fixtureDoc('a.txt', '2022-07-28');
const later = fixtureDoc('b.txt', '2022-08-02');
const undatedDoc = fixtureDoc('c.txt', null);

function claimSaid(said: string | null, text: string, options: { before?: boolean; doc?: typeof article } = {}) {
  return fixtureClaim({ doc: options.doc ?? article, speaker: 'X', stance: 'asserts', said, before: options.before, text });
}

test('a month-only date sorts after the previous month and before the days of its month', () => {
  const claims = [
    claimSaid('2022-07-11', 'day in July'),
    claimSaid('2022-07', 'July'),
    claimSaid('2022-06-30', 'last day of June'),
    claimSaid('2022-08', 'August'),
    claimSaid('2022', 'year 2022'),
  ];
  assert.deepEqual(sortChronologically(claims).map((claim) => claim.text),
    ['year 2022', 'last day of June', 'July', 'day in July', 'August']);
});

test('"before D" sorts just before the claims dated D', () => {
  const claims = [
    claimSaid('2022-07-19', 'on the 19th'),
    claimSaid('2022-07-19', 'before the 19th', { before: true }),
    claimSaid('2022-07-18', 'on the 18th'),
    claimSaid('2022-07', 'before July', { before: true }),
    claimSaid('2022-06-30', 'end of June'),
  ];
  assert.deepEqual(sortChronologically(claims).map((claim) => claim.text),
    ['end of June', 'before July', 'on the 18th', 'before the 19th', 'on the 19th']);
});

test('undated claims take the published date, marked, after claims said that day; with none they go last', () => {
  const claims = [
    claimSaid(null, 'no date at all', { doc: undatedDoc }),
    claimSaid(null, 'published date stands in'),
    claimSaid('2022-07-28', 'said on publication day', { doc: later }),
    claimSaid('2022-07-29', 'next day'),
  ];
  const sorted = sortChronologically(claims);
  assert.deepEqual(sorted.map((claim) => claim.text),
    ['said on publication day', 'published date stands in', 'next day', 'no date at all']);
  assert.equal(formatWhen(claimWhen(sorted[1])), '2022-07-28 (published)');
  assert.equal(formatWhen(claimWhen(sorted[3])), 'undated');
});

test('same date: document order decides (earlier document, then offset)', () => {
  const inLater = claimSaid('2022-07', 'from the later article', { doc: later });
  const first = claimSaid('2022-07', 'first in article');
  const second = claimSaid('2022-07', 'second in article');
  assert.deepEqual(sortChronologically([inLater, second, first]).map((claim) => claim.text),
    ['first in article', 'second in article', 'from the later article']);
});

test('periods are months; a year covers all of them; "before" is read as the period of its date', () => {
  assert.deepEqual(claimPeriod(claimSaid('2022-07-19', 'day')), { from: 2022 * 12 + 6, to: 2022 * 12 + 6 });
  assert.deepEqual(claimPeriod(claimSaid('2022', 'year')), { from: 2022 * 12, to: 2022 * 12 + 11 });
  assert.deepEqual(claimPeriod(claimSaid('2022-07', 'before', { before: true })), { from: 2022 * 12 + 6, to: 2022 * 12 + 6 });
  assert.equal(claimPeriod(claimSaid(null, 'none', { doc: undatedDoc })), null);
  assert.equal(monthLabel(2022 * 12 + 6), '2022-07');
  assert.equal(formatWhen(claimWhen(claimSaid('2022-07', 'x', { before: true }))), 'before 2022-07');
});
