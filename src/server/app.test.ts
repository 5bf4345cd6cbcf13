import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LedgerClaim } from '../core/types.js';
import type { Ledger } from '../store/index.js';
import type {
  ClaimDetail, DocumentDetail, DocumentSummary, IngestResponse, PropositionDetail, PropositionSummary, SearchHit,
  ShiftView,
} from './api-types.js';
import { createApp, safeFileName } from './app.js';
import { ledgerData } from './data.js';
import { startServer } from './start.js';
import { HOSTILE_MARKUP, fixtureLedger, hostileDocument } from './test-support.js';

const DRONES = 'supply:iran>russia:drones';

/** A web root holding two assets, beside a file that must stay unreachable. */
function fakeWebRoot(): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrail-webroot-'));
  writeFileSync(join(folder, 'secret.txt'), 'not an asset');
  const root = join(folder, 'web');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>claimtrail</title>');
  writeFileSync(join(root, 'app.js'), 'console.log("app")');
  return root;
}

let ledger: Ledger;
let app: ReturnType<typeof createApp>;

before(() => {
  ledger = fixtureLedger();
  app = createApp({ data: ledgerData(ledger), webRoot: fakeWebRoot(), maxUploadBytes: 64 * 1024 });
});
after(() => ledger.close());

async function getJson<T>(path: string, status = 200): Promise<T> {
  const response = await app.request(path);
  assert.equal(response.status, status, `${path} answers ${status}`);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return response.json() as Promise<T>;
}

async function expectError(path: string, status: number, pattern: RegExp): Promise<void> {
  const body = await getJson<{ error: string }>(path, status);
  assert.match(body.error, pattern);
}

const encoded = encodeURIComponent;

describe('GET /api/documents', () => {
  test('lists every stored document with its claim count', async () => {
    const documents = await getJson<DocumentSummary[]>('/api/documents');
    assert.equal(documents.length, 8);
    const hostile = documents.find((doc) => doc.name === 'hostile.txt');
    assert.equal(hostile?.claims, 1);
  });

  test('rejects unknown parameters', async () => {
    await expectError('/api/documents?sort=name', 400, /unknown parameter sort/);
  });
});

describe('GET /api/documents/:id', () => {
  test('returns the text, excluded ranges, date mentions and claims', async () => {
    const { id, text } = hostileDocument();
    const doc = await getJson<DocumentDetail>(`/api/documents/${id}`);
    assert.equal(doc.text, text);
    assert.deepEqual(doc.excluded.map((range) => range.kind), ['read-also']);
    assert.deepEqual(doc.dates.map((date) => date.value), ['2023-03-03']);
    assert.equal(doc.claims.length, 1);
    assert.equal(text.slice(doc.claims[0].start, doc.claims[0].end), doc.claims[0].text);
  });

  test('answers 400 for a malformed id and 404 for an unknown one', async () => {
    await expectError('/api/documents/not-an-id', 400, /^id: must be a document id/);
    await expectError('/api/documents/0123456789abcdef', 404, /no document 0123456789abcdef/);
  });
});

describe('GET /api/claims', () => {
  test('filters by speaker (accent- and case-insensitive), stance, text, document and proposition', async () => {
    const kirby = await getJson<LedgerClaim[]>('/api/claims?speaker=KIRBY');
    assert.ok(kirby.length >= 3);
    assert.ok(kirby.every((claim) => claim.speaker.name === 'John Kirby'));

    const denials = await getJson<LedgerClaim[]>('/api/claims?stance=denies');
    assert.ok(denials.length > 0 && denials.every((claim) => claim.stance === 'denies'));

    const missiles = await getJson<LedgerClaim[]>('/api/claims?about=missiles');
    assert.ok(missiles.length > 0 && missiles.every((claim) => claim.proposition?.item === 'ballistic missiles'));

    const { id } = hostileDocument();
    const inDoc = await getJson<LedgerClaim[]>(`/api/claims?doc=${id}`);
    assert.deepEqual(inDoc.map((claim) => claim.doc.id), [id]);

    const drones = await getJson<LedgerClaim[]>(`/api/claims?proposition=${encoded(DRONES)}`);
    assert.ok(drones.length > 0 && drones.every((claim) => claim.proposition?.item === 'drones'));
  });

  test('rejects bad parameters with a message naming them', async () => {
    await expectError('/api/claims?stance=maybe', 400, /^stance: must be one of asserts, denies/);
    await expectError('/api/claims?doc=../etc', 400, /^doc: must be a document id/);
    await expectError('/api/claims?speaker=', 400, /^speaker: must not be empty/);
    await expectError(`/api/claims?about=${'x'.repeat(201)}`, 400, /^about: must be at most 200 characters/);
    await expectError('/api/claims?stanse=denies', 400, /unknown parameter stanse/);
  });
});

describe('GET /api/claims/:id', () => {
  test('returns the claim with its source sentence and proposition', async () => {
    const [claim] = await getJson<LedgerClaim[]>(`/api/claims?doc=${hostileDocument().id}`);
    const detail = await getJson<ClaimDetail>(`/api/claims/${encoded(claim.id)}`);
    assert.equal(detail.text, claim.text);
    assert.ok(detail.context.text.startsWith('Selon le ministre, '));
    assert.equal(detail.context.text.slice(detail.start - detail.context.start, detail.end - detail.context.start), claim.text);
    assert.deepEqual(detail.propositionRef, { id: DRONES, label: 'Iran → Russia: drones (supply)' });
  });

  test('answers 400 for a malformed id and 404 for an unknown one', async () => {
    await expectError('/api/claims/abc', 400, /^id: must be a claim id/);
    await expectError(`/api/claims/${encoded('0123456789abcdef:1-2:0')}`, 404, /no claim/);
  });
});

describe('GET /api/propositions', () => {
  test('lists propositions with counts, parties and each party’s latest stance', async () => {
    const propositions = await getJson<PropositionSummary[]>('/api/propositions');
    const drones = propositions.find((proposition) => proposition.id === DRONES);
    assert.equal(drones?.label, 'Iran → Russia: drones (supply)');
    assert.deepEqual(drones?.parties, ['United States', 'Iran', 'Ukraine']);
    const iran = drones?.latestStances.find((latest) => latest.party === 'Iran');
    assert.deepEqual(iran?.stances, ['denies', 'admits']);
  });

  test('filters by item, party, stance, language, period and text', async () => {
    const ids = async (query: string) =>
      (await getJson<PropositionSummary[]>(`/api/propositions?${query}`)).map((proposition) => proposition.id);
    assert.deepEqual(await ids('item=ballistic%20missiles'), ['supply:iran>russia:ballistic-missiles']);
    assert.deepEqual(await ids('stance=admits'), [DRONES]);
    assert.deepEqual(await ids('language=en'), [DRONES]);
    assert.deepEqual(await ids('party=ukraine&from=2022-11&to=2022-11'), ['supply:iran>russia:ballistic-missiles']);
    assert.deepEqual(await ids('q=missiles'), ['supply:iran>russia:ballistic-missiles']);
    assert.deepEqual(await ids('from=2030'), []);
  });

  test('rejects bad filters', async () => {
    await expectError('/api/propositions?item=tanks', 400, /^item: must be one of drones/);
    await expectError('/api/propositions?language=french', 400, /^language: must be a two-letter/);
    await expectError('/api/propositions?from=2022-13', 400, /^from: must be a date/);
    await expectError('/api/propositions?from=2023&to=2022', 400, /from must not be after to/);
  });
});

describe('GET /api/propositions/:id', () => {
  test('returns the claims, one timeline lane per party and the shifts', async () => {
    const detail = await getJson<PropositionDetail>(`/api/propositions/${encoded(DRONES)}`);
    assert.equal(detail.summary.claims, detail.claims.length);
    assert.deepEqual(detail.lanes.map((lane) => lane.party), ['United States', 'Iran', 'Ukraine']);
    const walkBack = detail.shifts.find((shift) => shift.kind === 'walk-back');
    assert.equal(walkBack?.date, '2022-07-26');
    assert.deepEqual([walkBack?.from, walkBack?.to], ['asserts', 'no_evidence']);
    const marks = detail.lanes.flatMap((lane) => lane.marks);
    const iranJuly = marks.find((mark) => mark.stance === 'denies' && mark.date === '2022-07');
    assert.deepEqual([iranJuly?.precision, iranJuly?.start, iranJuly?.end], ['month', '2022-07-01', '2022-08-01']);
    const beforeJuly = marks.find((mark) => mark.before);
    assert.equal(beforeJuly?.speaker, 'Jake Sullivan');
  });

  test('a broader item takes in the finer claims', async () => {
    const detail = await getJson<PropositionDetail>(`/api/propositions/${encoded('supply:iran>russia:weapons')}`);
    const items = new Set(detail.claims.map((claim) => claim.proposition?.item));
    assert.deepEqual([...items].sort(), ['ballistic missiles', 'drones', 'weapons']);
  });

  test('answers 404 for an unknown proposition and 400 for an oversized id', async () => {
    await expectError(`/api/propositions/${encoded('supply:chile>peru:drones')}`, 404, /no proposition/);
    await expectError(`/api/propositions/${'a'.repeat(300)}`, 400, /^id: is too long/);
  });
});

describe('GET /api/shifts', () => {
  test('lists shifts, filtered by kind, party and proposition', async () => {
    const all = await getJson<ShiftView[]>('/api/shifts');
    assert.ok(all.some((shift) => shift.kind === 'walk-back'));
    const reversals = await getJson<ShiftView[]>('/api/shifts?kind=reversal&party=iran');
    assert.ok(reversals.length > 0 && reversals.every((shift) => shift.kind === 'reversal' && shift.parties.includes('Iran')));
    const missiles = await getJson<ShiftView[]>(`/api/shifts?proposition=${encoded('supply:iran>russia:ballistic-missiles')}`);
    assert.ok(missiles.every((shift) => shift.proposition.id === 'supply:iran>russia:ballistic-missiles'));
  });

  test('rejects an unknown kind', async () => {
    await expectError('/api/shifts?kind=u-turn', 400, /^kind: must be one of walk-back/);
  });
});

describe('GET /api/search', () => {
  test('is accent-insensitive: "Teheran" finds "Téhéran" and marks the matching word', async () => {
    const hits = await getJson<SearchHit[]>('/api/search?q=Teheran');
    const hit = hits.find((candidate) => candidate.claim.text.startsWith('Téhéran'));
    assert.ok(hit, 'the Téhéran claim is found');
    assert.deepEqual(hit.matches.map((span) => hit.claim.text.slice(span.start, span.end)), ['Téhéran']);
  });

  test('treats full-text query syntax in the input as plain words', async () => {
    const hits = await getJson<SearchHit[]>(`/api/search?q=${encoded('"drones* (^')}`);
    assert.ok(hits.length > 0);
  });

  test('requires q', async () => {
    await expectError('/api/search', 400, /^q: is required/);
    await expectError('/api/search?q=%20', 400, /^q: must not be empty/);
  });
});

describe('POST /api/ingest', () => {
  const origin = 'http://localhost';

  function upload(files: { name: string; content: string }[], headers: Record<string, string> = { origin }) {
    const form = new FormData();
    for (const file of files) form.append('files', new File([file.content], file.name));
    return app.request('/api/ingest', { method: 'POST', body: form, headers });
  }

  test('stores uploaded articles and reports each file', async () => {
    const text = 'Le ministère ukrainien a affirmé mardi que l’Iran avait livré des drones à la Russie.\n';
    const response = await upload([
      { name: 'article.txt', content: text },
      { name: 'feed.jsonl', content: '{"text": "Un autre article sur des drones."}\nnot json\n' },
    ]);
    assert.equal(response.status, 200);
    const { files } = await response.json() as IngestResponse;
    assert.equal(files[0].file, 'article.txt');
    assert.equal(files[0].status, 'added');
    assert.deepEqual(files[0].errors, []);
    const documents = await getJson<DocumentSummary[]>('/api/documents');
    assert.ok(documents.some((doc) => doc.id === files[0].documents[0].id && doc.name === 'article.txt'));
    assert.equal(files[1].file, 'feed.jsonl');
    assert.equal(files[1].errors.length, 1, 'the bad line is reported');
    assert.match(files[1].errors[0], /^feed\.jsonl:2: not valid JSON/, 'errors name the uploaded file and line');
    assert.ok(!files[1].errors[0].includes(tmpdir()), 'errors do not show the temp folder');
  });

  test('rejects requests without files, oversized uploads and other origins', async () => {
    const empty = await app.request('/api/ingest', { method: 'POST', body: new FormData(), headers: { origin } });
    assert.equal(empty.status, 400);
    const json = await app.request('/api/ingest', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin } });
    assert.equal(json.status, 400);
    assert.match((await json.json() as { error: string }).error, /multipart\/form-data/);
    const large = await upload([{ name: 'big.txt', content: 'x'.repeat(70 * 1024) }]);
    assert.equal(large.status, 413);
    assert.match((await large.json() as { error: string }).error, /upload too large \(limit 64 KB\)/);
    const foreign = await upload([{ name: 'a.txt', content: 'texte' }], { origin: 'http://evil.example' });
    assert.equal(foreign.status, 403);
    assert.match((await foreign.json() as { error: string }).error, /forbidden|refused/i);
  });

  test('keeps only the last component of an uploaded file name', () => {
    assert.equal(safeFileName('../../etc/passwd'), 'passwd');
    assert.equal(safeFileName('C:\\Users\\me\\article.html'), 'article.html');
    assert.equal(safeFileName('..'), 'upload.txt');
    assert.equal(safeFileName('a\u0000b.txt'), 'ab.txt');
  });
});

describe('static assets and security', () => {
  test('serves the web app with a strict Content-Security-Policy', async () => {
    const response = await app.request('/');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>claimtrail<\/title>/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await app.request('/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  });

  test('API answers carry the security headers too, and unknown endpoints are JSON 404s', async () => {
    const response = await app.request('/api/nothing');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(await response.json(), { error: 'no API endpoint GET /api/nothing' });
  });

  test('nothing outside the web root is reachable, however the path is written', async () => {
    const server = await startServer({ ledger, host: '127.0.0.1', port: 0, webRoot: fakeWebRoot() });
    try {
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '//secret.txt',
        '/web/../secret.txt', '/app.js/../../secret.txt', '/..\\secret.txt']) {
        const { status, body } = await rawGet(server.url, path);
        assert.ok(status === 404 || status === 400, `${path} is not served (${status})`);
        assert.doesNotMatch(body, /not an asset/);
      }
      assert.equal((await rawGet(server.url, '/app.js')).status, 200);
    } finally {
      await server.close();
    }
  });

  test('a loopback server refuses requests for other host names (DNS rebinding)', async () => {
    const server = await startServer({ ledger, host: '127.0.0.1', port: 0, webRoot: fakeWebRoot() });
    try {
      assert.equal((await rawGet(server.url, '/api/documents', 'evil.example')).status, 403);
      assert.equal((await rawGet(server.url, '/api/documents', 'localhost')).status, 200);
    } finally {
      await server.close();
    }
  });
});

test('documents render their hostile markup only as data (the API never rewrites text)', async () => {
  const doc = await getJson<DocumentDetail>(`/api/documents/${hostileDocument().id}`);
  assert.ok(doc.text.includes(HOSTILE_MARKUP));
});

/** GET with the path sent exactly as written (fetch would normalise "..") and an optional Host header. */
function rawGet(base: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      host: url.hostname, port: url.port, path, method: 'GET', headers: host ? { host } : {},
    }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}
