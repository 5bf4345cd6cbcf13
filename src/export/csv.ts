/** Claims as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). */
import type { LedgerClaim } from '../core/types.js';
import { claimWhen, formatWhen, propositionId } from '../analyse/index.js';

const COLUMNS: readonly [string, (claim: LedgerClaim) => string | number | null | undefined][] = [
  ['id', (claim) => claim.id],
  ['when', (claim) => formatWhen(claimWhen(claim))],
  ['said_on', (claim) => claim.saidOn],
  ['said_on_relation', (claim) => claim.saidOnRelation],
  ['speaker', (claim) => claim.speaker.name],
  ['speaker_type', (claim) => claim.speaker.type],
  ['affiliation', (claim) => claim.speaker.affiliation],
  ['role', (claim) => claim.speaker.role],
  ['stance', (claim) => claim.stance],
  ['proposition', (claim) => (claim.proposition ? propositionId(claim.proposition) : null)],
  ['type', (claim) => claim.proposition?.type],
  ['actor', (claim) => claim.proposition?.actor],
  ['recipient', (claim) => claim.proposition?.recipient],
  ['item', (claim) => claim.proposition?.item],
  ['mode', (claim) => claim.proposition?.mode],
  ['doc_id', (claim) => claim.doc.id],
  ['doc', (claim) => claim.doc.name],
  ['title', (claim) => claim.doc.title],
  ['published', (claim) => claim.doc.published],
  ['language', (claim) => claim.doc.language],
  ['start', (claim) => claim.start],
  ['end', (claim) => claim.end],
  ['text', (claim) => claim.text],
];

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function claimsToCsv(claims: readonly LedgerClaim[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const claim of claims) lines.push(COLUMNS.map(([, value]) => csvField(value(claim))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
