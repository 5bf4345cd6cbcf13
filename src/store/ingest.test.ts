import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, openLedger } from './index.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

test('ingest stores every readable input once and reports the others without stopping', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-'));
  const binary = join(folder, 'scan.txt');
  writeFileSync(binary, Buffer.from([0x50, 0x00, 0x4b]));
  const ledger = openLedger(join(folder, 'ledger.db'));
  const progress: number[] = [];

  const first = await ingest([SAMPLES, binary], { ledger, onProgress: (_result, done) => progress.push(done) });
  assert.deepEqual(first.counts, { added: 4, unchanged: 0, updated: 0, failed: 1 });
  assert.deepEqual(progress, [1, 2, 3, 4, 5]);
  const failure = first.results.find((result) => result.status === 'failed');
  assert.equal(failure?.file, binary);
  assert.match(failure?.error ?? '', /binary/);
  const stored = first.results.filter((result) => result.status === 'added');
  assert.deepEqual(stored.map((result) => result.name).sort(),
    ['en-washington-shells.html', 'fr-seoul-obus.txt', 'wire.jsonl#1', 'wire.jsonl#2']);
  assert.equal(ledger.claims().length, stored.reduce((sum, result) => sum + (result.claims ?? 0), 0));

  const again = await ingest([SAMPLES], { ledger });
  assert.deepEqual(again.counts, { added: 0, unchanged: 4, updated: 0, failed: 0 });
  assert.equal(ledger.documents().length, 4, 'the given ledger is left open');
  ledger.close();
});
