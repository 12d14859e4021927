/**
 * A date that only says which event a reported clause is about: "The military's media wing said
 * the December 25 strikes targeted TTP camps", "analysts say the Taliban's return in 2024 has
 * not ended the violence", "The airstrikes of 24 December killed 46 people, officials said".
 * What was said is the predicate ("targeted TTP camps"); the description naming the event is
 * the writer's, who presupposes its date, so the date is compared in the writer's voice.
 *
 * Only a definite description opening the reported clause (right after the verb of saying and
 * any "that", or at the sentence's start) counts, with the date before its head noun or in one
 * "of / in / on" phrase after it. "said the strikes took place on December 25" and "said the
 * strikes were on December 25" give the date in the predicate, and stay the speaker's; so does
 * a quotation ("'The December 26 strikes violated our sovereignty,' a spokesman said"), all of
 * it the speaker's words. Counts are not read so: a count in a description is still a quantity
 * someone gave.
 */
import type { Claim } from '../claims/model';

/** What a date's kind must be for it to name an event rather than give a quantity. */
const DATING = new Set<Claim['kind']>(['date', 'year']);

const SAYING = String.raw`(?:said|says|say|stated|states|claimed|claims|claim|reported|reports|report|added|adds|noted|notes|announced|announces|confirmed|confirms|insisted|insists|maintained|maintains|argued|argues|believe|believes|believed|warned|warns|acknowledged|acknowledges|admitted|admits|alleged|alleges|asserted|asserts|told[ \u00A0]+\p{L}+)`;
const NAME = String.raw`\p{Lu}[\p{L}.-]*(?:[ \u00A0]+\p{Lu}[\p{L}.-]*)*`;
/** "the", "its", "the Taliban's", "Pakistan's": what opens a definite description. */
const DEFINITE = String.raw`(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose)[ \u00A0]+(?:${NAME}['’]s?[ \u00A0]+)?|${NAME}['’]s?[ \u00A0]+)`;
/** Verbs a predicate right after its subject may open with: "the Taliban took power in 2021". */
const PREDICATE_VERB = '(?:was|were|is|are|had|has|have|took|came|fell|rose|won|began|struck|hit|met|went|saw|held|made|left|led|grew|drew|broke|gave|got)';
/** One head noun, after at most one capitalised modifier: "strikes", "Pakistani strikes", "return". */
const HEAD = String.raw`(?:\p{Lu}[\p{L}-]*[ \u00A0]+)?(?!${PREDICATE_VERB}(?![\p{L}]))\p{Ll}[\p{L}-]*(?<!ed)`;
/** After a verb of saying, or at the sentence's start; not after a quotation mark, inside the speaker's own words. */
const OPENING = String.raw`(?:(?<![\p{L}])${SAYING}[ \u00A0]+(?:that[ \u00A0]+)?|^[ \u00A0*_]*)`;

/** The date right after the determiner, before the head noun: "said the December 25 strikes". */
const BEFORE_HEAD = new RegExp(`${OPENING}${DEFINITE}$`, 'u');
const HEAD_AFTER = new RegExp(String.raw`^[ \u00A0]+(?!${PREDICATE_VERB}(?![\p{L}]))\p{Ll}`, 'u');
/** The date in one phrase after the head noun: "say the Taliban's return in 2024". */
const AFTER_HEAD = new RegExp(String.raw`${OPENING}${DEFINITE}${HEAD}[ \u00A0]+(?:of|in|on)[ \u00A0]+$`, 'u');

/**
 * Whether `claim` is a date in the description opening a reported clause. `before`: its
 * sentence up to the claim; `after`: from the claim to the sentence's end.
 */
export function presupposedDate(claim: Claim, before: string, after: string): boolean {
  if (!DATING.has(claim.kind)) return false;
  return (BEFORE_HEAD.test(before) && HEAD_AFTER.test(after)) || AFTER_HEAD.test(before);
}
