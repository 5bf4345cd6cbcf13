/**
 * Read inputs and analyse them, one result per article. A file that cannot be read or analysed
 * becomes a failed result naming it, so one bad input never stops the others.
 */
import type { AnalysedDocument } from './core/types.js';
import { readInputs } from './ingest/index.js';
import { analyse } from './pipeline.js';

export type ReadOptions = NonNullable<Parameters<typeof readInputs>[1]>;

export type AnalysisResult =
  | { ok: true; doc: AnalysedDocument }
  | { ok: false; file: string; error: string };

export async function* analyseInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<AnalysisResult> {
  for await (const input of readInputs(paths, options)) {
    if (!input.ok) {
      yield { ok: false, file: input.file, error: errorMessage(input.error) };
      continue;
    }
    try {
      yield { ok: true, doc: analyse(input.article) };
    } catch (error) {
      yield { ok: false, file: input.article.origin, error: `analysis failed: ${errorMessage(error)}` };
    }
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
