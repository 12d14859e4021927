/**
 * A claim is a quantity or a date read from prose, with the interval of values the writer's
 * words allow. Intervals make hedges and precision comparable: "more than 1,600" and
 * "over 1,612" overlap, "more than 1,700" does not.
 */

export interface Interval {
  /** May be -Infinity (a date whose year nobody wrote). "under" and "at most" start at 0. */
  lo: number;
  /** Infinity for open-ended bounds ("more than 1,600", "at least 440", "1,600+"). */
  hi: number;
  /** True when `lo` itself is excluded ("more than 1,600"). */
  loOpen: boolean;
  /** True when `hi` itself is excluded ("fewer than 450"). */
  hiOpen: boolean;
}

/**
 * The hedge words a writer put on a figure, normalised. Counts and percents only; dates and
 * years are always 'none'. How each hedge becomes an interval (claims/precision.ts):
 * - none: the values that round to the figure (1,612 → [1612, 1612]; 1,600 → [1550, 1650);
 *   95% → [94.5, 95.5)). See precision.ts for the rounding rule.
 * - over (more than, above, exceeding, in excess of, upwards of, north of, topped): (v, ∞)
 * - at-least (at least, no fewer/less than, not less than, a minimum of, did not fall below,
 *   "1,600+", "or more"): [v, ∞)
 * - under (under, fewer/less than, below): [0, v)
 * - at-most (no/not more than, at most, up to, a maximum of, did not exceed, "or fewer"): [0, v]
 * - about (about, around, roughly, some, approximately, close to, an estimated): the rounding
 *   interval widened to at least ±5% of v, closed.
 * - nearly (nearly, almost, just under, not quite): [0.95 v, v]
 * - just-over (just over, slightly more than, a little above): (v, 1.05 v], the mirror of
 *   nearly. "Well over" and "far more than" stay plain lower bounds (over).
 * - odd ("300-odd", "1,600-odd"): v and some, short of the next unit of its last non-zero
 *   digit: [v, v + unit), so 300-odd is [300, 400) and 1,600-odd [1600, 1700).
 * - range ("between 400 and 450", "400–450", "from 400 to 450"): [first, second], closed.
 */
export type Hedge =
  | 'none'
  | 'over'
  | 'at-least'
  | 'under'
  | 'at-most'
  | 'about'
  | 'nearly'
  | 'just-over'
  | 'odd'
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
  /**
   * For counts and percents, the value as read (1700, 95). For a range, its first number; for
   * a proportion ("nine in ten"), the percentage (90).
   */
  value?: number;
  /**
   * For dates and years: what the words fix. A date without a year has `yearInferred` set and
   * takes the nearest explicit year in its sentence, else the nearest earlier (then later) one
   * in its block, else the last one in the nearest earlier block. When no year is written
   * anywhere before it, `year` is 0 and `interval` is (-∞, ∞): compare month and day with the
   * fact's date instead. A year written relative to another ("the year before" after "2025",
   * claims/relativeYears.ts) is a year claim with `yearInferred` set. A bare day ("on the
   * 28th") has `monthInferred` set and takes month and year from the last date written before
   * it (claims/bareDays.ts); with none, `month` is absent and the day is compared with the
   * fact's month.
   */
  date?: { year: number; month?: number; day?: number; yearInferred: boolean; monthInferred?: boolean };
  /**
   * A share named by what it leaves out: "all but 5%", "all but one in twenty" (claims/
   * proportions.ts). `value`, `interval` and `hedge` are already the complement (95%), while
   * `written` is "5%": a quick fix must write 100 minus the source's share, or none.
   */
  complement?: true;
  /** The writer rejects this figure ("not 1,700") or states a bound the other way ("did not fall below 440" is a hedge, not a rejection). */
  negated: boolean;
}
