/** Read, analyse and store inputs into a ledger: the work behind `claimtrail ingest`. */
import type { AnalysedDocument, IngestStatus } from '../core/types.js';
import { analyseInputs, errorMessage } from '../documents.js';
import type { ReadInputOptions } from '../ingest/index.js';
import { openLedger, type Ledger } from './ledger.js';

export interface IngestFileResult {
  /** Where the input came from: a path, `path#line` for JSON Lines, `-` for stdin. */
  file: string;
  status: IngestStatus;
  /** Document name and content hash, when the input was analysed. */
  name?: string;
  id?: string;
  claims?: number;
  error?: string;
}

export interface IngestReport {
  results: IngestFileResult[];
  counts: Record<IngestStatus, number>;
}

export interface IngestOptions extends ReadInputOptions {
  /** Ledger path when no `ledger` is given (default ./claimtrail.db). */
  db?: string;
  /** An open ledger to store into; it is left open. */
  ledger?: Ledger;
  /** Called after each input, with the results so far. */
  onProgress?: (result: IngestFileResult, done: number) => void;
}

export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const { db, ledger: given, onProgress, ...readOptions } = options;
  const ledger = given ?? openLedger(db);
  const results: IngestFileResult[] = [];
  const counts: Record<IngestStatus, number> = { added: 0, unchanged: 0, updated: 0, failed: 0 };
  try {
    for await (const analysed of analyseInputs(paths, readOptions)) {
      const result: IngestFileResult = analysed.ok
        ? store(ledger, analysed.doc)
        : { file: analysed.file, status: 'failed', error: analysed.error };
      results.push(result);
      counts[result.status] += 1;
      onProgress?.(result, results.length);
    }
    ledger.indexClaims();
  } finally {
    if (!given) ledger.close();
  }
  return { results, counts };
}

function store(ledger: Ledger, doc: AnalysedDocument): IngestFileResult {
  const facts = { file: doc.origin, name: doc.name, id: doc.id, claims: doc.claims.length };
  try {
    return { ...facts, status: ledger.addDocument(doc) };
  } catch (error) {
    return { ...facts, status: 'failed', error: `cannot store: ${errorMessage(error)}` };
  }
}
