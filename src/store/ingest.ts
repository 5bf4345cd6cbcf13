/** Read, analyse and store inputs into a ledger: the work behind `claimtrail ingest`. */
import type { IngestStatus } from '../core/types.js';
import { analyseInputs, errorMessage, type AnalysisResult } from '../documents.js';
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

/** Documents stored per transaction: one transaction per document made committing the main cost. */
const STORE_BATCH = 64;

export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const { db, ledger: given, onProgress, ...readOptions } = options;
  const ledger = given ?? openLedger(db);
  const results: IngestFileResult[] = [];
  const counts: Record<IngestStatus, number> = { added: 0, unchanged: 0, updated: 0, failed: 0 };
  // Results wait here, in input order, until their batch is stored.
  let batch: AnalysisResult[] = [];
  const flush = () => {
    for (const result of storeBatch(ledger, batch)) {
      results.push(result);
      counts[result.status] += 1;
      onProgress?.(result, results.length);
    }
    batch = [];
  };
  try {
    for await (const analysed of analyseInputs(paths, readOptions)) {
      batch.push(analysed);
      if (batch.length >= STORE_BATCH) flush();
    }
    flush();
    ledger.indexClaims();
  } finally {
    if (!given) ledger.close();
  }
  return { results, counts };
}

function storeBatch(ledger: Ledger, batch: readonly AnalysisResult[]): IngestFileResult[] {
  const docs = batch.flatMap((analysed) => (analysed.ok ? [analysed.doc] : []));
  const outcomes = ledger.addDocuments(docs);
  let next = 0;
  return batch.map((analysed): IngestFileResult => {
    if (!analysed.ok) return { file: analysed.file, status: 'failed', error: analysed.error };
    const { doc } = analysed;
    const outcome = outcomes[next++];
    const facts = { file: doc.origin, name: doc.name, id: doc.id, claims: doc.claims.length };
    return outcome.ok ? { ...facts, status: outcome.status } : { ...facts, status: 'failed', error: `cannot store: ${errorMessage(outcome.error)}` };
  });
}
