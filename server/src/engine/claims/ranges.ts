import type { Figure } from './figure';

/**
 * A range written as two figures: "400–450", "400 - 450", "400 to 450", "from 400 to 450",
 * "between 400 and 450", "somewhere between 400 and 450". A unit written only on the second
 * figure applies to both ("20–30%", "1.5 to 2 million"). Returns where the range's words start ("between", "from")
 * and the first figure adjusted for the shared unit, or undefined when the two figures do
 * not form a rising range.
 */
export function readRange(text: string, a: Figure, b: Figure): { phraseStart: number; first: Figure } | undefined {
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 18), a.start);
  // "from 1,524 in 2023 to 2,512 in 2024": a year after "in" ends its figure's phrase.
  if (a.yearLike && !b.yearLike && !DASH.test(gap) && YEAR_PREPOSITION.test(before)) return undefined;
  let phraseStart = a.start;
  if (DASH.test(gap)) {
    // fall through: a dash alone makes a range
  } else if (/^[ \u00A0]to[ \u00A0]$/.test(gap)) {
    const from = /(?<![\p{L}])(?:(?:somewhere|anywhere)[ \u00A0]+)?from[ \u00A0]$/iu.exec(before);
    if (from) phraseStart = a.start - before.length + from.index;
  } else if (/^[ \u00A0]and[ \u00A0]$/.test(gap)) {
    const between = /(?<![\p{L}])(?:(?:somewhere|anywhere)[ \u00A0]+)?between[ \u00A0]$/iu.exec(before);
    if (!between) return undefined;
    phraseStart = a.start - before.length + between.index;
  } else {
    return undefined;
  }
  let first = a;
  if (b.percent && !a.percent) first = { ...first, percent: true };
  if (b.multiplier > 1 && a.multiplier === 1 && a.value * b.multiplier <= b.value) {
    first = { ...first, value: a.value * b.multiplier, multiplier: b.multiplier };
  }
  if (first.percent !== b.percent || !(first.value < b.value)) return undefined;
  return { phraseStart, first };
}

const DASH = /^[ \u00A0]?[-\u2010\u2011\u2012\u2013\u2014][ \u00A0]?$/;

const YEAR_PREPOSITION = /(?<![\p{L}])(?:in|during|for|of)[ \u00A0]$/iu;
