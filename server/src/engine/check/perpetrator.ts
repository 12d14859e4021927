/**
 * Who carried out the event a term names. Events share their words: "US drone strikes in
 * 2022" and "Pakistan's airstrikes of 24 December 2024" are both strikes, and only the actor
 * tells them apart. An actor written as the term's modifier ("US drone strikes", "Iranian
 * missile strikes", "the TTP's retaliation") or as the subject of a verb of carrying it out
 * ("the US carried out drone strikes") is the event's perpetrator; when it is not one of the
 * fact's actors, the term names another event and its date is not the fact's.
 *
 * Places are never perpetrators ("Balochistan strikes" are strikes in Balochistan), and an
 * actor followed by any other verb is not one either ("India condemned the strikes").
 *
 * The means of a militant attack on the ground, right before the term, name its perpetrators
 * too: "a suicide bombing", "a suicide bomber struck", "gunmen struck", "a roadside bombing"
 * are attacks by militants, not a state's strikes, unless the fact's own terms name such means.
 */
import type { ActorMention } from '../actors/model';
import type { Fact } from '../factbase/model';
import { textIndex, type BlockContext } from './context';
import type { CheckKnowledge, TermHit } from './factIndex';
import { words } from './text';
import { firstIndexWhere, lastIndexWhere } from '../sorted';

export const PERPETRATOR_KINDS: ReadonlySet<string> = new Set(['state', 'government', 'military', 'armed-group']);
/** Longest text between a perpetrator and its term: a verb, a determiner and two modifiers. */
const MAX_GAP = 60;

/**
 * The text between an actor and the term when the actor is its perpetrator: a possessive, a
 * verb of carrying out with its auxiliary, a determiner, and up to two lower-case modifiers
 * that are not participles ("drone", "missile", "retaliatory").
 */
const PERPETRATOR_GAP = new RegExp(
  [
    "^(?:['’]s?)?",
    '(?:[ \\u00A0]+(?:(?:has|have|had)[ \\u00A0]+)?(?:carried[ \\u00A0]+out|conducted|launched|staged|mounted|executed|ordered|undertook|made))?',
    '(?:[ \\u00A0]+(?:the|an?|its|their))?',
    '(?:[ \\u00A0]+(?!(?:the|an?|its|their|and|or|of|on|in|at|by|for|to|with|from|after|before)[ \\u00A0])\\p{Ll}[\\p{Ll}-]*(?<!ed)){0,2}',
    '[ \\u00A0]+$',
  ].join(''),
  'u',
);

/** Words for the means of a militant attack on the ground. */
const GROUND_ATTACK = new Set(['suicide', 'gunman', 'gunmen', 'roadside', 'car', 'truck', 'ied', 'vehicle-borne', 'grenade', 'motorcycle']);
/** How many words right before a term may name its means: "a suicide bomber struck". */
const MEANS_REACH = 2;

/**
 * Who carried out the term's event, when it is none of the facts' actors: an actor's name, or
 * militants described by their means. `mentions` are the block's actor mentions, in text order.
 */
export function otherPerpetrator(ctx: BlockContext, hit: TermHit, facts: readonly Fact[], mentions: readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  const means = groundAttackMeans(ctx, hit, facts);
  if (means) return `militants (“${means}”)`;
  const agent = agentAfter(ctx, hit, mentions);
  if (agent) return otherActor(agent, facts, knowledge);
  // The last name ending before the term: a binary search, since long blocks name many actors.
  const termStart = ctx.block.offsets[hit.start]!;
  const nearest = mentions[lastIndexWhere(mentions, (m) => m.end <= termStart)];
  if (!nearest) return undefined;
  const end = textIndex(ctx.block, nearest.end);
  if (hit.start - end > MAX_GAP) return undefined;
  return PERPETRATOR_GAP.test(ctx.block.text.slice(end, hit.start)) ? otherActor(nearest, facts, knowledge) : undefined;
}

/** The mention's actor's name when it can carry out an event and is none of the facts' actors. */
function otherActor(mention: ActorMention, facts: readonly Fact[], knowledge: CheckKnowledge): string | undefined {
  const actor = knowledge.actor(mention.actorId);
  if (!actor || !PERPETRATOR_KINDS.has(actor.kind) || facts.some((f) => f.actors.includes(actor.id))) return undefined;
  return actor.name;
}

/** Between a term and its agent after it: "strikes by the Afghan Taliban". */
const AGENT_GAP = /^[ \u00A0]+by[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/**
 * The actor named as the term's agent right after it: "the retaliatory strikes by the Afghan
 * Taliban on December 28", "drone strikes by the United States". `mentions` are in text order.
 */
function agentAfter(ctx: BlockContext, hit: TermHit, mentions: readonly ActorMention[]): ActorMention | undefined {
  const termEnd = ctx.block.offsets[hit.end - 1]! + 1;
  const next = mentions[firstIndexWhere(mentions, (m) => m.start >= termEnd)];
  if (!next) return undefined;
  const start = textIndex(ctx.block, next.start);
  return start - hit.end <= AGENT_REACH && AGENT_GAP.test(ctx.block.text.slice(hit.end, start)) ? next : undefined;
}
const AGENT_REACH = 10;

/**
 * A word for the means of a militant attack among the words right before the term, joined to
 * it by spaces only ("suicide bomber struck"), that none of the facts' terms uses.
 */
function groundAttackMeans(ctx: BlockContext, hit: TermHit, facts: readonly Fact[]): string | undefined {
  const text = ctx.block.text;
  let next = hit.start;
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - MEANS_REACH; i--) {
    const w = ctx.words[i]!;
    if (!/^[ \u00A0]+$/.test(text.slice(w.end, next))) return undefined;
    if (GROUND_ATTACK.has(w.lower) && !facts.some((f) => termWordsOf(f).has(w.lower))) return w.lower;
    next = w.start;
  }
  return undefined;
}

const termWordsCache = new WeakMap<Fact, Set<string>>();

/** The words of a fact's terms, lower-cased, computed once per fact. */
function termWordsOf(fact: Fact): Set<string> {
  let lowered = termWordsCache.get(fact);
  if (!lowered) termWordsCache.set(fact, (lowered = new Set(fact.terms.flatMap((t) => words(t).map((w) => w.lower)))));
  return lowered;
}
