/**
 * Where a count, percent or date is set, for scope.ts: the places its sentence, its table row
 * and its column header put it in.
 *
 * A figure's settings are the places the sentence puts it in: after "in", "across" … ("in
 * Punjab"), as the subject of its clause ("India recorded 100 attacks", "Balochistan's 171
 * attacks"), or a province that is the only place the sentence names (provinces are parts of a
 * country: a sentence about one alone is about that province). A setting in a fact's scope
 * makes the figure comparable; otherwise a known place elsewhere makes it not ("India recorded
 * 100 attacks"), and so does an unknown capitalised place ("in Punjab") unless a place of the
 * fact's scope is named too: "Pakistani jets struck TTP camps in Paktika" may be inside the
 * fact's Afghanistan. Without settings, a figure stays comparable. A place that only qualifies
 * a noun ("Afghanistan-based TTP") is no setting. An event happens "at" a place too ("a
 * bombing at Quetta's railway station"), while "across" names a line it crossed ("strikes
 * across the Durand Line"), not where it happened. Places after "outside" are recorded apart:
 * a share outside all of a fact's places is its complement (complement.ts). So are the places
 * before a figure "elsewhere" or "in the rest of the country", in its paragraph or in the rows
 * above it in its table ("| Attacks elsewhere | 5% |"); with no place named before,
 * "elsewhere" is somewhere the prose does not say.
 *
 * A place after a later figure in another clause is that figure's ("the 444 attacks of 2024
 * killed 1,216 people, and nineteen in twenty of them took place in Balochistan or KP").
 *
 * A clause naming a part of what was counted ("95% of them in KP", "the bulk of the violence
 * was concentrated in KP") places that part only; a place in the possessive before a figure in
 * another clause ("a fraction of Pakistan's 1,600") is that figure's; a figure in brackets
 * takes no place after them; "India's Jammu and Kashmir saw 130" is set in the inner place.
 */
import type { ActorMention } from '../actors/model';
import type { Actor } from '../factbase/model';
import type { Claim } from '../claims/model';
import type { ProseBlock } from '../markdown/model';
import { claimIndex, memo, phraseStartOf, sentenceAt, textIndex, type BlockContext, type DocumentContext } from './context';
import type { CheckKnowledge } from './factIndex';
import { asideAt, asidesOf, CLAUSE_BREAK, temporal, WHOLE_ROW } from './scope';
import { firstIndexWhere } from '../sorted';

/** Actor kinds that are places. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['state', 'place', 'region']);
/** Actor kinds of places inside a country: a sentence naming only these is about them. */
const SUBNATIONAL_KINDS: ReadonlySet<string> = new Set(['place']);
/** A place as the subject of the figure's clause: "India recorded", "Balochistan saw". */
const SUBJECT_VERB = /^(?:[ \u00A0]+(?:alone|also|itself|too|again|then|later|only))?[ \u00A0]+(?:recorded|records|saw|sees|suffered|suffers|witnessed|witnesses|had|has|experienced|experiences|endured|endures|faced|faces|registered|registers|reported|reports|logged|sustained|bore|bears|lost|loses|accounted[ \u00A0]+for|accounts[ \u00A0]+for)(?![\p{L}])[^,;:]*$/u;
/** "Balochistan's 171 attacks": a possessive place right before the figure. */
const POSSESSIVE_PLACE = /^['’]s?[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}$/u;
const LOCATIVE = /\b(?:in|across|throughout|within|inside)\s+(?:the\s+)?(?:province\s+of\s+)?$/i;
const UNKNOWN_PLACE = /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/**
 * An event's unknown place: it happened "in" or "at" a place ("a bombing at Quetta's railway
 * station"); "across" names a line it crossed ("strikes across the Durand Line"), not where.
 */
const UNKNOWN_EVENT_PLACE = /\b(?:[Ii]n|[Aa]t|[Tt]hroughout|[Ww]ithin|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/**
 * "The December 20 strikes hit Barmal district in Paktika": a place that the dated noun's own
 * verb hits is where the event happened, which the fact base seldom names, not another event.
 * The noun is the date's, with no place between ("The March 18 strikes in Khost hit a house" is
 * the strikes in Khost), and the place is in the verb's own clause.
 */
const TARGET_OF_DATED = /^[ \u00A0]+(?:(?!(?:in|at|on|of|near|by|from|that|which|who)[ \u00A0])[\p{Ll}-]+[ \u00A0]+){1,3}(?:hit|struck|targeted|pounded|bombed|shelled|raided)[ \u00A0][^,;:()—–.]*$/u;
export const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q\d|H\d|Table|Figure|Annex|Section|Part|Chapter|English|Urdu|Pashto|Total|Summary|Addition|Particular|Contrast|Comparison|Fact|Practice|Short|General|Response|Line|Light|View|Terms|Spite|Christmas|Eid|Ramadan|Easter|Dawn|Noon|Midnight)$/;


export interface PlaceScope {
  /** Actor ids of places the sentence names. */
  named: Set<string>;
  /** Places named as the figure's setting ("in Punjab"): actor ids, or the word for unknown places. */
  settings: string[];
  /** The settings that are actors of the fact base (the rest are unknown capitalised words). */
  actors: Set<string>;
  /** Actors of any kind named in the figure's stretch of its sentence or in its table row: who took part. */
  parties: Set<string>;
  /**
   * For a date: places named only apart from it, after it or before it across a clause break
   * or a subordinator ("Islamabad had hoped that the Taliban's return in 2021 …").
   */
  apart: Set<string>;
  /** Places the sentence singles out ("KP alone", "only Balochistan"). */
  exclusive: string[];
  /** Places the figure is outside of ("outside KP and Balochistan"): see complement.ts. */
  outside: string[];
  /**
   * Places described, not named, as a count or share's setting: "in the former tribal
   * districts", "in two provinces". `count` is how many the words say ("two", "both").
   */
  described: { text: string; count?: number }[];
}

export function placeScope(ctx: BlockContext, claim: Claim, mentions: readonly ActorMention[], knowledge: CheckKnowledge): PlaceScope {
  const [sentenceStart, sentenceEnd] = sentenceAt(ctx, claim.textStart);
  const text = ctx.block.text;
  // An event's place is in the phrase that names it ("airstrikes in Khost on 24 December"),
  // not in a clause after its date (", raising hopes in Islamabad").
  const clauseEnd = temporal(claim) ? EVENT_PHRASE_END.exec(text.slice(claim.textEnd, sentenceEnd)) : null;
  const phraseStart = phraseStartOf(ctx, claim);
  const [fieldStart, fieldEnd] = fieldAt(text, sentenceStart, sentenceEnd, phraseStart, claim.textEnd);
  const e = clauseEnd ? claim.textEnd + clauseEnd.index : temporal(claim) ? sentenceEnd : Math.min(laterClauseFigure(ctx, claim, sentenceEnd), asideEndOf(ctx, claim, sentenceStart, sentenceEnd), fieldEnd);
  const gapped = temporal(claim) ? undefined : gappedClauseStart(ctx, sentenceStart, phraseStart);
  const s = temporal(claim) ? sentenceStart : Math.max(fieldStart, gapped ?? afterEventClauses(ctx, sentenceStart, phraseStart));
  const named = new Set<string>();
  const parties = new Set<string>();
  const apart = new Set<string>();
  const together = new Set<string>();
  const settings: string[] = [];
  const subnational: string[] = [];
  const covered: [number, number][] = [];
  const exclusive: string[] = [];
  const innerPlaces: { name: string; at: number }[] = [];
  const outsideSaid = memo(ctx, `outside:${s}`, () => OUTSIDE_WORD.test(text.slice(s, sentenceEnd)));
  const outside = outsideSaid ? listedOutside(ctx.block, mentions, s, e) : [];
  // Computed on the first place found, once per sentence: most sentences with figures name none.
  const aboutOthers = (at: number) => memo(ctx, `whoAsides:${s}`, () => whoAsidesOf(text.slice(s, sentenceEnd), s)).some(([a, b]) => at >= a && at < b && !(claim.textStart >= a && claim.textStart < b));
  for (const m of mentions) {
    const start = textIndex(ctx.block, m.start);
    if (start < s || start >= e) continue;
    const end = textIndex(ctx.block, m.end);
    covered.push([start, end]);
    parties.add(m.actorId);
    const kind = knowledge.actor(m.actorId)?.kind;
    if (!kind || !PLACE_KINDS.has(kind) || aboutOthers(start) || ownerOfOther(ctx, claim, end) || partOfNextFigure(ctx, claim, end)) continue;
    const inner = end <= phraseStart ? placeInPlace(text.slice(end, phraseStart)) : undefined;
    if (inner) {
      innerPlaces.push({ name: inner.name, at: end + inner.at });
      continue;
    }
    named.add(m.actorId);
    if (temporal(claim)) (start >= claim.textEnd || (ctx.block.kind === 'tableCell' ? APART_WORD : APART).test(text.slice(end, claim.textStart)) ? apart : together).add(m.actorId);
    if (SUBNATIONAL_KINDS.has(kind)) subnational.push(m.actorId);
    if (LOCATIVE.test(text.slice(Math.max(s, start - 40), start))) settings.push(m.actorId);
    else if (end <= phraseStart && (gapped !== undefined || subjectOf(text.slice(end, phraseStart)))) settings.push(m.actorId);
    if (EXCLUSIVE_AFTER.test(text.slice(end, end + 12)) || EXCLUSIVE_BEFORE.test(text.slice(Math.max(s, start - 12), start))) exclusive.push(m.actorId);
  }
  for (const m of text.slice(s, e).matchAll(temporal(claim) ? UNKNOWN_EVENT_PLACE : UNKNOWN_PLACE)) {
    const at = s + m.index + m[0].length - m[1]!.length;
    if (covered.some(([a, b]) => at >= a && at < b) || NOT_PLACES.test(m[1]!) || aboutOthers(at)) continue;
    if (temporal(claim) && at > claim.textEnd && TARGET_OF_DATED.test(text.slice(claim.textEnd, at))) continue;
    settings.push(m[1]!);
  }
  // "…, and Sindh fewer than twenty": a gapped clause's subject is the figure's setting even when the fact base does not know it.
  if (gapped !== undefined && !covered.some(([a]) => a >= gapped && a < phraseStart)) settings.push(GAPPED_SUBJECT.exec(text.slice(gapped, phraseStart))![1]!);
  for (const p of innerPlaces) if (!covered.some(([a, b]) => p.at >= a && p.at < b)) settings.push(p.name);
  const subjectFrom = Math.max(s, phraseStart - MAX_SUBJECT_REACH);
  const subject = temporal(claim) ? undefined : unknownPlaceSubject(text.slice(subjectFrom, phraseStart), subjectFrom, covered);
  if (subject) settings.push(subject);
  // Only in the figure's own clause after it ("about a third of them in the former tribal
  // districts"): "1,400 were killed in 2024 — …, most of them in two provinces" is about a
  // part. An event's place may be any part of the fact's, so dates are never described.
  const described: PlaceScope['described'] = [];
  if (!temporal(claim)) {
    // "some 640 attacks and a concentration of about 95% of attacks in two provinces": as with
    // named places, the places after a later share are the share's, not a count's.
    const after = text.slice(claim.textEnd, claim.kind === 'count' ? Math.min(sentenceEnd, laterShare(ctx, claim, sentenceEnd)) : sentenceEnd);
    const clause = CLAUSE_BREAK.exec(after);
    for (const m of (clause ? after.slice(0, clause.index) : after).matchAll(DESCRIBED_PLACE)) described.push({ text: m[1]!, count: COUNT_WORDS[m[2]?.toLowerCase() ?? ''] });
    // "In my district alone, fifty people lost their lives": a speaker's own part of the country.
    const own = OWN_PLACE_BEFORE.exec(text.slice(sentenceStart, phraseStart));
    if (own) described.push({ text: own[1]!, count: COUNT_WORDS[own[2]?.toLowerCase() ?? ''] });
    const which = DESCRIBED_WHICH.exec(text.slice(sentenceStart, phraseStart));
    if (which) described.push({ text: which[1]!, count: COUNT_WORDS[which[2]!.toLowerCase()] });
  }
  // Only provinces named: the sentence is about them.
  if (subnational.length > 0 && subnational.length === named.size) settings.push(...subnational);
  // "only 5% of attacks took place elsewhere": outside the places its block names before it;
  // with none named, somewhere the prose does not say.
  const elsewhere = temporal(claim) ? undefined : elsewhereOf(ctx, claim, s, sentenceEnd);
  if (elsewhere) {
    const before = placesIn(ctx.block, mentions, knowledge, 0, claim.textStart);
    if (before.length > 0) outside.push(...before);
    else settings.push(elsewhere);
  }
  for (const p of together) apart.delete(p);
  // Known places are actor ids already; only the words of unknown ones are looked up.
  const located = settings.map((p) => (knowledge.actor(p) ? p : containerOf(p, knowledge) ?? p));
  return { named, parties, apart, settings: located, actors: new Set(located.filter((p) => named.has(p))), exclusive, outside, described };
}

const containers = new WeakMap<readonly Actor[], Map<string, string>>();

/**
 * The fact base place a place it does not name lies in ("Paktika", "Paktika's" → afghanistan),
 * from the places' `contains` lists, or undefined. Writers set events in provinces and districts
 * the source never names; without this, they would read as places other than the fact's.
 */
function containerOf(name: string, knowledge: CheckKnowledge): string | undefined {
  let byName = containers.get(knowledge.actors);
  if (!byName) {
    byName = new Map(knowledge.actors.flatMap((actor) => actor.contains.map((inside): [string, string] => [inside.toLowerCase(), actor.id])));
    containers.set(knowledge.actors, byName);
  }
  return byName.get(name.replace(/['’]s?$/u, '').toLowerCase());
}

/**
 * What sets a place before a date apart from the date's clause: a subordinator, or in prose a
 * clause break (a cell's label is one phrase: "| Attacks in Pakistan, 2024 |").
 */
const APART_WORD = /(?<![\p{L}])(?:that|since|when|after|before|because|as|while|although|though|which|who|where)(?![\p{L}])/iu;
const APART = new RegExp(`[,;:()—–]|${APART_WORD.source}`, 'iu');

/**
 * "Soldiers and police officers, many from the southern districts of KP, lost their lives in
 * 600 attacks": an aside between commas saying who some of them were ("many from", "most of
 * them", "including") places those people, not the sentence's figures outside it.
 */
const WHO_ASIDE = /,[ \u00A0]*(?:many|most|some|several|all|mostly|largely|including|among[ \u00A0]+them|half|a[ \u00A0]+third)(?![\p{L}])[^,;:]*,/giu;

/**
 * "444 attacks, 95% of them in KP and Balochistan, and more than 1,900 fatalities", "1,700
 * died in 444 attacks, and the bulk of the violence was concentrated in KP": a clause opening
 * with a part of what was counted ("most of them", "the bulk of the violence", "95% of them")
 * places that part, up to its clause's end, not the sentence's other figures; so does the part
 * placed without its "of them" ("344 attacks, the majority in KP", "the overwhelming majority in
 * Balochistan and KP (85 per cent)"). "344 attacks, all in KP" places all of them.
 */
const PARTITIVE_CLAUSE = /[,;][ \u00A0]*(?:(?:and|but|while|with)[ \u00A0]+)?(?:the[ \u00A0]+)?(?:(?:overwhelming|vast|great)[ \u00A0]+)?(?:bulk|majority|lion['’]s[ \u00A0]+share|most|much|many|nearly[ \u00A0]+all|almost[ \u00A0]+all|virtually[ \u00A0]+all|all|half|(?:a|one|two|three)[ \u00A0-](?:third|quarter|fifth|half)s?|\d+(?:\.\d+)?[ \u00A0]*(?:%|per[ \u00A0]?cent|percent))(?:[ \u00A0]+of[ \u00A0]+(?:them|those|these|which|it|the[ \u00A0]+\p{L}+)(?![\p{L}])|(?<![ \u00A0,;]all)(?=[ \u00A0]+(?:in|across)[ \u00A0]))[^,;:]*/giu;

/**
 * "some 350 attacks a year, concentrated in Balochistan and KP": a closing clause saying where
 * most of the events were is about a part of them, not the figure's scope.
 */
const CONCENTRATED_CLAUSE = /[,;—–][ \u00A0]*(?:(?:heavily|mostly|largely|mainly|overwhelmingly|chiefly)[ \u00A0]+)?(?:concentrated|clustered|centred|centered)[ \u00A0]+(?:in|on|around)(?![\p{L}])[^,;:]*/giu;

/**
 * "1,612 fatalities across 544 attacks, with Balochistan and KP accounting for 95% of them",
 * "CRSS counted 1,610 fatalities, and Balochistan and KP accounted for 99 per cent of the
 * attacks": a clause of its own whose subject makes up a share places that share, not the
 * sentence's figures before it.
 */
const SHARE_CLAUSE = /[,;][ \u00A0]*(?:with|and|while|whereas)[ \u00A0]+[^,;:]{1,60}?(?<![\p{L}])(?:accounting[ \u00A0]+for|accounted[ \u00A0]+for|making[ \u00A0]+up|made[ \u00A0]+up|representing|represented)(?![\p{L}])[^,;:]*/giu;

function whoAsidesOf(sentence: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(SHARE_CLAUSE)) out.push([offset + m.index, offset + m.index + m[0].length]);
  for (const m of sentence.matchAll(CONCENTRATED_CLAUSE)) out.push([offset + m.index, offset + m.index + m[0].length]);
  for (const m of sentence.matchAll(WHO_ASIDE)) out.push([offset + m.index, offset + m.index + m[0].length]);
  for (const m of sentence.matchAll(PARTITIVE_CLAUSE)) out.push([offset + m.index, offset + m.index + m[0].length]);
  return out;
}

/**
 * "a small fraction of Pakistan's more than 1,600": a place in the possessive right before
 * another figure is that figure's owner, no place of this one.
 */
function ownerOfOther(ctx: BlockContext, claim: Claim, placeEnd: number): boolean {
  const next = ctx.claims[firstIndexWhere(ctx.claims, (c) => c.textStart >= placeEnd)];
  if (!next || next === claim || temporal(next)) return false;
  const phrase = Math.min(textIndex(ctx.block, next.phraseStart), next.textStart);
  if (phrase < placeEnd || !POSSESSIVE_OWNER.test(ctx.block.text.slice(placeEnd, phrase))) return false;
  // "Balochistan's 171 attacks and 400 deaths": figures of one clause share their owner.
  const between = next.textStart < claim.textStart ? ctx.block.text.slice(next.textEnd, claim.textStart) : ctx.block.text.slice(claim.textEnd, next.textStart);
  return CLAUSE_BREAK.test(between);
}

const POSSESSIVE_OWNER = /^['’]s?[ \u00A0]+$/u;

/**
 * "Balochistan, KP and the former tribal districts saw most of the 444 attacks of 2024, which
 * killed over 1,800 people": places that saw a part of the next figure ("most of", "the bulk
 * of") set that part, not the figure, nor a figure after it about the same events.
 */
function partOfNextFigure(ctx: BlockContext, claim: Claim, placeEnd: number): boolean {
  const next = ctx.claims[firstIndexWhere(ctx.claims, (c) => c.textStart >= placeEnd)];
  if (!next || temporal(next) || next.textStart > claim.textStart) return false;
  const phrase = Math.min(textIndex(ctx.block, next.phraseStart), next.textStart);
  return phrase >= placeEnd && PART_BEFORE_FIGURE.test(ctx.block.text.slice(placeEnd, phrase));
}

const PART_BEFORE_FIGURE = /(?<![\p{L}])(?:most|much|many|half|the[ \u00A0]+(?:bulk|majority|brunt|lion['’]s[ \u00A0]+share)|(?:nearly|almost|virtually)[ \u00A0]+all)[ \u00A0]+of[ \u00A0]+(?:the|its|their|those|these)?[ \u00A0]*$/iu;

/**
 * "Attacks – 444 | Fatalities – 1,261 | Share in Balochistan/KP – 95%": a pipe in prose parts
 * label-and-value fields as a table's cells would, and a place in one field is not another's.
 */
function fieldAt(text: string, sentenceStart: number, sentenceEnd: number, phraseStart: number, end: number): [number, number] {
  // Within the sentence only: searching the whole block for every claim is quadratic on big blocks.
  const before = text.slice(sentenceStart, phraseStart).lastIndexOf('|');
  const after = text.slice(end, sentenceEnd).indexOf('|');
  return [before >= 0 ? sentenceStart + before + 1 : sentenceStart, after >= 0 ? end + after : sentenceEnd];
}

/** "(CRSS recorded 1,820 fatalities) and … in Balochistan": a figure in brackets or dashes takes no place after them. */
function asideEndOf(ctx: BlockContext, claim: Claim, sentenceStart: number, sentenceEnd: number): number {
  const asides = memo(ctx, `asides:${sentenceStart}`, () => asidesOf(ctx.block.text.slice(sentenceStart, sentenceEnd), sentenceStart));
  return asideAt(asides, claim.textStart)?.[1] ?? sentenceEnd;
}

/**
 * Where a count or share's part of the sentence starts: after the clauses before it that hold
 * a day or month date, which tell an event and where it happened. "The military, which on
 * December 24 struck TTP camps in Afghanistan, faces a threat that claimed 1,912 lives":
 * Afghanistan is the strikes' place, not the toll's.
 */
function afterEventClauses(ctx: BlockContext, sentenceStart: number, phraseStart: number): number {
  const text = ctx.block.text;
  let from = sentenceStart;
  for (const c of ctx.claims) {
    if (c.textStart >= phraseStart) break;
    if (c.textStart < sentenceStart || c.kind !== 'date' || (c.date?.month === undefined && c.date?.day === undefined)) continue;
    const clauseEnd = CLAUSE_BREAK.exec(text.slice(c.textEnd, phraseStart));
    if (clauseEnd) from = Math.max(from, c.textEnd + clauseEnd.index + 1);
  }
  return from;
}

/**
 * Where a count or share's part of the sentence ends: at a later figure in another clause.
 * "the 444 attacks of 2024 killed 1,216 people, and nineteen in twenty of them took place in
 * Balochistan or KP": the provinces are the share's setting, not the counts'. Figures in one
 * clause share its places ("444 attacks and 1,612 deaths in Punjab"), except a count's with a
 * later share's.
 */
function laterClauseFigure(ctx: BlockContext, claim: Claim, sentenceEnd: number): number {
  const text = ctx.block.text;
  for (let i = claimIndex(ctx, claim) + 1; i < ctx.claims.length; i++) {
    const next = ctx.claims[i]!;
    if (next.textStart >= sentenceEnd) break;
    // "444 attacks, 1,216 deaths and a 95% share for Balochistan and KP": the places after a
    // later share in the list are the share's (what it is a share of), not the counts'.
    // "… 1,750 fatalities in 444 attacks, and Balochistan and KP together accounted for 95
    // per cent": a later clause whose subject takes the later figure by a verb a place takes
    // is the later figure's from its start, its subject with it.
    const between = text.slice(claim.textEnd, next.textStart);
    if (claim.kind === 'count' && next.kind === 'percent' && !CLAUSE_BREAK.test(between)) return Math.min(textIndex(ctx.block, next.phraseStart), next.textStart);
    if (temporal(next) || !CLAUSE_BREAK.test(between)) continue;
    const clauseStart = lastClauseBreak(between) + 1;
    const clause = between.slice(clauseStart);
    return claim.textEnd + (SUBJECT_THEN_FIGURE.test(clause) || GAPPED_SUBJECT.test(clause) ? clauseStart : between.length);
  }
  return sentenceEnd;
}

/** Where the next share after a count in its sentence starts, or `sentenceEnd`. */
function laterShare(ctx: BlockContext, claim: Claim, sentenceEnd: number): number {
  const next = ctx.claims.slice(claimIndex(ctx, claim) + 1).find((c) => !temporal(c));
  return next?.kind === 'percent' && next.textStart < sentenceEnd ? Math.min(textIndex(ctx.block, next.phraseStart), next.textStart) : sentenceEnd;
}

/**
 * "KP saw about 60% of the attacks, and Balochistan about 35%": a later clause of only a name
 * (or names) and its figure repeats the earlier clause's verb, left out; the name is the later
 * figure's subject and setting, and the earlier figure's stretch ends before it.
 */
const GAPPED_SUBJECT = /^[ \u00A0]*(?:(?:and|while|whereas|but)[ \u00A0]+)(\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+(?:and[ \u00A0]+)?\p{Lu}[\p{L}'’-]*){0,3})(?:[ \u00A0]+(?:alone|together|about|around|roughly|some|nearly|almost|over|only|just|more[ \u00A0]+than|close[ \u00A0]+to))*[ \u00A0]*$/u;

/** The start of the gapped clause a figure ends ("…, and Balochistan about 35%"), if it is in one. */
function gappedClauseStart(ctx: BlockContext, sentenceStart: number, phraseStart: number): number | undefined {
  const before = ctx.block.text.slice(sentenceStart, phraseStart);
  const clauseStart = lastClauseBreak(before) + 1;
  return clauseStart > 0 && GAPPED_SUBJECT.test(before.slice(clauseStart)) ? sentenceStart + clauseStart : undefined;
}

/** A clause ending in a verb a place takes with its figure: "and Balochistan and KP together accounted for". */
const SUBJECT_THEN_FIGURE = /[ \u00A0](?:together[ \u00A0]+|jointly[ \u00A0]+|alone[ \u00A0]+)?(?:accounted[ \u00A0]+for|accounts[ \u00A0]+for|account[ \u00A0]+for|saw|sees|suffered|bore|witnessed|experienced|recorded|registered)(?:[ \u00A0]+(?:about|around|roughly|some|nearly|almost|over|more[ \u00A0]+than|close[ \u00A0]+to|fully))?[ \u00A0]*$/u;

function lastClauseBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return -1;
}

/**
 * "Elsewhere" or "in the rest of the country" in the figure's own stretch of its sentence,
 * between the figures before and after it: in "95% in Balochistan and KP and 5% elsewhere"
 * only the 5% is elsewhere.
 */
function elsewhereOf(ctx: BlockContext, claim: Claim, s: number, sentenceEnd: number): string | undefined {
  const text = ctx.block.text;
  if (!memo(ctx, `elsewhere:${s}`, () => ELSEWHERE.test(text.slice(s, sentenceEnd)))) return undefined;
  const i = claimIndex(ctx, claim);
  let from = s;
  for (let k = i - 1; k >= 0 && ctx.claims[k]!.textEnd > s; k--) {
    if (!temporal(ctx.claims[k]!)) {
      from = ctx.claims[k]!.textEnd;
      break;
    }
  }
  let to = sentenceEnd;
  for (let k = i + 1; k < ctx.claims.length && ctx.claims[k]!.textStart < sentenceEnd; k++) {
    if (!temporal(ctx.claims[k]!)) {
      to = ctx.claims[k]!.textStart;
      break;
    }
  }
  // "saw 19 in 20 attacks, but the one-in-twenty elsewhere is not zero": a contrasting clause
  // after the figure is about something else.
  const contrast = CONTRAST_AFTER.exec(text.slice(claim.textEnd, to));
  if (contrast) to = claim.textEnd + contrast.index;
  return ELSEWHERE.exec(text.slice(from, to))?.[0];
}

/** A clause break opening a contrasting clause: ", but", "; while", "— whereas". */
const CONTRAST_AFTER = /[,;—–][ \u00A0]*(?:but|while|whereas|yet|though|although)(?![\p{L}])/u;

/** Places (actor ids) a block names within its text [from, to). */
function placesIn(block: ProseBlock, mentions: readonly ActorMention[], knowledge: CheckKnowledge, from: number, to: number): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    const start = textIndex(block, m.start);
    if (start >= from && start < to && PLACE_KINDS.has(knowledge.actor(m.actorId)?.kind ?? '')) out.push(m.actorId);
  }
  return out;
}

/** "outside KP and Balochistan": the places after "outside" within [from, to), the list as a whole. */
function listedOutside(block: ProseBlock, mentions: readonly ActorMention[], from: number, to: number): string[] {
  const text = block.text;
  const out: string[] = [];
  let previousOutside: number | undefined;
  for (const m of mentions) {
    const start = textIndex(block, m.start);
    if (start < from || start >= to) continue;
    const end = textIndex(block, m.end);
    const listed = previousOutside !== undefined && LIST_JOIN.test(text.slice(previousOutside, start));
    previousOutside = listed || OUTSIDE.test(text.slice(Math.max(from, start - 40), start)) ? end : undefined;
    if (previousOutside !== undefined) out.push(m.actorId);
  }
  return out;
}

/**
 * Where the phrase naming a dated event ends: at a clause break, or at a passive predicate
 * after the date ("the return to power in August 2022 was greeted in Islamabad"): a place
 * after it is where the predicate happened, not the event, adverb or not ("was initially
 * welcomed in Islamabad").
 */
const EVENT_PHRASE_END = /[,;:()—–]|[ \u00A0](?:was|were|is|are|has[ \u00A0]+been|have[ \u00A0]+been|had[ \u00A0]+been)[ \u00A0]+(?:\p{L}+ly[ \u00A0]+)?\p{L}+(?:ed|en)(?![\p{L}])/u;
/**
 * A place described by a common noun after a locative ("in the former tribal districts",
 * "across two provinces"), with the count word if any (2).
 */
const DESCRIBED_PLACE = /\b(?:in|across|throughout|within|inside)[ \u00A0]+((?:(?:the|these|those|its|their)[ \u00A0]+)?(?:(?:just|only|exactly)[ \u00A0]+)?(?:(one|two|three|four|five|both|single)[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+){0,2}(?:provinces?|districts?|regions?|areas?|cities|city|towns?|villages?|belt|agencies|territories|territory|borderlands?|zones?))(?![\p{L}])/gu;
/**
 * A place described by a possessive or demonstrative before the figure, in its clause: "in my
 * district alone,", "in our two provinces", "across this constituency". A country is not
 * narrower than the fact's, so only the parts of one count.
 */
const OWN_PLACE_BEFORE = /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)[ \u00A0]+((?:my|our|this|that|his|her|their)[ \u00A0]+(?:own[ \u00A0]+)?(?:(one|two|three|four|five|both)[ \u00A0]+)?(?:provinces?|districts?|constituency|constituencies|regions?|areas?|city|town|village|tehsil|valley|division))(?![\p{L}])(?:[ \u00A0]+alone)?,?[^;:—–.]*$/u;
/**
 * Described places as the subject of a relative clause ending right before the figure: "was
 * concentrated in the two western provinces, which together accounted for 55 per cent".
 */
const DESCRIBED_WHICH = /(?<![\p{L}])((?:the|these|those)[ \u00A0]+(one|two|three|four|five|both)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,2}(?:provinces|regions|districts|areas|territories)),?[ \u00A0]+(?:which|that)[ \u00A0]+(?:(?:together|jointly|between[ \u00A0]+them)[ \u00A0]+)?(?:accounted[ \u00A0]+for|account[ \u00A0]+for|made[ \u00A0]+up|make[ \u00A0]+up|saw|suffered|witnessed|experienced|bore)[ \u00A0]+(?:(?:about|around|roughly|nearly|almost|some|over|just|only|more[ \u00A0]+than|less[ \u00A0]+than)[ \u00A0]+)?$/iu;
export const COUNT_WORDS: Record<string, number> = { one: 1, single: 1, two: 2, both: 2, three: 3, four: 4, five: 5 };
/** Words before a place that put a figure outside it ("outside the provinces of KP and …"). */
const OUTSIDE = /(?<![\p{L}])(?:outside(?:[ \u00A0]+of)?|beyond|other[ \u00A0]+than|except(?:[ \u00A0]+in)?|excluding)[ \u00A0]+(?:the[ \u00A0]+)?(?:(?:two[ \u00A0]+)?provinces?[ \u00A0]+of[ \u00A0]+)?$/iu;
/** A cheap test for the words of OUTSIDE, once per sentence. */
const OUTSIDE_WORD = /\b(?:outside|beyond|other than|except|excluding)\b/i;
/**
 * Words putting a figure outside the places named before it ("5% elsewhere"); not a place in
 * the writing ("as noted elsewhere", "elsewhere in this brief").
 */
const ELSEWHERE = /(?<![\p{L}])(?<!(?:noted|discussed|argued|shown|described|explained|mentioned|stated|seen|covered|reported)[ \u00A0]+)(?:elsewhere(?![ \u00A0]+in[ \u00A0]+(?:this|the|our)[ \u00A0]+(?:brief|paper|report|note|section|chapter|study|analysis|article|document))|in[ \u00A0]+the[ \u00A0]+rest[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+country|Pakistan)|in[ \u00A0]+(?:the[ \u00A0]+)?other[ \u00A0]+(?:provinces|regions|parts[ \u00A0]+of[ \u00A0]+the[ \u00A0]+country))(?![\p{L}])/iu;
/** What joins the places of a list ("KP and Balochistan", "KP, Balochistan", a table label's "Balochistan + KP"). */
const LIST_JOIN = /^['’]?s?[ \u00A0]*(?:,|and|or|&|\+)[ \u00A0]*(?:and[ \u00A0]+)?(?:the[ \u00A0]+)?$/u;
/** "KP alone", "only Balochistan": one place on its own, apart from any it is listed with. */
const EXCLUSIVE_AFTER = /^[ \u00A0]+(?:alone|only|by itself|on its own)(?![\p{L}])/u;
const EXCLUSIVE_BEFORE = /(?<![\p{L}])(?:only|just|solely)[ \u00A0]+(?:the[ \u00A0]+)?$/iu;

/**
 * "Punjab experienced around 3% of attacks": a capitalised word the fact base does not know,
 * as the subject of a verb that a place, not an agency, takes ("saw", "suffered"; not
 * "recorded", which CRSS does too), right before the figure's phrase. `before` runs from the
 * figure's sentence or the reach before the figure (block position `offset`) to the figure.
 */
function unknownPlaceSubject(before: string, offset: number, covered: readonly [number, number][]): string | undefined {
  const m = PLACE_SUBJECT.exec(before) ?? PLACE_OWNER.exec(before) ?? ELIDED_PLACE_SUBJECT.exec(before);
  if (!m || NOT_PLACES.test(m[1]!) || NOT_SUBJECT_PLACES.has(m[1]!.toLowerCase())) return undefined;
  const at = offset + m.index;
  return covered.some(([a, b]) => at >= a && at < b) ? undefined : m[1];
}

/** How far before a figure its place subject is looked for: a name, a verb and a hedge. */
const MAX_SUBJECT_REACH = 60;
/**
 * An unknown name right before a verb a place takes, with nothing but a hedge up to the figure;
 * the name may carry its kind of place ("Kurram district saw 130 deaths").
 */
const PLACE_SUBJECT = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)(?:[ \u00A0]+(?:district|province|region|valley|agency|division|city))?(?:[ \u00A0]+(?:alone|also|itself|too|only))?[ \u00A0]+(?:saw|sees|suffered|suffers|witnessed|witnesses|experienced|experiences|endured|endures|faced|faces|sustained|bore|bears|accounted[ \u00A0]+for|accounts[ \u00A0]+for)(?:[ \u00A0]+an?)?(?:[ \u00A0]+(?:around|about|roughly|some|nearly|almost|only|just|over|under|approximately|barely|less[ \u00A0]+than|more[ \u00A0]+than|close[ \u00A0]+to))?[ \u00A0]*$/u;
/** "Punjab's 30 attacks": an unknown name in the possessive right before the figure's phrase. */
/**
 * "Punjab saw about a dozen incidents, and Sindh fewer than twenty": a name opening a
 * coordinated clause whose verb is left out, right before the figure and its hedge.
 */
const ELIDED_PLACE_SUBJECT = /[,;][ \u00A0]*(?:and|but|while|whereas)[ \u00A0]+(\p{Lu}[\p{L}'’-]+)(?:[ \u00A0]+(?:around|about|roughly|some|nearly|almost|only|just|over|under|approximately|barely|(?:less|fewer|more)[ \u00A0]+than|close[ \u00A0]+to))?[ \u00A0]*$/u;
const PLACE_OWNER = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)['’]s(?:[ \u00A0]+[\p{Ll}-]+){0,2}[ \u00A0]*$/u;
/** Capitalised words before such a verb that are no place: pronouns and determiners opening a sentence. */
const NOT_SUBJECT_PLACES = new Set(['it', 'this', 'that', 'they', 'we', 'each', 'which', 'who', 'what', 'the', 'these', 'those', 'both', 'neither', 'either', 'all', 'together']);

/** Whether the words between a place and a figure make the place the figure's subject. */
function subjectOf(between: string): boolean {
  return between.length < 80 && (SUBJECT_VERB.test(between) || POSSESSIVE_PLACE.test(between));
}

/**
 * "India's Jammu and Kashmir saw about 130", "Pakistan's Khyber Pakhtunkhwa saw 300": the
 * subject is a place inside the possessor, and it, not the possessor, is the figure's setting.
 * Returns the inner place's name and where it starts, relative to `between`.
 */
function placeInPlace(between: string): { name: string; at: number } | undefined {
  if (between.length >= 80) return undefined;
  const inside = PLACE_IN_PLACE.exec(between);
  if (!inside || !SUBJECT_VERB.test(between.slice(inside[0].length))) return undefined;
  const at = inside[0].search(/\p{Lu}/u);
  return { name: inside[0].slice(at), at };
}

/** "'s Jammu and Kashmir", "'s Borno State": a possessive before a proper name. */
const PLACE_IN_PLACE = /^['’]s(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+(?:and|&)(?=[ \u00A0]+\p{Lu}))?)+(?:[ \u00A0]+(?:province|district|region|state|territory|valley|city|county|agency|division|tribal[ \u00A0]+district))?/u;

/**
 * "| Attacks in Punjab | 11 |": a row label sets its figures in the places it puts its measure
 * in, as "in Punjab" does in prose, known places by their actor and unknown ones by their word.
 */
function addLabelSettings(scope: PlaceScope, label: ProseBlock, mentions: readonly ActorMention[], knowledge: CheckKnowledge): void {
  const text = label.text;
  const covered: [number, number][] = [];
  // "in Balochistan and KP": the places listed after a locative are settings too.
  let listEnd: number | undefined;
  for (const m of mentions) {
    const start = textIndex(label, m.start);
    const end = textIndex(label, m.end);
    covered.push([start, end]);
    scope.parties.add(m.actorId);
    const listed = listEnd !== undefined && LIST_JOIN.test(text.slice(listEnd, start));
    listEnd = undefined;
    if (!PLACE_KINDS.has(knowledge.actor(m.actorId)?.kind ?? '') || !(listed || LOCATIVE.test(text.slice(Math.max(0, start - 40), start)))) continue;
    listEnd = end;
    scope.named.add(m.actorId);
    scope.actors.add(m.actorId);
    scope.settings.push(m.actorId);
  }
  for (const m of text.matchAll(UNKNOWN_PLACE)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!covered.some(([a, b]) => at >= a && at < b) && !NOT_PLACES.test(m[1]!)) scope.settings.push(containerOf(m[1]!, knowledge) ?? m[1]!);
  }
}


/** A column header saying its cells name places: "Province", "Province pair", "Region". */
const PLACE_HEADER = /\b(?:provinces?|regions?|places?|countr(?:y|ies)|districts?|areas?|locations?|territor(?:y|ies))\b/i;

/** A column header for the places of the columns beside it together. */
const TOGETHER_HEADER = /^[ \u00A0]*(?:both|combined|together|the[ \u00A0]+two|both[ \u00A0]+provinces)[ \u00A0]*$/iu;

/**
 * "| Balochistan and KP | 88% |" under a "Province pair" column: the cells of a figure's row
 * that sit in a column of places are the figure's settings, known places by their actor and
 * unknown ones ("Punjab") by their text.
 */
export function addRowPlaces(scope: PlaceScope, dc: DocumentContext, blockIndex: number, mentionsOf: (block: number) => readonly ActorMention[], knowledge: CheckKnowledge): void {
  const cell = dc.cell(blockIndex);
  if (!cell) return;
  for (const b of cell.row) {
    // "| Attacks elsewhere | 5% |" under "| Attacks in Balochistan and KP | 95% |", "| Attacks
    // outside Balochistan and KP | 5% |": a row label puts its figures outside places too.
    const label = dc.doc.blocks[b]!;
    addLabelSettings(scope, label, mentionsOf(b), knowledge);
    if (OUTSIDE_WORD.test(label.text)) scope.outside.push(...listedOutside(label, mentionsOf(b), 0, label.text.length));
    const elsewhere = ELSEWHERE.exec(label.text);
    if (elsewhere) {
      const before: string[] = [];
      for (let above = cell.above[0]; above < cell.above[1]; above++) before.push(...placesIn(dc.doc.blocks[above]!, mentionsOf(above), knowledge, 0, Infinity));
      if (before.length > 0) scope.outside.push(...before);
      else scope.settings.push(elsewhere[0]);
    }
  }
  // "| Measure | Balochistan | Khyber Pakhtunkhwa | Both |": a column header naming places sets
  // its figures there; "Both" or "Combined" sets them in the places its neighbours name.
  const placesOf = (b: number) => mentionsOf(b).filter((m) => PLACE_KINDS.has(knowledge.actor(m.actorId)?.kind ?? ''));
  if (cell.header !== undefined) {
    const headed = placesOf(cell.header);
    const together = headed.length === 0 && TOGETHER_HEADER.test(dc.doc.blocks[cell.header]!.text) ? (dc.cell(cell.header)?.row ?? []).flatMap(placesOf) : [];
    for (const m of together.length > 1 ? together : headed) {
      scope.named.add(m.actorId);
      scope.actors.add(m.actorId);
      scope.settings.push(m.actorId);
    }
  }
  for (const b of cell.row) {
    const header = dc.cell(b)?.header;
    if (header === undefined || !PLACE_HEADER.test(dc.doc.blocks[header]!.text)) continue;
    const places = placesOf(b);
    for (const m of places) {
      scope.named.add(m.actorId);
      scope.actors.add(m.actorId);
      scope.settings.push(m.actorId);
    }
    const label = dc.doc.blocks[b]!.text.trim();
    if (places.length === 0 && /^\p{Lu}/u.test(label) && !WHOLE_ROW.test(label)) scope.settings.push(containerOf(label, knowledge) ?? label);
  }
}
