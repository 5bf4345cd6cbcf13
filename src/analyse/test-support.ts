/**
 * Hand-built ledger claims for tests: a small builder, and a storyline modelled on the 2022-2023
 * reporting about Iranian drones for Russia (our own wording, not article text).
 */
import type { AnalysedDocument, LedgerClaim, PartialDate, Proposition, SpeakerType, Stance } from '../core/types.js';

export interface FixtureDoc {
  id: string;
  name: string;
  title: string | null;
  published: PartialDate | null;
  language: string;
}

export function fixtureDoc(name: string, published: PartialDate | null, language = 'fr', title: string | null = null): FixtureDoc {
  return { id: `doc-${name}`, name, title, published, language };
}

export interface ClaimSpec {
  doc: FixtureDoc;
  speaker: string;
  affiliation?: string | null;
  speakerType?: SpeakerType;
  stance: Stance;
  /** Defaults to Iran supplying drones to Russia; null for an unscoped quote. */
  proposition?: Partial<Proposition> | null;
  said?: PartialDate | null;
  /** The claim is only known to predate `said`. */
  before?: boolean;
  text?: string;
}

const nextOffset = new Map<string, number>();
const claimCount = new Map<string, number>();

/** A claim placed after the previous claims of its document (document order = build order). */
export function fixtureClaim(spec: ClaimSpec): LedgerClaim {
  const text = spec.text ?? `${spec.speaker} ${spec.stance}`;
  const start = nextOffset.get(spec.doc.id) ?? 0;
  nextOffset.set(spec.doc.id, start + text.length + 1);
  const n = claimCount.get(spec.doc.id) ?? 0;
  claimCount.set(spec.doc.id, n + 1);
  return {
    id: `${spec.doc.id}:${start}-${start + text.length}:${n}`,
    doc: spec.doc,
    start,
    end: start + text.length,
    text,
    speaker: {
      name: spec.speaker,
      type: spec.speakerType ?? 'person',
      affiliation: spec.affiliation === undefined ? spec.speaker : spec.affiliation,
    },
    stance: spec.stance,
    proposition: spec.proposition === null
      ? null
      : { type: 'supply', actor: 'Iran', recipient: 'Russia', item: 'drones', ...spec.proposition },
    saidOn: spec.said ?? null,
    saidOnRelation: spec.before ? 'before' : 'on',
    sentence: 0,
    explanation: { cue: null, speakerMention: null, rules: [] },
  };
}

const US = 'United States';
const UKRAINE = 'Ukraine';
const IRAN = 'Iran';

export const STORY_DOCS = {
  julyFrench: fixtureDoc('2022-07-recul.txt', '2022-07', 'fr', 'Washington revient sur ses accusations'),
  julyEnglish: fixtureDoc('2022-07-warning.txt', '2022-07-12', 'en', 'US says Iran readies drones for Russia'),
  october: fixtureDoc('2022-10-blinken.txt', '2022-10-20', 'fr'),
  november: fixtureDoc('2022-11-aveu.txt', '2022-11-05', 'fr'),
  december: fixtureDoc('2022-12-missiles.txt', '2022-12-01', 'fr'),
  may: fixtureDoc('2023-05-bilan.txt', '2023-05', 'en'),
  undated: fixtureDoc('undated.txt', null, 'fr'),
};

/** The storyline; claims are built in document order. */
export function storyline(): LedgerClaim[] {
  const d = STORY_DOCS;
  return [
    // July 2022, French article: the walk-back, reporting the earlier warning in the past perfect.
    fixtureClaim({ doc: d.julyFrench, speaker: 'John Kirby', affiliation: US, stance: 'no_evidence', said: '2022-07-26',
      text: 'nous n’avons vu aucune indication de livraison de drones' }),
    fixtureClaim({ doc: d.julyFrench, speaker: 'Jake Sullivan', affiliation: US, stance: 'asserts', said: '2022-07', before: true,
      proposition: { mode: 'planned' }, text: 'l’Iran se préparait à livrer des drones à la Russie' }),
    fixtureClaim({ doc: d.julyFrench, speaker: IRAN, speakerType: 'country', stance: 'denies', said: '2022-07',
      text: 'Téhéran a rejeté ces affirmations' }),
    // July 2022, English article: the warning itself.
    fixtureClaim({ doc: d.julyEnglish, speaker: 'Jake Sullivan', affiliation: US, stance: 'asserts', said: '2022-07-11',
      proposition: { mode: 'planned' }, text: 'Iran is preparing to provide Russia with several hundred drones' }),
    // October 2022: the US asserts again; Ukraine too; Iran denies sending any weapons.
    fixtureClaim({ doc: d.october, speaker: 'Antony Blinken', affiliation: US, stance: 'speculates', said: '2022-10-19',
      proposition: { mode: 'planned' }, text: 'l’Iran pourrait envoyer davantage de drones' }),
    fixtureClaim({ doc: d.october, speaker: 'Antony Blinken', affiliation: US, stance: 'asserts', said: '2022-10-19',
      proposition: { mode: 'done' }, text: 'des drones iraniens frappent des civils en Ukraine' }),
    fixtureClaim({ doc: d.october, speaker: UKRAINE, speakerType: 'country', stance: 'asserts', said: '2022-10-17',
      proposition: { mode: 'done' }, text: 'les drones abattus sont de fabrication iranienne' }),
    fixtureClaim({ doc: d.october, speaker: IRAN, speakerType: 'country', stance: 'denies', said: '2022-10',
      proposition: { item: 'weapons' }, text: 'l’Iran nie avoir fourni des armes à la Russie' }),
    // November 2022: Iran admits drones before the war, denies any since, and denies missiles.
    fixtureClaim({ doc: d.november, speaker: 'Hossein Amir-Abdollahian', affiliation: IRAN, stance: 'denies', said: '2022-11-05',
      proposition: { mode: 'ongoing' }, text: 'aucun drone n’a été livré depuis le début de la guerre' }),
    fixtureClaim({ doc: d.november, speaker: 'Hossein Amir-Abdollahian', affiliation: IRAN, stance: 'admits', said: '2022-11-05',
      proposition: { mode: 'done' }, text: 'l’Iran a livré un petit nombre de drones avant la guerre' }),
    fixtureClaim({ doc: d.november, speaker: 'Hossein Amir-Abdollahian', affiliation: IRAN, stance: 'denies', said: '2022-11-05',
      proposition: { item: 'ballistic missiles' }, text: 'les affirmations sur des missiles sont fausses' }),
    fixtureClaim({ doc: d.november, speaker: UKRAINE, speakerType: 'country', stance: 'asserts', said: '2022-11-03',
      proposition: { item: 'ballistic missiles' }, text: 'la Russie a reçu des missiles balistiques iraniens' }),
    // December article: a US assessment dated only to November.
    fixtureClaim({ doc: d.december, speaker: 'John Kirby', affiliation: US, stance: 'asserts', said: '2022-11',
      proposition: { item: 'ballistic missiles', mode: 'planned' }, text: 'Moscou cherche à obtenir des missiles balistiques' }),
    // May 2023: the US count of drones delivered.
    fixtureClaim({ doc: d.may, speaker: 'John Kirby', affiliation: US, stance: 'asserts', said: '2023-05-15',
      proposition: { mode: 'done' }, text: 'Iran has provided more than 400 drones to Russia' }),
    // An undated quote without a proposition.
    fixtureClaim({ doc: d.undated, speaker: 'Ivan Sorokin', affiliation: 'Russia', stance: 'asserts', proposition: null,
      text: 'la coopération militaro-technique sera à l’ordre du jour' }),
  ];
}

/**
 * The documents the claims came from, as the pipeline would produce them: each document's text is
 * its claims' texts on separate lines, which is where the builder placed their offsets.
 */
export function fixtureDocuments(claims: readonly LedgerClaim[]): AnalysedDocument[] {
  const byDoc = new Map<string, LedgerClaim[]>();
  for (const claim of claims) byDoc.set(claim.doc.id, [...(byDoc.get(claim.doc.id) ?? []), claim]);
  return [...byDoc.values()].map((docClaims) => {
    const { doc } = docClaims[0];
    const ordered = [...docClaims].sort((a, b) => a.start - b.start);
    const text = ordered.map((claim) => claim.text).join('\n');
    return {
      id: doc.id,
      name: doc.name,
      origin: doc.name,
      format: 'text',
      text,
      meta: { title: doc.title, language: doc.language, published: doc.published, url: null, source: null, byline: null },
      excluded: [],
      paragraphs: [{ start: 0, end: text.length }],
      sentences: ordered.map((claim) => ({ start: claim.start, end: claim.end, paragraph: 0 })),
      dates: [],
      claims: ordered.map(({ id: _id, doc: _doc, ...claim }, sentence) => ({ ...claim, sentence })),
    };
  });
}
