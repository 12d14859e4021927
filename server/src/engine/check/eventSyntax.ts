/**
 * Sentence shapes that tie a date to an event beyond nearness (events.ts):
 *
 * - a passive whose subject is the event's object: "Power in Kabul was seized by the Taliban in
 *   2022", "TTP hideouts were targeted on 20 December" name the terms "seized power" and
 *   "targeted hideouts" with their words turned round;
 * - a clause describing the date right after it: "From 2022, when the Taliban seized Kabul, to
 *   2024" (the when-clause's event is 2022's, not the span's end), "2019 (Taliban takeover),
 *   2024 (444 attacks)" (what a bracket right after a date names is that date's);
 * - a date told of a pronoun, a cleft or "the year": "They came on December 26", "This happened
 *   on December 25", "It was in 2020, …, that the Taliban came back to power", "When the
 *   Taliban … retook Kabul, the year was 2022": the event named before (or after "that").
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import type { FactIndex, TermHit } from './factIndex';
import { ofKind } from './govern';
import { words } from './text';
import { firstIndexWhere } from '../sorted';
import { acrossSentences } from './acrossSentences';

/**
 * "<noun> (in|of <Name>) was/were <participle>", found from its auxiliary (1 the participle)
 * and then its noun before it (1 the noun): a pattern opening on the noun tries every word of
 * every sentence with a date, and showed in profiles.
 */
const PASSIVE_VERB = /[ \u00A0]+(?:was|were|(?:has|have|had)[ \u00A0]+been)[ \u00A0]+(\p{Ll}+)(?![\p{L}])/gu;
const NOUN_REACH = 60;
const NOUN_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}-]*)(?:[ \u00A0]+(?:in|of)[ \u00A0]+\p{Lu}[\p{L}'’-]*)?$/u;

/** Event terms written as a passive, their object first: "hideouts … were targeted" is "targeted hideouts". */
export function passiveTerms(ctx: BlockContext, s: number, e: number, index: FactIndex): TermHit[] {
  const out: TermHit[] = [];
  const text = ctx.block.text;
  const span = text.slice(s, e);
  for (const m of span.matchAll(PASSIVE_VERB)) {
    // A noun and "in|of <Name>" fit in the words just before; more would be read for nothing.
    const from = Math.max(0, m.index - NOUN_REACH);
    const noun = NOUN_BEFORE.exec(span.slice(from, m.index));
    if (!noun || (noun.index === 0 && from > 0 && /\p{L}/u.test(span[from - 1]!))) continue;
    const turned = words(`${m[1]} ${noun[1]}`);
    const hit = index.hits(turned)[0];
    if (!hit || hit.first !== 0 || hit.last !== 2 || ofKind(hit, 'date').length === 0) continue;
    const start = s + from + noun.index;
    const end = s + m.index + m[0].length;
    const first = ctx.words.findIndex((w) => w.start >= start);
    const last = ctx.words.findIndex((w) => w.start >= end);
    if (first < 0) continue;
    out.push({ ...hit, start, end, first, last: last < 0 ? ctx.words.length : last });
  }
  return out;
}

/** A when-clause or a bracket right after a date, which describes it: ", when the Taliban seized Kabul,", " (Taliban takeover)". */
const DESCRIBED_AFTER = /^(?:,[ \u00A0]+when[ \u00A0][^,;:()]*|[ \u00A0]*\([^()]*\))/u;

/** The range of the clause or bracket describing a date, right after it. */
function describedRange(ctx: BlockContext, claim: Claim, e: number): [number, number] | undefined {
  const m = DESCRIBED_AFTER.exec(ctx.block.text.slice(claim.textEnd, e));
  if (!m) return undefined;
  // "came on December 28 (not on December 24, the date of the strikes)": a bracket with a date
  // of its own tells another date, not what this one is.
  const end = claim.textEnd + m[0].length;
  return ctx.claims.some((c) => (c.kind === 'date' || c.kind === 'year') && c.textStart >= claim.textEnd && c.textStart < end) ? undefined : [claim.textEnd, end];
}

/** From a label's term to its value: the rest of the label, its colon, emphasis, a weekday. */
const LABEL_THEN_VALUE = /^[^,;:()\n]*:[ \u00A0*_]*(?:\p{L}+day,?[ \u00A0]+)?$/u;

/** Terms bound to the date whose describing clause or bracket holds them; no other date may take them. */
export function describedTerms(ctx: BlockContext, dates: readonly Claim[], terms: readonly TermHit[], e: number): Map<TermHit, Claim> {
  const out = new Map<TermHit, Claim>();
  for (const claim of dates) {
    const range = describedRange(ctx, claim, e);
    if (!range) continue;
    for (const hit of terms) if (hit.start >= range[0] && hit.end <= range[1]) out.set(hit, claim);
  }
  return out;
}

/**
 * "2024 (444 attacks)": a bracket right after a date naming another measure and no event says
 * what the date is; a term outside it is not the date's. Returns the bracket's words. A date
 * given as the value of an event's label is that event's, and its bracket a note on the line:
 * "Airstrikes in Paktika: 23 December (reported civilian casualties: 46)".
 */
export function labelledByBracket(ctx: BlockContext, claim: Claim, e: number, terms: readonly TermHit[]): string | undefined {
  const range = describedRange(ctx, claim, e);
  if (!range || !ctx.block.text.slice(range[0], range[1]).trimStart().startsWith('(')) return undefined;
  if (claim.kind === 'date' && terms.some((h) => h.end <= claim.textStart && LABEL_THEN_VALUE.test(ctx.block.text.slice(h.end, claim.textStart)))) return undefined;
  const inside = ctx.hits.filter((h) => h.start >= range[0] && h.end <= range[1]);
  if (inside.length === 0 || inside.some((h) => ofKind(h, 'date').length > 0)) return undefined;
  return ctx.block.text.slice(range[0], range[1]).trim();
}

/**
 * The event terms of sentence `k - 1`. The block's words are read only in sentences with a
 * claim, so a sentence without one is read here; its terms' word indices then point at the
 * next word read, as the words between lie outside the block's words.
 */
export function previousTerms(ctx: BlockContext, k: number, index: FactIndex): TermHit[] {
  const span = ctx.sentences[k - 1];
  if (!span) return [];
  const [s, e] = span;
  const read = ctx.hits.filter((h) => h.start >= s && h.end <= e);
  const hits = ctx.words.some((w) => w.start >= s && w.end <= e) ? read : index.hits(words(ctx.block.text, s, e)).map((h) => {
    const at = firstIndexWhere(ctx.words, (w) => w.start >= e);
    return { ...h, first: at, last: at };
  });
  return hits.filter((h) => ofKind(h, 'date').length > 0);
}

/**
 * A pronoun subject and a verb of happening or being, right before the date: "They came on",
 * "This happened on", "That was in", "They were launched on" (a passive of carrying out).
 */
const PRONOUN_HAPPENED = /^[\s*_>"“]*(?:they|this|that|it|these|those)[ \u00A0]+(?:came|happened|occurred|took[ \u00A0]+place|(?:was|were)(?:[ \u00A0]+(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|executed))?|fell|followed|began|started)[ \u00A0]+(?:on|in|during)[ \u00A0]+(?:the[ \u00A0]+)?$/iu;
/** A pronoun correcting the time told before: "It was in fact 2022", "It was actually on 23 December". */
const PRONOUN_CORRECTED = /^[\s*_>"“]*(?:it|that|this)[ \u00A0]+(?:was|is)[ \u00A0]+(?:in[ \u00A0]+fact|actually|really|in[ \u00A0]+reality)[ \u00A0]+(?:(?:on|in|during)[ \u00A0]+)?(?:the[ \u00A0]+)?$/iu;
/** A word that makes what follows it a reference point in time: "a week after the strikes". */
const RELATING_BETWEEN = /(?<![\p{L}])(?:after|before|since|following)(?![\p{L}])/iu;
/** A cleft: "It was in 2020, …, that <clause>". */
const CLEFT_OPENING = /^[\s*_>"“]*it[ \u00A0]+(?:was|is)[ \u00A0]+(?:(?:on|in|during)[ \u00A0]+)?(?:the[ \u00A0]+)?$/iu;
const CLEFT_THAT = /,[ \u00A0]+that[ \u00A0]/u;
/** "the year was 2022", "the date was 24 December". */
const THE_YEAR_WAS = /(?<![\p{L}])the[ \u00A0]+(?:year|date|day)[ \u00A0]+(?:was|is)[ \u00A0]+$/iu;

/**
 * The event a date told of a pronoun, a cleft or "the year" is about: the term after a cleft's
 * "that", the last term before "the year was" in its sentence, or for a pronoun opening a
 * sentence without terms the last term of the sentence before; a term the date is said to
 * coincide with; in a sentence without terms, the event of a question it answers or of the
 * sentence after that points back to it. `previous` are the previous sentence's event terms.
 */
export function toldOfEvent(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], previous: readonly TermHit[], s: number, e: number, index: FactIndex): TermHit | undefined {
  const text = ctx.block.text;
  const lead = text.slice(s, claim.textStart);
  if (CLEFT_OPENING.test(lead)) {
    const that = CLEFT_THAT.exec(text.slice(claim.textEnd, e));
    if (that) return terms.find((h) => h.start >= claim.textEnd + that.index);
  }
  if (THE_YEAR_WAS.test(lead)) return terms.filter((h) => h.end <= claim.textStart).pop();
  // "It followed on January 3, 2025, more than a week after the Pakistani strikes": a term after
  // the date that a relating word puts before or after it is a reference point, not the pronoun.
  if ((PRONOUN_HAPPENED.test(lead) || PRONOUN_CORRECTED.test(lead)) && terms.every((h) => h.start >= claim.textEnd && RELATING_BETWEEN.test(text.slice(claim.textEnd, h.start)))) return previous[previous.length - 1];
  // "Pakistan's airstrikes four days earlier, on 20 December": a date that restates the time
  // told right after a term is that term's, past the comma.
  const before = terms.filter((h) => h.end <= claim.textStart).pop();
  if (before && RESTATED_TIME.test(text.slice(before.end, claim.textStart))) return before;
  // "We treat 2018 as the structural break, coinciding with the Taliban's return to power": a
  // date said to coincide with a term, or be its year, is that term's.
  const coinciding = terms.find((h) => h.start >= claim.textEnd && h.start < e && COINCIDING.test(text.slice(claim.textEnd, h.start)));
  return coinciding ?? (terms.length === 0 ? acrossSentences(ctx, claim, previous, s, e, index) : undefined);
}

/** From a date to a term: a few words, then ", coinciding with the", ", which coincided with", ", the same year as the Taliban's". */
const COINCIDING = /^(?:[ \u00A0]+[\p{L}'’-]+){0,6}[ \u00A0]*,[ \u00A0]*(?:coinciding|(?:which|that)[ \u00A0]+coincided|the[ \u00A0]+(?:same[ \u00A0]+)?year[ \u00A0]+(?:of|as))[ \u00A0]+(?:with[ \u00A0]+)?(?:[\p{L}'’-]+[ \u00A0]+){0,2}$/iu;

/** A time told from another, then the same time as a date: " four days earlier, on ", " the next day, on the ". */
const RESTATED_TIME = /^[ \u00A0]+(?:(?:\p{L}+|\d+)[ \u00A0]+(?:hours?|days?|weeks?|months?)[ \u00A0]+(?:later|earlier|after(?:wards)?|before)|the[ \u00A0]+(?:next|following|previous)[ \u00A0]+(?:day|week|morning|evening|night))[ \u00A0]*[,—–][ \u00A0]*(?:on|in)[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/** A one-word response noun after an indefinite article: "matched by a response" is any answer, not the fact's. */
const GENERIC_RESPONSE = /(?<![\p{L}])(?:a|an|any|no|some)[ \u00A0]+(?:response|reply|answer)$/iu;
/** A response verb whose subject is the writer's own side: "our forces responded", "we retaliated". */
const WRITERS_SIDE = /(?<![\p{L}])(?:we|our(?:[ \u00A0]+\p{Ll}[\p{L}-]*){1,2})[ \u00A0]+(?:(?:then|also|only|finally|duly)[ \u00A0]+)?$/iu;

/**
 * Whether a response term names no response of the fact base: a generic "a response", or a verb
 * whose agent is the writer's own side, which the fact base cannot tell ("our forces responded
 * on 24 December" in a Pakistani minister's mouth is Pakistan's strike, not Kabul's answer).
 */
export function notTheResponse(ctx: BlockContext, hit: TermHit, s: number): boolean {
  const text = ctx.block.text;
  const written = text.slice(Math.max(s, hit.start - 20), hit.end);
  if (GENERIC_RESPONSE.test(written)) return true;
  return /(?:ed|back|fire)$/iu.test(text.slice(hit.start, hit.end)) && WRITERS_SIDE.test(text.slice(Math.max(s, hit.start - 40), hit.start));
}

/**
 * A term of another event written right before a term as its modifier: "retaliatory" in "the
 * Afghan Taliban's retaliatory strikes", "reprisal" in "reprisal raids". The compound may name
 * the modifier's event, told in the head's word.
 */
export function modifyingTerm(ctx: BlockContext, hit: TermHit, terms: readonly TermHit[]): TermHit | undefined {
  const before = terms.find((h) => h.last === hit.first && h !== hit);
  if (!before || !/^[ \u00A0-]+$/u.test(ctx.block.text.slice(before.end, hit.start))) return undefined;
  const own = ofKind(before, 'date');
  return own.length > 0 && !own.some((f) => hit.facts.includes(f)) ? before : undefined;
}

/** "the fourth anniversary of", "the first anniversary of the": a commemoration and its "of". */
const ANNIVERSARY_OF = /(?<![\p{L}])(?:anniversary|anniversaries|commemoration)[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?(?:[\p{L}'’-]+[ \u00A0]+){0,3}$/iu;

/**
 * Whether a term names what an anniversary commemorates: "on the fourth anniversary of the
 * Islamic Emirate's return, in August 2025" dates the anniversary, years after the event.
 */
export function commemorated(ctx: BlockContext, hit: TermHit, s: number): boolean {
  return ANNIVERSARY_OF.test(ctx.block.text.slice(Math.max(s, hit.start - 60), hit.start));
}
