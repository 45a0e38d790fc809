// Gate playback: the dates the room steps through, one month at a time from the first gate
// decision to today, so investments are seen passing gates, waiting and stopping.
import type { IsoDate } from '../../domain/model';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today where the meeting is, not in UTC. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Monthly steps from `start` to `end`, both included (the same day of month, clamped to its end). */
export function monthSteps(start: IsoDate, end: IsoDate): IsoDate[] {
  if (start > end) return [end];
  const [y0, m0, d0] = start.split('-').map(Number) as [number, number, number];
  const steps: IsoDate[] = [];
  for (let k = 0; ; k++) {
    const month = m0 - 1 + k;
    const year = y0 + Math.floor(month / 12);
    const m = (month % 12) + 1;
    const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const date = `${year}-${pad(m)}-${pad(Math.min(d0, lastDay))}`;
    if (date >= end) break;
    steps.push(date);
  }
  steps.push(end);
  return steps;
}

/** The first review date (or today when there is none) to today, or to the last review when it lies ahead. */
export function playbackSpan(reviewDates: IsoDate[], today: IsoDate): [IsoDate, IsoDate] | null {
  if (reviewDates.length === 0) return null;
  const sorted = [...reviewDates].sort();
  const last = sorted.at(-1)!;
  return [sorted[0]!, last > today ? last : today];
}
