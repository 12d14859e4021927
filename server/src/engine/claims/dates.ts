import * as chrono from 'chrono-node';
import { findNamedDays } from './namedDays';

/** A date read from text: what the words fix; `year` is absent when none was written. */
export interface DateHit {
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
  /** Last day of a range of days ("early December": 1–10), when the words give a range. */
  dayTo?: number;
}

/**
 * Finds dates: "December 24, 2024", "24 December 2024", "Dec. 24, 2024", "24 Dec 2024",
 * "2024-12-24", "24th December", "December 24th", "the twenty-fourth of December",
 * "24/12/2024" (only when day and month cannot be swapped), "20/12" (day first, past 12),
 * "24.12.2024" (day first, as dots are written; also only when unambiguous), "December 2024",
 * "Dec 2024", and months in capitals as cables write them ("24 DEC 2024").
 *
 * A cheap regex finds candidate spans and chrono-node parses each one: running chrono over
 * whole blocks is slow (~0.4 MB/s) and would also read "Monday", "now" and "5 years ago",
 * which are not dated claims. Month names must be capitalised so "may" and "march" as verbs
 * never start a date. A month alone ("in December") is not read.
 */
export function findDates(text: string, cache: Map<string, ParsedDate | null>): DateHit[] {
  const named = findNamedDays(text);
  const hits = [...named];
  if (!ANCHOR.test(text)) return hits;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const written = m[0];
    if (m.groups?.slash && !unambiguousSlash(written)) continue;
    if (m.groups?.dayMonth) {
      const dayMonth = dayMonthDate(written);
      if (dayMonth) hits.push({ start: m.index, end: m.index + written.length, ...dayMonth });
      continue;
    }
    if (m.groups?.dot) {
      const dotted = dottedDate(written);
      if (dotted && !named.some((n) => n.start < m!.index + written.length && m!.index < n.end)) hits.push({ start: m.index, end: m.index + written.length, ...dotted });
      continue;
    }
    let parsed = cache.get(written);
    if (parsed === undefined) {
      parsed = parseDate(written);
      cache.set(written, parsed);
    }
    if (parsed && !named.some((n) => n.start < m!.index + parsed!.length && m!.index < n.end)) {
      const { length, ...date } = parsed;
      hits.push({ start: m.index, end: m.index + length, ...date });
    }
  }
  return named.length > 0 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** What chrono made of a candidate; `length` drops a sentence's full stop after "24 Dec.". */
export type ParsedDate = Omit<DateHit, 'start' | 'end'> & { length: number };

/**
 * chrono's readings by candidate text, for all documents: a reading depends on the words
 * alone, and chrono is the costliest step for a small brief, whose few dates every fresh
 * analysis would otherwise parse again. Bounded, as text.ts bounds its words.
 */
const readings = new Map<string, ParsedDate | null>();
const MAX_READINGS = 10_000;

function parseDate(written: string): ParsedDate | null {
  let reading = readings.get(written);
  if (reading === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear();
    reading = readWithChrono(written);
    readings.set(written, reading);
  }
  return reading;
}

/** chrono's reading of a candidate, kept only when it covers the whole candidate. */
function readWithChrono(written: string): ParsedDate | null {
  const result = chrono.en.parse(written, REFERENCE)[0];
  if (!result || result.index !== 0) return null;
  const length = result.text.length;
  if (length !== written.length && !(length === written.length - 1 && written.endsWith('.'))) return null;
  const { start } = result;
  if (!start.isCertain('month')) return null;
  return {
    length,
    year: start.isCertain('year') ? start.get('year')! : undefined,
    month: start.get('month')!,
    day: start.isCertain('day') ? start.get('day')! : undefined,
  };
}
// chrono guesses missing years from a reference date; that guess is ignored (see `year`).
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** "24/12/2024" is read, "05/06/2024" is not: it is 5 June in most of the world, May 6 in the US. */
function unambiguousSlash(written: string): boolean {
  const [a, b] = written.split('/').map(Number) as [number, number];
  return (a > 12) !== (b > 12);
}

/**
 * "20/12", "28/12": day and month without a year, as cables write them, read only day first
 * with a day past 12 (so day and month cannot be swapped, and "12/20" is left to the US
 * reading it may be). "24/7" is the idiom, never a date; a share ("15/12 of") or a ratio with
 * more digits is no date either.
 */
function dayMonthDate(written: string): Omit<DateHit, 'start' | 'end'> | undefined {
  if (written === '24/7') return undefined;
  const [day, month] = written.split('/').map(Number) as [number, number];
  return day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() ? { month, day } : undefined;
}

/**
 * "24.12.2025": day, month and year, read here rather than by chrono, day first as dots are
 * written (only when day and month cannot be swapped, as for slashes). Version
 * numbers and decimals never match: the candidate needs a year of 19xx or 20xx last and no
 * digit or dot around it ("1.12.2024.3", "v2.10.2024" are kept out by the lookarounds).
 */
function dottedDate(written: string): Omit<DateHit, 'start' | 'end'> | undefined {
  const [day, month, year] = written.split('.').map(Number) as [number, number, number];
  if (!unambiguousSlash(`${day}/${month}`) || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

// Cables write months in capitals ("24 DEC 2024"); "MAY" is left out, as the capitalised verb
// of a heading is too ("WE MAY 2024"?) and a cable's May is rare enough to miss.
const MONTH = '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![\\p{L}])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![\\p{L}])\\.?)';
const DAY = '(?:[12]?\\d|3[01])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])';
const ORDINAL_WORD = '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const YEAR = '(?:19|20)\\d\\d(?![\\p{L}\\p{N}])';
// Every candidate holds one of these; most blocks hold none, and this test is far cheaper.
const ANCHOR = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)|\d-\d\d-\d|\d\/\d|\d\.\d\d?\.[12]\d\d\d/;
// The lookahead names every character a candidate can start with, so the engine skips the
// rest of the text without trying each alternative's lookbehind at every character.
const CANDIDATE = new RegExp(
  '(?=[\\dJFMASONDtfsen])(?:' +
  [
    `(?<![\\p{L}\\p{N}])(?:${DAY}|(?:${ORDINAL_WORD}) of)[ \\u00A0](?:of[ \\u00A0])?${MONTH}(?:,?[ \\u00A0]${YEAR})?`,
    `(?<![\\p{L}])${MONTH}[ \\u00A0]${DAY}(?:,?[ \\u00A0]${YEAR})?`,
    `(?<![\\p{L}])${MONTH},?[ \\u00A0]${YEAR}`,
    `(?<![\\p{N}-])\\d{4}-(?:0[1-9]|1[0-2])-(?:[0-2]\\d|3[01])(?![\\p{N}])`,
    `(?<slash>(?<![\\p{N}/])\\d{1,2}/\\d{1,2}/${YEAR})`,
    `(?<dayMonth>(?<![\\p{N}/.,])(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2])(?![\\p{N}/%]|[.,]\\d|[ \\u00A0]+of[ \\u00A0]))`,
    `(?<dot>(?<![\\p{L}\\p{N}.])\\d{1,2}\\.\\d{1,2}\\.${YEAR}(?!\\.\\d))`,
  ].join('|') + ')',
  'gu',
);
