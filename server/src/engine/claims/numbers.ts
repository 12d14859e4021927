import type { Figure } from './figure';
import { lastDigitStep, multipliedStep, plainIntegerStep } from './precision';
import { percentSuffixEnd } from './percent';

/**
 * Finds figures written in digits: "1,612", "1 612" (space, thin space, narrow or plain
 * no-break space as thousands separator), "2.5", "1.6k", "1.6 thousand", "2 million",
 * "95%", "95 per cent", the Swiss "1'612", and "1.612" where the sentence says the dot is a
 * thousands separator ("in continental notation"). Skips what is a name or a reference rather than a quantity:
 * numbers glued to letters (H1, G20, COVID-19, F-16), ordinals (2nd), decades (1990s),
 * times (10:30), versions and section numbers (1.2.3, "section 1.2"), "¶7", phone numbers.
 */
export function findNumerals(text: string): Figure[] {
  const figures: Figure[] = [];
  // Both scans below need a digit; many blocks (headings, captions, quotes) have none.
  if (!DIGIT.test(text)) return figures;
  const phones = phoneSpans(text);
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (phones.some(([s, e]) => start >= s && start < e)) continue;
    if (isGlued(text, start) || isReference(text, start)) continue;
    const sep = m[2];
    // "1.612" is one thousand six hundred and twelve only where the writer says so.
    const dotGroup = !sep && m[1]!.length <= 3 && /^\.\d{3}$/.test(m[3] ?? '') && saysDotGroups(text, start);
    const intPart = m[1]!.replace(/[^\d]/g, '') + (dotGroup ? m[3]!.slice(1) : '');
    const fraction = dotGroup ? '' : m[3] ?? '';
    const decimals = fraction ? fraction.length - 1 : 0;
    const mantissa = Number(intPart + fraction);

    let multiplier = 1;
    const unit = MULTIPLIER.exec(text.slice(end, end + 12));
    if (unit) {
      const word = unit[1] ?? unit[2]!;
      if (word === 'm' && !isMillionM(text, start, end + unit[0].length)) continue; // metres?
      multiplier = MULTIPLIERS[word]!;
      end += unit[0].length;
    } else if (/[\p{L}\p{N}]/u.test(text[end] ?? '') && percentSuffixEnd(text, end) < 0) {
      continue; // 2nd, 1990s, 10am: a rank, decade or name, not a count ("95pc" is a percentage)
    }
    const value = round(mantissa * multiplier);
    const pctEnd = multiplier === 1 ? percentSuffixEnd(text, end) : -1;
    const percent = pctEnd >= 0;
    figures.push({
      start,
      end: percent ? pctEnd : end,
      value,
      step: percent || decimals > 0 && multiplier === 1
        ? lastDigitStep(decimals)
        : multiplier > 1 ? multipliedStep(value, decimals, multiplier) : plainIntegerStep(value),
      percent,
      words: false,
      yearLike: !percent && multiplier === 1 && !sep && !dotGroup && decimals === 0 && /^(19|20)\d\d$/.test(intPart),
      multiplier,
    });
  }
  return figures;
}

const DIGIT = /\d/;

// Group 1: integer part with an optional consistent thousands separator (group 2); group 3: decimals.
// The lookarounds keep out parts of longer tokens: "1.2.3", "10:30", "24/12", "1,2".
const NUMERAL = /(?<![\p{L}\p{N}_.,:/\\])(\d{1,3}(?:([,\u2009\u202F\u00A0 '\u2019])\d{3}(?!\d))(?:\2\d{3}(?!\d))*|\d+)(\.\d+)?(?!\d|[.,:/]\d)/gu;

/** The sentence so far names a notation with the dot between thousands: "continental notation". */
function saysDotGroups(text: string, start: number): boolean {
  // A bounded window: splitting all the text before every such numeral is quadratic on big blocks.
  const window = text.slice(Math.max(0, start - 400), start);
  if (!DOT_GROUPS.test(window)) return false;
  const sentence = window.split(/[.!?]\s+(?=[A-Z])|\n/).pop() ?? '';
  return DOT_GROUPS.test(sentence);
}
const DOT_GROUPS = /\b(?:continental|European|German|Italian)\s+(?:notation|style|format|convention)|\bdots?\s+(?:as|for)\s+(?:the\s+)?thousands/i;

const MULTIPLIER = /^(?:[ \u00A0](thousand|million|billion|lakh|crore)\b|(k|K|bn|m|M)(?![\p{L}\p{N}]))/u;
const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3, K: 1e3, million: 1e6, m: 1e6, M: 1e6, billion: 1e9, bn: 1e9, lakh: 1e5, crore: 1e7,
};

/**
 * "2.5m" is millions after a currency sign or before a plural noun ("2.5m people"); anything
 * else ("a 2.5m wall", "2.5m high") may be metres, so it is not read at all.
 */
function isMillionM(text: string, start: number, end: number): boolean {
  if (/[$£€₨]\s?$|\bRs\.?\s?$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && (/[^s]s$/.test(next) || next === 'people');
}

/**
 * A letter, or a letter and a hyphen, right before: part of a name (G20, COVID-19, F-16). A
 * part of the year is no name: "mid-2020" is the year 2020, as "mid 2020" is.
 */
function isGlued(text: string, start: number): boolean {
  const before = text[start - 1] ?? '';
  if (/\p{L}/u.test(before)) return true;
  return /[-\u2010\u2011]/.test(before) && /[\p{L}]/u.test(text[start - 2] ?? '') && !PART_OF_YEAR.test(text.slice(Math.max(0, start - 7), start - 1));
}
const PART_OF_YEAR = /(?<![\p{L}])(?:early|mid|late)$/iu;

/** Paragraph, section, figure and page references: "¶7", "§ 3", "section 1.2", "No. 5". */
function isReference(text: string, start: number): boolean {
  return REFERENCE.test(text.slice(Math.max(0, start - 12), start));
}
const REFERENCE = /(?:[¶§#]\s?|\b(?:[Ss]ection|[Cc]hapter|[Pp]ara(?:graph)?|[Ff]ig(?:ure|\.)?|[Tt]able|[Aa]nnex|[Pp]age|[Pp]p?\.|[Aa]rticle|[Cc]lause|No\.|[Vv]ersion)\s)$/;

/**
 * Runs of three or more digit groups joined by single spaces or hyphens that are not
 * thousands groups (+92 51 9204423, 051-920-4423): phone numbers and identifiers.
 */
function phoneSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const groups = m[0].replace(/^\+/, '').split(/[ \-]/);
    if (m[0].startsWith('+') || groups.slice(1).some((g) => g.length !== 3)) {
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}
const PHONE = /(?<![\d,.])\+?\d+(?:[ \-]\d+){2,}(?![\d,.]\d)/g;

/** Removes binary noise from decimal multiplication (1.6 × 1000 = 1600.0000000000002). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
