/**
 * The seed articles scored with the shared scorer (../shared/eval/score.mjs), as CI sees them: the
 * extractor must keep the bars (full-match F1 >= 0.80, claim detection F1 >= 0.90, no
 * provenance error). Skipped when ../shared is not beside the checkout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../pipeline.js';
import { toContractRecords } from '../export/contract.js';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const seeds = join(shared, 'seeds');
const present = existsSync(join(shared, 'eval', 'score.mjs')) && existsSync(seeds);

test('the seed articles score above the bars of the extraction issue', { skip: present ? false : 'no ../shared/eval beside the checkout' }, () => {
  const lines: string[] = [];
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    const doc = analyse({ name, origin: join(seeds, name), format: 'text', text, meta: {} });
    for (const record of toContractRecords(doc)) lines.push(JSON.stringify(record));
  }
  const pred = join(mkdtempSync(join(tmpdir(), 'claimtrail-seeds-')), 'out.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const out = execFileSync(process.execPath, [
    join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'gold', 'seeds.claims.jsonl'),
    '--docs', join(shared, 'gold', 'seeds.docs.jsonl'), '--texts', seeds, '--pred', pred, '--json',
  ], { encoding: 'utf8' });
  const score = JSON.parse(out);
  assert.equal(score.provenance_errors, 0);
  assert.ok(score.full.f1 >= 0.8, `full-match F1 ${score.full.f1.toFixed(3)} >= 0.80`);
  assert.ok(score.detection.f1 >= 0.9, `claim detection F1 ${score.detection.f1.toFixed(3)} >= 0.90`);
  assert.deepEqual(score.doc_language, [5, 5]);
  assert.deepEqual(score.doc_published, [3, 3]);
});
