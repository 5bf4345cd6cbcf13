import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LedgerClaim } from '../core/types.js';
import { detectShifts, type Shift, type ShiftKind } from './shifts.js';
import { fixtureClaim, fixtureDoc, storyline } from './test-support.js';

function ofKind(shifts: Shift[], kind: ShiftKind): Shift[] {
  return shifts.filter((shift) => shift.kind === kind);
}

/** `speaker:stance:item@date` for each supporting claim: compact and readable in failures. */
function evidence(shift: Shift): string[] {
  return shift.claims.map((claim) => `${claim.speaker.name}:${claim.stance}:${claim.proposition.item}@${claim.saidOn}`);
}

test('storyline: the United States walks back in July 2022, then asserts again in October', () => {
  const shifts = detectShifts(storyline());
  const [walkBack] = ofKind(shifts, 'walk-back');
  assert.equal(ofKind(shifts, 'walk-back').length, 1);
  assert.equal(walkBack.proposition.id, 'supply:iran>russia:drones');
  assert.deepEqual(walkBack.parties, ['United States']);
  assert.deepEqual([walkBack.from, walkBack.to, walkBack.date], ['asserts', 'no_evidence', '2022-07-26']);
  assert.deepEqual(evidence(walkBack), [
    'Jake Sullivan:asserts:drones@2022-07', 'Jake Sullivan:asserts:drones@2022-07-11', 'John Kirby:no_evidence:drones@2022-07-26',
  ]);
  const [reassertion] = ofKind(shifts, 'reassertion');
  assert.deepEqual([reassertion.from, reassertion.to, reassertion.date], ['no_evidence', 'asserts', '2022-10-19']);
  assert.deepEqual(evidence(reassertion), ['John Kirby:no_evidence:drones@2022-07-26', 'Antony Blinken:asserts:drones@2022-10-19']);
});

test('storyline: Iran reverses from denial to admission, though the admission also denies anything since', () => {
  const reversals = ofKind(detectShifts(storyline()), 'reversal');
  assert.equal(reversals.length, 1);
  const [reversal] = reversals;
  assert.deepEqual([reversal.from, reversal.to, reversal.date], ['denies', 'admits', '2022-11-05']);
  assert.deepEqual(reversal.parties, ['Iran']);
  // The July denial was about drones, the October one about weapons: they meet at the weapons level.
  assert.equal(reversal.proposition.id, 'supply:iran>russia:weapons');
  assert.deepEqual(evidence(reversal), [
    'Iran:denies:drones@2022-07', 'Iran:denies:weapons@2022-10', 'Hossein Amir-Abdollahian:admits:drones@2022-11-05',
  ]);
});

test('storyline: the United States and Iran contradict each other on drones and on ballistic missiles', () => {
  const contradictions = ofKind(detectShifts(storyline()), 'contradiction')
    .filter((shift) => shift.parties.join() === 'United States,Iran');
  assert.deepEqual(contradictions.map((shift) => [shift.proposition.id, shift.date, shift.summary]), [
    ['supply:iran>russia:drones', '2022-07', 'United States asserts vs Iran denies (2022-07)'],
    ['supply:iran>russia:weapons', '2022-10', 'United States asserts vs Iran denies (2022-10)'],
    ['supply:iran>russia:ballistic-missiles', '2022-11', 'United States asserts vs Iran denies (2022-11)'],
  ]);
});

test('storyline: Iran\'s admission corroborates earlier assertions; the US and Ukraine corroborate each other', () => {
  const corroborations = ofKind(detectShifts(storyline()), 'corroboration');
  assert.deepEqual(corroborations.map((shift) => [shift.proposition.id, shift.summary]), [
    ['supply:iran>russia:drones', 'asserted independently by United States, Ukraine'],
    ['supply:iran>russia:ballistic-missiles', 'asserted independently by United States, Ukraine'],
    ['supply:iran>russia:drones', 'Iran admits what United States, Ukraine asserted'],
  ]);
});

test('storyline: shifts come in the order they happened', () => {
  const kinds = detectShifts(storyline()).map((shift) => `${shift.date} ${shift.kind}`);
  assert.deepEqual(kinds.slice(0, 2), ['2022-07 contradiction', '2022-07-26 walk-back']);
});

const doc = fixtureDoc('one.txt', '2022-11-05');
const earlier = fixtureDoc('earlier.txt', '2022-07-20');

function partialAdmission(order: 'admits-first' | 'denies-first'): LedgerClaim[] {
  const denial = { doc: earlier, speaker: 'Iran', speakerType: 'country', stance: 'denies', said: '2022-07-20' } as const;
  const admits = { doc, speaker: 'Minister', affiliation: 'Iran', stance: 'admits', said: '2022-11-05' } as const;
  const deniesSince = { doc, speaker: 'Minister', affiliation: 'Iran', stance: 'denies', said: '2022-11-05' } as const;
  const statement = order === 'admits-first' ? [admits, deniesSince] : [deniesSince, admits];
  return [denial, ...statement].map((spec) => fixtureClaim(spec));
}

test('an admission and a denial in one statement count as a reversal from the earlier denial, whatever their order', () => {
  for (const order of ['admits-first', 'denies-first'] as const) {
    const reversals = ofKind(detectShifts(partialAdmission(order)), 'reversal');
    assert.deepEqual(reversals.map((shift) => [shift.from, shift.to]), [['denies', 'admits']], order);
  }
});

test('a later plain denial after an admission is a reversal back', () => {
  const claims = [
    ...partialAdmission('admits-first'),
    fixtureClaim({ doc: fixtureDoc('later.txt', '2023-01-10'), speaker: 'Iran', speakerType: 'country', stance: 'denies', said: '2023-01-10' }),
  ];
  const reversals = ofKind(detectShifts(claims), 'reversal');
  assert.deepEqual(reversals.map((shift) => [shift.from, shift.to, shift.date]),
    [['denies', 'admits', '2022-11-05'], ['admits', 'denies', '2023-01-10']]);
});

test('a walk-back can be seen at a coarser level, never across sibling items', () => {
  const asserted = fixtureClaim({ doc: earlier, speaker: 'Adviser', affiliation: 'United States', stance: 'asserts', said: '2022-07-11' });
  const retractsWeapons = fixtureClaim({ doc, speaker: 'Spokesman', affiliation: 'United States', stance: 'retracts',
    said: '2022-07-25', proposition: { item: 'weapons' } });
  const noMissiles = fixtureClaim({ doc, speaker: 'Spokesman', affiliation: 'United States', stance: 'no_evidence',
    said: '2022-07-25', proposition: { item: 'ballistic missiles' } });
  const coarser = ofKind(detectShifts([asserted, retractsWeapons]), 'walk-back');
  assert.deepEqual(coarser.map((shift) => [shift.proposition.id, shift.to]), [['supply:iran>russia:weapons', 'retracts']]);
  assert.equal(ofKind(detectShifts([asserted, noMissiles]), 'walk-back').length, 0);
});

test('a statement that asserts and speculates at once is not a walk-back', () => {
  const claims = [
    fixtureClaim({ doc: earlier, speaker: 'Adviser', affiliation: 'United States', stance: 'asserts', said: '2022-07-11' }),
    fixtureClaim({ doc, speaker: 'Secretary', affiliation: 'United States', stance: 'speculates', said: '2022-10-19' }),
    fixtureClaim({ doc, speaker: 'Secretary', affiliation: 'United States', stance: 'asserts', said: '2022-10-19' }),
  ];
  assert.equal(ofKind(detectShifts(claims), 'walk-back').length, 0);
});

test('contradictions need overlapping periods unless the window is widened', () => {
  const claims = [
    fixtureClaim({ doc: earlier, speaker: 'Kyiv', affiliation: 'Ukraine', stance: 'asserts', said: '2022-10-30' }),
    fixtureClaim({ doc, speaker: 'Tehran', affiliation: 'Iran', stance: 'denies', said: '2022-11-02' }),
  ];
  assert.equal(ofKind(detectShifts(claims), 'contradiction').length, 0);
  const widened = ofKind(detectShifts(claims, { periodMonths: 1 }), 'contradiction');
  assert.deepEqual(widened.map((shift) => shift.summary), ['Ukraine asserts vs Iran denies (2022-11)']);
});

test('the outlet\'s own voice and unidentified speakers take no part in shifts', () => {
  const claims = [
    fixtureClaim({ doc: earlier, speaker: 'Le Monde', affiliation: null, speakerType: 'author', stance: 'asserts', said: '2022-07-20' }),
    fixtureClaim({ doc: earlier, speaker: 'unknown', affiliation: null, speakerType: 'unknown', stance: 'asserts', said: '2022-07-20' }),
    fixtureClaim({ doc: earlier, speaker: 'Iran', speakerType: 'country', stance: 'denies', said: '2022-07-20' }),
  ];
  assert.deepEqual(detectShifts(claims), []);
});

test('an assertion from an undated article is set against a dated denial, and says so', () => {
  const undated = fixtureDoc('undated.txt', null);
  const november = fixtureDoc('november.txt', '2022-11');
  const shifts = detectShifts([
    fixtureClaim({ doc: undated, speaker: 'US officials', affiliation: 'United States', stance: 'asserts', proposition: { item: 'ballistic missiles' } }),
    fixtureClaim({ doc: november, speaker: 'Iran', stance: 'denies', said: '2022-11', proposition: { item: 'missiles' } }),
  ]);
  const [contradiction] = ofKind(shifts, 'contradiction');
  assert.ok(contradiction);
  assert.deepEqual(contradiction.parties, ['United States', 'Iran']);
  assert.match(contradiction.summary, /2022-11, one side undated/);
});
