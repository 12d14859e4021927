/**
 * Other episodes of a fact's event: a sentence, or the sentence next to it, that names one
 * episode by the fact's own date ("the December 24 operation", "The 2024 strikes were larger")
 * and gives the fact's term another date compares two episodes, so that date's link is a guess.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { BlockContext } from './context';
import { farFrom } from './eventDates';
import type { EventResult } from './events';
import { claimInterval, judge } from './judge';

/** A determiner or possessive right before a date that modifies the noun after it. */
const DETERMINER_BEFORE = /(?:^|[ \u00A0])(?:the|a|an|this|that|its|their)[ \u00A0]+$|['’]s?[ \u00A0]+$/iu;
/** A date written as an ordinal day, which takes "the" itself: "the 28th", "the twenty-second of December". */
const ORDINAL_DATE = /^\S+(?:st|nd|rd|th)(?![\p{L}])|[ \u00A0]of[ \u00A0]/iu;

/**
 * "Pakistan's own strikes in March 2024 drew little more than a diplomatic protest, but the
 * December 24 operation prompted retaliation": a sentence that names an episode by a fact's
 * own date ("the December 24 operation") and gives the fact's term another date compares two
 * episodes. Which one the term names is a guess, so its link is uncertain.
 */
export function markOtherEpisodes(ctx: BlockContext, dates: readonly Claim[], out: Map<Claim, EventResult>, sentenceStart: number): void {
  const episodes = dates.filter((d) => {
    const result = out.get(d);
    return result !== undefined && 'reason' in result && !d.negated && namesEpisode(ctx, d, sentenceStart);
  });
  if (episodes.length === 0) return;
  for (const claim of dates) {
    const result = out.get(claim);
    if (!result || !('link' in result) || !result.link.certain) continue;
    const dated = result.link.facts.some((f) => judge(claim, f) !== 'agrees' && episodes.some((d) => judge(d, f) === 'agrees' && !covers(d, claim, f)));
    if (dated) out.set(claim, { link: { ...result.link, certain: false } });
  }
}

/**
 * Whether an episode's date covers the other date, both read as the fact's are: "the December
 * 2024 events …: strikes on 22 December" names no episode apart from the 22nd's, only its month.
 */
function covers(episode: Claim, claim: Claim, fact: Fact): boolean {
  const outer = claimInterval(episode, fact);
  const inner = claimInterval(claim, fact);
  return inner.lo >= outer.lo && inner.hi <= outer.hi;
}

/** A date between a determiner and the common noun it dates: "the December 24 operation". */
function namesEpisode(ctx: BlockContext, claim: Claim, sentenceStart: number): boolean {
  return afterDeterminer(ctx, claim, sentenceStart) && /^[ \u00A0]+\p{Ll}/u.test(ctx.block.text.slice(claim.textEnd, claim.textEnd + 3));
}

/**
 * Whether a determiner or possessive stands right before the date, as before a noun's
 * modifier. Not for "on the twenty-second of December", "on the 28th": there the article
 * belongs to the date.
 */
export function afterDeterminer(ctx: BlockContext, claim: Claim, sentenceStart: number): boolean {
  return !ORDINAL_DATE.test(claim.written) && DETERMINER_BEFORE.test(ctx.block.text.slice(Math.max(sentenceStart, claim.textStart - 12), claim.textStart));
}

/**
 * Whether the noun a date modifies is one of the fact's own terms ("The 2024 strikes"): only
 * then does a sentence away name the fact's episode. "the 2021 change of government" after
 * "Since the Taliban takeover in 2012" may be the same event in other words, not another one.
 */
function datesTermOf(ctx: BlockContext, claim: Claim, fact: Fact): boolean {
  return ctx.hits.some((h) => h.start > claim.textEnd && /^[ \u00A0]+$/u.test(ctx.block.text.slice(claim.textEnd, h.start)) && h.facts.includes(fact));
}

/**
 * "Pakistan has tried coercion before. In April 2022, … Pakistani jets struck Khost. The 2024
 * strikes were larger": a sentence next to one naming the fact's episode by its own date ("The
 * 2024 strikes", "The December 28 retaliation") and giving the term a date more than a month
 * from it tells another episode, or may. A date near the fact's is still the fact's.
 */
export function markNeighbourEpisodes(ctx: BlockContext, dated: readonly Claim[], out: Map<Claim, EventResult>): void {
  const sentenceOf = (c: Claim) => ctx.sentences.findIndex(([s, e]) => c.textStart >= s && c.textStart < e);
  const episodes = dated.filter((d) => {
    const k = sentenceOf(d);
    return k >= 0 && !d.negated && namesEpisode(ctx, d, ctx.sentences[k]![0]);
  });
  if (episodes.length === 0) return;
  for (const claim of dated) {
    const result = out.get(claim);
    if (!result || !('link' in result) || !result.link.certain) continue;
    const k = sentenceOf(claim);
    const near = episodes.filter((d) => Math.abs(sentenceOf(d) - k) === 1);
    const other = result.link.facts.some((f) => judge(claim, f) !== 'agrees' && farFrom(claim, [f]) && near.some((d) => judge(d, f) === 'agrees' && datesTermOf(ctx, d, f)));
    if (other) out.set(claim, { link: { ...result.link, certain: false } });
  }
}

