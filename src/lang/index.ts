import type { LanguagePack } from './types.js';
import fr from './fr/index.js';
import en from './en/index.js';

const PACKS: Record<string, LanguagePack> = { fr, en };

/** Languages with a full pack; other languages fall back to English rules. */
export const SUPPORTED_LANGUAGES = Object.keys(PACKS);

export function languagePack(code: string): LanguagePack {
  return PACKS[code] ?? en;
}
