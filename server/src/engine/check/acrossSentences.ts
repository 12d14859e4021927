/**
 * A date and its event told in two sentences: a question asking when an event happened and
 * an answer that is only the date ("in what year did the Taliban return to power? (Answer:
 * 2017.)"), or a date recalled and the next sentence saying it was the event's ("Remember 2019?
 * That was the year the Taliban came to power"). Dates are linked within their sentence, so the
 * sentence before or after is read here, only when the date's own sentence names no event.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { FactIndex, TermHit } from './factIndex';
import { ofKind } from './govern';
import { GOVERNED_BEFORE } from './referencePoint';
import { words } from './text';
import { firstIndexWhere } from '../sorted';

/** A question for a time, at its sentence's end: "in what year did …?", "when did the Taliban …?". */
const WHEN_QUESTION = /(?<![\p{L}])(?:(?:what|which)[ \u00A0]+(?:year|month|day|date)|when[ \u00A0]+(?:did|was|were|had|has|have))(?![\p{L}])[^?]*\?[\s"”)*_]*$/iu;
/** All an answer's sentence has before its date: nothing, a label ("(Answer:", "A:"), a preposition ("On"). */
const ANSWER_LEAD = /^[\s*_>"“([]*(?:(?:answer|a)[ \u00A0]*[:—–][ \u00A0]*)?(?:(?:in|on)[ \u00A0]+(?:the[ \u00A0]+)?)?$/iu;
/** All an answer's sentence has after its date: its end, or a comma and an aside ("In August 2021, after the collapse of …"). */
const ANSWER_END = /^(?:[\s.!)\]"”*_]*$|,)/u;
/** POINTS_BACK's first words, tested before the next sentence's terms are looked up. */
const POINTS_BACK_OPENING = /^[\s*_>"“]*(?:that|this|it)[ \u00A0]+(?:was|is)(?![\p{L}])/iu;
/** The next sentence's opening that points back to the date: "That was the year", "It was the day when". */
const POINTS_BACK = /^[\s*_>"“]*(?:that|this|it)[ \u00A0]+(?:was|is)[ \u00A0]+(?:also[ \u00A0]+)?the[ \u00A0]+(?:year|month|day|date)(?:[ \u00A0]+(?:when|that|in[ \u00A0]+which))?[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+){0,2}$/iu;

/**
 * The term a date answers or that the next sentence gives it, or undefined. `previous` are the
 * event terms of the sentence before; `s`, `e` bound the date's sentence.
 */
export function acrossSentences(ctx: BlockContext, claim: Claim, previous: readonly TermHit[], s: number, e: number, index: FactIndex): TermHit | undefined {
  const text = ctx.block.text;
  const before = ctx.sentences.filter(([, end]) => end <= s).pop();
  if (before && ANSWER_LEAD.test(text.slice(s, claim.textStart)) && ANSWER_END.test(text.slice(claim.textEnd, e)) && WHEN_QUESTION.test(text.slice(before[0], before[1]))) {
    // "In what year did attacks peak after the takeover?": a term after a word of reference is not what is asked.
    return previous.filter((h) => !GOVERNED_BEFORE.test(text.slice(Math.max(before[0], h.start - 40), h.start))).pop();
  }
  if (ctx.claims.some((c) => c !== claim && (c.kind === 'date' || c.kind === 'year') && c.textStart >= claim.textEnd && c.textStart < e)) return undefined;
  const after = ctx.sentences.find(([start]) => start >= e);
  // Most dates' sentences name no event and the next does not point back: read its terms only when it might.
  if (!after || !POINTS_BACK_OPENING.test(text.slice(after[0], after[0] + 24))) return undefined;
  const hit = index.hits(words(text, after[0], after[1])).find((h) => ofKind(h, 'date').length > 0);
  if (!hit || !POINTS_BACK.test(text.slice(after[0], hit.start))) return undefined;
  const at = firstIndexWhere(ctx.words, (w) => w.start >= after[0]);
  return { ...hit, first: at, last: at };
}
