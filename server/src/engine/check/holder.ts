/**
 * Who holds what a term of holding says has been held "since" a date: "the Taliban have been
 * in power since 2019", "have held power in Kabul since", "governing since". Such terms date an
 * event only through their holder: a minister, a party or an army chief is in power or in
 * charge since a year too ("Shehbaz Sharif has been in power since 2024").
 *
 * The holder is read back from the term to its sentence's start, the nearest telling word
 * first: an actor the fact base knows holds when it is one of the fact's governments or armed
 * groups ("the Taliban regime, in power since 2021"); a state holds nothing itself ("Pakistan's
 * army chief"); a noun of government holds, unless a state outside the fact's places owns it
 * ("a government that has ruled since", "the Afghan regime", but not "the Pakistani
 * government"); a pronoun holds, as the writer's subject goes on ("they have been in power
 * since"); an office or a name the fact base does not know ("General Munir", "the prime
 * minister") is another holder.
 *
 * Terms that open with a noun of government or a possessive pronoun depend on their holder the
 * same way: "the Taliban regime established in 2021" (but "the Pakistani government established
 * in 2024"), "the Taliban, out of power until their 2021 return" (but "Afghan refugees fear
 * their return"). For these a pronoun is no holder: refugees are "they" too.
 */
import type { ActorMention } from '../actors/model';
import type { Fact } from '../factbase/model';
import type { BlockContext } from './context';
import type { CheckKnowledge, TermHit } from './factIndex';
import { PLACE_KINDS } from './places';
import { termStems } from './text';
import { firstIndexWhere } from '../sorted';

const SINCE = termStems('since')[0];
/** First words of a term that make it depend on its holder: "regime established", "their return". */
const HELD_OPENINGS = new Set(termStems('regime government emirate their its'));
const PRONOUNS = new Set(['they', 'it']);
/** Actor kinds that hold power. */
const HOLDER_KINDS: ReadonlySet<string> = new Set(['government', 'armed-group']);
const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'administration', 'authorities', 'rulers', 'movement', 'group', 'emirate', 'they', 'it']);
const OFFICES = new Set(['minister', 'president', 'premier', 'chief', 'general', 'leader', 'emir', 'governor', 'commander', 'party', 'coalition', 'cabinet', 'king', 'ruler']);
/** Capitalised words that open a sentence without naming anybody. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'with', 'since', 'under', 'as', 'in', 'now', 'today', 'after', 'although', 'while', 'when', 'but', 'and', 'so', 'yet', 'by', 'for']);

/**
 * Whether a term of holding since a date has a holder that is none of the facts' actors.
 * `mentions` are the block's actor mentions, in text order.
 */
export function otherHolder(ctx: BlockContext, hit: TermHit, facts: readonly Fact[], mentions: readonly ActorMention[], knowledge: CheckKnowledge, sentenceStart: number): boolean {
  const since = hit.stems[hit.stems.length - 1] === SINCE;
  if (!since && !HELD_OPENINGS.has(hit.stems[0]!)) return false;
  // A term read from another sentence (acrossSentences.ts) has no words of its own here.
  if (hit.first === hit.last) return false;
  const text = ctx.block.text;
  const kindOf = (m: ActorMention) => knowledge.actor(m.actorId)?.kind ?? '';
  for (let i = hit.first - 1; i >= 0 && ctx.words[i]!.start >= sentenceStart; i--) {
    const w = ctx.words[i]!;
    const mention = mentionAt(ctx, w.start, mentions);
    if (mention) return !HOLDER_KINDS.has(kindOf(mention)) || !facts.some((f) => f.actors.includes(mention.actorId));
    if (!since && PRONOUNS.has(w.lower)) continue;
    if (GOVERNMENT_NOUNS.has(w.lower)) {
      // "the Pakistani government": a state's own government, outside the fact's places.
      const owner = i > 0 ? mentionAt(ctx, ctx.words[i - 1]!.start, mentions) : undefined;
      return owner !== undefined && PLACE_KINDS.has(kindOf(owner)) && !facts.some((f) => f.scope.places.includes(owner.actorId));
    }
    if (OFFICES.has(w.lower)) return true;
    const opening = i === 0 || ctx.words[i - 1]!.start < sentenceStart;
    if (/^\p{Lu}/u.test(text.slice(w.start, w.end)) && !(opening && OPENERS.has(w.lower))) return true;
  }
  // "In power since 2019, the Taliban have …": a term opening its sentence is held by the
  // sentence's subject after it.
  const sentenceEnd = ctx.sentences.find(([s, e]) => s <= hit.start && hit.start < e)?.[1] ?? text.length;
  const after = mentions.find((m) => m.start >= ctx.block.offsets[hit.end - 1]! + 1 && m.start < ctx.block.offsets[sentenceEnd - 1]! + 1);
  return after === undefined || !HOLDER_KINDS.has(kindOf(after)) || !facts.some((f) => f.actors.includes(after.actorId));
}

/** The mention covering block text position `at`; `mentions` are in text order. */
export function mentionAt(ctx: BlockContext, at: number, mentions: readonly ActorMention[]): ActorMention | undefined {
  const offset = ctx.block.offsets[at]!;
  const mention = mentions[firstIndexWhere(mentions, (m) => m.end > offset)];
  return mention !== undefined && mention.start <= offset ? mention : undefined;
}
