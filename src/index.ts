/** The claimtrail library: read and analyse articles, keep them in a ledger, export the claims. */
export * from './core/types.js';
export { analyse } from './pipeline.js';
export { readInputs, type InputResult, type ReadInputOptions } from './ingest/index.js';
export { analyseInputs, type AnalysisResult } from './documents.js';
export {
  openLedger, Ledger, LedgerError, foldText, DEFAULT_LEDGER_PATH, SCHEMA_VERSION, type StoreResult, type SearchHit,
  ingest, type IngestOptions, type IngestReport, type IngestFileResult,
} from './store/index.js';
export {
  extractToContract, toContractRecords, type ContractRecord, type ContractDocument, type ContractClaim,
  type ExtractResult,
} from './export/contract.js';
export * from './analyse/index.js';
export { ANALYSER_VERSION } from './version.js';
