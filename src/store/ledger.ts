/**
 * The SQLite ledger: analysed documents, their annotations and claims, with a full-text index
 * over claims. Every write of a document happens in one transaction, so a failure leaves nothing
 * half-written. The index is brought up to date in bulk, after an ingest and before a search.
 */
import Database from 'better-sqlite3';
import type {
  AnalysedDocument, Claim, ClaimFilter, DocumentSummary, IngestStatus, LedgerClaim,
} from '../core/types.js';
import { ANALYSER_VERSION } from '../version.js';
import { LedgerError } from './errors.js';
import { migrate } from './schema.js';
import { claimFromRow, documentFromRows, packedSpans, type ClaimRow, type DocumentRows } from './rows.js';
import { foldText } from '../core/text.js';

export const DEFAULT_LEDGER_PATH = './claimtrail.db';

/** What storing a document did; a document that failed to analyse never reaches the ledger. */
export type StoreResult = Exclude<IngestStatus, 'failed'>;

/** What storing one document of a batch did, or why it could not be stored. */
export type StoreOutcome = { ok: true; status: StoreResult } | { ok: false; error: unknown };

export interface SearchHit {
  claimId: string;
  docId: string;
  docName: string;
  title: string | null;
  /** The matching text with the matched words between `[` and `]`. */
  snippet: string;
}

/** Opens (creating or migrating as needed) the ledger at `path`. */
export function openLedger(path: string = DEFAULT_LEDGER_PATH): Ledger {
  return new Ledger(path);
}


export class Ledger {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly storeDocument: (doc: AnalysedDocument) => StoreResult;

  constructor(path: string) {
    this.path = path;
    this.db = openDatabase(path);
    try {
      migrate(this.db, path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.function('fold', { deterministic: true }, (text: unknown) =>
        typeof text === 'string' ? foldText(text) : '');
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.statements = prepareStatements(this.db);
    this.storeDocument = this.db.transaction((doc: AnalysedDocument) => this.writeDocument(doc));
  }

  /**
   * Stores a document and all its annotations in one transaction. The same content analysed by the
   * same (or a newer) analyser is left alone; analysed by an older one, its annotations are replaced.
   */
  addDocument(doc: AnalysedDocument): StoreResult {
    return this.storeDocument(doc);
  }

  documents(): DocumentSummary[] {
    return this.statements.documentSummaries.all() as DocumentSummary[];
  }

  /** The document whose id, name (latest ingested) or unique id prefix is `ref`, or null. */
  document(ref: string): AnalysedDocument | null {
    const match = this.resolveDocument(ref);
    if (match.ids.length === 0) return null;
    if (match.by === 'prefix' && match.ids.length > 1) {
      throw new LedgerError(`"${ref}" matches ${match.ids.length} documents: give more of the id`);
    }
    return this.readDocument(match.ids[0]);
  }

  claims(filter: ClaimFilter = {}): LedgerClaim[] {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.doc !== undefined) {
      const { ids } = this.resolveDocument(filter.doc);
      if (ids.length === 0) return [];
      conditions.push(`c.doc_id IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    if (filter.stance !== undefined) {
      conditions.push('c.stance = ?');
      params.push(filter.stance);
    }
    if (filter.speaker !== undefined) {
      conditions.push(`(instr(fold(c.speaker_name), ?) OR instr(fold(c.speaker_affiliation), ?))`);
      const speaker = foldText(filter.speaker.trim());
      params.push(speaker, speaker);
    }
    for (const word of words(filter.about ?? '')) {
      conditions.push(`instr(fold(c.text || ' ' || coalesce(c.proposition_actor, '') || ' ' ||
        coalesce(c.proposition_recipient, '') || ' ' || coalesce(c.proposition_item, '')), ?)`);
      params.push(foldText(word));
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = this.db.prepare(`${CLAIMS_SELECT} ${where} ${CLAIMS_ORDER}`).all(...params) as ClaimRow[];
    return rows.map(claimFromRow);
  }

  /**
   * Stores several documents in one transaction, which is several times faster than one transaction
   * each. Every document still stands or fails alone (in a savepoint): a document that cannot be
   * stored gives its error and leaves nothing behind, and the others are stored.
   */
  addDocuments(docs: readonly AnalysedDocument[]): StoreOutcome[] {
    return this.db.transaction(() => docs.map((doc): StoreOutcome => {
      try {
        return { ok: true, status: this.storeDocument(doc) };
      } catch (error) {
        return { ok: false, error };
      }
    }))();
  }

  /**
   * Adds the claims stored since the last call to the full-text index, in one statement. Claims get
   * increasing `seq` numbers, so the ones past the index's highest rowid are the unindexed ones.
   */
  indexClaims(): void {
    this.statements.indexNewClaims.run();
  }

  /** Full-text search over claim text and document titles, accent- and case-insensitive. */
  search(query: string, limit = 20): SearchHit[] {
    const terms = words(query);
    if (terms.length === 0) return [];
    this.indexClaims();
    // Each word quoted (so FTS syntax in user input is inert) and prefix-matched.
    const match = terms.map((term) => `"${term}"*`).join(' ');
    return this.statements.search.all(match, limit) as SearchHit[];
  }

  close(): void {
    this.db.close();
  }

  private writeDocument(doc: AnalysedDocument): StoreResult {
    const { statements } = this;
    const stored = statements.analyserVersion.get(doc.id) as { analyser_version: number } | undefined;
    if (stored && stored.analyser_version >= ANALYSER_VERSION) return 'unchanged';
    if (stored) statements.deleteDocument.run(doc.id);
    statements.insertDocument.run({
      id: doc.id, name: doc.name, origin: doc.origin, format: doc.format, text: doc.text, raw: doc.raw ?? null,
      title: doc.meta.title, language: doc.meta.language, published: doc.meta.published, url: doc.meta.url,
      source: doc.meta.source, byline: doc.meta.byline,
      ingested_at: new Date().toISOString(), analyser_version: ANALYSER_VERSION,
      ...packedSpans(doc),
    });
    doc.excluded.forEach((range, n) => statements.insertExcluded.run({ doc_id: doc.id, n, ...range }));
    doc.dates.forEach((date, n) =>
      statements.insertDate.run({ doc_id: doc.id, n, ...date, relative: date.relative ? 1 : 0 }));
    const ids = claimIds(doc.id, doc.claims);
    doc.claims.forEach((claim, n) => {
      const row = claimRow(claim, ids[n], doc.id, n);
      // Positional values: binding by name costs a fifth of a claim's insert.
      statements.insertClaim.run(CLAIM_COLUMNS.map((column) => row[column]));
    });
    return stored ? 'updated' : 'added';
  }

  private readDocument(id: string): AnalysedDocument {
    const { statements } = this;
    return documentFromRows({
      document: statements.documentById.get(id) as DocumentRows['document'],
      excluded: statements.excludedByDoc.all(id) as DocumentRows['excluded'],
      dates: statements.datesByDoc.all(id) as DocumentRows['dates'],
      claims: statements.claimsByDoc.all(id) as ClaimRow[],
    });
  }

  /** Documents `ref` designates: its exact id, else documents of that name, else ids with that prefix. */
  private resolveDocument(ref: string): { by: 'id' | 'name' | 'prefix'; ids: string[] } {
    const { statements } = this;
    if (statements.documentExists.get(ref)) return { by: 'id', ids: [ref] };
    const named = statements.documentIdsByName.pluck().all(ref) as string[];
    if (named.length > 0) return { by: 'name', ids: named };
    if (!HEX_PREFIX.test(ref)) return { by: 'prefix', ids: [] };
    return { by: 'prefix', ids: statements.documentIdsByPrefix.pluck().all(ref.toLowerCase()) as string[] };
  }
}

const HEX_PREFIX = /^[0-9a-f]{1,64}$/i;
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function openDatabase(path: string): Database.Database {
  try {
    return new Database(path);
  } catch (error) {
    throw new LedgerError(`${path}: cannot open the ledger (${(error as Error).message})`);
  }
}

/** `<docId>:<start>-<end>:<n>`, n counting earlier claims of the same document with the same span. */
function claimIds(docId: string, claims: readonly Claim[]): string[] {
  const seen = new Map<string, number>();
  return claims.map(({ start, end }) => {
    const span = `${start}-${end}`;
    const n = seen.get(span) ?? 0;
    seen.set(span, n + 1);
    return `${docId}:${span}:${n}`;
  });
}

const CLAIM_COLUMNS = ['id', 'doc_id', 'n', 'start', 'end', 'text', 'speaker_name', 'speaker_type',
  'speaker_affiliation', 'speaker_role', 'stance', 'proposition_type', 'proposition_actor',
  'proposition_recipient', 'proposition_item', 'proposition_mode', 'said_on', 'said_on_relation', 'sentence',
  'explanation'] as const;

function claimRow(claim: Claim, id: string, docId: string, n: number): Record<typeof CLAIM_COLUMNS[number], unknown> {
  const { speaker, proposition } = claim;
  return {
    id, doc_id: docId, n, start: claim.start, end: claim.end, text: claim.text,
    speaker_name: speaker.name, speaker_type: speaker.type, speaker_affiliation: speaker.affiliation,
    speaker_role: speaker.role ?? null, stance: claim.stance,
    proposition_type: proposition?.type ?? null, proposition_actor: proposition?.actor ?? null,
    proposition_recipient: proposition?.recipient ?? null, proposition_item: proposition?.item ?? null,
    proposition_mode: proposition?.mode ?? null, said_on: claim.saidOn, said_on_relation: claim.saidOnRelation,
    sentence: claim.sentence, explanation: JSON.stringify(claim.explanation),
  };
}

const CLAIMS_SELECT = `
  SELECT c.*, d.name AS doc_name, d.title AS doc_title, d.published AS doc_published, d.language AS doc_language
  FROM claims c JOIN documents d ON d.id = c.doc_id`;
/** Undated documents last; within a document, claims in text order. */
const CLAIMS_ORDER = 'ORDER BY d.published IS NULL, d.published, d.name, d.id, c.n';

function prepareStatements(db: Database.Database) {
  const insert = (table: string, columns: readonly string[], placeholder = (column: string) => `@${column}`) => db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(placeholder).join(', ')})`);
  const byDoc = (table: string) => db.prepare(`SELECT * FROM ${table} WHERE doc_id = ? ORDER BY n`);
  return {
    analyserVersion: db.prepare('SELECT analyser_version FROM documents WHERE id = ?'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    insertDocument: insert('documents', ['id', 'name', 'origin', 'format', 'text', 'raw', 'title', 'language',
      'published', 'url', 'source', 'byline', 'ingested_at', 'analyser_version', 'paragraph_spans', 'sentence_spans']),
    insertExcluded: insert('excluded_ranges', ['doc_id', 'n', 'start', 'end', 'kind']),
    insertDate: insert('date_mentions',
      ['doc_id', 'n', 'start', 'end', 'text', 'value', 'precision', 'relation', 'relative']),
    insertClaim: insert('claims', CLAIM_COLUMNS, () => '?'),
    documentSummaries: db.prepare(`
      SELECT d.id, d.name, d.origin, d.language, d.published, d.title,
        (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims, d.ingested_at AS ingestedAt
      FROM documents d ORDER BY d.published IS NULL, d.published, d.name, d.id`),
    documentExists: db.prepare('SELECT 1 FROM documents WHERE id = ?'),
    documentIdsByName: db.prepare('SELECT id FROM documents WHERE name = ? ORDER BY ingested_at DESC, id'),
    documentIdsByPrefix: db.prepare(`SELECT id FROM documents WHERE id GLOB ? || '*' ORDER BY id`),
    documentById: db.prepare('SELECT * FROM documents WHERE id = ?'),
    excludedByDoc: byDoc('excluded_ranges'),
    datesByDoc: byDoc('date_mentions'),
    claimsByDoc: db.prepare(`${CLAIMS_SELECT} WHERE c.doc_id = ? ORDER BY c.n`),
    indexNewClaims: db.prepare(`
      INSERT INTO claims_fts(rowid, text, title)
      SELECT c.seq, c.text, coalesce(d.title, '') FROM claims c JOIN documents d ON d.id = c.doc_id
      WHERE c.seq > coalesce((SELECT rowid FROM claims_fts ORDER BY rowid DESC LIMIT 1), 0)`),
    search: db.prepare(`
      SELECT c.id AS claimId, c.doc_id AS docId, d.name AS docName, d.title AS title,
        snippet(claims_fts, -1, '[', ']', '…', 16) AS snippet
      FROM claims_fts JOIN claims c ON c.seq = claims_fts.rowid JOIN documents d ON d.id = c.doc_id
      WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?`),
  };
}
