/**
 * Language identification with eld. The extra-small database loads in a fraction of the time of
 * the larger ones (this runs at every CLI start) and is as good on a few hundred words of prose.
 */
import { eld } from 'eld/extrasmall';

/** A few KB of prose are plenty to tell languages apart, and keep detection fast on long texts. */
const SAMPLE_CHARS = 4000;
const FALLBACK = 'en';

/** ISO 639-1 code of the text's language; English when the text is too short or mixed to tell. */
export function detectLanguage(text: string): string {
  const result = eld.detect(sample(text));
  return result.language && result.isReliable() ? result.language : FALLBACK;
}

/** The start of the text, cut at a word boundary so eld does not see a broken word. */
function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', SAMPLE_CHARS);
  return text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
}
