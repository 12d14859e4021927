/**
 * "Ninety-five per cent of the attacks, Sir — ninety-five — were …", "one thousand of our people
 * were killed — one thousand!": a figure set off alone between dashes or commas, or closed by an
 * exclamation, that repeats the value of a figure just before it in the same sentence is that
 * figure said again for emphasis, not a second claim; the first is checked. Read by
 * check/govern.ts.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';

export function repeatedFigure(ctx: BlockContext, claim: Claim, sentenceStart: number): string | undefined {
  if (claim.value === undefined) return undefined;
  const text = ctx.block.text;
  if (!SET_OFF_BEFORE.test(text.slice(Math.max(sentenceStart, claim.textStart - 3), claim.textStart))) return undefined;
  if (!SET_OFF_AFTER.test(text.slice(claim.textEnd, claim.textEnd + 3))) return undefined;
  // A share said again may drop its unit ("— ninety-five —"); a year never repeats a count.
  const earlier = ctx.claims.find((c) => c !== claim && c.textStart >= sentenceStart && c.textEnd < claim.textStart && (c.kind === claim.kind || (c.kind === 'percent' && claim.kind === 'count')) && c.value === claim.value && claim.textStart - c.textEnd <= 80);
  return earlier ? `the figure repeats “${earlier.written}” before it for emphasis` : undefined;
}

/** A dash, comma or colon, and the space after it, right before the figure. */
const SET_OFF_BEFORE = /[—–,:][ \u00A0]*$|[ \u00A0]-[ \u00A0]$/u;
/** A dash, comma or exclamation right after it, or the end of the text. */
const SET_OFF_AFTER = /^(?:[ \u00A0]*[—–!]|,|[ \u00A0]-[ \u00A0]|$)/u;
