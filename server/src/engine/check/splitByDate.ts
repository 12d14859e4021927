/**
 * A term split by a date between its possessive and its noun: "until their 2021 return", "the
 * Taliban's August 2021 victory". A figure breaks a term's words (check/factIndex.ts), so the
 * words either side of a date or year claim are matched again without it; the hit spans the
 * date, which then dates it as any date modifying its term does ("the 2021 takeover").
 */
import type { BlockContext } from './context';
import type { FactIndex, TermHit } from './factIndex';
import { ofKind } from './govern';
import { firstIndexWhere } from '../sorted';

/**
 * The term's one word before the date: a possessive, so the date modifies the noun after it. "The
 * Taliban in 2023 attacked border posts" is another time's attack, not "taliban attacked
 * border posts" misdated.
 */
const POSSESSIVE = /^(?:their|its|\p{L}[\p{L}-]*['’]s?)$/u;
/** Words either side of the date that may hold the term's. */
const SIDE_WORDS = 2;

export function dateSplitTerms(ctx: BlockContext, s: number, e: number, index: FactIndex): TermHit[] {
  const out: TermHit[] = [];
  for (const claim of ctx.claims) {
    if ((claim.kind !== 'date' && claim.kind !== 'year') || claim.textStart < s || claim.textEnd > e) continue;
    const first = firstIndexWhere(ctx.words, (w) => w.end > claim.textStart);
    // The hit must open with a possessive right before the date: most dates have none.
    if (first <= 0 || first >= ctx.words.length || !POSSESSIVE.test(ctx.words[first - 1]!.lower)) continue;
    let after = first;
    while (after < ctx.words.length && ctx.words[after]!.start < claim.textEnd) after++;
    if (after >= ctx.words.length) continue;
    const from = Math.max(0, first - SIDE_WORDS);
    const to = Math.min(ctx.words.length, after + SIDE_WORDS);
    if (ctx.words[from]!.start < s || ctx.words[to - 1]!.end > e) continue;
    const before = ctx.words.slice(from, first);
    const words = [...before, ...ctx.words.slice(after, to)];
    const hit = index.hits(words).find((h) => h.first === before.length - 1 && h.last > before.length && POSSESSIVE.test(words[h.first]!.lower) && ofKind(h, 'date').length > 0);
    if (!hit) continue;
    const at = (k: number) => (k < before.length ? from + k : after + k - before.length);
    out.push({ ...hit, start: words[hit.first]!.start, end: words[hit.last - 1]!.end, first: at(hit.first), last: at(hit.last - 1) + 1 });
  }
  return out;
}
