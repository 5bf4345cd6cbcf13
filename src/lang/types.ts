/**
 * The shape of a language pack: all language-specific knowledge (words, patterns, abbreviations)
 * lives in `lang/<code>/`; the engines in clean/, segment/ and annotate/ are shared.
 * Each section's interface is declared here, next to the others, and filled per language.
 */

export interface LanguagePack {
  code: string;
  abbreviations: AbbreviationLexicon;
  dates: DateLexicon;
  boilerplate: BoilerplateLexicon;
  entities: EntityLexicon;
  claims: ClaimLexicon;
}

// Section interfaces: each owner replaces its placeholder with the real fields.
export interface AbbreviationLexicon { /* owner: segment/ */ }
export interface DateLexicon { /* owner: annotate/dates */ }
export interface BoilerplateLexicon { /* owner: clean/ */ }
export interface EntityLexicon { /* owner: knowledge/ */ }
export interface ClaimLexicon { /* owner: annotate/claims */ }
