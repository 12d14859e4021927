import type { Figure } from './figure';
import { proportionHalfWidth } from './proportions';

const NUMERATORS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twentieth: 20, twentieths: 20,
};

const FRACTION =
  /(?<![\p{L}\p{N}-])(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[ \u00A0-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twentieths?)(?![\p{L}\p{N}-])/giu;

// Every FRACTION holds one of these (with the same flags, so case folding agrees); most
// blocks hold none, and this test is far cheaper than FRACTION's lookbehind at every position.
const DENOMINATOR = /hal(?:f|ves)|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth/iu;

/**
 * Fractions of a whole, read as percentages: "two thirds", "two-thirds", "three quarters",
 * "a third of", "half of". Singular forms ("a third", "half") are ordinals or idioms far more
 * often than shares ("a third attack", "half-hearted"), so they count only before "of"; a
 * plural with a numerator ("two thirds") is always a share. The interval is as wide as a
 * proportion's with the same denominator ("two in three").
 */
export function findFractions(text: string): Figure[] {
  const figures: Figure[] = [];
  if (!DENOMINATOR.test(text)) return figures;
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const numeratorWord = m[1]?.toLowerCase();
    const denominatorWord = m[2]!.toLowerCase();
    const numerator = numeratorWord === undefined ? 1 : NUMERATORS[numeratorWord]!;
    const denominator = DENOMINATORS[denominatorWord]!;
    const plural = denominatorWord.endsWith('s') && denominatorWord !== 'halves';
    const followedByOf = /^[ \u00A0]+of\b/i.test(text.slice(m.index + m[0].length));
    if (numerator >= denominator) continue;
    if (!(plural && numerator >= 2) && !followedByOf) continue;
    if (numeratorWord === undefined && denominatorWord !== 'half') continue;
    figures.push({
      start: m.index,
      end: m.index + m[0].length,
      value: (100 * numerator) / denominator,
      step: 2 * proportionHalfWidth(denominator),
      percent: true,
      words: true,
      yearLike: false,
      multiplier: 1,
    });
  }
  return figures;
}

/**
 * "0.75 of all attacks", "0.9 of the deaths": a decimal fraction of a whole before "of", read as
 * a percentage like a fraction in words ("three quarters of"); so is one that a proportion,
 * share or fraction of something was ("The proportion of 2024 attacks occurring in KP was
 * 0.75"). Elsewhere a decimal below one is a rate or an average ("0.75 attacks a day") and
 * stays a count.
 */
export function decimalShare(text: string, figure: Figure): Figure {
  if (figure.percent || figure.words || figure.value <= 0 || figure.value >= 1) return figure;
  if (!DECIMAL_OF.test(text.slice(figure.end, figure.end + 16)) && !SHARE_WAS.test(text.slice(Math.max(0, figure.start - 120), figure.start))) return figure;
  return { ...figure, value: figure.value * 100, step: figure.step * 100, percent: true };
}

const DECIMAL_OF = /^[ \u00A0]+of[ \u00A0]+(?:all|the|every|total)(?![\p{L}])/u;
const SHARE_WAS = /(?<![\p{L}])(?:proportion|share|fraction)[ \u00A0]+of[ \u00A0]+(?:[^.;:!?()]{1,100}?[ \u00A0]+(?:was|is|stood[ \u00A0]+at|stands[ \u00A0]+at|came[ \u00A0]+to|comes[ \u00A0]+to)[ \u00A0]+)?(?:(?:about|around|roughly|approximately|nearly|almost|some|just[ \u00A0]+over|over|under)[ \u00A0]+)?$/iu;
