/** The analysis commands (timeline, shifts, export, actors) run against a ledger holding the storyline. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLedger } from '../../store/index.js';
import { fixtureDocuments, storyline } from '../../analyse/test-support.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'claimtrail-analysis-'));
const db = join(folder, 'ledger.db');
const ledger = openLedger(db);
for (const doc of fixtureDocuments(storyline())) ledger.addDocument(doc);
ledger.close();

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args, '--db', db], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('timeline', () => {
  test('lists claims in the order they were said, with stance symbols', () => {
    const { status, stdout } = run('timeline', 'supply:iran>russia:drones');
    assert.equal(status, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0], /^WHEN\s+STANCE\s+PARTY\s+SPEAKER/);
    assert.match(lines[1], /^before 2022-07\s+● asserts\s+United States\s+Jake Sullivan/);
    assert.match(lines.at(-1)!, /^2023-05-15\s+● asserts\s+United States\s+John Kirby/);
    assert.equal(lines.length, 11);
  });

  test('--by-actor prints one lane per affiliation; --json gives the lanes as data', () => {
    const { stdout } = run('timeline', 'supply:iran>russia:weapons', '--by-actor');
    assert.match(stdout, /^United States \(7\)\n/);
    assert.match(stdout, /\n\nIran \(5\)\n/);
    const lanes = JSON.parse(run('timeline', 'supply:iran>russia:weapons', '--by-actor', '--json').stdout);
    assert.deepEqual(lanes.map((lane: { party: string }) => lane.party), ['United States', 'Iran', 'Ukraine']);
  });

  test('an unknown proposition is a one-line usage error naming known ones', () => {
    const { status, stderr } = run('timeline', 'supply:mars>venus:drones');
    assert.equal(status, 2);
    assert.match(stderr, /^claimtrail: no claims about "supply:mars>venus:drones" \(known propositions include: supply:iran>russia:drones/);
    assert.equal(stderr.trim().split('\n').length, 1);
  });
});

describe('shifts', () => {
  test('lists the walk-back, reassertion and reversal with their claims', () => {
    const { status, stdout } = run('shifts');
    assert.equal(status, 0);
    assert.match(stdout, /2022-07-26 {2}walk-back {2}Iran → Russia: drones \(supply\)\n {2}United States walked back: asserts → no_evidence\n/);
    assert.match(stdout, /2022-10-19 {2}reassertion/);
    assert.match(stdout, /2022-11-05 {2}reversal {2}Iran → Russia: weapons \(supply\)\n {2}Iran reversed: denies → admits/);
  });

  test('--json with --kind gives shift records pointing at claims by id', () => {
    const shifts = JSON.parse(run('shifts', '--kind', 'contradiction', '--json').stdout);
    assert.ok(shifts.length > 0);
    for (const shift of shifts as { kind: string; parties: string[]; claimIds: string[] }[]) {
      assert.equal(shift.kind, 'contradiction');
      assert.equal(shift.parties.length, 2);
      assert.ok(shift.claimIds.length >= 2);
    }
  });
});

describe('export', () => {
  test('writes each format to a file or standard output', () => {
    const out = join(folder, 'report.html');
    assert.equal(run('export', '--format', 'html', '--out', out).status, 0);
    assert.match(readFileSync(out, 'utf8'), /<h3>Iran → Russia: drones \(supply\)<\/h3>/);
    assert.match(run('export', '--format', 'md').stdout, /^# Claims report/);
    assert.match(run('export', '--format', 'csv').stdout, /^id,when,said_on,/);
    const json = JSON.parse(run('export', '--format', 'json', '--level', 'weapons').stdout);
    assert.deepEqual(json.propositions.map((record: { id: string }) => record.id), ['supply:iran>russia:weapons']);
  });

  test('a bad format or an unwritable path is a one-line error', () => {
    assert.equal(run('export', '--format', 'pdf').status, 2);
    const { status, stderr } = run('export', '--format', 'md', '--out', join(folder, 'missing', 'r.md'));
    assert.equal(status, 1);
    assert.match(stderr, /^claimtrail: .*missing\/r\.md: cannot write the export \(ENOENT\)\n$/);
  });
});

describe('actors', () => {
  test('lists speakers with affiliation, claims and propositions', () => {
    const { status, stdout } = run('actors');
    assert.equal(status, 0);
    assert.match(stdout, /^SPEAKER\s+AFFILIATION\s+TYPE\s+CLAIMS/);
    assert.match(stdout, /\nJohn Kirby\s+United States\s+person\s+3\s+no_evidence 1, asserts 2\s+supply:iran>russia:drones \(2\)/);
    const actors = JSON.parse(run('actors', '--json').stdout);
    assert.equal(actors.find((actor: { name: string }) => actor.name === 'Ivan Sorokin').unscopedClaims, 1);
  });
});

test('every analysis command answers --help', () => {
  for (const command of ['timeline', 'shifts', 'export', 'actors']) {
    const { status, stdout } = run(command, '--help');
    assert.equal(status, 0, command);
    assert.match(stdout, /--db <path>/);
  }
});
