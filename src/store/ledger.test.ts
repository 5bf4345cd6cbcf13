import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { AnalysedDocument, Claim, Span } from '../core/types.js';
import { openLedger, LedgerError, SCHEMA_VERSION } from './index.js';
import { APPLICATION_ID, MIGRATIONS } from './schema.js';
import { ANALYSER_VERSION } from '../version.js';

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'claimtrail-store-')), 'ledger.db');
}

function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The span of the first occurrence of `part` in `text`. */
function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
}

/** Builds a claim over the first occurrence of `content` in `text`. */
function claimOver(text: string, content: string, fields: Partial<Claim> = {}): Claim {
  return {
    ...spanOf(text, content), text: content,
    speaker: { name: 'Ana Ferreira', type: 'person', affiliation: 'Portugal', role: 'porte-parole' },
    stance: 'asserts',
    proposition: { type: 'supply', actor: 'Iran', recipient: 'Russia', item: 'drones', mode: 'done' },
    saidOn: '2022-07-19', saidOnRelation: 'on', sentence: 1,
    explanation: { cue: { start: 0, end: 5, text: text.slice(0, 5) }, speakerMention: null, rules: ['test:rule'] },
    ...fields,
  };
}

const HEADLINE_A = 'Téhéran livre des drones.';
const SENTENCE_A1 = 'Selon Lisbonne, Téhéran a livré des drones à Moscou le 19 juillet.';
const SENTENCE_A2 = 'Le ministère iranien a démenti toute livraison.';
const TEXT_A = `${HEADLINE_A}\n\n${SENTENCE_A1} ${SENTENCE_A2}`;

function documentA(): AnalysedDocument {
  return {
    id: documentId(TEXT_A), name: 'a.txt', origin: '/tmp/a.txt', format: 'text', text: TEXT_A,
    meta: { title: 'Téhéran livre des drones', language: 'fr', published: '2022-07-20', url: null, source: null, byline: null },
    excluded: [{ ...spanOf(TEXT_A, HEADLINE_A), kind: 'repeated-headline' }],
    paragraphs: [spanOf(TEXT_A, HEADLINE_A), spanOf(TEXT_A, `${SENTENCE_A1} ${SENTENCE_A2}`)],
    sentences: [
      { ...spanOf(TEXT_A, HEADLINE_A), paragraph: 0 },
      { ...spanOf(TEXT_A, SENTENCE_A1), paragraph: 1 },
      { ...spanOf(TEXT_A, SENTENCE_A2), paragraph: 1 },
    ],
    dates: [{
      ...spanOf(TEXT_A, 'le 19 juillet'), text: 'le 19 juillet', value: '2022-07-19', precision: 'day', relation: 'on',
      relative: false,
    }],
    claims: [
      claimOver(TEXT_A, 'Téhéran a livré des drones à Moscou'),
      claimOver(TEXT_A, 'a démenti toute livraison', {
        speaker: { name: 'Iranian Ministry of Defence', type: 'organization', affiliation: 'Iran' },
        stance: 'denies', proposition: null, saidOn: null, saidOnRelation: 'before', sentence: 2,
      }),
    ],
  };
}

const TEXT_B = 'Ankara dément fournir des missiles à Kiev, a déclaré Kemal Aydın.';

function documentB(): AnalysedDocument {
  return {
    id: documentId(TEXT_B), name: 'b.txt', origin: '/tmp/b.txt', format: 'text', text: TEXT_B,
    meta: { title: null, language: 'fr', published: null, url: null, source: null, byline: null },
    excluded: [], paragraphs: [{ start: 0, end: TEXT_B.length }], sentences: [{ start: 0, end: TEXT_B.length, paragraph: 0 }],
    dates: [],
    claims: [claimOver(TEXT_B, 'Ankara dément fournir des missiles à Kiev', {
      speaker: { name: 'Kemal Aydın', type: 'person', affiliation: 'Turkey' }, stance: 'denies',
      proposition: { type: 'supply', actor: 'Turkey', recipient: 'Ukraine', item: 'missiles' }, sentence: 0,
    })],
  };
}

test('a new ledger is created at the current schema version and reopens', () => {
  const path = tempPath();
  openLedger(path).close();
  const raw = new Database(path);
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
  const ledger = openLedger(path);
  assert.deepEqual(ledger.documents(), []);
  ledger.close();
});

test('a stored document reads back identical, by id, id prefix or name', () => {
  const ledger = openLedger(tempPath());
  const doc = documentA();
  assert.equal(ledger.addDocument(doc), 'added');
  assert.deepEqual(ledger.document(doc.id), doc);
  assert.deepEqual(ledger.document(doc.id.slice(0, 6)), doc);
  assert.deepEqual(ledger.document('a.txt'), doc);
  assert.equal(ledger.document('missing.txt'), null);
  const [summary] = ledger.documents();
  assert.deepEqual({ ...summary, ingestedAt: 'x' }, {
    id: doc.id, name: 'a.txt', origin: '/tmp/a.txt', language: 'fr', published: '2022-07-20',
    title: 'Téhéran livre des drones', claims: 2, ingestedAt: 'x',
  });
  ledger.close();
});

test('re-adding a document is a no-op, unless an older analyser stored it', () => {
  const path = tempPath();
  const ledger = openLedger(path);
  assert.equal(ledger.addDocument(documentA()), 'added');
  assert.equal(ledger.addDocument(documentA()), 'unchanged');
  assert.equal(ledger.claims().length, 2);
  assert.equal(ledger.search('démenti').length, 1);

  const raw = new Database(path);
  raw.prepare('UPDATE documents SET analyser_version = 0').run();
  raw.close();
  const reanalysed = documentA();
  reanalysed.claims.pop();
  assert.equal(ledger.addDocument(reanalysed), 'updated');
  assert.equal(ledger.claims().length, 1);
  assert.equal(ledger.search('démenti').length, 0, 'the search index follows the replaced claims');
  assert.equal(ledger.addDocument(reanalysed), 'unchanged');
  ledger.close();
});

test('a document that fails to store leaves the ledger unchanged', () => {
  const ledger = openLedger(tempPath());
  ledger.addDocument(documentB());
  const broken = documentA();
  broken.claims[1] = { ...broken.claims[1], stance: 'shrugs' as Claim['stance'] };
  assert.throws(() => ledger.addDocument(broken), /CHECK constraint failed/);
  assert.deepEqual(ledger.documents().map((d) => d.name), ['b.txt']);
  assert.equal(ledger.document(broken.id), null);
  assert.equal(ledger.claims().length, 1);
  assert.deepEqual(ledger.search('Téhéran'), []);
  assert.equal(ledger.addDocument(documentA()), 'added', 'the same document stores once fixed');
  ledger.close();
});

test('documents stored together each stand or fail alone', () => {
  const ledger = openLedger(tempPath());
  const broken = documentA();
  broken.claims[1] = { ...broken.claims[1], stance: 'shrugs' as Claim['stance'] };
  const outcomes = ledger.addDocuments([broken, documentB(), documentB()]);
  assert.equal(outcomes[0].ok, false);
  assert.match(String(!outcomes[0].ok && outcomes[0].error), /CHECK constraint failed/);
  assert.deepEqual(outcomes.slice(1), [{ ok: true, status: 'added' }, { ok: true, status: 'unchanged' }]);
  assert.deepEqual(ledger.documents().map((d) => d.name), ['b.txt']);
  assert.equal(ledger.claims().length, 1, 'nothing of the broken document is left');
  ledger.close();
});

test('search ignores accents and case, matches word prefixes and treats query syntax as text', () => {
  const ledger = openLedger(tempPath());
  ledger.addDocument(documentA());
  ledger.addDocument(documentB());
  const hits = ledger.search('TEHERAN drone');
  assert.equal(hits.length, 2, 'both claims of the document titled "Téhéran livre des drones"');
  assert.ok(hits.every((hit) => hit.docName === 'a.txt'));
  assert.ok(hits.some((hit) => hit.snippet.includes('[Téhéran]')), hits.map((h) => h.snippet).join(' | '));
  assert.deepEqual(ledger.search('ankara').map((hit) => hit.docName), ['b.txt']);
  assert.deepEqual(ledger.search('"AND ( NEAR*'), []);
  assert.deepEqual(ledger.search('  '), []);
  ledger.close();
});

test('search indexes the claims stored since the previous search, and only those', () => {
  const ledger = openLedger(tempPath());
  ledger.addDocument(documentA());
  assert.equal(ledger.search('TEHERAN').length, 2);
  ledger.addDocument(documentB());
  ledger.indexClaims();
  assert.deepEqual(ledger.search('ankara').map((hit) => hit.docName), ['b.txt']);
  assert.equal(ledger.search('TEHERAN').length, 2, 'claims indexed earlier are not indexed twice');
  ledger.close();
});

test('claims filter by speaker, stance, subject and document', () => {
  const ledger = openLedger(tempPath());
  ledger.addDocument(documentA());
  ledger.addDocument(documentB());
  const texts = (filter: Parameters<typeof ledger.claims>[0]) => ledger.claims(filter).map((c) => c.text);

  assert.deepEqual(texts({ speaker: 'aydin' }), ['Ankara dément fournir des missiles à Kiev']);
  assert.deepEqual(texts({ speaker: 'iran' }), ['a démenti toute livraison'], 'affiliation matches too');
  assert.deepEqual(texts({ stance: 'denies', about: 'ukraine' }), ['Ankara dément fournir des missiles à Kiev']);
  assert.deepEqual(texts({ about: 'moscou drones' }), ['Téhéran a livré des drones à Moscou']);
  assert.deepEqual(texts({ doc: 'b.txt' }), ['Ankara dément fournir des missiles à Kiev']);
  assert.deepEqual(texts({ doc: 'nothing' }), []);

  const [first] = ledger.claims();
  assert.equal(first.id, `${first.doc.id}:${first.start}-${first.end}:0`);
  assert.deepEqual(first.doc, {
    id: documentId(TEXT_A), name: 'a.txt', title: 'Téhéran livre des drones', published: '2022-07-20', language: 'fr',
  });
  ledger.close();
});

test('refuses files that are not claimtrail ledgers or come from a newer version', () => {
  const otherSqlite = tempPath();
  const raw = new Database(otherSqlite);
  raw.exec('CREATE TABLE recipes (name TEXT)');
  raw.close();
  assert.throws(() => openLedger(otherSqlite), (error: Error) =>
    error instanceof LedgerError && /not a claimtrail database/.test(error.message));

  const textFile = tempPath();
  writeFileSync(textFile, 'just some notes, long enough to not be an empty database file. '.repeat(20));
  assert.throws(() => openLedger(textFile), /not a claimtrail database/);

  const newer = tempPath();
  openLedger(newer).close();
  const upgraded = new Database(newer);
  upgraded.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  upgraded.close();
  assert.throws(() => openLedger(newer), (error: Error) => error.message ===
    `${newer}: written by a newer claimtrail (schema version ${SCHEMA_VERSION + 1}; ` +
    `this version reads up to ${SCHEMA_VERSION})`);

  assert.throws(() => openLedger(join(tempPath(), 'no', 'such', 'dir.db')), /cannot open the ledger/);
});

test('a ledger written by schema version 2 upgrades with its documents, claims and checks intact', () => {
  const path = tempPath();
  const old = new Database(path);
  for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  old.pragma('user_version = 2');
  // documentA as version 2 stored it: one row per paragraph and sentence.
  const doc = documentA();
  const insert = (table: string, row: Record<string, unknown>) => old.prepare(
    `INSERT INTO ${table} (${Object.keys(row).map((c) => `"${c}"`).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`,
  ).run(...Object.values(row));
  insert('documents', {
    id: doc.id, name: doc.name, origin: doc.origin, format: doc.format, text: doc.text, title: doc.meta.title,
    language: doc.meta.language, published: doc.meta.published, ingested_at: '2024-01-01T00:00:00Z', analyser_version: ANALYSER_VERSION,
  });
  insert('excluded_ranges', { doc_id: doc.id, n: 0, ...doc.excluded[0] });
  doc.paragraphs.forEach((p, n) => insert('paragraphs', { doc_id: doc.id, n, ...p }));
  // Stored out of order: the packed list follows n, not the rows' order.
  [...doc.sentences.entries()].reverse().forEach(([n, s]) => insert('sentences', { doc_id: doc.id, n, ...s }));
  insert('date_mentions', { doc_id: doc.id, n: 0, ...doc.dates[0], relative: 0 });
  doc.claims.forEach((c, n) => insert('claims', {
    id: `${doc.id}:${c.start}-${c.end}:0`, doc_id: doc.id, n, start: c.start, end: c.end, text: c.text,
    speaker_name: c.speaker.name, speaker_type: c.speaker.type, speaker_affiliation: c.speaker.affiliation,
    speaker_role: c.speaker.role ?? null, stance: c.stance, proposition_type: c.proposition?.type ?? null,
    proposition_actor: c.proposition?.actor ?? null, proposition_recipient: c.proposition?.recipient ?? null,
    proposition_item: c.proposition?.item ?? null, proposition_mode: c.proposition?.mode ?? null, said_on: c.saidOn,
    said_on_relation: c.saidOnRelation, sentence: c.sentence, explanation: JSON.stringify(c.explanation),
  }));
  old.prepare('INSERT INTO claims_fts(rowid, text, title) SELECT seq, text, ? FROM claims').run(doc.meta.title);
  old.close();

  const ledger = openLedger(path);
  assert.deepEqual(ledger.document(doc.id), doc);
  assert.equal(ledger.search('démenti').length, 1);
  assert.equal(ledger.addDocument(documentA()), 'unchanged');
  const broken = documentB();
  broken.claims[0] = { ...broken.claims[0], stance: 'shrugs' as Claim['stance'] };
  assert.throws(() => ledger.addDocument(broken), /CHECK constraint failed/, 'the rebuilt claims table still checks stances');
  assert.equal(ledger.addDocument(documentB()), 'added');
  assert.deepEqual(ledger.document(documentB().id), documentB());
  ledger.close();

  const raw = new Database(path);
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('paragraphs', 'sentences')").all();
  assert.deepEqual(tables, [], 'the per-row tables are gone');
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  raw.close();
});
