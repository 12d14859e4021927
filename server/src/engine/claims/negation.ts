import { SPACE_BEFORE } from './hedges';

/**
 * Whether the writer rejects the figure starting at `start` (hedge words already excluded):
 * "not 1,700", "rather than 1,700", "instead of 1,700", "it was not 444 attacks", "not on December 24". Negated
 * bounds ("not less than") never reach here because `hedges.ts` has taken their words.
 */
export function isRejected(text: string, start: number, floor: number): boolean {
  // REJECTION ends in a space before the figure: without one it cannot match (a cheap test
  // first, as most figures follow no rejection at all).
  if (start <= floor || !SPACE_BEFORE.has(text[start - 1]!)) return false;
  return REJECTION.test(text.slice(Math.max(floor, start - 24), start));
}

const REJECTION = /(?:(?<![\p{L}])(?:not|never|nor|rather than|instead of)|n['’]t)[ \u00A0]+(?:(?:the|on|in)[ \u00A0]+)?$/iu;
