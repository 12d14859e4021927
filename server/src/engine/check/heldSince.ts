/**
 * A term of holding power "since" a date with the span it has lasted between its words: "The
 * Islamic Emirate has now governed Afghanistan for more than three years, since 15 August 2020",
 * "the Taliban have been in power for three years, since 2021". The span is a complement of the
 * verb; without it the words are the term ("governed … since"), which check/holder.ts then
 * checks for its holder like any other.
 */
import type { BlockContext } from './context';
import type { FactIndex, TermHit } from './factIndex';
import { ofKind } from './govern';
import { firstIndexWhere } from '../sorted';

/** "for more than three years, " right before "since": the span's words end where this match starts. */
const SPAN_BEFORE_SINCE = /(?<![\p{L}])for[ \u00A0]+(?:(?:more|less|over|under|nearly|almost|about|around|well|just|some)[ \u00A0]+(?:than[ \u00A0]+|over[ \u00A0]+)?)?(?:\p{L}+|\d+)[ \u00A0]+(?:(?:full|long)[ \u00A0]+)?(?:years?|months?|decades?)[ \u00A0]*,?[ \u00A0]*$/iu;
/** Words before the span that may hold the term's own ("governed Afghanistan", "been in power"). */
const VERB_WORDS = 4;

export function spanHeldTerms(ctx: BlockContext, s: number, e: number, index: FactIndex): TermHit[] {
  const out: TermHit[] = [];
  const text = ctx.block.text;
  for (let i = firstIndexWhere(ctx.words, (w) => w.start >= s); i < ctx.words.length && ctx.words[i]!.start < e; i++) {
    const since = ctx.words[i]!;
    if (since.lower !== 'since') continue;
    const span = SPAN_BEFORE_SINCE.exec(text.slice(Math.max(s, since.start - 60), since.start));
    if (!span) continue;
    const spanStart = Math.max(s, since.start - 60) + span.index;
    let before = i;
    while (before > 0 && ctx.words[before - 1]!.start >= spanStart) before--;
    const from = Math.max(0, before - VERB_WORDS);
    if (ctx.words[from]!.start < s) continue;
    const words = [...ctx.words.slice(from, before), since];
    const hit = index.hits(words).find((h) => h.last === words.length && ofKind(h, 'date').length > 0);
    if (hit) out.push({ ...hit, start: words[hit.first]!.start, end: since.end, first: from + hit.first, last: i + 1 });
  }
  return out;
}
