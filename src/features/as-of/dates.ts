// Calendar-date arithmetic on ISO dates (YYYY-MM-DD). Done in UTC so that a day is always 24 hours,
// whatever daylight saving does where the user is.
import type { IsoDate } from '../../domain/model';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Today where the user is, not in UTC: a review recorded late in the evening is dated today. */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date moved inside [from, to] (ISO dates compare as strings). */
export function clampDate(date: IsoDate, from: IsoDate, to: IsoDate): IsoDate {
  return date < from ? from : date > to ? to : date;
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}
