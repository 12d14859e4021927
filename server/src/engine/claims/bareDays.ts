/**
 * A day written alone as an ordinal, "on the 27th" or "on the twenty-sixth", after a full date earlier in the prose
 * ("struck on 24 December; Kabul retaliated on the 28th"). Its month and year come from the
 * nearest day-precise date written before it in its block (or a month-only date just before it:
 * "In December 2024, airstrikes on the 26th"), else in an earlier block (`monthInferred`,
 * `yearInferred`); with none, the checker compares the day with the fact's own month.
 *
 * Only "the Nth" that ends its phrase counts: followed by punctuation (a dash or a bracket
 * too: "on the 27th – three days later"), the end of the text, a conjunction or a preposition
 * that starts what comes next ("retaliated on the 27th against border posts"), or "was/were"
 * ("strikes on the 26th were followed by"). "the 18th Amendment", "the 20th century" and "the
 * 5th of the month" are not dates.
 */
import type { DateHit } from './dates';

export interface BareDayHit {
  /** The ordinal as written ("27th"), without "the". */
  start: number;
  end: number;
  day: number;
}

const BARE_DAY = /(?<![\p{L}\p{N}])[Tt]he[ \u00A0]+((?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth)(?=[ \u00A0]*(?:[,.;:()!?\u2013\u2014]|[ \u00A0]-[ \u00A0]|$)|[ \u00A0]+(?:and|but|or|when|after|before|as|while|with|at|in|against|by|from|to|into|across|along|near|amid|following|despite|were|was)(?![\p{L}]))/gu;
const CHEAP = /\d(?:st|nd|rd|th)|twenty-|thirty-|twentieth|thirtieth/;
/** Day words of the last third of a month, which a writer spells out as "the twenty-sixth". */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, twentieth: 20, thirtieth: 30 };
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** Most characters between a month-only date and a bare day that takes its month. */
const MONTH_REACH = 60;

export function findBareDays(text: string): BareDayHit[] {
  if (!CHEAP.test(text)) return [];
  const out: BareDayHit[] = [];
  for (const m of text.matchAll(BARE_DAY)) {
    const start = m.index + m[0].length - m[1]!.length;
    const day = dayOf(m[1]!);
    if (day <= 31) out.push({ start, end: start + m[1]!.length, day });
  }
  return out;
}

/** "27th" → 27, "twenty-sixth" → 26, "thirtieth" → 30. */
function dayOf(written: string): number {
  if (/^\d/.test(written)) return parseInt(written, 10);
  const [tens, unit] = written.split('-') as [string, string?];
  return TENS[tens]! + (unit === undefined ? 0 : UNITS.indexOf(unit) + 1);
}

/** The month and year a bare day takes: from the last date with a month before it. */
export interface MonthContext {
  month: number;
  year?: number;
}

export function monthBefore(dates: readonly DateHit[], pos: number, earlier: MonthContext | undefined): MonthContext | undefined {
  // Only a date precise to the day: "…on 26 December, the first since March 2024. Kabul
  // retaliated on the 28th" continues the December narrative, not the month-only aside.
  let best: DateHit | undefined;
  for (const d of dates) if (d.end <= pos && d.day !== undefined) best = d;
  // "In December 2024, Pakistani airstrikes on the 26th": a month written just before the day,
  // in the same stretch of prose and after any day-precise date, is the day's month.
  const month = dates.filter((d) => d.day === undefined && d.end <= pos && pos - d.end <= MONTH_REACH && (!best || d.start > best.end)).pop();
  if (month) best = month;
  return best ? { month: best.month, ...(best.year !== undefined && { year: best.year }) } : earlier;
}
