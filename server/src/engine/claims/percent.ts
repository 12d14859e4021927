/** Where a percent sign or word after a figure ends ("95%", "95 %", "95 per cent", "95 pc"), or -1. */
export function percentSuffixEnd(text: string, end: number): number {
  PERCENT.lastIndex = end;
  const m = PERCENT.exec(text);
  return m ? end + m[0].length : -1;
}

const PERCENT = /[ \u00A0\u2009\u202F]?%|[ \u00A0]per[ \u00A0-]?cent\b(?!age)|[ \u00A0]?pc\b/iy;

/** "nineteen in twenty", "19 out of 20", "nine in every ten": the words joining a proportion's two numbers. */
export const PROPORTION_JOIN = /^[ \u00A0](?:in|out of)(?:[ \u00A0]every)?[ \u00A0]$/;

/**
 * Half-width in percentage points of the interval a proportion "n in d" allows: the values
 * nearest to n/d at denominator d (±50/d points), at most ±5 points so that "one in three"
 * still means about a third.
 */
export function proportionHalfWidth(denominator: number): number {
  return Math.min(50 / denominator, 5);
}
