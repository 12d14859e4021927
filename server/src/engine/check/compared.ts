/**
 * "The ministry gave 924 deaths in 2024, lower than the CRSS count of 1,312": a figure that a
 * comparison sets against an earlier figure of its sentence ("lower than", "more than") and has no
 * term of its own measures what that figure measures, so it takes that figure's term, with
 * certainty as the prose states the comparison. Only the noun phrase of the comparison ("the
 * CRSS count of") may stand between "than" and the figure.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import { sentenceAt } from './context';
import type { ValueKind } from './factIndex';
import { ofKind, type MeasureResult } from './govern';

export function comparedLink(ctx: BlockContext, claim: Claim, kind: ValueKind): MeasureResult | undefined {
  if (claim.kind !== 'count') return undefined;
  const text = ctx.block.text;
  const [s] = sentenceAt(ctx, claim.textStart);
  const comparison = COMPARED_WITH.exec(text.slice(s, claim.textStart));
  if (!comparison) return undefined;
  const than = s + comparison.index;
  const earlier = ctx.claims.filter((c) => c !== claim && c.kind === 'count' && c.textStart >= s && c.textEnd <= than);
  const other = earlier[earlier.length - 1];
  if (!other) return undefined;
  const hit = ctx.hits.find((h) => h.start >= other.textEnd && /^[ \u00A0]+$/u.test(text.slice(other.textEnd, h.start)));
  const facts = hit ? ofKind(hit, kind) : [];
  return hit && facts.length > 0 ? { link: { facts, how: 'before', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } } : undefined;
}

/**
 * "lower than the CRSS count of ": a comparison ending right before the figure. Not "above
 * 900", which reads as a bound on the figure itself.
 */
const COMPARED_WITH = /(?<![\p{L}])(?:higher|lower|more|fewer|less|greater|larger|smaller)[ \u00A0]+than[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+(?:[\p{L}'’&.-]+[ \u00A0]+){0,3}?(?:figure|count|tally|estimate|total|toll|number)[ \u00A0]+of[ \u00A0]+)?(?:(?:over|about|some|nearly|around|roughly|almost)[ \u00A0]+)?$/u;
