/** Mapping from the ledger's rows back to the core types. */
import type {
  AnalysedDocument, BoilerplateKind, Claim, DateMention, DatePrecision, DateRelation, InputFormat,
  LedgerClaim, Paragraph, Sentence, ExcludedRange, Item, PropositionMode, PropositionType, SpeakerType, Stance,
} from '../core/types.js';

interface DocumentRow {
  id: string; name: string; origin: string; format: InputFormat; text: string; raw: string | null;
  title: string | null; language: string; published: string | null; url: string | null;
  source: string | null; byline: string | null;
  /** JSON arrays: start, end of each paragraph; start, end, paragraph of each sentence. */
  paragraph_spans: string; sentence_spans: string;
}

interface SpanRow { start: number; end: number }

export interface ClaimRow extends SpanRow {
  id: string; text: string;
  speaker_name: string; speaker_type: SpeakerType; speaker_affiliation: string | null; speaker_role: string | null;
  stance: Stance;
  proposition_type: PropositionType | null; proposition_actor: string | null; proposition_recipient: string | null;
  proposition_item: Item | null; proposition_mode: PropositionMode | null;
  said_on: string | null; said_on_relation: 'on' | 'before'; sentence: number; explanation: string;
  doc_id: string; doc_name: string; doc_title: string | null; doc_published: string | null; doc_language: string;
}

export interface DocumentRows {
  document: DocumentRow;
  excluded: (SpanRow & { kind: BoilerplateKind })[];
  dates: (SpanRow & {
    text: string; value: string; precision: DatePrecision; relation: DateRelation; relative: number;
  })[];
  claims: ClaimRow[];
}

export function documentFromRows(rows: DocumentRows): AnalysedDocument {
  const { document: d } = rows;
  return {
    id: d.id, name: d.name, origin: d.origin, format: d.format, text: d.text,
    ...(d.raw === null ? {} : { raw: d.raw }),
    meta: {
      title: d.title, language: d.language, published: d.published, url: d.url, source: d.source, byline: d.byline,
    },
    excluded: rows.excluded.map(({ start, end, kind }): ExcludedRange => ({ start, end, kind })),
    paragraphs: unpack(d.paragraph_spans, 2, ([start, end]): Paragraph => ({ start, end })),
    sentences: unpack(d.sentence_spans, 3, ([start, end, paragraph]): Sentence => ({ start, end, paragraph })),
    dates: rows.dates.map(({ start, end, text, value, precision, relation, relative }): DateMention => ({
      start, end, text, value, precision, relation, relative: relative === 1,
    })),
    claims: rows.claims.map(plainClaimFromRow),
  };
}

/** A document's paragraphs and sentences as its row stores them, each packed into one JSON array of numbers. */
export function packedSpans(doc: Pick<AnalysedDocument, 'paragraphs' | 'sentences'>): Pick<DocumentRow, 'paragraph_spans' | 'sentence_spans'> {
  return {
    paragraph_spans: JSON.stringify(doc.paragraphs.flatMap(({ start, end }) => [start, end])),
    sentence_spans: JSON.stringify(doc.sentences.flatMap(({ start, end, paragraph }) => [start, end, paragraph])),
  };
}

function unpack<T>(json: string, width: number, record: (fields: number[]) => T): T[] {
  const numbers = JSON.parse(json) as number[];
  const records: T[] = [];
  for (let i = 0; i < numbers.length; i += width) records.push(record(numbers.slice(i, i + width)));
  return records;
}

export function claimFromRow(row: ClaimRow): LedgerClaim {
  return {
    id: row.id,
    doc: {
      id: row.doc_id, name: row.doc_name, title: row.doc_title, published: row.doc_published,
      language: row.doc_language,
    },
    ...plainClaimFromRow(row),
  };
}

function plainClaimFromRow(row: ClaimRow): Claim {
  return {
    start: row.start, end: row.end, text: row.text,
    speaker: {
      name: row.speaker_name, type: row.speaker_type, affiliation: row.speaker_affiliation,
      ...(row.speaker_role === null ? {} : { role: row.speaker_role }),
    },
    stance: row.stance,
    proposition: row.proposition_type === null ? null : {
      type: row.proposition_type, actor: row.proposition_actor ?? '', recipient: row.proposition_recipient ?? '',
      item: row.proposition_item as Item,
      ...(row.proposition_mode === null ? {} : { mode: row.proposition_mode }),
    },
    saidOn: row.said_on, saidOnRelation: row.said_on_relation, sentence: row.sentence,
    explanation: JSON.parse(row.explanation),
  };
}
