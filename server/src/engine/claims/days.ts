import type { Interval } from './model';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar day; month 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900); // Date.UTC maps 0–99 to 1900–1999
  return Math.round(date.getTime() / DAY_MS);
}

/** The first and last day a year, a month of a year, or one day allows (all closed). */
export function calendarInterval(year: number, month?: number, day?: number): Interval {
  const lo = dayNumber(year, month ?? 1, day ?? 1);
  const hi = day !== undefined
    ? lo
    : month !== undefined
      ? dayNumber(year, month + 1, 1) - 1
      : dayNumber(year + 1, 1, 1) - 1;
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** A date whose year nobody wrote: any day, so it never conflicts by accident. */
export const ANY_DAY: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };
