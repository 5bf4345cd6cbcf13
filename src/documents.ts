/**
 * Read inputs and analyse them, one result per article. A file that cannot be read or analysed
 * becomes a failed result naming it, so one bad input never stops the others.
 */
import type { AnalysedDocument, RawArticle } from './core/types.js';
import { readInputs, type ReadInputOptions } from './ingest/index.js';
import { analyse } from './pipeline.js';

export type AnalysisResult =
  | { ok: true; doc: AnalysedDocument }
  | { ok: false; file: string; error: string };

export async function* analyseInputs(paths: string[], options: ReadInputOptions = {}): AsyncGenerator<AnalysisResult> {
  for await (const input of readInputs(paths, options)) yield input.ok ? analyseArticle(input.article) : input;
}

function analyseArticle(article: RawArticle): AnalysisResult {
  try {
    return { ok: true, doc: analyse(article) };
  } catch (error) {
    return { ok: false, file: article.origin, error: `analysis failed: ${errorMessage(error)}` };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
