/**
 * The words right around a count that say what it counts before any fact term does: the noun
 * phrase's function words and persons, a year standing as a label, "lost" with an object of its
 * own, an aside between a figure's persons and their verb, a subject that is one incident ("A
 * suicide bomber killed 12"), the clause between a figure noun and its "is", and a verb of
 * saying inside a relative clause ("attacks that CRSS says totalled 544"), and a label's
 * number ("Finding 3:"). Read by check/govern.ts.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { TermHit } from './factIndex';
import type { Word } from './text';

/** Words that never start or continue the noun phrase after a figure. */
export const FUNCTION = new Set(
  'in on at by for from to of across during since with among between over under per and or but nor than as while whereas which that who whom whose this these those it its their was were is are be been being has have had will would could may might can do did does not no the a an each every most more less fewer some according'.split(' '),
);
/** Nouns for the people a figure counts; the verb after them may still name the measure. */
export const PERSONS = new Set(['people', 'persons', 'individuals', 'lives', 'citizens', 'pakistanis', 'nationals', 'residents', 'inhabitants', 'compatriots', 'countrymen']);
export const PERSON_VERBS = new Set(['were', 'was', 'have', 'had', 'been', 'are', 'who', 'reportedly', 'being', 'lost', 'their']);

/**
 * "2024 attacks (CRSS): ~480", "2024 deaths — 1,612": a bare year-like number before a noun
 * phrase that is a label (a colon or dash after it, a parenthesis between) is the year the
 * label dates, not a count of the noun; the count follows the label. "2024 attacks" in running
 * prose is still read as a count.
 */
export function yearLabel(text: string, claim: Claim): boolean {
  return claim.hedge === 'none' && /^(?:19|20)\d\d$/.test(claim.written) && YEAR_LABEL_AFTER.test(text.slice(claim.textEnd, claim.textEnd + 60));
}

const YEAR_LABEL_AFTER = /^[ \u00A0]+\p{L}[\p{L}\- \u00A0]{0,30}?(?:[ \u00A0]*\([^()]{1,30}\))?[ \u00A0]*(?::|[ \u00A0][—–][ \u00A0])/u;

/**
 * The word after an aside between commas that follows a figure's persons, when it is their verb:
 * "More than 3,000 people, the CRSS data show once the columns are added, were killed". Another
 * word after the aside ("1,700 people, mostly in KP, fled") is left to the caller's break.
 */
export function afterPersonAside(ctx: BlockContext, i: number, prevEnd: number, sentenceEnd: number): number | undefined {
  const text = ctx.block.text;
  if (!/^[ \u00A0]*,[ \u00A0]*$/.test(text.slice(prevEnd, ctx.words[i]!.start))) return undefined;
  const close = text.indexOf(',', ctx.words[i]!.start);
  if (close < 0 || close >= sentenceEnd || close - prevEnd > MAX_PERSON_ASIDE) return undefined;
  const next = ctx.words.findIndex((x) => x.start > close);
  return next >= 0 && PERSON_VERBS.has(ctx.words[next]!.lower) && /^[ \u00A0]+$/.test(text.slice(close + 1, ctx.words[next]!.start)) ? next : undefined;
}

/** Longest aside, in characters, read past between a figure's persons and their verb. */
const MAX_PERSON_ASIDE = 120;

/**
 * "12,000 people lost access to care", "30,000 people lost their homes": the bare verb "lost"
 * with an object of its own counts those who lost that, not lives ("lost their lives" and
 * "lives lost" are terms of their own, longer than "lost").
 */
export function lostObject(ctx: BlockContext, hit: TermHit): string | undefined {
  if (hit.last - hit.first !== 1 || ctx.words[hit.first]?.lower !== 'lost') return undefined;
  let i = hit.last;
  while (LOST_DETERMINERS.has(ctx.words[i]?.lower ?? '')) i++;
  const object = ctx.words[i];
  if (!object || !/^[ \u00A0]+$/.test(ctx.block.text.slice(ctx.words[i - 1]!.end, object.start))) return undefined;
  return /^\p{L}/u.test(object.lower) && !FUNCTION.has(object.lower) ? object.lower : undefined;
}

const LOST_DETERMINERS = new Set(['their', 'its', 'his', 'her', 'the', 'a', 'an', 'all']);

/**
 * "A suicide bomber killed 12 people at a checkpoint", "An explosion killed 7": a subject that
 * is one attacker or one attack, indefinite and opening its clause, makes the count that
 * incident's toll, not a total. Many are not one: "A wave of attacks killed …" does not match.
 */
export function singleIncidentSubject(text: string, sentenceStart: number, termStart: number): string | undefined {
  return SINGLE_INCIDENT_SUBJECT.exec(text.slice(sentenceStart, termStart))?.[1];
}

const SINGLE_INCIDENT_SUBJECT = /(?:^|[,;:—–-][ \u00A0]*)((?:[Aa]n?|[Oo]ne)[ \u00A0]+(?:\p{Ll}[\p{Ll}-]*[ \u00A0]+){0,2}(?:bomber|gunman|attacker|assailant|blast|bomb|bombing|explosion|attack|assault|ambush|grenade))[ \u00A0]+$/u;

/**
 * "the 2024 fatality figure used throughout the annex to this note is 1,216": the words between
 * a term and its figure when the term names a figure noun after it, a participle clause saying
 * where the figure is used, and the copula. The term is the figure's however long that clause.
 */
export function namedFigureGap(gap: string): boolean {
  return NAMED_FIGURE_GAP.test(gap);
}

const NAMED_FIGURE_GAP = /^[ \u00A0]+(?:figure|count|tally|total|toll|number|value)[ \u00A0]+(?:(?:used|given|cited|quoted|adopted|applied|retained)(?:[ \u00A0]+\p{Ll}[\p{Ll}-]*){0,8}[ \u00A0]+)?(?:is|was|stands[ \u00A0]+at|stood[ \u00A0]+at)[ \u00A0]+$/u;

/**
 * "a string of attacks that CRSS says totalled 544": a verb of saying after a name that opens a
 * relative clause ("that" / "which" right before the name) attributes the clause, and stands
 * between the term and its figure like a linking word. Whose figure it is is voice.ts's.
 */
export function reportInRelative(text: string, gap: readonly Word[], k: number): boolean {
  const name = gap[k - 1];
  const relative = gap[k - 2];
  return REPORTING.has(gap[k]!.lower) && name !== undefined && /^\p{Lu}/u.test(text.slice(name.start, name.end)) && relative !== undefined && (relative.lower === 'that' || relative.lower === 'which');
}

const REPORTING = new Set(['says', 'said', 'say', 'reports', 'reported', 'estimates', 'estimated', 'believes', 'thinks', 'claims', 'claimed']);

/**
 * "### Finding 3: the number of attacks", "Table 2: …": a small number right after a
 * capitalised label noun numbers the label; it is no figure put first and named after.
 */
export function enumerator(text: string, claim: Claim): boolean {
  return claim.value !== undefined && claim.value < 100 && ENUMERATED_BY.test(text.slice(Math.max(0, claim.textStart - 30), claim.textStart));
}

const ENUMERATED_BY = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+[ \u00A0]+(?:[Nn]o\.?[ \u00A0]+)?$/u;

/**
 * "Some 1,200 of our compatriots were killed": "of" and a possessive before the persons a
 * figure counts are no part of the measure; "1,200 of the 1,612 killed" is (no possessive).
 * Returns the index of the persons' noun when `words[i]` is that "of".
 */
export function personsOfOurs(words: readonly Word[], i: number): number | undefined {
  return words[i]?.lower === 'of' && OURS.has(words[i + 1]?.lower ?? '') && PERSONS.has(words[i + 2]?.lower ?? '') ? i + 2 : undefined;
}

const OURS = new Set(['our', 'its', 'their']);

/**
 * "Deaths rose 66% year on year to 1,170": the size of a change between the verb and "to" does
 * not part the term from the level after "to"; nor does the span of years it ran over
 * ("Attacks nearly doubled between 2021 and 2024, from roughly 250 to over 800"). Returns its
 * range in `gap`.
 */
export function changeAmount(gap: string): [number, number] | undefined {
  const m = CHANGE_AMOUNT.exec(gap) ?? CHANGE_SPAN.exec(gap);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

const CHANGE_SPAN = /(?<=[ \u00A0])(?:between[ \u00A0]+(?:19|20)\d\d[ \u00A0]+and|from[ \u00A0]+(?:19|20)\d\d[ \u00A0]+to)[ \u00A0]+(?:19|20)\d\d,?(?=[ \u00A0]+from[ \u00A0])/u;
const CHANGE_AMOUNT = /(?<=[ \u00A0])(?:by[ \u00A0]+)?(?:some[ \u00A0]+|about[ \u00A0]+|nearly[ \u00A0]+|almost[ \u00A0]+)?\d[\d,.]*[ \u00A0]*(?:%|per[ \u00A0]?cent|percent)(?:[ \u00A0]+(?:year[ \u00A0-]on[ \u00A0-]year|year-over-year|over[ \u00A0]+the[ \u00A0]+year|from[ \u00A0]+the[ \u00A0]+(?:previous|year[ \u00A0]+before)))?(?=[ \u00A0]+to[ \u00A0]+$)/u;
