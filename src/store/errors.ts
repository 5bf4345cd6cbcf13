/** A problem with the ledger file or a lookup in it, worded for the user (no stack trace needed). */
export class LedgerError extends Error {
  override name = 'LedgerError';
}
