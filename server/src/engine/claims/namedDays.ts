/**
 * Dates written without digits for the day: holidays with a fixed day ("Christmas Day 2024",
 * "Christmas Eve", "Boxing Day", "New Year's Eve") and parts of a month ("early December
 * 2024", "mid-December", "late December"). A part of a month is a range of days: early is
 * 1–10, mid 11–20, late 21 to the month's end, so "early December 2024" contradicts 24
 * December and "late December" does not.
 */
import type { DateHit } from './dates';

const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PARTS: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

const YEAR = '(?:,?[ \\u00A0]((?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])';
const NAMED = new RegExp(
  `(?<![\\p{L}])(?:(Christmas[ \\u00A0](?:Day|Eve)|Boxing[ \\u00A0]Day|New[ \\u00A0]Year['’]s[ \\u00A0](?:Eve|Day))|([Ee]arly|[Mm]id|[Ll]ate)[- \\u00A0](January|February|March|April|May|June|July|August|September|October|November|December))${YEAR}`,
  'gu',
);

export function findNamedDays(text: string): DateHit[] {
  const hits: DateHit[] = [];
  if (!/Christmas|Boxing|New Year|arly|[Mm]id-?|ate /.test(text)) return hits;
  for (const m of text.matchAll(NAMED)) {
    const year = m[4] === undefined ? undefined : Number(m[4]);
    const at = { start: m.index, end: m.index + m[0].length, ...(year === undefined ? {} : { year }) };
    if (m[1]) {
      const [month, day] = HOLIDAYS[m[1].replace(/[\u00A0]/g, ' ').replace('’', "'").toLowerCase()]!;
      hits.push({ ...at, month, day });
    } else {
      const month = MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
      const [day, dayTo] = PARTS[m[2]!.toLowerCase()]!;
      hits.push({ ...at, month, day, dayTo });
    }
  }
  return hits;
}
