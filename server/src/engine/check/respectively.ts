/**
 * "Attacks and fatalities in 2024 stood at 444 and 1,412 respectively": a list of figures closed
 * by "respectively" pairs each figure, in order, with the term of the same rank in a list of
 * fact terms before it ("attacks and fatalities", "attacks, deaths and injuries"). The pairing
 * is what the sentence says, so each figure is linked to its own term with certainty, whatever
 * term stands nearest to it ("fatalities" before "444" is the second term's, not the first
 * figure's). Only when the two lists have the same length; otherwise the usual rules link.
 */
import type { Claim } from '../claims/model';
import { RESPECTIVELY } from '../claims/respectively';
import type { BlockContext } from './context';
import { sentenceAt } from './context';
import type { ValueKind } from './factIndex';
import { ofKind, type MeasureResult } from './govern';

export function respectiveLink(ctx: BlockContext, claim: Claim, kind: ValueKind): MeasureResult | undefined {
  if (claim.kind !== 'count' && claim.kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const [s, e] = sentenceAt(ctx, claim.textStart);
  const respectively = RESPECTIVELY.exec(text.slice(claim.textEnd, e));
  if (!respectively) return undefined;
  const listEnd = claim.textEnd + respectively.index;
  // The figures of the list: the last one right before "respectively", and those before it
  // joined to it only by commas, "and" and hedges.
  const figures = ctx.claims.filter((c) => (c.kind === 'count' || c.kind === 'percent') && c.textStart >= s && c.textEnd <= listEnd);
  const last = figures[figures.length - 1];
  if (!last || !LIST_END.test(text.slice(last.textEnd, listEnd))) return undefined;
  let first = figures.length - 1;
  while (first > 0 && LIST_JOIN.test(text.slice(figures[first - 1]!.textEnd, figures[first]!.textStart))) first--;
  const list = figures.slice(first);
  const rank = list.indexOf(claim);
  if (rank < 0 || list.length < 2) return undefined;
  // The terms: fact terms before the figures, in one coordinated list of the same length.
  const terms = lastCoordinated(text, ctx.hits.filter((h) => h.start >= s && h.end <= list[0]!.textStart));
  // One term for all ("PIPS, ACLED and CRSS put 2024 deaths at 1,081, 1,950 and 1,612
  // respectively") when the list pairs the figures with something else than years, which
  // would make them another year's ("attacks in 2023 and 2024 numbered 306 and 444…").
  const years = new Set(ctx.claims.filter((c) => c.kind === 'year' && c.textStart >= s && c.textEnd <= e).map((c) => c.value ?? c.written));
  const hit = terms.length === list.length ? terms[rank] : terms.length === 1 && years.size <= 1 ? terms[0] : undefined;
  if (!hit) return undefined;
  const facts = ofKind(hit, kind);
  if (facts.length === 0) return undefined;
  return { link: { facts, how: 'before', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } };
}

/** The last run of hits joined by commas and "and" ("attacks and deaths", "attacks, deaths and injuries"). */
function lastCoordinated<T extends { start: number; end: number }>(text: string, hits: readonly T[]): T[] {
  let first = hits.length - 1;
  while (first > 0 && TERM_JOIN.test(text.slice(hits[first - 1]!.end, hits[first]!.start))) first--;
  return first < 0 ? [] : hits.slice(first);
}

/** Between the last figure and "respectively": a percent sign or "per cent", a comma. */
const LIST_END = /^[ \u00A0]*(?:%|per[ \u00A0]+cent|percent)?[ \u00A0]*,?[ \u00A0]*$/u;
/** Between two figures of a list: a comma or "and", with a unit, a hedge or "per cent". */
const LIST_JOIN = /^[ \u00A0]*(?:%|per[ \u00A0]+cent|percent)?[ \u00A0]*(?:,[ \u00A0]*(?:and[ \u00A0]+)?|[ \u00A0]and[ \u00A0]+)(?:(?:over|more[ \u00A0]+than|about|some|nearly|around|roughly|at[ \u00A0]+least|fewer[ \u00A0]+than|under|almost)[ \u00A0]+)?$/u;
/** Between two terms of a list: a comma or "and" only. */
const TERM_JOIN = /^[ \u00A0]*(?:,[ \u00A0]*(?:and[ \u00A0]+)?|[ \u00A0]+and[ \u00A0]+)$/u;

/**
 * "Where PIPS counts 521 attacks, CRSS counts 454": a figure after the same verb as an earlier
 * figure of its sentence, with no term of its own, leaves out that figure's term, which the
 * parallel clause gives. Only the word right before each figure is compared, and the earlier
 * figure's term must follow it directly.
 */
export function parallelLink(ctx: BlockContext, claim: Claim, kind: ValueKind): MeasureResult | undefined {
  if (claim.kind !== 'count') return undefined;
  const text = ctx.block.text;
  const [s] = sentenceAt(ctx, claim.textStart);
  const verb = WORD_BEFORE.exec(text.slice(s, claim.textStart))?.[1]?.toLowerCase();
  if (!verb || !/^\p{Ll}+$/u.test(verb) || NOT_VERBS.has(verb)) return undefined;
  for (const other of ctx.claims) {
    if (other === claim || other.kind !== 'count' || other.textStart < s || other.textEnd > claim.textStart) continue;
    if (WORD_BEFORE.exec(text.slice(s, other.textStart))?.[1]?.toLowerCase() !== verb) continue;
    const hit = ctx.hits.find((h) => h.start >= other.textEnd && /^[ \u00A0]+$/u.test(text.slice(other.textEnd, h.start)));
    const facts = hit ? ofKind(hit, kind) : [];
    if (hit && facts.length > 0) return { link: { facts, how: 'before', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } };
  }
  return undefined;
}

/** The word right before a figure, with no hedge between. */
const WORD_BEFORE = /(?<![\p{L}])([\p{L}]+)[ \u00A0]+$/u;
/** Words before a figure that are no verb of the figure's clause. */
const NOT_VERBS = new Set(['and', 'or', 'to', 'of', 'at', 'from', 'than', 'by', 'in', 'with', 'the', 'a', 'some', 'about', 'over', 'nearly', 'around', 'roughly', 'almost', 'under', 'were', 'was', 'is', 'are', 'be', 'been']);
