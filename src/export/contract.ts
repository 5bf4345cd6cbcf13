/**
 * The JSONL exchange format of `claimtrail extract` (shared/eval/CONTRACT.md): per document, one
 * `document` record then its `claim` records. Field names follow the contract (snake_case).
 */
import type { AnalysedDocument, Claim, PartialDate, Proposition, SpeakerType, Stance } from '../core/types.js';
import { analyseInputs, type AnalysisResult } from '../documents.js';
import type { ReadInputOptions } from '../ingest/index.js';

export interface ContractDocument {
  kind: 'document';
  doc: string;
  language: string;
  published: PartialDate | null;
  title: string | null;
  /** Extra: the content hash the ledger stores it under. */
  id: string;
}

export interface ContractClaim {
  kind: 'claim';
  doc: string;
  start: number;
  end: number;
  text: string;
  speaker: { name: string; type: SpeakerType; affiliation: string | null; role?: string };
  stance: Stance;
  proposition: Proposition | null;
  /** Null for a claim only known to predate a date: the contract forbids giving it that date. */
  said_on: PartialDate | null;
  /** Extra: `before` when the claim is only known to predate `said_before`. */
  said_on_relation: 'on' | 'before';
  said_before?: PartialDate;
}

export type ContractRecord = ContractDocument | ContractClaim;

export type ExtractResult =
  | { ok: true; doc: AnalysedDocument; records: ContractRecord[] }
  | Extract<AnalysisResult, { ok: false }>;

export function toContractRecords(doc: AnalysedDocument): ContractRecord[] {
  const document: ContractDocument = {
    kind: 'document', doc: doc.name, language: doc.meta.language, published: doc.meta.published,
    title: doc.meta.title, id: doc.id,
  };
  return [document, ...doc.claims.map((claim) => toContractClaim(doc.name, claim))];
}

function toContractClaim(docName: string, claim: Claim): ContractClaim {
  const { name, type, affiliation, role } = claim.speaker;
  return {
    kind: 'claim', doc: docName, start: claim.start, end: claim.end, text: claim.text,
    speaker: { name, type, affiliation, ...(role ? { role } : {}) },
    stance: claim.stance, proposition: claim.proposition,
    said_on: claim.saidOnRelation === 'before' ? null : claim.saidOn,
    said_on_relation: claim.saidOnRelation,
    ...(claim.saidOnRelation === 'before' && claim.saidOn ? { said_before: claim.saidOn } : {}),
  };
}

/** Reads and analyses `paths` in memory, yielding each document's contract records or its failure. */
export async function* extractToContract(paths: string[], options: ReadInputOptions = {}): AsyncGenerator<ExtractResult> {
  for await (const result of analyseInputs(paths, options)) {
    yield result.ok ? { ...result, records: toContractRecords(result.doc) } : result;
  }
}
