/**
 * A term before a date that a word of reference governs ("after the takeover", "since the
 * strikes"), with the date in a later clause: "Attacks rose in every year after the takeover,
 * and by 2024 the annual toll had reached …". The term is the reference point of its own clause;
 * the date opens another and dates what that clause tells, not the term's event.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { TermHit } from './factIndex';

/** Words of reference and the words they may take before the term: "after the Taliban's takeover". */
const GOVERNED_BEFORE = /(?<![\p{L}])(?:since|after|following|before|until|prior[ \u00A0]+to)[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+){0,3}$/iu;
/** A clause break between the term and the date: a comma or semicolon and a coordinator, or a semicolon alone. */
const LATER_CLAUSE = /(?:[,;][ \u00A0]*(?:and|but|while|whereas|yet|so)[ \u00A0]|;)/iu;

export function referenceInEarlierClause(ctx: BlockContext, claim: Claim, hit: TermHit, sentenceStart: number): boolean {
  if (hit.end > claim.textStart) return false;
  const text = ctx.block.text;
  return LATER_CLAUSE.test(text.slice(hit.end, claim.textStart)) && GOVERNED_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start));
}
