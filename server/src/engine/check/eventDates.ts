/**
 * Dates of an event told beside another: the place, the speech act, the compared episode. A
 * date of the fact's own day in another year or another month of its year, or within a month
 * of it, is that episode's (farFrom, sameDayOtherYear, sameDayOtherMonth); check/events.ts
 * decides which event a date is about.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { BlockContext } from './context';
import type { TermHit } from './factIndex';
import { claimInterval, dateInterval } from './judge';
import { words } from './text';

/** Most days between a month's date and its fact's date for the date to be that episode's. */
export const EPISODE_DAYS = 31;

/**
 * Most days between a bare year and its fact's date for the year to be that episode's: "in
 * 2023" for strikes of December 2024 is the strikes misdated, "in 2014" another episode.
 */
export const EPISODE_YEAR_DAYS = 366;

/**
 * Whether a date lies more than `days` (EPISODE_DAYS) from every fact's date. A date without a
 * year is read in the fact's year, as the judge reads it: "The strikes of December 22" in a
 * brief whose last written year is 1951 is not 73 years off.
 */
export function farFrom(claim: Claim, facts: readonly Fact[], days = EPISODE_DAYS): boolean {
  return facts.every((f) => {
    if (f.value?.kind !== 'date') return false;
    const fact = dateInterval(f.value);
    const date = claimInterval(claim, f);
    return date.hi < fact.lo - days || date.lo > fact.hi + days;
  });
}

/**
 * "On 24 Dec 2025, Pakistani aircraft bombed TTP hideouts in Paktika": the fact's own day and
 * month in another year is the fact's date with its year miswritten, not another episode.
 */
export function sameDayOtherYear(claim: Claim, facts: readonly Fact[]): boolean {
  const date = claim.date;
  if (date?.day === undefined || date.yearInferred) return false;
  return facts.some((f) => {
    if (f.value?.kind !== 'date') return false;
    const [, m, d] = f.value.date.split('-').map(Number);
    return m === date.month && d === date.day;
  });
}

/**
 * "24 January 2024: Pakistani airstrikes on TTP hideouts in Paktika": the fact's own day in its
 * own written year, in another month, is the fact's date with its month miswritten.
 */
export function sameDayOtherMonth(claim: Claim, facts: readonly Fact[]): boolean {
  const date = claim.date;
  if (date?.day === undefined || date.yearInferred || date.monthInferred) return false;
  return facts.some((f) => {
    if (f.value?.kind !== 'date') return false;
    const [y, m, d] = f.value.date.split('-').map(Number);
    return y === date.year && d === date.day && m !== date.month;
  });
}

/** "like", "such as", "as on", with "the one(s) of" or "that of", right before a date. */
const LIKE_BEFORE = /(?<![\p{L}])(?:like|such[ \u00A0]+as|as[ \u00A0]+on)(?:[ \u00A0]+(?:the|that|those)(?:[ \u00A0]+ones?)?)?(?:[ \u00A0]+(?:of|on|in))?[ \u00A0]+[*_]*$/iu;

/**
 * "Another round of cross-border strikes like 24 December 2023", "another reprisal like the
 * one of December 18": the qualifier marks a new occurrence, but the date after "like" names
 * the known one it is compared with, so a date near the fact's (or its day in another year)
 * is the fact's. A date far from it may be another known episode ("like those of March 2024").
 */
export function comparedEpisode(ctx: BlockContext, hit: TermHit, claim: Claim, facts: readonly Fact[], sentenceStart: number): boolean {
  if (hit.end > claim.textStart || !LIKE_BEFORE.test(ctx.block.text.slice(Math.max(sentenceStart, hit.end), claim.textStart))) return false;
  return !farFrom(claim, facts) || sameDayOtherYear(claim, facts);
}

/** A named place right before the year's preposition: "returned to power in Kabul in 2019". */
const PLACE_THEN_YEAR = /[ \u00A0]+(?:in|inside|across|at)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,2}([ \u00A0]+(?:in|during)[ \u00A0]+)$/u;

/**
 * Whether the words between a term and a year are few once a place phrase before the year's
 * preposition is dropped: where the event happened is part of its clause, as in "returned to
 * power in Kabul in 2019" ("took power in 2019" with the place).
 */
export function nearPastPlace(gap: string, maxWords: number): boolean {
  const m = PLACE_THEN_YEAR.exec(gap);
  return m !== null && words(gap.slice(0, m.index) + m[1]!, 0).length <= maxWords;
}

/**
 * "## Timeline … January 2025 — Misri meets Muttaqi. … The December exchange — strikes on the
 * 24th": a bare day whose month comes from another block gives only its day for sure. When
 * that day is the fact's, the month it took is the guess, so the link is uncertain. A date
 * written earlier in the day's own block ("struck on 20 January; Kabul retaliated on the
 * 28th") tells its month.
 */
export function borrowedMonth(ctx: BlockContext, claim: Claim, facts: readonly Fact[]): boolean {
  const date = claim.date;
  if (!date?.monthInferred || date.month === undefined || date.day === undefined) return false;
  if (ctx.claims.some((c) => c !== claim && c.kind === 'date' && c.textEnd <= claim.textStart && c.date?.monthInferred !== true)) return false;
  return facts.some((f) => f.value?.kind === 'date' && Number(f.value.date.split('-')[2]) === date.day);
}

/**
 * Nouns of a communication or a meeting, which a date after "of" or "dated" dates: "given in
 * the briefing of 3 January 2025", "the statement dated 30 December". The date is when the
 * event was told, not when it happened.
 */
const RECORD_OF = /(?<![\p{L}])(?:the|a|an|its|their|this|that|his|her)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}((?:briefing|statement|communiqué|communique|press[ \u00A0]+release|release|report|letter|cable|note|memo|memorandum|notification|notice|speech|interview|address|meeting|conference|session|sitting|hearing|debate|summit|resolution|decision|order|minutes|editorial|article|bulletin|update|readout|transcript)s?)[ \u00A0]+(?:of|dated)[ \u00A0]+(?:the[ \u00A0]+)?$/iu;

/** The record noun a date dates, written right before it ("the briefing of 3 January"), if any. */
export function recordOf(ctx: BlockContext, claim: Claim, sentenceStart: number): string | undefined {
  return RECORD_OF.exec(ctx.block.text.slice(Math.max(sentenceStart, claim.textStart - 60), claim.textStart))?.[1];
}
