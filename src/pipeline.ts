/**
 * The analysis pipeline, top to bottom: clean -> segment -> annotate (dates, claims).
 * Each stage is a pure function over the original text and the spans found so far.
 */
import { createHash } from 'node:crypto';
import type { AnalysedDocument, RawArticle } from './core/types.js';
import { languagePack } from './lang/index.js';
import { detectLanguage } from './clean/language.js';
import { findBoilerplate } from './clean/boilerplate.js';
import { readMetadata } from './clean/metadata.js';
import { splitParagraphs, splitSentences } from './segment/index.js';
import { findDates, findUndatedTimes } from './annotate/dates.js';
import { extractClaims } from './annotate/claims.js';

export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function analyse(raw: RawArticle): AnalysedDocument {
  const { text } = raw;
  const language = raw.meta.language ?? detectLanguage(text);
  const lang = languagePack(language);
  const excluded = findBoilerplate(text, lang);
  const meta = readMetadata(raw, excluded, language, lang);
  const paragraphs = splitParagraphs(text, excluded);
  const sentences = splitSentences(text, paragraphs, lang);
  const dates = findDates(text, sentences, meta.published, lang);
  const undatedTimes = findUndatedTimes(text, sentences, meta.published, lang);
  const dateline = excluded.find((range) => range.kind === 'dateline') ?? null;
  const claims = extractClaims({ text, sentences, dates, undatedTimes, meta, dateline, lang });
  return {
    id: documentId(text), name: raw.name, origin: raw.origin, format: raw.format, text, raw: raw.raw,
    meta, excluded, paragraphs, sentences, dates, claims,
  };
}
