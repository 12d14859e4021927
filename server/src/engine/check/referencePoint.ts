/**
 * A term before a date that a word of reference governs ("after the takeover", "since the
 * strikes"), with the date in a later clause: "Attacks rose in every year after the takeover,
 * and by 2024 the annual toll had reached …". The term is the reference point of its own clause;
 * the date opens another and dates what that clause tells, not the term's event. So does a date
 * restating a span told from the term, past a comma: "Four days after the strikes, on 28
 * December, Taliban forces fired on Pakistani border posts" dates the firing, not the strikes.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { TermHit } from './factIndex';

/** Words of reference and the words they may take before the term: "after the Taliban's takeover". */
export const GOVERNED_BEFORE = /(?<![\p{L}])(?:since|after|following|before|until|prior[ \u00A0]+to)[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+){0,3}$/iu;
/** A span of time and a word of reference right before the term: "four days after the", "a week before Pakistan's". */
const SPAN_GOVERNED_BEFORE = /(?<![\p{L}])(?:\p{L}+|\d+)[ \u00A0]+(?:hours?|days?|weeks?|months?|years?)[ \u00A0]+(?:after|before|following)[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+){0,3}$/iu;
/**
 * The date right past a comma after the term, with an optional place: ", on ", " in Paktika, on
 * the " ("the strikes in Paktika, on the 22nd, drew a response"). Also read by check/events.ts.
 */
export const DATE_AFTER_COMMA = /^(?:[ \u00A0]+(?:in|at|near|across|inside)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,2})?[ \u00A0]*,[ \u00A0]*(?:on|in)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
/** A clause break between the term and the date: a comma or semicolon and a coordinator, or a semicolon alone. */
const LATER_CLAUSE = /(?:[,;][ \u00A0]*(?:and|but|while|whereas|yet|so)[ \u00A0]|;)/iu;

export function referenceInEarlierClause(ctx: BlockContext, claim: Claim, hit: TermHit, sentenceStart: number): boolean {
  if (hit.end > claim.textStart) return false;
  const text = ctx.block.text;
  const lead = text.slice(Math.max(sentenceStart, hit.start - 40), hit.start);
  if (DATE_AFTER_COMMA.test(text.slice(hit.end, claim.textStart)) && SPAN_GOVERNED_BEFORE.test(lead)) return true;
  return LATER_CLAUSE.test(text.slice(hit.end, claim.textStart)) && GOVERNED_BEFORE.test(lead);
}
