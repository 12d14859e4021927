import type { Figure } from './figure';

/**
 * Whether a year-like figure (digits 1900–2099, no separator, no unit) is a year.
 *
 * The rule: it is a year unless a plural noun follows it ("2024 attacks", "1,900" never gets
 * here because a separator makes it a count) — and even then it stays a year when a word that
 * introduces years or modifies a noun precedes it ("in 2024 attacks rose", "the 2024
 * elections", "Pakistan's 2021 takeover", "the raw data on 2024 deaths"). After "about" it is a
 * year unless round ("about 2000 deaths" is a hedged count). Verbs ending in -s ("2024 marks",
 * "2021 sees") are not plural nouns. A noun that is given its own figure later ("2024 attacks
 * numbered 380", "put 2024 attacks at 380") makes the number before it its year.
 */
export function isYear(text: string, figure: Figure): boolean {
  if (!figure.yearLike) return false;
  const next = NEXT_WORD.exec(text.slice(figure.end, figure.end + 40))?.[1]?.toLowerCase();
  if (next === undefined || !isPluralNoun(next)) return true;
  if (GIVEN_ITS_FIGURE.test(text.slice(figure.end, figure.end + 80))) return true;
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, figure.start - 40), figure.start))?.[1]?.toLowerCase();
  if (previous === undefined) return false;
  if (PUTTING.has(previous) && PUT_AT.test(text.slice(figure.end, figure.end + 60))) return true;
  // "data about 2024 deaths" names a year; "about 2000 deaths" is a hedged round count.
  if (previous === 'about') return figure.value % 100 !== 0;
  return YEAR_INTRODUCERS.has(previous) || /['’]s$/.test(previous);
}

/**
 * "2024 attacks numbered 380", "2024 deaths stood at 1,612": a noun given a figure of its own
 * by a verb of level is counted there, and the number before it is its year.
 */
const GIVEN_ITS_FIGURE = /^[ \u00A0]+\p{L}+[ \u00A0]+(?:numbered|totall?ed|stood[ \u00A0]+at|reached|came[ \u00A0]+to|amounted[ \u00A0]+to|(?:rose|fell|climbed|dropped)[ \u00A0]+to)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,3}?\d/u;
/** "ISPR put 2024 attacks at 380": the figure after "at" is the count, the number before the noun its year. */
const PUTTING = new Set(['put', 'puts', 'placed', 'places', 'pegged', 'pegs', 'set', 'sets']);
const PUT_AT = /^[ \u00A0]+\p{L}+[ \u00A0]+at[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,3}?\d/u;
const NEXT_WORD = /^[ \u00A0]+([\p{L}]+)/u;
const PREVIOUS_WORD = /([\p{L}'’]+)[ \u00A0]+$/u;

function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return /[^su]s$/.test(word) && word.length > 3 && !S_VERBS.has(word);
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'personnel', 'police', 'militia']);
const S_VERBS = new Set([
  'was', 'has', 'does', 'marks', 'remains', 'sees', 'brings', 'ends', 'begins', 'proves',
  'looks', 'seems', 'shows', 'promises', 'represents', 'becomes', 'comes', 'goes', 'follows',
  'includes', 'starts', 'stands', 'changes', 'witnesses', 'gives', 'makes', 'takes', 'means',
  'offers', 'needs', 'poses', 'reflects', 'suggests', 'turns', 'yields', 'saw', 'records',
]);
const YEAR_INTRODUCERS = new Set([
  'in', 'of', 'since', 'by', 'during', 'until', 'till', 'through', 'throughout', 'from', 'to',
  'and', 'or', 'before', 'after', 'between', 'for', 'the', 'its', 'their', 'his', 'her', 'our',
  'this', 'that', 'early', 'late', 'mid', 'fiscal', 'year', 'a',
  // "the raw data on 2024 deaths", "figures regarding 2023 attacks"
  'on', 'upon', 'regarding', 'concerning', 'covering', 'versus', 'vs', 'against', 'into', 'these', 'those', 'my', 'your',
]);

/** An explicit year written in a block (in a date or as a year claim). */
export interface YearMark {
  sentence: number;
  pos: number;
  year: number;
}

/**
 * The year a date written without one most likely means: the nearest explicit year in the
 * same sentence, else the nearest one before it in the block, else the first one after it in
 * the block, else `earlier` (the last explicit year of the nearest earlier block that has one).
 * `marks` are the block's, in reading order.
 */
export function inferYear(
  marks: readonly YearMark[],
  sentence: number,
  pos: number,
  earlier: number | undefined,
): number | undefined {
  let best: YearMark | undefined;
  for (const mark of marks) {
    if (mark.sentence === sentence && (!best || Math.abs(mark.pos - pos) < Math.abs(best.pos - pos))) best = mark;
  }
  if (best) return best.year;
  const before = marks.filter((m) => m.pos < pos).pop() ?? marks.find((m) => m.pos > pos);
  return before?.year ?? earlier;
}
