/**
 * A ledger for the server's tests, filled through `addDocument` with hand-built documents: the
 * analysis storyline (Iranian drones for Russia, our own wording) and one hostile article whose
 * text, title and speaker carry HTML that must only ever be shown as text.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDocuments, storyline } from '../analyse/test-support.js';
import type { AnalysedDocument, Span } from '../core/types.js';
import { openLedger, type Ledger } from '../store/index.js';

export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '<script>alert(2)</script>';
const HOSTILE_TITLE = '<img src=x onerror=alert(3)> Drones livrés';
const HOSTILE_CLAIM = `${HOSTILE_MARKUP} des drones ont été livrés à Moscou`;
const HOSTILE_DATE = 'le 3 mars 2023';
const HOSTILE_BOILERPLATE = 'Lire aussi : un autre article';
const HOSTILE_TEXT = [
  HOSTILE_TITLE,
  '',
  `Selon le ministre, ${HOSTILE_CLAIM}, ${HOSTILE_DATE}. ${HOSTILE_SCRIPT}`,
  '',
  HOSTILE_BOILERPLATE,
].join('\n');

export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture text lacks "${part}"`);
  return { start, end: start + part.length };
}

export function hostileDocument(): AnalysedDocument {
  const text = HOSTILE_TEXT;
  const body = spanOf(text, `Selon le ministre, ${HOSTILE_CLAIM}, ${HOSTILE_DATE}.`);
  return {
    id: contentId(text), name: 'hostile.txt', origin: '/tmp/hostile.txt', format: 'text', text,
    meta: { title: HOSTILE_TITLE, language: 'fr', published: '2023-03-04', url: 'javascript:alert(4)', source: null, byline: null },
    excluded: [{ ...spanOf(text, HOSTILE_BOILERPLATE), kind: 'read-also' }],
    paragraphs: [spanOf(text, HOSTILE_TITLE), body, spanOf(text, HOSTILE_BOILERPLATE)],
    sentences: [{ ...spanOf(text, HOSTILE_TITLE), paragraph: 0 }, { ...body, paragraph: 1 }],
    dates: [{
      ...spanOf(text, HOSTILE_DATE), text: HOSTILE_DATE, value: '2023-03-03', precision: 'day', relation: 'on', relative: false,
    }],
    claims: [{
      ...spanOf(text, HOSTILE_CLAIM), text: HOSTILE_CLAIM,
      speaker: { name: 'Ministre <b>Test</b>', type: 'person', affiliation: 'Ukraine', role: 'ministre <i>de la Défense</i>' },
      stance: 'asserts',
      proposition: { type: 'supply', actor: 'Iran', recipient: 'Russia', item: 'drones', mode: 'done' },
      saidOn: '2023-03-03', saidOnRelation: 'on', sentence: 1,
      explanation: { cue: { ...spanOf(text, 'Selon'), text: 'Selon' }, speakerMention: null, rules: ['test:selon'] },
    }],
  };
}

/** The storyline documents, with content-hash ids as the pipeline gives them. */
export function storylineDocuments(): AnalysedDocument[] {
  return fixtureDocuments(storyline()).map((doc) => ({ ...doc, id: contentId(doc.text) }));
}

/** A fresh ledger in a temp folder holding the storyline and the hostile article. */
export function fixtureLedger(): Ledger {
  const ledger = openLedger(join(mkdtempSync(join(tmpdir(), 'claimtrail-server-')), 'ledger.db'));
  for (const doc of [...storylineDocuments(), hostileDocument()]) ledger.addDocument(doc);
  return ledger;
}
