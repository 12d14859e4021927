import type { Hedge, Interval } from './model';

/**
 * Precision rules: which values a written figure allows before hedges are applied.
 *
 * - A plain integer without trailing zeros (1,612; 444) is exact: [v, v].
 * - A plain integer with trailing zeros (440; 1,600; 2,000) was rounded, as the issue's
 *   rule has it (a writer's precision implies rounding): a writer who puts the source's 444
 *   as "440" has rounded it, not contradicted it. The step is 10^(trailing zeros) but never
 *   coarser than two significant figures: writers round figures like these to two figures far
 *   more often than to one, and a one-figure reading would let "2,000" agree with anything
 *   from 1,500 to 2,499. So 440 → [435, 445), 1,610 → [1605, 1615), 1,600 → [1550, 1650),
 *   2,000 → [1950, 2050), 400 → [395, 405); and 50, already at two figures, stays exact.
 * - A figure written with a multiplier ("1.6k", "2.5 million", "1.6 thousand") is rounded at
 *   its last written digit, with the same two-figure cap ("2 million" → [1.95M, 2.05M)).
 * - Decimals and percentages are rounded at their last written digit (95% → [94.5, 95.5)):
 *   percentages are ratios, almost never exact.
 */
export function plainIntegerStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let zeros = 0;
  for (let v = value; v % 10 === 0; v /= 10) zeros++;
  if (zeros === 0) return 0;
  // A step of one is no rounding at all: "50" is exact.
  const step = capTwoFigures(value, 10 ** zeros);
  return step > 1 ? step : 0;
}

/**
 * Step of a cardinal written in words. "four hundred" is a round figure as spoken, rounded at
 * its hundred: [350, 450), so it agrees with 444 where the digits "400" (two figures, [395,
 * 405)) do not. A speaker who means 480 says "four hundred and eighty". Coarser scales keep
 * the two-figure cap ("two thousand" is [1,950, 2,050)): a hundreds step is as far as spoken
 * rounding goes before it swallows neighbouring figures.
 */
export function spokenIntegerStep(value: number): number {
  if (!Number.isInteger(value) || value < SPOKEN_ROUNDING) return plainIntegerStep(value);
  return Math.max(plainIntegerStep(value), value % SPOKEN_ROUNDING === 0 ? Math.min(SPOKEN_ROUNDING, lastDigitUnit(value)) : 0);
}

const SPOKEN_ROUNDING = 100;

/** Step of a figure written as mantissa × multiplier ("1.6" × 1000). */
export function multipliedStep(value: number, mantissaDecimals: number, multiplier: number): number {
  return capTwoFigures(value, multiplier / 10 ** mantissaDecimals);
}

/** Step of a decimal or percentage: its last written digit. */
export function lastDigitStep(decimals: number): number {
  return 1 / 10 ** decimals;
}

function capTwoFigures(value: number, step: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.min(step, 10 ** Math.max(0, magnitude - 1));
}

/** The values a figure allows without hedge words: the values that round to it. */
export function roundingInterval(value: number, step: number): Interval {
  if (step === 0) return { lo: value, hi: value, loOpen: false, hiOpen: false };
  return { lo: value - step / 2, hi: value + step / 2, loOpen: false, hiOpen: true };
}

/**
 * "about 1,600": the rounding interval widened to at least ±5% of the value, closed. ±5% is
 * what makes "about 1,600" and "around 450" agree with 1,612 and 444 while "about 1,700"
 * (5.2% above 1,612) does not; widening by a whole step instead would let it.
 * "roughly 90%" is [85.5, 94.5] and so does not agree with 95%.
 */
export function aboutInterval(value: number, step: number): Interval {
  const half = Math.max(Math.abs(value) * 0.05, step / 2);
  return { lo: value - half, hi: value + half, loOpen: false, hiOpen: false };
}

/**
 * "nearly 1,700", "almost 95%", "just under 450": the value or a little below, [0.95 v, v].
 * The top is closed so that an understatement by rounding ("nearly 1,612") is not a conflict.
 */
export function nearlyInterval(value: number): Interval {
  return { lo: value * 0.95, hi: value, loOpen: false, hiOpen: false };
}

/** "just over 1,600", "slightly more than 440": a little above the value, (v, 1.05 v]. */
export function justOverInterval(value: number): Interval {
  return { lo: value, hi: value * 1.05, loOpen: true, hiOpen: false };
}

/** "300-odd": the value and some, short of the next unit of its last non-zero digit. */
export function oddInterval(value: number): Interval {
  return { lo: value, hi: value + lastDigitUnit(value), loOpen: false, hiOpen: true };
}

/** 100 for 300 and 1,600; 1 for 444 or a decimal. */
export function lastDigitUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let unit = 1;
  for (let v = value; v % 10 === 0; v /= 10) unit *= 10;
  return unit;
}

/**
 * The values a hedged figure allows. Bounds take the figure as written, not its rounding
 * interval: "more than 1,600" is (1600, ∞), so 1,612 agrees and 1,580 does not. Counts and
 * percents are never negative, so "under" and "at most" start at 0.
 */
export function intervalFor(hedge: Exclude<Hedge, 'range'>, value: number, step: number): Interval {
  switch (hedge) {
    case 'none': return roundingInterval(value, step);
    case 'about': return aboutInterval(value, step);
    case 'nearly': return nearlyInterval(value);
    case 'just-over': return justOverInterval(value);
    case 'odd': return oddInterval(value);
    case 'over': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-least': return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case 'under': return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case 'at-most': return { lo: 0, hi: value, loOpen: false, hiOpen: false };
  }
}
