/**
 * Whose voice a figure is in. Only a figure the writer asserts as their own, or attributes to
 * the fact's own source, can contradict the source with a Warning. These adapt the claim
 * reader's `negated` and `attribution` to what the checker needs:
 * - a sentence that calls a figure false ("claims that 1,700 died are false", "reports of
 *   2,000 deaths have been rejected") does not assert it;
 * - "some outlets put the toll at 1,900": the reader's verb list needs "put … at" with one
 *   noun, so longer objects are caught here;
 * - "Pakistan recorded 1,700 deaths" or "terrorism claimed 1,700 lives" is the writer's
 *   statement, not an attribution to Pakistan or to terrorism.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { CheckKnowledge } from './factIndex';
import { PLACE_KINDS } from './scope';
import { words } from './text';

const REJECTS = /\b(?:false|untrue|incorrect|inaccurate|wrong|misleading|debunked|baseless|unfounded|exaggerated|inflated|(?:been|was|were|is|are)\s+(?:rejected|denied|refuted|discredited))\b/i;

/** Whether the sentence calls one of its figures false. */
export function rejects(sentence: string): boolean {
  return REJECTS.test(sentence);
}

const PUT_AT = /(\b(?:[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Ll]ocal|[Ff]oreign|[Ii]nternational|[Oo]fficial|[Gg]overnment|[Mm]edia|[Nn]ews)(?:\s+[\p{L}-]+){0,3}?\s+(?:outlets|reports|media|newspapers|sources|observers|analysts|officials|commentators|estimates|accounts|agencies))\s+(?:put|puts|placed|places|estimated|estimate|claimed|claim|said|say|suggested|suggest)\b[^.;]{0,60}$/u;

/** The claim reader's attribution, or one it missed before the figure in its sentence. */
export function attributionOf(claim: Claim, before: string): string | undefined {
  if (claim.attribution !== undefined) return claim.attribution;
  // A cheap test first: the full pattern backtracks, and most sentences have no such verb.
  return REPORTING_VERB.test(before) ? PUT_AT.exec(before)?.[1] : undefined;
}

const REPORTING_VERB = /\b(?:put|puts|placed|places|estimated?|claim(?:ed)?|said|say|suggest(?:ed)?)\b/;

/**
 * Subjects of "recorded", "claimed", "counted" that are not someone reporting a figure:
 * "Pakistan recorded 1,700 deaths", "terrorism claimed 1,700 lives", "2024 saw…".
 */
const NOT_REPORTERS = new Set(['terrorism', 'terror', 'violence', 'militancy', 'insurgency', 'attack', 'conflict', 'war', 'fighting', 'year', 'country', 'nation', 'province', 'region', 'it', 'this', 'that', 'which', 'they', 'we']);

/** Whether an "attribution" the claim reader found is really the writer's own statement. */
export function ownVoice(attribution: string, knowledge: CheckKnowledge): boolean {
  let cache = ownVoiceCache.get(knowledge.actors);
  if (!cache) ownVoiceCache.set(knowledge.actors, (cache = new Map()));
  let own = cache.get(attribution);
  if (own === undefined) cache.set(attribution, (own = isOwnVoice(attribution, knowledge)));
  return own;
}

const ownVoiceCache = new WeakMap<object, Map<string, boolean>>();

function isOwnVoice(attribution: string, knowledge: CheckKnowledge): boolean {
  const ws = words(attribution);
  if (ws.some((w) => NOT_REPORTERS.has(w.stem) || NOT_REPORTERS.has(w.lower) || /^(?:19|20)\d\d$/.test(w.lower))) return true;
  const name = attribution.replace(/^the\s+/i, '').toLowerCase();
  return knowledge.actors.some(
    (a) => PLACE_KINDS.has(a.kind) && (a.name.toLowerCase() === name || a.aliases.some((alias) => alias.text.toLowerCase() === name)),
  );
}

/**
 * Whether the writer's attribution names the fact's own: its attributed actor (any alias),
 * its attribution text, or the source's author or publisher.
 */
export function attributionMatches(attribution: string, fact: Fact, knowledge: CheckKnowledge): boolean {
  let cache = matchCache.get(fact);
  if (!cache) matchCache.set(fact, (cache = new Map()));
  let matches = cache.get(attribution);
  if (matches === undefined) cache.set(attribution, (matches = namesSource(attribution, fact, knowledge)));
  return matches;
}

const matchCache = new WeakMap<Fact, Map<string, boolean>>();

function namesSource(attribution: string, fact: Fact, knowledge: CheckKnowledge): boolean {
  const names: string[] = [];
  const actor = fact.attribution?.actor ? knowledge.actor(fact.attribution.actor) : undefined;
  if (actor) names.push(actor.name, ...actor.aliases.map((a) => a.text));
  if (fact.attribution) names.push(fact.attribution.text.replace(/^according to\s+/i, ''));
  const source = knowledge.source(fact.source);
  if (source?.author) names.push(source.author);
  if (source?.publisher) names.push(source.publisher);
  const lower = attribution.toLowerCase();
  return names.some((name) => {
    if (name.length < 2) return false;
    const acronym = !/\p{Ll}/u.test(name);
    const re = new RegExp(`(?:^|[^\\p{L}])${escape(acronym ? name : name.toLowerCase())}(?:$|[^\\p{L}])`, 'u');
    return re.test(acronym ? attribution : lower);
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

