/**
 * Shapes of the HTTP JSON API, shared by the server and the web app (type-only imports on the web side).
 * Ledger records and analysis results are passed through as their modules define them, with claims
 * replaced by claim ids where the claims themselves are sent alongside.
 */
import type { PropositionRecord, Shift, ShiftKind } from '../analyse/index.js';
import type {
  AnalysedDocument, DatePrecision, DocumentSummary, IngestStatus, LedgerClaim, PartialDate, Span, Stance,
} from '../core/types.js';

export type { DocumentSummary, LedgerClaim, ShiftKind };
export type { PartyStance } from '../analyse/index.js';

/** Every error response: `{ error: "..." }` with a 4xx/5xx status. */
export interface ApiError {
  error: string;
}

/** `GET /api/documents/:id`: the stored document with its annotations and claims. */
export interface DocumentDetail extends Omit<AnalysedDocument, 'claims' | 'raw' | 'sentences' | 'paragraphs'> {
  claims: LedgerClaim[];
}

/** `GET /api/claims/:id`: the claim with the sentence(s) that hold it, for showing it in context. */
export interface ClaimDetail extends LedgerClaim {
  /** The source sentence(s): `text` starts at document offset `start`, so the evidence is at claim.start - start. */
  context: { start: number; end: number; text: string };
  /** The claim's proposition (at its own item), when it has one. */
  propositionRef: { id: string; label: string } | null;
}

/** One line of `GET /api/propositions`: a proposition record with its claims counted. */
export interface PropositionSummary extends Omit<PropositionRecord, 'claims'> {
  claims: number;
}

/** A claim placed on the time axis: the half-open day range [start, end) its date covers. */
export interface TimelineMark {
  claim: string;
  stance: Stance;
  speaker: string;
  /** The date the mark stands for (said-on, else the document's publication date). */
  date: PartialDate;
  precision: DatePrecision;
  /** `said`: the claim's own date; `published`: its document's date stands in. */
  basis: 'said' | 'published';
  /** True when the claim is only known to predate `date`. */
  before: boolean;
  /** ISO day (YYYY-MM-DD), inclusive. */
  start: string;
  /** ISO day (YYYY-MM-DD), exclusive. */
  end: string;
}

export interface TimelineLane {
  party: string;
  marks: TimelineMark[];
}

/** A shift with its supporting claims given by id, in chronological order (the last one completes it). */
export interface ShiftView extends Omit<Shift, 'claims'> {
  claims: string[];
}

/** `GET /api/propositions/:id`. */
export interface PropositionDetail {
  summary: PropositionSummary;
  /** Its claims in chronological order. */
  claims: LedgerClaim[];
  /** One lane per party, in order of their first claim. */
  lanes: TimelineLane[];
  /** Claims with no date at all (neither said-on nor publication date): listed, not drawn. */
  undated: string[];
  shifts: ShiftView[];
}

/** One hit of `GET /api/search`. */
export interface SearchHit {
  claim: LedgerClaim;
  /** Words of `claim.text` that match the query (offsets into `claim.text`). */
  matches: Span[];
  propositionRef: { id: string; label: string } | null;
}

/** Per uploaded file outcome of `POST /api/ingest`. */
export interface UploadResult {
  /** The file name as uploaded. */
  file: string;
  /** `failed` only when nothing in the file could be stored. */
  status: IngestStatus;
  /** Documents read from it (a JSON Lines file holds several). */
  documents: { id: string; name: string; claims: number; status: IngestStatus }[];
  /** Problems, one line each (a JSON Lines file can have several bad lines). */
  errors: string[];
}

export interface IngestResponse {
  files: UploadResult[];
}
