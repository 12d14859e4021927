/**
 * The quick-fix text for a contradicted figure: the source's value written the way the writer
 * wrote theirs.
 *
 * - Counts and percents keep the writer's digits style: thousands separator ("1,700" → "1,612",
 *   "1 700" → "1 612", "1700" → "1612"), multiplier and decimals ("1.7k" → "1.6k", "2 thousand"
 *   → "1.6 thousand": at least one decimal so the value does not round back to the writer's),
 *   unit words ("97 per cent" → "95 per cent") and number words below a hundred
 *   ("ninety-seven per cent" → "ninety-five per cent"); larger number words become digits.
 *   The exact value is written, not a rounding of it: "1,700" → "1,612", never "1,600".
 * - Hedge words stay when the writer's hedge with the source's value agrees with the source
 *   ("more than 1,700" → "more than 1,612"). When it cannot ("fewer than 1,600", "nearly
 *   1,700", a range) the whole phrase is replaced with the source's own wording: "over 1,612".
 * - Dates keep the writer's form and replace only the parts the writer wrote: "December 25,
 *   2024" → "December 24, 2024", "25 Dec 2024" → "24 Dec 2024", "Dec. 25" → "Dec. 24", "25th"
 *   → "24th", "2024-12-25" → "2024-12-24", "2020" → "2021". No fix is offered when the writer
 *   wrote more than the source knows (a day for a fact known to the year) or hedged the date.
 */
import type { Claim, Interval } from '../claims/model';
import type { Fact } from '../factbase/model';
import { formatNumber, MONTHS, qualifierWords } from '../factbase/values';
import { lastDigitUnit } from '../claims/precision';
import { factInterval, overlaps } from './judge';
import { isShare, leadingDenominator, numeratorText, shareText } from './shareText';

export interface Replacement {
  text: string;
  /** Source offsets the text replaces: the figure, or the whole phrase with its hedge words. */
  start: number;
  end: number;
}

/**
 * `written` is the figure as it stands in the block text, `phrase` the figure with its hedge
 * words ("Fewer than 1,500"): a replacement of the whole phrase keeps its capital.
 */
export function replacementFor(claim: Claim, fact: Fact, written: string, phrase = written): Replacement | undefined {
  const value = fact.value;
  if (!value) return undefined;
  if (value.kind === 'date') {
    const text = claim.hedge === 'none' ? replaceDate(claim, value.date, written) : undefined;
    return text === undefined || text === written ? undefined : { text, start: claim.start, end: claim.end };
  }
  const percent = value.kind === 'percent';
  // "all but 25%" reads as 75%: the fix writes the source's complement in the writer's place
  // ("all but 5%"), and only for an unhedged figure, whose words say nothing more.
  if (claim.complement) {
    const figure = percent && claim.hedge === 'none' ? shareFigure(written, phrase, 100 - value.value) : undefined;
    return figure === undefined || figure === written ? undefined : { text: figure, start: claim.start, end: claim.end };
  }
  // A range is replaced whole, from its first figure's style: "between 500 and 550" → "444".
  const model = claim.hedge === 'range' ? firstOfRange(written) : written;
  const figure = percent ? shareFigure(model, phrase, value.value) : replaceNumber(model, value.value, false);
  if (figure === undefined) return undefined;
  const target = factInterval(fact)!;
  if (claim.hedge !== 'range' && overlaps(hedgeInterval(claim.hedge, value.value), target)) {
    return figure === written ? undefined : { text: figure, start: claim.start, end: claim.end };
  }
  // The phrase of a denominator-first share holds its denominator ("Of every 20 attacks, 12"):
  // it is no place for the source's hedged wording.
  if (percent && !isShare(model) && leadingDenominator(phrase) !== undefined) return undefined;
  const text = `${qualifierWords(fact.qualifier)}${figure}`;
  return { text: /^\p{Lu}/u.test(phrase) ? text[0]!.toUpperCase() + text.slice(1) : text, start: claim.phraseStart, end: claim.phraseEnd };
}

/**
 * A percentage in the writer's form: a proportion or fraction as one (shareText.ts), the
 * numerator of a denominator-first share ("Of every 20 attacks, 12") as the source's share of
 * that denominator, a percentage as a percentage.
 */
function shareFigure(written: string, phrase: string, percent: number): string | undefined {
  if (isShare(written)) return shareText(written, percent);
  const denominator = phrase === written ? undefined : leadingDenominator(phrase);
  if (denominator !== undefined) return numeratorText(written, denominator, percent);
  return replaceNumber(written, percent, true);
}

/** The first figure of a range as written ("500" of "500 and 550", "1.5k" of "1.5k–2k"). */
function firstOfRange(written: string): string {
  const m = /^(.*?\d\S*?)(?:[ \u00A0]*[-\u2013\u2014][ \u00A0]*|[ \u00A0]+(?:to|and)[ \u00A0]+)\S*\d/.exec(written);
  return m ? m[1]! : written;
}

/** What the writer's hedge words would allow around value `v`. */
function hedgeInterval(hedge: Claim['hedge'], v: number): Interval {
  const i = (lo: number, hi: number, loOpen = false, hiOpen = false): Interval => ({ lo, hi, loOpen, hiOpen });
  switch (hedge) {
    case 'over':
      return i(v, Infinity, true);
    case 'at-least':
      return i(v, Infinity);
    case 'under':
      return i(-Infinity, v, false, true);
    case 'at-most':
      return i(-Infinity, v);
    case 'about':
      return i(v * 0.95, v * 1.05);
    case 'nearly':
      return i(v * 0.9, v, false, true);
    case 'just-over':
      return i(v, v * 1.1, true);
    case 'odd':
      return i(v, v + lastDigitUnit(v), false, true);
    default:
      return i(v, v);
  }
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = [...UNITS, ...TENS.filter(Boolean), 'hundred', 'thousand', 'and'].sort((a, b) => b.length - a.length).join('|');
const NUMBER_WORDS = new RegExp(`^(?:${NUMBER_WORD})\\b(?:[\\s-]+(?:${NUMBER_WORD})\\b)*`, 'i');

function words(n: number): string {
  if (n < 20) return UNITS[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]}`;
}

function sameCase(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

const SCALED = /(\d+(?:[.,]\d+)?)(\s*)(k|K|thousand|m|mn|million|bn|billion)\b/;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
const GROUPED = /\d{1,3}(?:([,.\u00A0\u2009\u202F' ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/;

/** `written` with its number replaced by `v` in the same style; undefined when unreadable. */
export function replaceNumber(written: string, v: number, percent: boolean): string | undefined {
  // "0.75 of all attacks": a share written as a decimal fraction keeps that form ("0.95").
  const decimalShare = percent ? /^(0?)\.(\d+)$/.exec(written) : null;
  if (decimalShare) return `${decimalShare[1]}.${(v / 100).toFixed(decimalShare[2]!.length).split('.')[1] ?? ''}`;
  const scaled = SCALED.exec(written);
  if (scaled) {
    const [all, mantissa, space, unit] = scaled as unknown as [string, string, string, string];
    const comma = mantissa.includes(',');
    const decimals = Math.max(1, (mantissa.split(/[.,]/)[1] ?? '').length);
    let m = (v / SCALE[unit.toLowerCase()]!).toFixed(decimals);
    if (comma) m = m.replace('.', ',');
    return written.replace(all, `${m}${space}${unit}`);
  }
  const grouped = GROUPED.exec(written);
  if (grouped) {
    const sep = grouped[1] ?? (/^\d{4,}$/.test(grouped[0]) || percent ? '' : ',');
    const decimals = sep !== '.' && /[.]\d+$/.test(grouped[0]) ? grouped[0].split('.')[1]!.length : 0;
    const [int, frac] = v.toFixed(decimals).split('.') as [string, string?];
    const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return written.replace(grouped[0], frac ? `${withSep}.${frac}` : withSep);
  }
  const spelled = NUMBER_WORDS.exec(written);
  if (!spelled) return undefined;
  const text = Number.isInteger(v) && v >= 0 && v < 100 ? sameCase(spelled[0], words(v)) : formatNumber(v);
  return written.replace(spelled[0], text);
}

const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/i;

/** The writer's date with the fact's parts; undefined when the fact is less precise than the writer. */
export function replaceDate(claim: Claim, iso: string, written: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const c = claim.date;
  if (!c || (c.month !== undefined && m === undefined) || (c.day !== undefined && d === undefined)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoWritten = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(written);
  if (isoWritten) return isoWritten[3] ? `${y}-${pad(m!)}-${pad(d!)}` : `${y}-${pad(m!)}`;
  const numeric = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(written);
  if (numeric) {
    const dayFirst = Number(numeric[1]) === c.day && Number(numeric[3]) === c.month;
    const [a, b] = dayFirst ? [d!, m!] : [m!, d!];
    const year = numeric[4]!.length === 2 ? pad(y % 100) : String(y);
    return `${numeric[1]!.length === 2 ? pad(a) : a}${numeric[2]}${numeric[3]!.length === 2 ? pad(b) : b}${numeric[2]}${year}`;
  }
  let out = written;
  if (!c.yearInferred) out = out.replace(/\b(?:19|20)\d\d\b/, String(y));
  if (c.month !== undefined) {
    out = out.replace(MONTH, (name) => {
      const full = MONTHS[m! - 1]!;
      const isFull = MONTHS.some((f) => f.toLowerCase() === name.toLowerCase());
      const short = isFull ? full : full === 'September' && name.length === 4 ? 'Sept' : full.slice(0, 3);
      return name === name.toUpperCase() && name.length > 1 ? short.toUpperCase() : short;
    });
  }
  if (c.day !== undefined) {
    out = out.replace(/\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/, (_all, _n, suffix?: string) => `${d}${suffix ? ordinal(d!) : ''}`);
  }
  return out;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
