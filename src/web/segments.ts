/**
 * Splits a document's text into runs that share the same annotations (boilerplate, claims, date
 * mentions), so the reader can style each run without ever parsing the text as HTML.
 */
import type { DateMention, ExcludedRange, LedgerClaim } from '../core/types.js';

export interface Run {
  start: number;
  end: number;
  boilerplate: ExcludedRange | null;
  /** Claims covering the run, shortest (innermost) first. */
  claims: LedgerClaim[];
  date: DateMention | null;
}

type Layer =
  | { kind: 'boilerplate'; value: ExcludedRange }
  | { kind: 'claim'; value: LedgerClaim }
  | { kind: 'date'; value: DateMention };

export function splitRuns(length: number, excluded: ExcludedRange[], claims: LedgerClaim[], dates: DateMention[]): Run[] {
  const layers: Layer[] = [
    ...excluded.map((value): Layer => ({ kind: 'boilerplate', value })),
    ...claims.map((value): Layer => ({ kind: 'claim', value })),
    ...dates.map((value): Layer => ({ kind: 'date', value })),
  ].filter(({ value }) => value.end > value.start);
  const starts = groupBy(layers, (layer) => layer.value.start);
  const ends = groupBy(layers, (layer) => layer.value.end);
  const cuts = [...new Set([0, length, ...starts.keys(), ...ends.keys()])]
    .filter((cut) => cut >= 0 && cut <= length)
    .sort((a, b) => a - b);
  const active = new Set<Layer>();
  const runs: Run[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index];
    for (const layer of ends.get(start) ?? []) active.delete(layer);
    for (const layer of starts.get(start) ?? []) active.add(layer);
    runs.push(describeRun(start, cuts[index + 1], active));
  }
  return runs;
}

function describeRun(start: number, end: number, active: Set<Layer>): Run {
  let boilerplate: ExcludedRange | null = null;
  let date: DateMention | null = null;
  const claims: LedgerClaim[] = [];
  for (const layer of active) {
    if (layer.kind === 'boilerplate') boilerplate = layer.value;
    else if (layer.kind === 'date') date = layer.value;
    else claims.push(layer.value);
  }
  claims.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return { start, end, boilerplate, claims, date };
}

function groupBy<T>(values: T[], key: (value: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const value of values) {
    const group = groups.get(key(value));
    if (group) group.push(value);
    else groups.set(key(value), [value]);
  }
  return groups;
}
