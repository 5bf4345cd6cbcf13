/** Partial dates as ranges of days, for date filters and the time axis. */
import type { PartialDate } from '../core/types.js';

/** Days as ISO strings: `start` inclusive, `end` exclusive; ISO days compare correctly as text. */
export interface DayRange {
  start: string;
  end: string;
}

/** The days a partial date covers: `2022-07` is [2022-07-01, 2022-08-01). */
export function partialDateRange(date: PartialDate): DayRange {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return { start: isoDay(year, 1, 1), end: isoDay(year + 1, 1, 1) };
  if (day === undefined) return { start: isoDay(year, month, 1), end: isoDay(year, month + 1, 1) };
  return { start: isoDay(year, month, day), end: isoDay(year, month, day + 1) };
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Month and day overflow roll over (month 13 is January of the next year), as Date.UTC does. */
function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
