/**
 * The server's only access to data: the ledger (documents, claims, search, ingestion) and the
 * analysis (propositions, timeline, shifts), shaped into the API's records. Analysis runs on each
 * request over the ledger's claims, so what the API shows is always what the ledger holds.
 */
import {
  buildTimeline, claimMatchesProposition, detectShifts, groupPropositions, partyOf, propositionId, propositionLabel,
  slug, timelineByActor, type PropositionRecord, type Shift, type TimelineEntry,
} from '../analyse/index.js';
import { ITEMS, type IngestStatus, type LedgerClaim, type Span } from '../core/types.js';
import { foldText, type Ledger } from '../store/index.js';
import type { IngestFileResult } from '../store/ingest.js';
import type {
  ClaimDetail, DocumentDetail, DocumentSummary, PropositionDetail, PropositionSummary, SearchHit, ShiftView,
  TimelineMark, UploadResult,
} from './api-types.js';
import { partialDateRange, rangesOverlap } from './dates.js';
import type { ClaimsQuery, PropositionsQuery, ShiftsQuery } from './params.js';

/** A file received by `POST /api/ingest`, saved under `path`. */
export interface UploadedFile {
  name: string;
  path: string;
}

export interface ServerData {
  documents(): DocumentSummary[];
  document(id: string): DocumentDetail | null;
  claims(query: ClaimsQuery): LedgerClaim[];
  claim(id: string): ClaimDetail | null;
  propositions(query: PropositionsQuery): PropositionSummary[];
  proposition(id: string): PropositionDetail | null;
  shifts(query: ShiftsQuery): ShiftView[];
  search(query: string): SearchHit[];
  ingest(files: UploadedFile[]): Promise<UploadResult[]>;
}

const SEARCH_LIMIT = 50;

/** Serves the API from an open ledger (which the caller closes). */
export function ledgerData(ledger: Ledger): ServerData {
  return {
    documents: () => ledger.documents(),
    document: (id) => documentDetail(ledger, id),
    claims: ({ proposition, ...filter }) => {
      const claims = ledger.claims(filter);
      return proposition ? claims.filter((claim) => claimMatchesProposition(claim, proposition)) : claims;
    },
    claim: (id) => claimDetail(ledger, id),
    propositions: (query) => groupPropositions(ledger.claims())
      .filter((record) => propositionMatches(record, query))
      .map(summarise),
    proposition: (id) => propositionDetail(ledger.claims(), id),
    shifts: ({ proposition, party, kind }) => {
      const claims = ledger.claims();
      const about = proposition ? claims.filter((claim) => claimMatchesProposition(claim, proposition)) : claims;
      const wantedParty = party ? foldText(party) : null;
      return detectShifts(about)
        .filter((shift) => !kind || shift.kind === kind)
        .filter((shift) => !wantedParty || shift.parties.some((name) => foldText(name).includes(wantedParty)))
        .map(shiftView);
    },
    search: (query) => search(ledger, query),
    ingest: (files) => ingestUploads(ledger, files),
  };
}

function documentDetail(ledger: Ledger, id: string): DocumentDetail | null {
  const doc = ledger.document(id);
  if (!doc) return null;
  const { raw: _raw, sentences: _sentences, paragraphs: _paragraphs, claims: _claims, ...rest } = doc;
  return { ...rest, claims: ledger.claims({ doc: doc.id }) };
}

function claimDetail(ledger: Ledger, id: string): ClaimDetail | null {
  const docId = id.slice(0, id.indexOf(':'));
  const claim = ledger.claims({ doc: docId }).find((candidate) => candidate.id === id);
  const doc = claim ? ledger.document(docId) : null;
  if (!claim || !doc) return null;
  const touching = doc.sentences.filter((sentence) => sentence.start < claim.end && sentence.end > claim.start);
  const start = Math.min(claim.start, ...touching.map((sentence) => sentence.start));
  const end = Math.max(claim.end, ...touching.map((sentence) => sentence.end));
  return { ...claim, context: { start, end, text: doc.text.slice(start, end) }, propositionRef: propositionRef(claim) };
}

function propositionRef(claim: LedgerClaim): { id: string; label: string } | null {
  return claim.proposition
    ? { id: propositionId(claim.proposition), label: propositionLabel(claim.proposition) }
    : null;
}

// ---------------------------------------------------------------- propositions

function summarise({ claims, ...record }: PropositionRecord): PropositionSummary {
  return { ...record, claims: claims.length };
}

/** Item and text filters apply to the proposition; the others to its claims (one claim must meet them all). */
function propositionMatches(record: PropositionRecord, query: PropositionsQuery): boolean {
  if (query.item && record.item !== query.item) return false;
  if (query.q && !containsWords(record.label, query.q)) return false;
  const party = query.party ? foldText(query.party) : null;
  const period = query.from || query.to ? periodOf(query.from, query.to) : null;
  return record.claims.some((claim) =>
    (!query.stance || claim.stance === query.stance)
    && (!query.language || claim.doc.language === query.language)
    && (!party || foldText(partyOf(claim)).includes(party) || foldText(claim.speaker.name).includes(party))
    && (!period || claimInPeriod(claim, period)));
}

function periodOf(from: string | undefined, to: string | undefined): { start: string; end: string } {
  return { start: from ? partialDateRange(from).start : '0000-01-01', end: to ? partialDateRange(to).end : '9999-12-31' };
}

function claimInPeriod(claim: LedgerClaim, period: { start: string; end: string }): boolean {
  const date = claim.saidOn ?? claim.doc.published;
  return date !== null && rangesOverlap(partialDateRange(date), period);
}

function containsWords(text: string, query: string): boolean {
  const folded = foldText(text);
  return words(query).every((word) => folded.includes(foldText(word)));
}

/** The record for `id` with its timeline; ids at a broader item (`...:weapons`) take in finer claims. */
function propositionDetail(allClaims: LedgerClaim[], id: string): PropositionDetail | null {
  const level = ITEMS.find((item) => id.endsWith(`:${slug(item)}`));
  if (!level) return null;
  const matching = allClaims.filter((claim) => claimMatchesProposition(claim, id));
  const record = groupPropositions(matching, { level }).find((candidate) => candidate.id === id);
  if (!record) return null;
  const lanes = timelineByActor(buildTimeline(record.claims)).map((lane) => ({
    party: lane.party,
    marks: lane.entries.flatMap((entry) => timelineMark(entry) ?? []),
  })).filter((lane) => lane.marks.length > 0);
  const undated = record.claims.filter((claim) => claim.saidOn === null && claim.doc.published === null);
  return {
    summary: summarise(record),
    claims: record.claims,
    lanes,
    undated: undated.map((claim) => claim.id),
    shifts: detectShifts(record.claims).map(shiftView),
  };
}

function timelineMark({ when, claimId, stance, speaker }: TimelineEntry): TimelineMark | null {
  if (!when.date || !when.precision || when.basis === 'unknown') return null;
  const { start, end } = partialDateRange(when.date);
  return {
    claim: claimId, stance, speaker, date: when.date, precision: when.precision, basis: when.basis,
    before: when.relation === 'before', start, end,
  };
}

function shiftView({ claims, ...shift }: Shift): ShiftView {
  return { ...shift, claims: claims.map((claim) => claim.id) };
}

// ---------------------------------------------------------------- search

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function search(ledger: Ledger, query: string): SearchHit[] {
  const hits = ledger.search(query, SEARCH_LIMIT);
  const claimsByDoc = new Map<string, Map<string, LedgerClaim>>();
  const terms = words(query).map(foldText);
  return hits.flatMap((hit) => {
    let claims = claimsByDoc.get(hit.docId);
    if (!claims) {
      claims = new Map(ledger.claims({ doc: hit.docId }).map((claim) => [claim.id, claim]));
      claimsByDoc.set(hit.docId, claims);
    }
    const claim = claims.get(hit.claimId);
    return claim ? [{ claim, matches: matchingWords(claim.text, terms), propositionRef: propositionRef(claim) }] : [];
  });
}

/** Words of `text` starting with one of the folded `terms`, the way the full-text index matches prefixes. */
function matchingWords(text: string, terms: string[]): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]);
    if (terms.some((term) => word.startsWith(term))) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// ---------------------------------------------------------------- ingestion

async function ingestUploads(ledger: Ledger, files: UploadedFile[]): Promise<UploadResult[]> {
  // Loaded on first use: browsing the ledger does not need the analysis pipeline.
  const { ingest } = await import('../store/ingest.js');
  const { results } = await ingest(files.map((file) => file.path), { ledger });
  return files.map((file) => uploadResult(file, results.filter((result) => fromFile(result, file.path))));
}

/** Results of the file at `path`: itself, its JSON Lines articles (`path#3`) and bad lines (`path:3`). */
function fromFile(result: IngestFileResult, path: string): boolean {
  return result.file === path || result.file.startsWith(`${path}#`) || result.file.startsWith(`${path}:`);
}

function uploadResult(file: UploadedFile, results: IngestFileResult[]): UploadResult {
  const hideTempPath = (text: string) => text.split(file.path).join(file.name);
  const documents = results.flatMap((result) => result.id && result.status !== 'failed'
    ? [{ id: result.id, name: result.name ?? file.name, claims: result.claims ?? 0, status: result.status }]
    : []);
  const errors = results.flatMap((result) => result.error ? [hideTempPath(`${result.file}: ${result.error}`)] : []);
  if (results.length === 0) errors.push(`${file.name}: nothing could be read from this file`);
  return { file: file.name, status: overallStatus(documents.map((doc) => doc.status)), documents, errors };
}

/** The most telling status of a file's documents: added, else updated, else unchanged; failed when none. */
function overallStatus(statuses: IngestStatus[]): IngestStatus {
  const order: IngestStatus[] = ['added', 'updated', 'unchanged'];
  return order.find((status) => statuses.includes(status)) ?? 'failed';
}
