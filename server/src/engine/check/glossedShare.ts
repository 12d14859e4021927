/**
 * A share in a dash or bracket aside that puts a number on a quantity word before it: "544
 * attacks, the overwhelming majority in Balochistan and KP (85 per cent)", "Balochistan and KP
 * accounted for the overwhelming majority — about 70 per cent", "nearly every attack — four in
 * five — took place in the two provinces". The share is of what the quantity word is of: the
 * term named last before it in its sentence. Read by check/elsewhere.ts.
 */
import type { Claim } from '../claims/model';
import { phraseEndOf, phraseStartOf, type BlockContext } from './context';
import type { ValueKind } from './factIndex';
import type { MeasureResult } from './govern';

export function glossedShare(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number): MeasureResult | undefined {
  if (kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const end = phraseEndOf(ctx, claim);
  const quantity = QUANTITY_GLOSSED.exec(text.slice(sentenceStart, phraseStart)) ?? CONCENTRATED_GLOSSED.exec(text.slice(sentenceStart, phraseStart));
  if (!quantity || !GLOSS_CLOSES.test(text.slice(end, end + 16))) return undefined;
  const quantityEnd = sentenceStart + quantity.index + quantity[0].length;
  let hit;
  for (const h of ctx.hits) {
    if (h.start < sentenceStart) continue;
    if (h.end > quantityEnd) break;
    hit = h;
  }
  const facts = hit?.facts.filter((f) => f.value?.kind === kind) ?? [];
  return hit && facts.length > 0 ? { link: { facts, how: 'pronoun', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } } : undefined;
}

/**
 * A quantity word opening its clause, the rest of that clause, then the opening dash or bracket
 * right before the figure. The quantity may name its noun ("nearly every attack").
 */
const QUANTITY_GLOSSED = /(?:^|[,;:][ \u00A0]*(?:(?:and|with|but|while)[ \u00A0]+)?|[ \u00A0](?:for|saw|suffered|bore|accounted[ \u00A0]+for|made[ \u00A0]+up)[ \u00A0]+)(?:the[ \u00A0]+)?(?:(?:overwhelming|vast|great)[ \u00A0]+)?(?:majority|bulk|lion['’]s[ \u00A0]+share|most|(?:almost|nearly|virtually)[ \u00A0]+(?:all|every(?:[ \u00A0]+\p{L}+)?))(?![\p{L}])[^,;:()—–.!?]{0,80}?[ \u00A0]*(?:[—–]|\()[ \u00A0]*$/iu;
/**
 * "Attacks in 2024 were overwhelmingly concentrated in Balochistan and KP (97 per cent)": being
 * concentrated in places, then the bracket or dash, puts a number on how many of the subject
 * were there, as a quantity word does.
 */
const CONCENTRATED_GLOSSED = /[ \u00A0](?:were|was|are|is|remained|remain|have[ \u00A0]+been|has[ \u00A0]+been)[ \u00A0]+(?:\p{L}+ly[ \u00A0]+)?concentrated[ \u00A0]+(?:in|across|within)[ \u00A0][^,;:()—–.!?]{1,80}?[ \u00A0]*(?:[—–]|\()[ \u00A0]*$/iu;
/** What closes the aside after the figure: the unit, then a dash, a bracket, or the sentence's end. */
const GLOSS_CLOSES = /^[ \u00A0]*(?:%|per[ \u00A0]?cent|percent)?[ \u00A0]*(?:[—–)]|[.!?]?$)/u;
