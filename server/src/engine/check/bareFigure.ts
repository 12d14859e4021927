/**
 * A figure standing bare in its sentence, whose measure the prose gives around it rather than
 * beside it: in an apposition right after it ("The number to remember is 2.6k, the fatality
 * count CRSS gave for 2024"), in the next sentence pointing back ("…up at night: 2,612. That's
 * how many people terrorism killed"), or in the question it answers ("was the 2024 toll really
 * over 1.6 thousand? Short answer: no, CRSS says 1.2 thousand."), or, for a share labelled by
 * its places alone, in the sentence before ("Distribution of attacks, 2024 (CRSS). KP and
 * Balochistan: 75%."). Read by check/govern.ts only when nothing nearer links the figure.
 */
import type { Claim } from '../claims/model';
import { sentenceAt, textIndex, type BlockContext } from './context';
import type { FactIndex, TermHit, ValueKind } from './factIndex';
import { ofKind, type LinkHow } from './govern';
import type { Names } from './part';
import { PLACE_KINDS } from './places';
import { words } from './text';

export function bareFigureMeasure(ctx: BlockContext, claim: Claim, kind: ValueKind, [sentenceStart, sentenceEnd]: [number, number], names: Names, index: FactIndex): { hit: TermHit; how: LinkHow; certain: boolean } | undefined {
  const text = ctx.block.text;
  const hits = ctx.hits.filter((h) => ofKind(h, kind).length > 0);
  const apposition = hits.find((h) => h.start >= claim.textEnd && h.end <= sentenceEnd && APPOSITION.test(text.slice(claim.textEnd, h.start)));
  if (apposition) return { hit: apposition, how: 'after', certain: true };
  if (!ENDS_SENTENCE.test(text.slice(claim.textEnd, sentenceEnd))) return undefined;
  const nextStart = sentenceEnd + (/^\s*/.exec(text.slice(sentenceEnd))?.[0].length ?? 0);
  if (nextStart < text.length && POINTS_BACK.test(text.slice(nextStart))) {
    const nextEnd = sentenceAt(ctx, nextStart)[1];
    // A sentence without a figure of its own is not among the words the block context reads.
    const hit = termsOf(text, nextStart, nextEnd, kind, index)[0];
    if (hit) return { hit, how: 'after', certain: true };
  }
  if (hits.some((h) => h.start >= sentenceStart && h.end <= sentenceEnd)) return undefined;
  // The answer to a question: the question is the sentence just before, ending in "?".
  const before = text.slice(0, sentenceStart).trimEnd();
  const label = PLACES_LABEL.test(text.slice(sentenceStart, claim.textStart)) && names.mentionsOf(ctx.index).some((m) => {
    const at = textIndex(ctx.block, m.start);
    return at >= sentenceStart && at < claim.textStart && PLACE_KINDS.has(names.kindOf(m.actorId) ?? '');
  });
  if (!(before.endsWith('?') || (kind === 'percent' && label)) || before.length === 0) return undefined;
  const previousStart = sentenceAt(ctx, before.length - 1)[0];
  const previous = termsOf(text, previousStart, before.length, kind, index);
  const hit = previous[previous.length - 1];
  return hit && previous.every((h) => ofKind(h, kind).every((f) => ofKind(hit, kind).includes(f))) ? { hit, how: 'pronoun', certain: true } : undefined;
}

/** The terms of `kind` in text[start, end), read afresh: the sentence may hold no claim. */
function termsOf(text: string, start: number, end: number, kind: ValueKind, index: FactIndex): TermHit[] {
  return index.hits(words(text, start, end)).filter((h) => ofKind(h, kind).length > 0);
}

/** A sentence opening with a label of places and a colon, the share right after: "KP and Balochistan: 75%". */
const PLACES_LABEL = /^[\s*_]*\p{Lu}[\p{L}'’ \u00A0&+,/-]{1,60}:[ \u00A0]*$/u;

/** A comma, then "the", "its" or a possessive and at most two words before the measure term. */
const APPOSITION = /^[ \u00A0]*,[ \u00A0]+(?:the|its|their|[\p{Lu}][\p{L}]+['’]s)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}$/u;
/** Only closing punctuation after the figure. */
const ENDS_SENTENCE = /^[ \u00A0]*[.!)]*[ \u00A0]*$/u;
/** The next sentence opening by pointing back at the figure: "That's how many people …". */
const POINTS_BACK = /^(?:That|This)(?:['’]s|[ \u00A0]+is|[ \u00A0]+was)[ \u00A0]+(?:how[ \u00A0]+many|the[ \u00A0]+number[ \u00A0]+of|the[ \u00A0]+(?:toll|count|tally))(?![\p{L}])/u;
