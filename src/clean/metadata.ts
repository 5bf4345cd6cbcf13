/**
 * Document metadata: what the container gave (HTML meta tags, JSONL fields) first, then what the
 * text's own furniture says (title line, date marker, byline, source line, dateline). A publication
 * date is never taken from the article body: a caption's or an event's date is not when it was
 * published. The dateline opening a wire story ("SÉOUL, 5 septembre 2023 –") is furniture, not body.
 */
import type { Chrono } from 'chrono-node';
import type { DocumentMeta, ExcludedRange, PartialDate, RawArticle } from '../core/types.js';
import type { BoilerplateLexicon, LanguagePack } from '../lang/types.js';
import { DATELINE, readDateMarker } from './boilerplate.js';
import { contentLines } from './lines.js';

/** `2022-10-23`, `2022-10-23T13:27:00+03:00`, `2022-10`, `2022`: the date as written, no time zone shift. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;
/** Where a byline's author name ends: a separator, or a date's digits. */
const AFTER_AUTHOR = /\s*(?:[|·•–—,;]|\s-\s|\d).*$/s;

export function readMetadata(raw: RawArticle, excluded: ExcludedRange[], language: string, lang: LanguagePack): DocumentMeta {
  const lex = lang.boilerplate;
  const byline = excludedText(raw.text, excluded, 'byline');
  const title = raw.meta.title?.trim() || firstKeptLine(raw.text, excluded);
  return {
    title,
    language,
    published: publicationDate(raw, excluded, lex) ?? titleDate(title, lex),
    url: raw.meta.url?.trim() || null,
    source: raw.meta.source?.trim() || sourceName(raw.text, excluded, lex),
    byline: authorOf(raw.meta.byline?.trim() || byline, lex),
  };
}

/** The container's date, else the leading date marker, else the date in the byline or a date line, else the dateline. */
function publicationDate(raw: RawArticle, excluded: ExcludedRange[], lex: BoilerplateLexicon): PartialDate | null {
  const given = raw.meta.published?.trim();
  return (given ? normaliseDate(given, lex.bylineDates) : null)
    ?? readDateMarker(raw.text)?.value
    ?? headerDate(raw.text, excluded, lex)
    ?? datelineDate(raw.text, excluded, lex);
}

/**
 * The date of the dateline that boilerplate set aside ("SEOUL, Nov 2, 2023 (Reuters) - "), or written alone
 * after it on its line ("KYIV, Ukraine (AP) — October 20, 2022").
 */
function datelineDate(text: string, excluded: ExcludedRange[], lex: BoilerplateLexicon): PartialDate | null {
  const range = excluded.find((r) => r.kind === 'dateline');
  const dateline = range && DATELINE.exec(text.slice(range.start, range.end));
  if (!range || !dateline) return null;
  // "WASHINGTON — " gives no date of its own.
  const written = dateline[1] ?? dateline[2] ? writtenDate(dateline[1] ?? dateline[2], lex.bylineDates, lex.numericDateOrderVaries) : null;
  if (written) return written;
  const lineEnd = text.indexOf('\n', range.end);
  const rest = text.slice(range.end, lineEnd < 0 ? text.length : lineEnd);
  return rest.length <= MAX_DATE_LINE ? writtenDate(rest, lex.bylineDates, lex.numericDateOrderVaries) : null;
}

/** A date in parentheses closing the title ("Iran – Transfert de missiles (10 septembre 2024)"), as official sites date their statements. */
function titleDate(title: string | null, lex: BoilerplateLexicon): PartialDate | null {
  const closing = title && /\(([^()]{6,30})\)\s*$/u.exec(title);
  return closing ? writtenDate(closing[1], lex.bylineDates, lex.numericDateOrderVaries) : null;
}

/** A line longer than this after a dateline is the story, not its date. */
const MAX_DATE_LINE = 40;

function headerDate(text: string, excluded: ExcludedRange[], lex: BoilerplateLexicon): PartialDate | null {
  for (const range of excluded) {
    if (range.kind !== 'byline' && range.kind !== 'date-line') continue;
    const date = writtenDate(text.slice(range.start, range.end), lex.bylineDates, lex.numericDateOrderVaries);
    if (date) return date;
  }
  return null;
}

/** An ISO date or timestamp cut to its date, or a date written in words; null if neither. */
export function normaliseDate(value: string, parser: Chrono): PartialDate | null {
  const iso = ISO_DATE.exec(value.trim());
  if (!iso) return writtenDate(value, parser);
  const [, year, month, day] = iso;
  if (month && !(Number(month) >= 1 && Number(month) <= 12)) return null;
  if (day && !(Number(day) >= 1 && Number(day) <= 31)) return null;
  return [year, month, day].filter(Boolean).join('-');
}

/** A year in digits: "2022", or the short year of a numeric date ("23.10.22"). */
const WRITTEN_YEAR = /(?:^|\D)(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?!\d)/;

/**
 * The first date in `text` whose year and month are written out, at the precision written. A
 * date without a year is dropped: guessing the year could put it after anything the text says.
 * So is a relative one ("Updated 2 hours ago"): it counts from when the page was saved, not published.
 * A numeric date whose day and month may be either way round keeps only its year when `orderVaries`.
 */
function writtenDate(text: string, parser: Chrono, orderVaries = false): PartialDate | null {
  for (const { start, text: written } of parser.parse(text)) {
    if (!start.isCertain('year') || !start.isCertain('month') || !WRITTEN_YEAR.test(written)) continue;
    if (orderVaries && readsBothWays(written)) return String(start.get('year'));
    const month = `${start.get('year')}-${pad(start.get('month')!)}`;
    return start.isCertain('day') ? `${month}-${pad(start.get('day')!)}` : month;
  }
  return null;
}

const NUMERIC_DATE = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\s*$/;

/** "10/09/2024": day and month could be either way round. */
function readsBothWays(written: string): boolean {
  const m = NUMERIC_DATE.exec(written);
  return m !== null && m[1] !== m[2] && Number(m[1]) <= 12 && Number(m[2]) <= 12;
}

/** The first non-blank line once boilerplate is taken out (the title under a date marker). */
function firstKeptLine(text: string, excluded: ExcludedRange[]): string | null {
  let next = 0;
  for (const line of contentLines(text)) {
    while (next < excluded.length && excluded[next].end <= line.start) next += 1;
    let kept = '';
    let from = line.start;
    for (let r = next; r < excluded.length && excluded[r].start < line.end; r++) {
      kept += text.slice(from, Math.max(from, excluded[r].start));
      from = Math.max(from, excluded[r].end);
    }
    kept = (kept + text.slice(Math.min(from, line.end), line.end)).trim();
    if (kept) return kept;
  }
  return null;
}

/** "Par: Anna Novak | 23.10.2022" -> "Anna Novak". */
function authorOf(byline: string | null, lex: BoilerplateLexicon): string | null {
  if (byline === null) return null;
  const prefix = lex.bylinePrefix.exec(byline);
  const author = byline.slice(prefix ? prefix[0].length : 0).replace(AFTER_AUTHOR, '').trim();
  return author || null;
}

/** "Source : Bloomberg" -> "Bloomberg". */
function sourceName(text: string, excluded: ExcludedRange[], lex: BoilerplateLexicon): string | null {
  const line = excludedText(text, excluded, 'source-line');
  return (line && lex.sourceLine.exec(line)?.[1]?.trim()) || null;
}

function excludedText(text: string, excluded: ExcludedRange[], kind: ExcludedRange['kind']): string | null {
  const range = excluded.find((r) => r.kind === kind);
  return range ? text.slice(range.start, range.end) : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
