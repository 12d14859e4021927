/**
 * A count answering a "How many …?" question (or one naming only the measure: "Deaths in
 * 2024? North of 2,000") right before it, in its block or as the block before (a heading):
 * "**How many attacks were there?** About 344, according to CRSS", "How many people died?
 * Fewer than 1,500, by the CRSS count". A figure opening its sentence with no noun
 * of its own counts what the question asks about, a part too ("How many soldiers died?", "How
 * many attacks did the BLA carry out?"). Read by check/elsewhere.ts.
 */
import type { Claim } from '../claims/model';
import { phraseEndOf, phraseStartOf, textIndex, type BlockContext, type DocumentContext } from './context';
import type { ValueKind } from './factIndex';
import { namesSubgroup, type MeasureResult } from './govern';
import { partAfterTerm, SOURCE_KINDS, type Names } from './part';
import { PLACE_KINDS } from './places';
import { words } from './text';

export function answerToHowMany(dc: DocumentContext, ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, names: Names): MeasureResult | undefined {
  if (kind !== 'count') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const end = phraseEndOf(ctx, claim);
  if (!ANSWER_OPENING.test(text.slice(sentenceStart, phraseStart)) || !NO_NOUN_AFTER.test(text.slice(end, end + 4))) return undefined;
  const inBlock = ctx.sentences.find(([, e]) => e <= sentenceStart && /^[\s*_]*$/.test(text.slice(e, sentenceStart)));
  const where = inBlock ? ctx : /^[\s*_]*$/.test(text.slice(0, sentenceStart)) && dc.inRange(ctx.index - 1) ? dc.block(ctx.index - 1) : undefined;
  if (!where) return undefined;
  const question = inBlock ?? [0, where.block.text.length];
  const asking = where.block.text.slice(question[0], question[1]);
  if (!HOW_MANY_QUESTION.test(asking) && !MEASURE_QUESTION.test(asking)) return undefined;
  // A question without a figure is not among the words its block context reads.
  const asked = words(where.block.text, question[0], question[1]);
  const hit = dc.index.hits(asked)[0];
  if (!hit) return undefined;
  const modifier = asked[hit.first - 1];
  if (modifier && namesSubgroup(modifier.lower)) return { reason: `the question asks about ${modifier.lower} ${where.block.text.slice(hit.start, hit.end)}, a part of the measure` };
  // "How many attacks were claimed by the BLA?", "How many attacks did the TTP carry out?": a
  // group or target the question names makes the answer its part; places and sources do not.
  const actor = names.mentionsOf(where.index).find((m) => {
    const at = textIndex(where.block, m.start);
    const kind = names.kindOf(m.actorId) ?? '';
    return at >= question[0] && at < question[1] && !PLACE_KINDS.has(kind) && !SOURCE_KINDS.has(kind);
  });
  if (actor) return { reason: `the question asks about “${actor.text}”, a part of the measure` };
  const part = partAfterTerm(where, hit.end, names);
  if (part) return { reason: part };
  const facts = hit.facts.filter((f) => f.value?.kind === kind);
  return facts.length > 0 ? { link: { facts, how: 'before', certain: true, term: where.block.text.slice(hit.start, hit.end), stems: hit.stems } } : undefined;
}

/**
 * Emphasis, an "A." of a question-and-answer pair, or an attribution and its comma, before the
 * figure: "According to CRSS, about 1,300", "A. According to CRSS data, 544".
 */
const ANSWER_OPENING = /^[\s*_"“]*(?:(?:A|Answer)[.:)][\s*_]*)?(?:(?:according[ \u00A0]+to|per|by)[^,.;:]{1,40},[ \u00A0]*)?$/iu;
/** A comma, dash, full stop or the end after the figure: no noun of its own. */
const NO_NOUN_AFTER = /^[*_]*[ \u00A0]*(?:[,;—–.!]|$)/u;
/**
 * A question of the measure's name alone, with a year perhaps, no verb: "Deaths in 2024? North of
 * 2,000. Attacks? Just shy of 350." The answer after it is that measure's figure.
 */
const MEASURE_QUESTION = /^[\s*_#>]*(?:\p{L}[\p{L}-]*[ \u00A0]+){0,2}\p{L}[\p{L}-]*(?:[ \u00A0]+(?:in|for|during)[ \u00A0]+(?:19|20)\d\d)?[ \u00A0]*\?[\s*_]*$/iu;
const HOW_MANY_QUESTION = /^[\s*_#>]*(?:(?:Q|Question)[.:)][\s*_]*)?how[ \u00A0]+many(?![\p{L}])[^?]*\?[\s*_]*$/iu;
