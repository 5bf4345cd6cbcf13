/**
 * The ledger's schema as an ordered list of migrations. `PRAGMA user_version` records how many
 * have been applied; each runs in its own transaction, so a database is always at a whole version.
 * Never edit a published migration: append a new one.
 */
import type Database from 'better-sqlite3';
import { LedgerError } from './errors.js';

/** Marks a SQLite file as a claimtrail ledger (`PRAGMA application_id`, the ASCII bytes "ClTr"). */
export const APPLICATION_ID = 0x436c5472;

const STANCES = ['asserts', 'denies', 'no_evidence', 'admits', 'speculates', 'retracts'];
const STANCE_CHECK = `stance IN (${STANCES.map((stance) => `'${stance}'`).join(',')})`;

export const MIGRATIONS: readonly string[] = [
  // 1: documents, their annotations, claims and the claim search index.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('text','html','jsonl')),
    text TEXT NOT NULL,
    raw TEXT,
    title TEXT,
    language TEXT NOT NULL,
    published TEXT,
    url TEXT,
    source TEXT,
    byline TEXT,
    ingested_at TEXT NOT NULL,
    analyser_version INTEGER NOT NULL
  );
  CREATE INDEX documents_name ON documents(name);

  CREATE TABLE excluded_ranges (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
  ) WITHOUT ROWID;

  CREATE TABLE paragraphs (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, n)
  ) WITHOUT ROWID;

  CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc_id, n)
  ) WITHOUT ROWID;

  CREATE TABLE date_mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    precision TEXT NOT NULL CHECK (precision IN ('year','month','day')),
    relation TEXT NOT NULL CHECK (relation IN ('on','since','before','after')),
    relative INTEGER NOT NULL,
    PRIMARY KEY (doc_id, n)
  ) WITHOUT ROWID;

  -- seq is the rowid shared with claims_fts; id is the public, stable identifier.
  CREATE TABLE claims (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_name TEXT NOT NULL,
    speaker_type TEXT NOT NULL CHECK (speaker_type IN ('person','organization','country','unknown','author')),
    speaker_affiliation TEXT,
    speaker_role TEXT,
    stance TEXT NOT NULL CHECK (${STANCE_CHECK}),
    proposition_type TEXT CHECK (proposition_type IN ('supply','produce','train','deploy')),
    proposition_actor TEXT,
    proposition_recipient TEXT,
    proposition_item TEXT,
    proposition_mode TEXT CHECK (proposition_mode IN ('done','ongoing','planned','sought')),
    said_on TEXT,
    said_on_relation TEXT NOT NULL CHECK (said_on_relation IN ('on','before')),
    sentence INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    UNIQUE (doc_id, n)
  );
  CREATE INDEX claims_speaker ON claims(speaker_name);

  CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, title, tokenize = "unicode61 remove_diacritics 2"
  );
  CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text, title)
    VALUES (new.seq, new.text, (SELECT coalesce(title, '') FROM documents WHERE id = new.doc_id));
  END;
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.seq;
  END;
  `,
  // 2: claims are indexed in bulk (Ledger.indexClaims): a trigger per inserted row made the index
  // grow one small segment per document, and merging them cost more than the inserts themselves.
  `
  DROP TRIGGER claims_fts_insert;
  `,
  // 3: faster writes. A paragraph or sentence row cost more to store than its few numbers are worth,
  // so a document keeps them packed in JSON arrays. SQLite evaluates a CHECK's "IN (list)" through a
  // temporary index built for every inserted row, which made a claim cost half again as much to
  // store; the claims table is rebuilt with the same checks written as comparisons.
  `
  ALTER TABLE documents ADD COLUMN paragraph_spans TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE documents ADD COLUMN sentence_spans TEXT NOT NULL DEFAULT '[]';
  UPDATE documents SET
    paragraph_spans = coalesce((SELECT '[' || group_concat(start || ',' || "end", ',' ORDER BY n) || ']'
      FROM paragraphs p WHERE p.doc_id = documents.id), '[]'),
    sentence_spans = coalesce((SELECT '[' || group_concat(start || ',' || "end" || ',' || paragraph, ',' ORDER BY n) || ']'
      FROM sentences s WHERE s.doc_id = documents.id), '[]');
  DROP TABLE paragraphs;
  DROP TABLE sentences;

  CREATE TABLE claims_v3 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_name TEXT NOT NULL,
    speaker_type TEXT NOT NULL CHECK (${oneOf('speaker_type', ['person', 'organization', 'country', 'unknown', 'author'])}),
    speaker_affiliation TEXT,
    speaker_role TEXT,
    stance TEXT NOT NULL CHECK (${oneOf('stance', STANCES)}),
    proposition_type TEXT CHECK (${oneOf('proposition_type', ['supply', 'produce', 'train', 'deploy'])}),
    proposition_actor TEXT,
    proposition_recipient TEXT,
    proposition_item TEXT,
    proposition_mode TEXT CHECK (${oneOf('proposition_mode', ['done', 'ongoing', 'planned', 'sought'])}),
    said_on TEXT,
    said_on_relation TEXT NOT NULL CHECK (${oneOf('said_on_relation', ['on', 'before'])}),
    sentence INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    UNIQUE (doc_id, n)
  );
  INSERT INTO claims_v3 SELECT * FROM claims;
  DROP TABLE claims;
  ALTER TABLE claims_v3 RENAME TO claims;
  CREATE INDEX claims_speaker ON claims(speaker_name);
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.seq;
  END;
  `,
];

/** A CHECK condition that `column` is null or one of `values`, as comparisons (see migration 3). */
function oneOf(column: string, values: readonly string[]): string {
  return values.map((value) => `${column} = '${value}'`).join(' OR ');
}

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings `db` up to SCHEMA_VERSION, refusing files that are not (or are newer) ledgers. */
export function migrate(db: Database.Database, path: string): void {
  const version = checkIdentity(db, path);
  for (let next = version; next < SCHEMA_VERSION; next++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[next]);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

/** Returns the schema version of a claimtrail ledger, 0 for an empty database. */
function checkIdentity(db: Database.Database, path: string): number {
  const applicationId = readPragma(db, 'application_id', path);
  const version = readPragma(db, 'user_version', path);
  if (applicationId === 0 && version === 0) {
    const { tables } = db.prepare('SELECT count(*) AS tables FROM sqlite_master').get() as { tables: number };
    if (tables === 0) return 0;
  }
  if (applicationId !== APPLICATION_ID) {
    throw new LedgerError(`${path}: not a claimtrail database (it is a SQLite file made by another program)`);
  }
  if (version > SCHEMA_VERSION) {
    throw new LedgerError(
      `${path}: written by a newer claimtrail (schema version ${version}; this version reads up to ${SCHEMA_VERSION})`);
  }
  return version;
}

function readPragma(db: Database.Database, name: string, path: string): number {
  try {
    return db.pragma(name, { simple: true }) as number;
  } catch (error) {
    throw new LedgerError(`${path}: not a claimtrail database (${(error as Error).message})`);
  }
}
