/**
 * Version of the analysis rules. The ledger stores it with every document, and re-ingesting a
 * document analysed by an older version re-stores its annotations. Bump it whenever a change to
 * clean/, segment/, annotate/ or lang/ changes what `analyse` produces.
 */
export const ANALYSER_VERSION = 36;
