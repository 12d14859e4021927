/**
 * "Terrorists struck 464 times", "Pakistan was attacked 500 times": a figure of times after a
 * verb of attacking counts attacks, though no term of the measure is written. Militancy as a
 * whole as the subject ("militants", "terrorists"), or the country attacked, counts all of
 * them; a named group ("The BLA struck 150 times") counts its own share; any other subject
 * ("Pakistani jets struck 3 times") is no militant attack.
 */
import type { Claim } from '../claims/model';
import type { DocumentContext, BlockContext } from './context';
import { phraseEndOf, phraseStartOf, textIndex } from './context';
import type { TermHit } from './factIndex';
import { genericAgent, oneGroup, wholeTarget, type Names } from './part';
import { PLACE_KINDS } from './places';
import { words } from './text';

export type TimesResult = { hit: TermHit; written: string } | { reason: string };

/** The attack term's facts for a figure of times, or why it counts no attacks of the measure. */
export function attacksByTimes(dc: DocumentContext, ctx: BlockContext, claim: Claim, sentenceStart: number, names: Names): TimesResult | undefined {
  const text = ctx.block.text;
  const end = phraseEndOf(ctx, claim);
  if (!TIMES_AFTER.test(text.slice(end, end + 12))) return undefined;
  const phraseStart = phraseStartOf(ctx, claim);
  const from = Math.max(sentenceStart, phraseStart - 80);
  const before = text.slice(from, phraseStart);
  const hit = dc.index.hits(words(IMPLIED_TERM))[0];
  if (!hit) return undefined;
  const passive = PASSIVE.exec(before);
  if (passive) {
    const at = from + passive.index;
    const place = names.mentionsOf(ctx.index).some((m) => textIndex(ctx.block, m.start) === at && PLACE_KINDS.has(names.kindOf(m.actorId) ?? ''));
    return place || wholeTarget(passive[1]!) ? { hit, written: passive[2]! } : undefined;
  }
  const active = ACTIVE.exec(before);
  if (!active) return undefined;
  const subject = active[1]!;
  if (genericAgent(subject)) return { hit, written: active[2]! };
  return /^\p{Lu}/u.test(subject) && !startsSentence(text, from + active.index, sentenceStart) ? { reason: oneGroup(subject) } : undefined;
}

/** A capitalised word opening its sentence may be any word ("Terrorists"), not a name. */
function startsSentence(text: string, at: number, sentenceStart: number): boolean {
  return /^[\s"“'‘(]*$/.test(text.slice(sentenceStart, at));
}

/** The measure a figure of attack times counts, in the fact base's words. */
const IMPLIED_TERM = 'attacks';
const TIMES_AFTER = /^[ \u00A0]+times(?![\p{L}])/u;
/** "<subject> (has) struck / attacked / hit (<object>) N": 1 the subject, 2 the verb. */
const ACTIVE = /(?<![\p{L}])(\p{L}[\p{L}'’-]*)[ \u00A0]+(?:(?:has|have|had)[ \u00A0]+)?(struck|attacked|hit)(?:[ \u00A0]+(?:the[ \u00A0]+)?\p{L}[\p{L}'’-]*)?[ \u00A0]+$/u;
/** "<subject> was / has been attacked N": 1 the subject, 2 the verb. */
const PASSIVE = /(?<![\p{L}])(\p{L}[\p{L}'’-]*)[ \u00A0]+(?:was|were|has[ \u00A0]+been|have[ \u00A0]+been|had[ \u00A0]+been)[ \u00A0]+(attacked|hit|struck|targeted)[ \u00A0]+$/u;
