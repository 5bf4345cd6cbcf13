/**
 * JSON Lines feeds: one article object per line with `text` or `html`, and optional `title`,
 * `url`, `published`, `language`, `source`, `byline`. A bad line is reported as `file:line`; the
 * other lines still become articles.
 */
import type { DocumentMeta } from '../core/types.js';
import { primaryLanguage, readHtml } from './html.js';
import type { InputResult } from './index.js';

const LINE_BREAK = /\r?\n/;
const META_FIELDS = ['title', 'url', 'published', 'source', 'byline'] as const;

/** One result per non-blank line of `content`, read from `path` (shown as `name` in outputs). */
export function* readJsonLines(content: string, path: string, name: string): Generator<InputResult> {
  const lines = content.split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const lineNumber = i + 1;
    const parsed = parseArticle(lines[i]);
    if (typeof parsed === 'string') {
      yield { ok: false, file: `${path}:${lineNumber}`, error: parsed };
      continue;
    }
    yield {
      ok: true,
      article: { name: `${name}#${lineNumber}`, origin: `${path}#${lineNumber}`, format: 'jsonl', ...parsed },
    };
  }
}

type ParsedLine = { text: string; raw?: string; meta: Partial<DocumentMeta> };

/** The article on one line, or what is wrong with the line. */
function parseArticle(line: string): ParsedLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  const meta = lineMetadata(record);
  if (typeof record.text === 'string' && record.text.trim() !== '') return { text: record.text, meta };
  if (typeof record.html === 'string' && record.html.trim() !== '') {
    const page = readHtml(record.html);
    if (!page) return 'no extractable text in its "html" field';
    return { text: page.text, raw: record.html, meta: { ...page.meta, ...meta } };
  }
  return 'no "text" or "html" field with content';
}

function lineMetadata(record: Record<string, unknown>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  for (const field of META_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') meta[field] = value.trim();
  }
  const language = typeof record.language === 'string' ? primaryLanguage(record.language) : undefined;
  if (language) meta.language = language;
  return meta;
}
