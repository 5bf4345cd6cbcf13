import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const NO_SEEDS = !existsSync(SEEDS) && `no seed articles at ${SEEDS}`;

interface Run { status: number | null; stdout: string; stderr: string }

/**
 * Runs `claimtrail ...args` in `cwd` (a fresh temporary folder by default), as a user would, with
 * stdin, stdout and stderr as pipes. Asynchronous, so that independent runs can overlap.
 */
function claimtrail(args: string[], cwd = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'))): Promise<Run> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output.stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output.stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...output }));
  });
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line.length > 0);
}

test('every command explains itself with --help', async () => {
  const commands = ['ingest', 'docs', 'show', 'claims', 'explain', 'extract', 'demo'];
  const runs = await Promise.all(commands.map((command) => claimtrail([command, '--help'])));
  runs.forEach((run, i) => {
    assert.equal(run.status, 0, `${commands[i]} --help: ${run.stderr}`);
    assert.match(run.stdout, new RegExp(`^Usage: claimtrail ${commands[i]}`), commands[i]);
  });
});

test('usage mistakes exit with status 2 and say what is wrong', async () => {
  const [unknownOption, badStance, missingArgument] = await Promise.all([
    claimtrail(['docs', '--colour']), claimtrail(['claims', '--stance', 'maybe']), claimtrail(['ingest']),
  ]);
  assert.equal(unknownOption.status, 2);
  assert.match(unknownOption.stderr, /unknown option '--colour'/);

  assert.equal(badStance.status, 2);
  assert.match(badStance.stderr, /'maybe' is invalid\. Allowed choices are asserts, denies/);

  assert.equal(missingArgument.status, 2);
  assert.match(missingArgument.stderr, /missing required argument 'path'/);
});

test('reading from a ledger that does not exist fails in one line', async () => {
  const run = await claimtrail(['docs', '--db', 'nowhere.db']);
  assert.equal(run.status, 1);
  assert.deepEqual(stderrLines(run), [
    'claimtrail: nowhere.db: no ledger here yet (run `claimtrail ingest` first, or pass --db)',
  ]);
});

describe('the seed articles', { skip: NO_SEEDS }, () => {
  const seedNames = NO_SEEDS ? [] : readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
  let work: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'claimtrail-seeds-'));
  });

  test('ingest stores each once: a second ingest changes nothing', async () => {
    const first = await claimtrail(['ingest', SEEDS], work);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, `${seedNames.length} added, 0 unchanged, 0 failed\n`);
    assert.equal(first.stderr, '', 'no progress bar when stderr is not a terminal');

    const listed = await claimtrail(['docs', '--json'], work);
    const documents = JSON.parse(listed.stdout) as { name: string; language: string }[];
    assert.deepEqual(documents.map((doc) => doc.name).sort(), seedNames);
    assert.ok(documents.every((doc) => doc.language === 'fr'));

    const again = await claimtrail(['ingest', '--json', SEEDS], work);
    const report = JSON.parse(again.stdout) as { counts: Record<string, number>; results: { status: string }[] };
    assert.deepEqual(report.counts, { added: 0, unchanged: seedNames.length, updated: 0, failed: 0 });
    assert.ok(report.results.every((result) => result.status === 'unchanged'));
  });

  test('a bad file gets one line naming it and exit status 1, the others are stored', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimtrail-bad-'));
    const broken = join(folder, 'broken.jsonl');
    writeFileSync(broken, '{"text": "unterminated\n');
    const run = await claimtrail(['ingest', '--db', 'other.db', SEEDS, broken], work);
    assert.equal(run.status, 1);
    const errors = stderrLines(run);
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0], /^claimtrail: .*broken\.jsonl\S*: \S/);
    assert.equal(run.stdout, `${seedNames.length} added, 0 unchanged, 1 failed\n`);
    const listed = JSON.parse((await claimtrail(['docs', '--json', '--db', 'other.db'], work)).stdout) as unknown[];
    assert.equal(listed.length, seedNames.length);
  });

  test('extract writes contract records whose text is the slice of the source they point to', async () => {
    const run = await claimtrail(['extract', '--format', 'jsonl', ...seedNames.map((name) => join(SEEDS, name))]);
    assert.equal(run.status, 0, run.stderr);
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const documents = records.filter((record) => record.kind === 'document');
    assert.deepEqual(documents.map((record) => record.doc), seedNames);
    const claims = records.filter((record) => record.kind === 'claim');
    for (const claim of claims) {
      const source = readFileSync(join(SEEDS, claim.doc), 'utf8');
      assert.equal(claim.text, source.slice(claim.start, claim.end), `${claim.doc} ${claim.start}-${claim.end}`);
      assert.equal(typeof claim.speaker.name, 'string');
      assert.ok('said_on' in claim && 'proposition' in claim && 'stance' in claim);
    }
  });

  test('show marks excluded ranges and dates when piped; explain marks each claim', async () => {
    const seed = seedNames[0];
    const [json, shown, explained, unknown] = await Promise.all([
      claimtrail(['show', seed, '--json'], work), claimtrail(['show', seed], work), claimtrail(['explain', seed], work),
      claimtrail(['show', 'no-such-doc'], work),
    ]);
    const doc = JSON.parse(json.stdout) as {
      dates: { text: string; value: string }[]; excluded: { kind: string }[]; claims: unknown[];
    };
    assert.equal(shown.status, 0, shown.stderr);
    for (const date of doc.dates) assert.ok(shown.stdout.includes(`${date.text}]{${date.value}}`), date.text);
    for (const range of doc.excluded) assert.ok(shown.stdout.includes(`[-excluded: ${range.kind}-]`), range.kind);

    assert.equal(explained.status, 0, explained.stderr);
    assert.equal(explained.stdout.match(/^#\d+ {2}/gm)?.length ?? 0, doc.claims.length);
    assert.equal(explained.stdout.match(/^ {4}rules: /gm)?.length ?? 0, doc.claims.length);

    assert.equal(unknown.status, 1);
    assert.deepEqual(stderrLines(unknown), ['claimtrail: no document matches "no-such-doc" (see `claimtrail docs`)']);
  });
});

test('demo ingests the bundled samples into ./claimtrail.db and lists them', async () => {
  const work = mkdtempSync(join(tmpdir(), 'claimtrail-demo-'));
  const run = await claimtrail(['demo'], work);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^4 added, 0 unchanged, 0 failed$/m);
  assert.match(run.stdout, /^Documents\nID +LANG +DATE +CLAIMS +TITLE$/m);
  assert.match(run.stdout, /^Claims\n/m);
  assert.ok(existsSync(join(work, 'claimtrail.db')));
});
