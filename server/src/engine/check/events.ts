/**
 * Which event a date is about. In each sentence every event term (a term of a fact whose
 * value is a date) picks the date nearest to it in words, ties going to the date after it
 * ("retaliated on December 28"); each date is then about the nearest term that picked it. So
 * in "the Taliban retaliated on December 28 after the airstrikes of December 24" each date
 * gets its own event.
 *
 * A bare year is weaker evidence: "2024 was a deadly year" names no event, and a year is more
 * often the scope of a count than an event's date. A year is compared only when a term that
 * belongs to date facts alone stands within three words of it ("came to power in 2020", "the
 * 2021 takeover", "In 2021, the Taliban came to power").
 */
import type { Claim } from '../claims/model';
import type { BlockContext, DocumentContext } from './context';
import { ofKind, type MeasureLink } from './govern';
import type { TermHit } from './factIndex';

/** Farthest a date may stand from its event term, in words. */
const MAX_DISTANCE = 12;
const MAX_YEAR_DISTANCE = 3;

/**
 * Words saying the sentence is about another occurrence of a recurring event ("earlier
 * strikes in March 2024"): such dates are not compared.
 */
const OTHER_OCCURRENCE = /\b(?:earlier|previous|prior|another|separate|again|repeated|series of|first|second|third|latest|renewed|fresh)\b/i;

export type EventResult = { link: MeasureLink } | { reason: string };

/** Links for all date and year claims of a block. */
export function linkEvents(ctx: BlockContext): Map<Claim, EventResult> {
  const out = new Map<Claim, EventResult>();
  const dated = ctx.claims.filter((c) => c.kind === 'date' || c.kind === 'year');
  if (dated.length === 0) return out;
  const events = ctx.hits.filter((h) => ofKind(h, 'date').length > 0);
  for (const [s, e] of ctx.sentences) {
    const dates = dated.filter((c) => c.textStart >= s && c.textStart < e);
    if (dates.length === 0) continue;
    const terms = events.filter((h) => h.start >= s && h.end <= e);
    const chosen = new Map<Claim, { hit: TermHit; distance: number }>();
    for (const hit of terms) {
      let best: { claim: Claim; distance: number } | undefined;
      for (const claim of dates) {
        const d = wordDistance(ctx, hit, claim);
        if (!best || d < best.distance || (d === best.distance && claim.textStart > hit.start)) best = { claim, distance: d };
      }
      if (!best || best.distance > MAX_DISTANCE) continue;
      const current = chosen.get(best.claim);
      if (!current || best.distance < current.distance) chosen.set(best.claim, { hit, distance: best.distance });
    }
    const otherOccurrence = OTHER_OCCURRENCE.exec(ctx.block.text.slice(s, e));
    for (const claim of dates) {
      const pick = chosen.get(claim);
      if (!pick) {
        out.set(claim, { reason: terms.length > 0 ? 'no event term stands close enough to this date' : 'the sentence names no event of the fact base' });
        continue;
      }
      const facts = ofKind(pick.hit, 'date');
      const term = ctx.block.text.slice(pick.hit.start, pick.hit.end);
      if (claim.kind === 'year' && (pick.distance > MAX_YEAR_DISTANCE || pick.hit.facts.length !== facts.length)) {
        out.set(claim, { reason: `a year is compared only when an event term stands right next to it; “${term}” does not` });
      } else if (otherOccurrence) {
        out.set(claim, { link: { facts, how: claim.textStart > pick.hit.start ? 'before' : 'after', certain: false, term, stems: pick.hit.stems } });
      } else {
        out.set(claim, { link: { facts, how: claim.textStart > pick.hit.start ? 'before' : 'after', certain: true, term, stems: pick.hit.stems } });
      }
    }
  }
  return out;
}

/** Words strictly between a term and a date. */
function wordDistance(ctx: BlockContext, hit: TermHit, claim: Claim): number {
  const [from, to] = hit.end <= claim.textStart ? [hit.end, claim.textStart] : [claim.textEnd, hit.start];
  let n = 0;
  for (const w of ctx.words) if (w.start >= from && w.end <= to) n++;
  return n;
}

/**
 * A date alone in a table cell ("| Taliban retaliation | 28 December 2024 |") is about the
 * event its row or its column header names, when exactly one event is named there.
 */
export function linkEventInTable(dc: DocumentContext, ctx: BlockContext, claim: Claim): EventResult | undefined {
  const cell = dc.cell(ctx.index);
  if (!cell || ctx.claims.some((c) => c !== claim && (c.kind === 'date' || c.kind === 'year'))) return undefined;
  const cells = [...cell.row, ...(cell.header === undefined ? [] : [cell.header])];
  const hits = cells.flatMap((b) => dc.block(b).hits.map((hit) => ({ hit, text: dc.block(b).block.text }))).filter(({ hit }) => ofKind(hit, 'date').length > 0);
  const facts = new Set(hits.flatMap(({ hit }) => ofKind(hit, 'date')));
  if (hits.length === 0 || facts.size !== 1 || (claim.kind === 'year' && hits.some(({ hit }) => hit.facts.length !== 1))) return undefined;
  const { hit, text } = hits[0]!;
  return { link: { facts: [...facts], how: 'row', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } };
}
