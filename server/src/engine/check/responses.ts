/**
 * Responses: a date of an event told as the answer to another ("the Taliban replied on Dec 26",
 * "Kabul's retaliation for the strikes came on 28 December", "the exchange of 22 December and
 * 28 December"). The answered event's term is only what is answered; the date is the response's.
 */
import type { ActorMention } from '../actors/model';
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { BlockContext } from './context';
import { factIndex, type CheckKnowledge, type TermHit } from './factIndex';
import { ofKind, type MeasureLink } from './govern';
import { EPISODE_DAYS } from './eventDates';
import { dateInterval } from './judge';
import { words } from './text';

/**
 * Words before a term that make it the object of a response ("answered its airstrikes",
 * "responded to the strikes", "hit back at Pakistan's airstrikes", "in retaliation for"), up
 * to a determiner or possessive and two modifiers, a year or date among them ("retaliation for
 * the 2024 airstrikes"). A response noun with its complement
 * ("Kabul's retaliation for the Pakistani strikes came on 28 December") too: the head noun is
 * the subject the date is about, the strikes only what it answers.
 */
export const RESPONDING_TO = /(?<![\p{L}])(?:answer(?:ed|ing|s)?|respond(?:ed|ing|s)?[ \u00A0]+to|repl(?:ied|ying|ies)[ \u00A0]+to|(?:hit|hitting|hits|struck|striking|strikes)[ \u00A0]+back[ \u00A0]+(?:at|against)|retaliat(?:ed|ing|es?)[ \u00A0]+(?:for|against)|(?:in[ \u00A0]+)?(?:response|reply|retaliation|answer|reprisals?|revenge)[ \u00A0]+(?:to|for|against)|aveng(?:ed|ing|es?))(?:[ \u00A0]+(?:the|its|their|his|her|these|those|this|that|\p{Lu}[\p{L}]*['’]s?))?(?:[ \u00A0]+[\p{L}\p{N}-]+){0,2}[ \u00A0]+$/u;

/** A response noun heading the phrase (not "in retaliation for", an adverbial): "Kabul's retaliation for". */
const RESPONSE_NOUN = /^(?:response|reply|retaliation|answer|reprisals?|revenge)[ \u00A0]/iu;

/** Whether the response a term is the object of is a noun heading its phrase ("Kabul's retaliation for the strikes"). */
export function answeredByNoun(ctx: BlockContext, hit: TermHit, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, hit.start - 50);
  const m = RESPONDING_TO.exec(ctx.block.text.slice(from, hit.start));
  return m !== null && RESPONSE_NOUN.test(m[0]);
}

/** A response to the term before it, whose date follows: "answered by Taliban fire on". */
export const ANSWERED_BY = /(?<![\p{L}])(?:answered|met|countered|followed|greeted|repaid|returned|avenged|reciprocated)[ \u00A0]+(?:by|with)(?![\p{L}])/u;

/**
 * A verb of answering right before a date, its agent written after "by" or as its subject:
 * "the Taliban replied on Dec 26", "were answered by the Afghan Taliban on 1 January 2025". With
 * what is answered named earlier in the sentence by another event's term, the date is the
 * response's, though no term of the response is written.
 */
const ANSWERING_BEFORE = /(?<![\p{L}])(answered|replied|reciprocated|countered|repaid)((?:[ \u00A0]+by)?(?:[ \u00A0]+[\p{L}'’-]+){0,4}?)[ \u00A0]+(?:on|in)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
/** "by" and up to three words right after a date: the agent of a passive answer ("answered on January 28 by Taliban border attacks"). */
const AGENT_AFTER = /^,?[ \u00A0]+by(?:[ \u00A0]+[\p{L}'’-]+){1,3}/u;
/** A reply in words, not in arms: "replied on 2 January with a formal protest", "… that it would". */
const VERBAL_ANSWER_AFTER = /^,?[ \u00A0]+(?:that|saying|with[ \u00A0]+(?:(?:a|an|its|their)[ \u00A0]+)?(?:\p{L}+[ \u00A0]+)?(?:protests?|statements?|notes?|letters?|complaints?|denials?|rebuttals?|d[ée]marches?|summons))(?![\p{L}])/u;
/** The fact base's word for a response, whose facts an answering verb dates. */
const IMPLIED_RESPONSE = 'response';
const responseHits = new WeakMap<readonly Fact[], TermHit | undefined>();

/** The fact base's term hit for a response, found once per fact base. */
function responseHit(knowledge: CheckKnowledge): TermHit | undefined {
  if (!responseHits.has(knowledge.facts)) responseHits.set(knowledge.facts, factIndex(knowledge).hits(words(IMPLIED_RESPONSE))[0]);
  return responseHits.get(knowledge.facts);
}

/**
 * The link of a date told by a verb of answering (ANSWERING_BEFORE) to the facts of a response,
 * when an event term before the verb (`terms` reach into the sentence before) names what is answered and the response's agent is one of
 * the response's own actors, not the answered event's ("Pakistan bombed …; the Taliban replied
 * on Dec 26"). "India replied on 26 December" or "Pakistan answered on …" date something else.
 */
export function answeringResponse(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number, mentions: readonly ActorMention[], knowledge: CheckKnowledge): MeasureLink | undefined {
  const text = ctx.block.text;
  const from = Math.max(sentenceStart, claim.textStart - 60);
  const m = ANSWERING_BEFORE.exec(text.slice(from, claim.textStart));
  if (!m) return answeringAfter(ctx, claim, terms, sentenceStart, mentions, knowledge);
  const verbStart = from + m.index;
  const verbEnd = verbStart + m[1]!.length;
  if (/[,;:()—–]/.test(m[2]!) || terms.some((h) => h.start >= verbStart && h.start < claim.textStart)) return undefined;
  const answered = terms.filter((h) => h.end <= verbStart);
  const response = responseTo(answered, knowledge);
  if (!response) return undefined;
  const { facts, own, stems } = response;
  // "were answered on January 28 by Taliban border attacks": a passive's agent may follow the date.
  const byAfter = AGENT_AFTER.exec(text.slice(claim.textEnd, claim.textEnd + 60));
  const agent = /^[ \u00A0]+by(?![\p{L}])/u.test(m[2]!)
    ? mentions.find((x) => x.start >= ctx.block.offsets[verbEnd]! && x.start < ctx.block.offsets[claim.textStart]!)
    : byAfter
      ? mentions.find((x) => x.start >= ctx.block.offsets[claim.textEnd]! && x.start < ctx.block.offsets[claim.textEnd + byAfter[0].length - 1]! + 1)
      : mentions.filter((x) => x.end <= ctx.block.offsets[verbStart]! && x.start >= ctx.block.offsets[answered[answered.length - 1]!.end]!).pop();
  if (!agent || !own.has(agent.actorId)) return undefined;
  if (VERBAL_ANSWER_AFTER.test(text.slice(claim.textEnd, claim.textEnd + 60))) return undefined;
  return { facts, how: 'before', certain: true, term: m[1]!, stems };
}

/** A date opening its clause: "On December 31, …". */
const OPENING_DATE_BEFORE = /^[\s*_>"“]*(?:on|in|by)[ \u00A0]+(?:the[ \u00A0]+)?$/iu;
/** After an opening date, its clause's subject (1) and a verb of answering (2): ", the Taliban answered". */
const ANSWERING_AFTER = /^,?[ \u00A0]+((?:the[ \u00A0]+)?[\p{L}'’-]+(?:[ \u00A0]+[\p{L}'’-]+){0,2}?)[ \u00A0]+(answered|replied|reciprocated|countered|repaid)(?![\p{L}])/u;

/**
 * "On December 23, Pakistan struck; on December 31, the Taliban answered": a date opening the
 * clause whose subject answers what a term before it names is the response's, as a date after
 * the verb is (ANSWERING_BEFORE), with the same test of the agent.
 */
function answeringAfter(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number, mentions: readonly ActorMention[], knowledge: CheckKnowledge): MeasureLink | undefined {
  const text = ctx.block.text;
  if (!OPENING_DATE_BEFORE.test(text.slice(sentenceStart, claim.textStart))) return undefined;
  const m = ANSWERING_AFTER.exec(text.slice(claim.textEnd, claim.textEnd + 60));
  if (!m || VERBAL_ANSWER_AFTER.test(text.slice(claim.textEnd + m[0].length, claim.textEnd + m[0].length + 60))) return undefined;
  const response = responseTo(terms.filter((h) => h.end <= claim.textStart), knowledge);
  if (!response) return undefined;
  const { facts, own, stems } = response;
  const lo = ctx.block.offsets[claim.textEnd]!;
  const hi = ctx.block.offsets[claim.textEnd + m[0].length - m[2]!.length - 1]!;
  const agent = mentions.find((x) => x.start >= lo && x.end <= hi + 1);
  if (!agent || !own.has(agent.actorId)) return undefined;
  return { facts, how: 'after', certain: true, term: m[2]!, stems };
}

/**
 * The response facts to what the `answered` terms name, and the actors only the response has
 * (its agent must be one: "India replied" answers nothing of the fact base); undefined when
 * nothing is answered or no response fact is left.
 */
function responseTo(answered: readonly TermHit[], knowledge: CheckKnowledge): { facts: Fact[]; own: Set<string>; stems: string[] } | undefined {
  if (answered.length === 0) return undefined;
  const answeredFacts = new Set(answered.flatMap((h) => ofKind(h, 'date')));
  const hit = responseHit(knowledge);
  const facts = hit ? ofKind(hit, 'date').filter((f) => !answeredFacts.has(f)) : [];
  if (facts.length === 0) return undefined;
  const own = new Set(facts.flatMap((f) => f.actors));
  for (const f of answeredFacts) for (const a of f.actors) own.delete(a);
  return { facts, own, stems: hit!.stems };
}

/** "the exchange of 22 December and 28 December 2024", "the tit-for-tat of …": an act and its answer. */
const EXCHANGE_OF = /(?<![\p{L}])(?:exchanges?|tit-for-tat)[ \u00A0]+of[ \u00A0]+$/iu;
const AND_BETWEEN = /^,?[ \u00A0]+and[ \u00A0]+$/u;

/**
 * "A repeat of the exchange of 22 December and 28 December 2024": an exchange is an act and the
 * response to it, so two dates joined by "and" after "exchange of" date both in order. The
 * second is the response's (the facts of the fact base's word for a response); the first is
 * the act's: the date facts that come last before the response.
 */
export function exchangeLink(ctx: BlockContext, claim: Claim, dates: readonly Claim[], knowledge: CheckKnowledge): MeasureLink | undefined {
  const text = ctx.block.text;
  const opens = (c: Claim | undefined): c is Claim => c !== undefined && EXCHANGE_OF.test(text.slice(Math.max(0, c.textStart - 30), c.textStart));
  const i = dates.indexOf(claim);
  const [first, second] = opens(claim) ? [claim, dates[i + 1]] : [dates[i - 1], claim];
  if (!opens(first) || !second || !AND_BETWEEN.test(text.slice(first.textEnd, second.textStart))) return undefined;
  // An act and its answer are one episode: "the exchanges of March and December 2024" are two.
  if (!(second.interval.lo - first.interval.hi <= EPISODE_DAYS && second.interval.lo >= first.interval.lo)) return undefined;
  const hit = responseHit(knowledge);
  const responses = hit ? ofKind(hit, 'date') : [];
  if (responses.length === 0) return undefined;
  const term = EXCHANGE_OF.exec(text.slice(Math.max(0, first.textStart - 30), first.textStart))![0].trim();
  if (claim === second) return { facts: responses, how: 'before', certain: true, term, stems: hit!.stems };
  const start = Math.min(...responses.map((f) => factDates(f).lo));
  const before = knowledge.facts.filter((f) => !responses.includes(f) && factDates(f).hi < start);
  const last = Math.max(...before.map((f) => factDates(f).hi));
  const acts = before.filter((f) => factDates(f).hi === last);
  return acts.length > 0 ? { facts: acts, how: 'before', certain: true, term, stems: [] } : undefined;
}

/** The days of a date fact; a fact of another kind lies at no day (and is never before another). */
function factDates(fact: Fact): { lo: number; hi: number } {
  return fact.value?.kind === 'date' ? dateInterval(fact.value) : { lo: Infinity, hi: Infinity };
}

/** Whether a term is the object of a response (RESPONDING_TO) within its sentence. */
export function respondedTo(ctx: BlockContext, hit: TermHit, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, hit.start - 50);
  return RESPONDING_TO.test(ctx.block.text.slice(from, hit.start));
}

