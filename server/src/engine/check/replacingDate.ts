/**
 * "The strikes did not happen on December 24, as widely reported, but on December 25": a date
 * put after "but" in place of a date the clause before negates is the same event's date, now
 * asserted by the writer. It names no event term of its own (the ellipsis leaves it out), so it
 * takes the event the negated date was linked to. The negated date itself is the writer's
 * rejection (claims/negation.ts).
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { EventResult } from './events';

/** Gives each unlinked date that replaces a negated one the negated date's event link. */
export function linkReplacingDates(ctx: BlockContext, events: Map<Claim, EventResult>): void {
  const text = ctx.block.text;
  for (const [s, e] of ctx.sentences) {
    const dates = ctx.claims.filter((c) => (c.kind === 'date' || c.kind === 'year') && c.textStart >= s && c.textStart < e);
    for (let i = 1; i < dates.length; i++) {
      const replacing = dates[i]!;
      const negated = dates[i - 1]!;
      const negatedLink = events.get(negated);
      const own = events.get(replacing);
      if (!negatedLink || !('link' in negatedLink) || (own && 'link' in own)) continue;
      if (!BUT_INSTEAD.test(text.slice(negated.textEnd, replacing.textStart))) continue;
      if (!NEGATION.test(text.slice(s, negated.textStart))) continue;
      events.set(replacing, negatedLink);
    }
  }
}

/** From the negated date to the next: an optional aside ("as widely reported"), then "but (on)". */
const BUT_INSTEAD = /^(?:,[^,.;:]{0,60},)?[ \u00A0]+but[ \u00A0]+(?:rather[ \u00A0]+|instead[ \u00A0]+)?(?:(?:on|in|at)[ \u00A0]+)?(?:the[ \u00A0]+)?$/iu;
/** A negation in the negated date's clause: "did not happen on", "was not in", "never on". */
const NEGATION = /(?<![\p{L}])(?:not|never)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
