import type { Figure } from './figure';
import { lastDigitStep, plainIntegerStep, spokenIntegerStep } from './precision';
import { percentSuffixEnd } from './percent';
import { isYear } from './years';

/**
 * Finds figures written in words: "twelve", "ninety-five", "sixteen hundred", "a thousand",
 * "four hundred and forty-four", "one thousand six hundred and twelve", "ninety-five per cent",
 * "one and a half thousand".
 *
 * Hand-written because nothing installed fits: chrono-node's English number words stop at
 * "twelve" and its ordinals at "thirty-first", and no words-to-numbers package is a
 * dependency. English cardinals below a trillion are a small closed grammar.
 * Vague quantities ("dozens", "scores", "hundreds of") are not figures and are not read;
 * fractions and compounds ("two-thirds", "three-day") are skipped too.
 */
export function findNumberWords(text: string): Figure[] {
  const figures: Figure[] = [];
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(text); m; m = SEQUENCE.exec(text)) {
    const spoken = spokenYear(m[0]);
    // Only where it reads as a year: "twenty twenty-five people" are two counts, as before.
    const year: Figure | undefined = spoken && { start: m.index, end: m.index + spoken.length, value: spoken.value, step: plainIntegerStep(spoken.value), percent: false, words: true, yearLike: true, multiplier: 1 };
    if (year && isYear(text, year)) {
      SEQUENCE.lastIndex = year.end;
      figures.push(year);
      continue;
    }
    const parsed = parseCardinal(m[0]);
    if (!parsed) continue;
    const start = m.index;
    let end = start + parsed.length;
    // "one and a half thousand": a half of the scale word after it, which ends the figure.
    const half = parsed.value < 100 ? HALF_SCALE.exec(text.slice(end, end + 24)) : null;
    if (half) {
      const value = (parsed.value + 0.5) * SCALES[half[1]!.toLowerCase()]!;
      end += half[0].length;
      SEQUENCE.lastIndex = end;
      figures.push({ start, end, value, step: plainIntegerStep(value), percent: false, words: true, yearLike: false, multiplier: 1 });
      continue;
    }
    // Resume right after what parsed: the rest of the run may be another figure.
    SEQUENCE.lastIndex = end;
    if (/^-\p{L}/u.test(text.slice(end, end + 2)) || /\p{L}-$/u.test(text.slice(start - 2, start))) continue;
    const pctEnd = percentSuffixEnd(text, end);
    if (pctEnd >= 0) end = pctEnd;
    figures.push({
      start,
      end,
      value: parsed.value,
      step: pctEnd >= 0 ? lastDigitStep(0) : spokenIntegerStep(parsed.value),
      percent: pctEnd >= 0,
      words: true,
      // "two thousand and nineteen": a year of this century as a cardinal; isYear decides.
      yearLike: pctEnd < 0 && parsed.value > 2000 && parsed.value < 2100 && /^two[ \u00A0]+thousand[ \u00A0]+(?:and[ \u00A0]+)?\p{L}/iu.test(m[0].slice(0, parsed.length)),
      multiplier: 1,
    });
  }
  return figures;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9,
};
const HALF_SCALE = new RegExp(`^[ \\u00A0]+and[ \\u00A0]+a[ \\u00A0]+half[ \\u00A0]+(${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'iu');
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES)].join('|')})`;
const SCALE_AHEAD = `(?=hundred|${Object.keys(SCALES).join('|')})`;
const SEQUENCE = new RegExp(
  `\\b(?:an?[ \\u00A0]${SCALE_AHEAD})?${WORD}(?:(?:[ \\u00A0-]|[ \\u00A0]and[ \\u00A0])${WORD})*\\b`,
  'gi',
);

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/**
 * The longest well-formed cardinal at the start of a run of number words, with the length of
 * text it covers. A run like "two three" or "ninety ninety" stops where the grammar breaks.
 */
function parseCardinal(run: string): { value: number; length: number } | undefined {
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let length = 0;
  let pendingAnd = false;
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(run); t; t = TOKEN.exec(run)) {
    const word = t[0].toLowerCase();
    if (word === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      pendingAnd = true;
      continue;
    }
    if (word === 'a' || word === 'an') {
      current = 1;
      last = 'a';
      continue;
    }
    if (word in UNITS) {
      if (last === 'unit' || last === 'teen') break;
      current += UNITS[word]!;
      last = 'unit';
    } else if (word in TEENS || word in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += TEENS[word] ?? TENS[word]!;
      last = word in TEENS ? 'teen' : 'tens';
    } else if (word === 'hundred') {
      if (last === 'none' || last === 'hundred' || pendingAnd) break;
      current *= 100;
      last = 'hundred';
    } else {
      const scale = SCALES[word]!;
      if (last === 'none' || scale >= lastScale || pendingAnd) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    }
    pendingAnd = false;
    length = t.index + t[0].length;
  }
  if (length === 0) return undefined;
  return { value: total + current, length };
}
const TOKEN = /[a-z]+/gi;

/**
 * A year read as two pairs of digits: "twenty twenty", "nineteen ninety-six", "twenty
 * twenty-one", "nineteen oh five". As a cardinal "twenty twenty" is no number at all, so the
 * only reading is a year; a century word must be "nineteen" or "twenty".
 */
function spokenYear(run: string): { value: number; length: number } | undefined {
  const m = SPOKEN_YEAR.exec(run);
  if (!m) return undefined;
  const century = m[1]!.toLowerCase() === 'nineteen' ? 19 : 20;
  const [teen, tens, unit, oh] = [m[2], m[3], m[4], m[5]].map((w) => w?.toLowerCase());
  const rest = teen ? TEENS[teen]! : tens ? TENS[tens]! + (unit ? UNITS[unit]! : 0) : UNITS[oh!]!;
  return { value: century * 100 + rest, length: m[0].length };
}
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_YEAR = new RegExp(
  `^(nineteen|twenty)[ \\u00A0-](?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \\u00A0-](${UNIT_WORDS}))?|o(?:h)?[ \\u00A0-](${UNIT_WORDS}))(?![\\p{L}])`,
  'iu',
);
