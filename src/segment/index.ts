/** Segmentation: paragraphs, sentences and tokens, all as spans into the original text. */
export { splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { tokenize } from './tokenize.js';
export { quotedRanges } from './quotes.js';
