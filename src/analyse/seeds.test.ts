/**
 * The seed articles (French reporting on Iranian drones and missiles for Russia, 2022-2023)
 * ingested end to end: the shifts a reader of those articles would point out must be found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Item } from '../core/types.js';
import { ingest } from '../store/ingest.js';
import { openLedger } from '../store/index.js';
import { itemCovers } from './items.js';
import { partyOf } from './propositions.js';
import { detectShifts, type Shift, type ShiftKind } from './shifts.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

async function seedShifts(): Promise<Shift[]> {
  const db = join(mkdtempSync(join(tmpdir(), 'claimtrail-seeds-')), 'ledger.db');
  const report = await ingest([SEEDS], { db });
  assert.equal(report.counts.failed, 0);
  const ledger = openLedger(db);
  try {
    return detectShifts(ledger.claims());
  } finally {
    ledger.close();
  }
}

/** A shift of `kind` about Iran supplying Russia, with a claim by each party on `item` or a narrower item. */
function find(shifts: Shift[], kind: ShiftKind, parties: string[], item: Item): Shift | undefined {
  return shifts.find((shift) => shift.kind === kind && shift.proposition.id.startsWith('supply:iran>russia:')
    && parties.every((party) => shift.claims.some((claim) => partyOf(claim) === party
      && itemCovers(claim.proposition.item, item))));
}

test('seed articles: the US walks back and returns to assertions; Iran reverses and is contradicted', { skip }, async () => {
  const shifts = await seedShifts();
  const listing = shifts.map((shift) => `${shift.date} ${shift.kind} ${shift.proposition.id}: ${shift.summary}`).join('\n');
  const walkBack = find(shifts, 'walk-back', ['United States'], 'drones');
  assert.ok(walkBack, `no US walk-back on drones among:\n${listing}`);
  assert.deepEqual([walkBack.from], ['asserts']);
  assert.ok(find(shifts, 'reassertion', ['United States'], 'drones'), `no US reassertion among:\n${listing}`);
  const reversal = find(shifts, 'reversal', ['Iran'], 'drones');
  assert.ok(reversal, `no Iranian reversal among:\n${listing}`);
  assert.deepEqual([reversal.from, reversal.to], ['denies', 'admits']);
  assert.ok(find(shifts, 'contradiction', ['United States', 'Iran'], 'drones'), `no US/Iran contradiction on drones among:\n${listing}`);
  // The seeds' US assertions on ballistic missiles come from articles without a date: they may have
  // been made at any time, so they are set against Iran's November 2022 denial too.
  assert.ok(find(shifts, 'contradiction', ['United States', 'Iran'], 'ballistic missiles'),
    `no US/Iran contradiction on ballistic missiles among:\n${listing}`);
  assert.ok(find(shifts, 'contradiction', ['Ukraine', 'Iran'], 'ballistic missiles'),
    `no Ukraine/Iran contradiction on ballistic missiles among:\n${listing}`);
});
