/** Helpers shared by the CLI commands: the ledger option, errors, tables and span marking. */
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Proposition } from '../core/types.js';
import { DEFAULT_LEDGER_PATH, openLedger, type Ledger } from '../store/index.js';

/** A mistake in how the command was called: reported in one line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user should read in one line (exit status 1), as opposed to a bug. */
export class CliError extends Error {
  override name = 'CliError';
}

export function dbOption(description = 'ledger file'): Option {
  return new Option('--db <path>', description).default(DEFAULT_LEDGER_PATH);
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print JSON instead of text');
}

/** Runs `action` on the ledger at `path`, which must already exist, and closes it. */
export function withExistingLedger<T>(path: string, action: (ledger: Ledger) => T): T {
  if (!existsSync(path)) throw new CliError(`${path}: no ledger here yet (run \`claimtrail ingest\` first, or pass --db)`);
  const ledger = openLedger(path);
  try {
    return action(ledger);
  } finally {
    ledger.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Whether to style `stream` with ANSI codes: a terminal, and the user has not set NO_COLOR. */
export function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/**
 * Aligned columns; `maxWidths[i]` caps column i (longer cells are cut with "…").
 * The last column is not padded, so lines carry no trailing spaces.
 */
export function formatTable(headers: string[], rows: string[][], maxWidths: number[] = []): string {
  const cells = [headers, ...rows].map((row) => row.map((cell, i) => truncate(cell, maxWidths[i] ?? Infinity)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
    .join('  ')).join('\n');
}

export function formatProposition(proposition: Proposition | null): string {
  if (!proposition) return '-';
  const { type, actor, recipient, item, mode } = proposition;
  return `${type} ${actor} → ${recipient}: ${item}${mode ? ` (${mode})` : ''}`;
}

/** Text inserted around a span of a document. */
export interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * `text.slice(from, to)` with each mark's `open`/`close` inserted around its span (clipped to the
 * window). Nested marks come out properly nested: at one position, inner marks close first and
 * outer marks open first.
 */
export function markSpans(text: string, marks: readonly Mark[], from = 0, to = text.length): string {
  const events: { at: number; length: number; insert: string; closing: boolean }[] = [];
  for (const mark of marks) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start >= end) continue;
    events.push({ at: start, length: end - start, insert: mark.open, closing: false });
    events.push({ at: end, length: end - start, insert: mark.close, closing: true });
  }
  events.sort((a, b) => a.at - b.at || Number(b.closing) - Number(a.closing)
    || (a.closing ? a.length - b.length : b.length - a.length));
  let out = '';
  let position = from;
  for (const event of events) {
    out += text.slice(position, event.at) + event.insert;
    position = event.at;
  }
  return out + text.slice(position, to);
}
