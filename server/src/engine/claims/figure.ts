/**
 * A number found in a block's text before hedges, dates and context are considered: the
 * common currency between the numeral and number-word scanners and the claim builder.
 */
export interface Figure {
  /** Text range of the figure as written, unit words included ("95 per cent", "1.6k"). */
  start: number;
  end: number;
  value: number;
  /** The rounding step the writing implies (100 for "1,600"); 0 when the figure is exact. */
  step: number;
  percent: boolean;
  /** Written in words ("ninety-five"), not digits. */
  words: boolean;
  /**
   * A separator-free four-digit integer 1900–2099 written in digits without unit: it may be
   * a year, which `years.ts` decides from the words around it.
   */
  yearLike: boolean;
  /** The multiplier word or suffix applied ("thousand", "k", "million"); 1 when none. */
  multiplier: number;
}
