export { foldText } from '../core/text.js';
export { openLedger, Ledger, DEFAULT_LEDGER_PATH, type StoreResult, type StoreOutcome, type SearchHit } from './ledger.js';
export { ingest, type IngestOptions, type IngestReport, type IngestFileResult } from './ingest.js';
export { LedgerError } from './errors.js';
export { SCHEMA_VERSION } from './schema.js';
