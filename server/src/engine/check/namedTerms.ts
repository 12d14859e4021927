/**
 * An event term that is only a word of a capitalised name: "the 2025 Humanitarian Needs and
 * Response Plan", "the Retaliation Fund Committee". The name is of a plan, a fund or a body, not
 * the event, so a date near it ("funded as of 31 March") is not the event's.
 */
import type { BlockContext } from './context';
import type { TermHit } from './factIndex';
import { MONTHS } from '../factbase/values';

/** A word written as a name's is: capital first, then lower case ("Plan", not "TTP" or "December"). */
const NAME_WORD = /^[ \u00A0]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;
const NOT_NAME_WORDS = new Set([...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Whether the term's words are all written capitalised and a capitalised word follows it in
 * the same name: the term modifies the name's head noun. Headings are left out, as their words are
 * capitalised whatever they are ("## Pakistani Airstrikes And Their Aftermath").
 */
export function inCapitalisedName(ctx: BlockContext, hit: TermHit): boolean {
  if (ctx.block.kind === 'heading') return false;
  const text = ctx.block.text;
  // Every word of the term capitalised: "Taliban shelled Pakistani posts" names an actor, not a name.
  if (!text.slice(hit.start, hit.end).split(/[ \u00A0]+/u).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  // Inside the sentence: a sentence opening capitalises the term anyway ("Airstrikes Pakistan launched …").
  if (!/[\p{L}\p{N}][ \u00A0]+$/u.test(text.slice(Math.max(0, hit.start - 20), hit.start))) return false;
  const next = NAME_WORD.exec(text.slice(hit.end, hit.end + 40));
  return next !== null && !NOT_NAME_WORDS.has(next[1]!);
}
