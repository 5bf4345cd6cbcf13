/**
 * HTML pages: the main content found by Readability on a linkedom DOM, turned into plain text
 * with one paragraph per block (blank line between), and the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../core/types.js';

export interface HtmlContent {
  text: string;
  meta: Partial<DocumentMeta>;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TR', 'UL',
]);
/** Not prose: scripts, widgets, and figures (an image's caption and credit are not the article). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FIGURE', 'FIGCAPTION']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SPACES = /\s+/g;
const WHOLE_DOCUMENT = /<html[\s>]/i;
const HAS_WORDS = /[\p{L}\p{N}]/u;
const LANGUAGE_TAG = /^([a-z]{2})(?:[-_].*)?$/i;

/** The article in `html`, or null when the page has no text to extract. */
export function readHtml(html: string): HtmlContent | null {
  try {
    return extract(html);
  } catch {
    // The parsers cope with most broken markup; what still throws has no text we could trust.
    return null;
  }
}

function extract(html: string): HtmlContent | null {
  const { document } = parseDocument(html);
  const page = pageMetadata(document);
  // Readability rewrites the DOM it is given, so the page's metadata is read first.
  const article = new Readability(document).parse();
  let text = article?.content ? blocksText(parseDocument(article.content).document.body) : '';
  if (!HAS_WORDS.test(text)) text = blocksText(parseDocument(html).document.body);
  if (!HAS_WORDS.test(text)) return null;
  const meta = withoutEmpty({
    ...page,
    title: page.title ?? article?.title,
    byline: page.byline ?? article?.byline,
    published: page.published ?? article?.publishedTime,
    source: page.source ?? article?.siteName,
  });
  return { text, meta };
}

type MetaFields = { [K in 'title' | 'byline' | 'published' | 'url' | 'source' | 'language']?: string | null };

function pageMetadata(document: Document): MetaFields {
  const content = (selector: string) => present(document.querySelector(selector)?.getAttribute('content'));
  const attribute = (selector: string, name: string) => present(document.querySelector(selector)?.getAttribute(name));
  return {
    title: content('meta[property="og:title"]'),
    byline: content('meta[name="author"]'),
    published: content('meta[property="article:published_time"]') ?? content('meta[itemprop="datePublished"]')
      ?? jsonLdDatePublished(document) ?? attribute('time[datetime]', 'datetime'),
    url: attribute('link[rel="canonical"]', 'href') ?? content('meta[property="og:url"]'),
    source: content('meta[property="og:site_name"]'),
    language: primaryLanguage(document.documentElement?.getAttribute('lang') ?? ''),
  };
}

function withoutEmpty(fields: MetaFields): Partial<DocumentMeta> {
  const meta: Partial<Record<keyof MetaFields, string>> = {};
  for (const [key, value] of Object.entries(fields) as [keyof MetaFields, string | null | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) meta[key] = trimmed;
  }
  return meta;
}

/** `datePublished` from the page's JSON-LD blocks (an object, an array, or an `@graph`). */
function jsonLdDatePublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and only costs us this hint.
    }
  }
  return null;
}

function findDatePublished(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (typeof node !== 'object' || node === null) return null;
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return present(record.datePublished);
  return findDatePublished(record['@graph']);
}

/** linkedom builds a broken tree from a fragment ("<p>Hi"), so fragments get a document around them. */
function parseDocument(html: string) {
  return parseHTML(WHOLE_DOCUMENT.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
}

/** Text of `root` with each block on its own paragraph and `<br>` as a line break. */
function blocksText(root: Element | null): string {
  if (!root) return '';
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
    if (block) blocks.push(block);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(SPACES, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** `fr-FR` -> `fr`; undefined when the tag does not start with a two-letter code. */
export function primaryLanguage(tag: string): string | undefined {
  return LANGUAGE_TAG.exec(tag.trim())?.[1].toLowerCase();
}

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
