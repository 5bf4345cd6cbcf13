/** Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for display and for the time axis (UTC days). */
import type { PartialDate } from '../core/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAY_MS = 86_400_000;

export function formatPartialDate(date: PartialDate | null): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Milliseconds since the epoch of an ISO day (`YYYY-MM-DD`), UTC. */
export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export interface Tick {
  time: number;
  label: string;
  major: boolean;
}

/** Month ticks (labelled every `step` months) or year ticks, whichever fits `maxTicks` labels. */
export function timeTicks(start: number, end: number, maxTicks: number): Tick[] {
  const months = (end - start) / (30.44 * DAY_MS);
  const step = [1, 2, 3, 6, 12, 24, 60].find((candidate) => months / candidate <= maxTicks) ?? 120;
  const ticks: Tick[] = [];
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  for (;;) {
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    if (time >= start && (year * 12 + month) % step === 0) {
      const label = month === 0 ? String(year) : ticks.length === 0 ? `${MONTHS[month]} ${year}` : MONTHS[month];
      ticks.push({ time, label, major: month === 0 });
    }
    month += 1;
    if (month === 12) { month = 0; year += 1; }
  }
  return ticks;
}
