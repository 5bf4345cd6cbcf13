/**
 * Core data model of claimtrail.
 *
 * Standoff annotation: a document's `text` is never modified. Every annotation is a span of
 * UTF-16 offsets into it (`text.slice(start, end)`), so any output can point back to its evidence.
 */

/** A half-open range [start, end) of UTF-16 code units into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date at the precision the text supports. */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

export type InputFormat = 'text' | 'html' | 'jsonl';

/** An article as read from disk or stdin, before any analysis. */
export interface RawArticle {
  /** Base name used as the document name in outputs (`004_2146e83494d5d6cf.txt`, `feed.jsonl#3`). */
  name: string;
  /** Where it came from: a path, `path#line` for JSON Lines, or `-` for stdin. */
  origin: string;
  format: InputFormat;
  /** The text every offset refers to: the file as decoded (BOM removed), or the text extracted from HTML. */
  text: string;
  /** The original bytes decoded, when `text` was derived from it (HTML). */
  raw?: string;
  /** Metadata the container gave (HTML meta tags, JSONL fields); analysis fills the rest. */
  meta: Partial<DocumentMeta>;
}

export interface DocumentMeta {
  title: string | null;
  /** ISO 639-1 code. */
  language: string;
  published: PartialDate | null;
  url: string | null;
  source: string | null;
  byline: string | null;
}

export type BoilerplateKind =
  | 'navigation' | 'share' | 'read-also' | 'caption' | 'credit' | 'byline' | 'reading-time'
  | 'author-bio' | 'back-to-top' | 'repeated-headline' | 'duplicate' | 'date-line' | 'logo'
  | 'source-line' | 'dateline' | 'time-stamp' | 'other';

/** A range of the original text that later stages ignore (recorded, never deleted). */
export interface ExcludedRange extends Span {
  kind: BoilerplateKind;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** Index into the document's paragraphs. */
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

/**
 * How a date expression relates to the event it modifies:
 * `on` (le 19 juillet), `since` (depuis août), `before` (avant mardi), `after`.
 */
export type DateRelation = 'on' | 'since' | 'before' | 'after';

export interface DateMention extends Span {
  text: string;
  /** Normalised value at its precision. */
  value: PartialDate;
  precision: DatePrecision;
  relation: DateRelation;
  /** True when resolved against the publication date ("mardi", "le mois dernier"). */
  relative: boolean;
}

// ---------------------------------------------------------------- claims

export type Stance = 'asserts' | 'denies' | 'no_evidence' | 'admits' | 'speculates' | 'retracts';
export const STANCES: readonly Stance[] = ['asserts', 'denies', 'no_evidence', 'admits', 'speculates', 'retracts'];

export type SpeakerType = 'person' | 'organization' | 'country' | 'unknown' | 'author';

export interface Speaker {
  /** Most specific named source: a person's full name, else the organisation or country. */
  name: string;
  type: SpeakerType;
  /** English short name of the country the speaker speaks for, or null. */
  affiliation: string | null;
  /** Role as found in the text ("porte-parole du Pentagone"), when known. */
  role?: string | null;
}

export type PropositionType = 'supply' | 'produce' | 'train' | 'deploy';
export type PropositionMode = 'done' | 'ongoing' | 'planned' | 'sought';

export const ITEMS = [
  'drones', 'ballistic missiles', 'missiles', 'artillery', 'ammunition', 'fighter jets', 'helicopters',
  'air defence', 'radars', 'trainer aircraft', 'military equipment', 'weapons', 'personnel', 'technology',
] as const;
export type Item = (typeof ITEMS)[number];

export interface Proposition {
  type: PropositionType;
  /** Supplier / producer / trainer / sender: a country's English short name or a plain word. */
  actor: string;
  /** Receiving party (for `produce`, the other participant). */
  recipient: string;
  item: Item;
  mode?: PropositionMode;
}

/** Why the extractor produced a claim: the cue and the rules that fired, for `explain`. */
export interface ClaimExplanation {
  /** The cue word or phrase (reporting verb, "selon", quote mark...). */
  cue: (Span & { text: string }) | null;
  /** Span of the speaker mention in the text, when the speaker is named in the sentence. */
  speakerMention: Span | null;
  /** Rule ids and lexicon entries that fired, in order ("attribution:fr:reporting-verb(a déclaré)"). */
  rules: string[];
}

export interface Claim extends Span {
  /** `text.slice(start, end)` of the document: the reported content. */
  text: string;
  speaker: Speaker;
  stance: Stance;
  proposition: Proposition | null;
  /** When the speaker made the claim, or null. */
  saidOn: PartialDate | null;
  /** `before`: only known to predate `saidOn` (earlier statements reported in the past perfect). */
  saidOnRelation: 'on' | 'before';
  /** Index of the sentence holding the claim's start. */
  sentence: number;
  explanation: ClaimExplanation;
}

/** A fully analysed document: what the pipeline produces and the ledger stores. */
export interface AnalysedDocument {
  /** Content hash (hex sha256 of `text`, first 16 chars): stable id, re-ingest is a no-op. */
  id: string;
  name: string;
  origin: string;
  format: InputFormat;
  text: string;
  raw?: string;
  meta: DocumentMeta;
  excluded: ExcludedRange[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dates: DateMention[];
  claims: Claim[];
}

// ---------------------------------------------------------------- ledger (stored records)

/** `updated`: already stored, re-analysed because an older analyser version stored it. */
export type IngestStatus = 'added' | 'unchanged' | 'updated' | 'failed';

/** One line of the `docs` listing. */
export interface DocumentSummary {
  id: string;
  name: string;
  origin: string;
  language: string;
  published: PartialDate | null;
  title: string | null;
  /** Number of claims extracted from it. */
  claims: number;
  ingestedAt: string;
}

/** A claim as stored, with the document facts analysis needs (ordering, sources, languages). */
export interface LedgerClaim extends Claim {
  /** Stable id: `<docId>:<start>-<end>:<n>`. */
  id: string;
  doc: { id: string; name: string; title: string | null; published: PartialDate | null; language: string };
}

export interface ClaimFilter {
  /** Matches speaker name or affiliation, accent- and case-insensitive substring. */
  speaker?: string;
  stance?: Stance;
  /** Free text matched against claim text, proposition participants and item. */
  about?: string;
  doc?: string;
}
