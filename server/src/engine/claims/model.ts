/**
 * A claim is a quantity or a date read from prose, with the interval of values the writer's
 * words allow. Intervals make hedges and precision comparable: "more than 1,600" and
 * "over 1,612" overlap, "more than 1,700" does not.
 */

export interface Interval {
  lo: number;
  hi: number;
  /** True when `lo` itself is excluded ("more than 1,600"). */
  loOpen: boolean;
  /** True when `hi` itself is excluded ("fewer than 450"). */
  hiOpen: boolean;
}

/** The hedge words a writer put on a figure, normalised. */
export type Hedge =
  | 'none'
  | 'over'
  | 'at-least'
  | 'under'
  | 'at-most'
  | 'about'
  | 'nearly'
  | 'range';

export type ClaimKind = 'count' | 'percent' | 'date' | 'year';

export interface Claim {
  kind: ClaimKind;
  /** Index of the ProseBlock the claim was read from. */
  block: number;
  /** Range within the block's text (`text.slice(textStart, textEnd)` is the figure or date). */
  textStart: number;
  textEnd: number;
  /** Exact source offsets of the figure or date (without its hedge words). */
  start: number;
  end: number;
  /** Range covering the hedge words too ("more than 1,600"), for messages and quick fixes. */
  phraseStart: number;
  phraseEnd: number;
  hedge: Hedge;
  /**
   * The values the words allow. For counts and percents: numbers. For dates and years: days
   * since 1970-01-01 (UTC) of the first and last day the words allow.
   */
  interval: Interval;
  /** The value as written, without hedge words ("1,700", "Dec. 25"). */
  written: string;
  /** For counts and percents, the value as read (1700, 95). */
  value?: number;
  /** For dates: what the words fix. A date without a year has `yearInferred` set. */
  date?: { year: number; month?: number; day?: number; yearInferred: boolean };
  /** The writer rejects this figure ("not 1,700") or states a bound the other way ("did not fall below 440" is a hedge, not a rejection). */
  negated: boolean;
  /** The writer attributes the figure to someone ("some outlets put it at", "according to X"): the words that say so. */
  attribution?: string;
}
