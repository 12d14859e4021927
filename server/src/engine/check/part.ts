/**
 * Counts of a part of a fact's measure, which are never compared with its total:
 *  - one named group's or one target's attacks: as the subject of a verb ("The BLA carried out
 *    150 attacks", "The BLA was behind 150 attacks", "CPEC projects faced 12 attacks"), after
 *    the term ("attacks claimed by the BLA", "attacks on Chinese nationals"), or as a table
 *    row's label ("| BLA | 150 |" under "Attacks claimed in 2024");
 *  - a subset of a whole the sentence counts first: "Of the 1,612 fatalities in 2024, 685 were
 *    security personnel".
 * Generic agents ("militants carried out", "attacks by militants") and the country as target
 * ("The country endured", "attacks on Pakistan") count the whole.
 */
import type { ActorMention } from '../actors/model';
import type { Claim } from '../claims/model';
import type { ProseBlock } from '../markdown/model';
import { phraseStartOf, textIndex, type BlockContext } from './context';
import { PLACE_KINDS } from './places';
import type { Word } from './text';

/** The actors a block names and what kind each is, for telling groups from places. */
export interface Names {
  mentionsOf(block: number): readonly ActorMention[];
  kindOf(actorId: string): string | undefined;
}

/**
 * "The BLA carried out 150 attacks", "CPEC projects faced 12 attacks": the subject before the
 * figure. "The BLA … intensified attacks; by one count it claimed 150": a pronoun or "the
 * group" stands for the subject of its sentence (or of the one before), a group when that is
 * an armed group.
 */
export function partBySubject(ctx: BlockContext, claim: Claim, sentenceStart: number, names: Names): string | undefined {
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const before = text.slice(Math.max(sentenceStart, phraseStart - 60), phraseStart);
  // Cheap test first: the patterns below are anchored at the end and tried at every start.
  if (!SUBJECT_VERB_ENDS.has(lastWord(before))) return undefined;
  const group = GROUP_CARRIED_OUT.exec(before);
  if (group && !GENERIC_AGENTS.has(group[1]!.toLowerCase())) return oneGroup(group[1]!);
  const pronoun = GROUP_PRONOUN_CARRIED_OUT.exec(before);
  if (pronoun) {
    const antecedent = subjectBefore(ctx, sentenceStart, phraseStart - before.length + pronoun.index, names);
    if (antecedent && names.kindOf(antecedent.actorId) === 'armed-group') return oneGroup(antecedent.text);
  }
  const target = TARGET_FACED.exec(before);
  if (target && !WHOLE_TARGETS.has(target[1]!.toLowerCase()) && !allVictims(before.slice(0, target.index), target[1]!)) return oneTarget(target[1]!);
  return undefined;
}

/**
 * The actor a pronoun at block position `at` most likely stands for: the first one named in
 * its sentence before it, else the first one named in the sentence before.
 */
function subjectBefore(ctx: BlockContext, sentenceStart: number, at: number, names: Names): ActorMention | undefined {
  const mentions = names.mentionsOf(ctx.index);
  const inSentence = mentions.find((m) => textIndex(ctx.block, m.start) >= sentenceStart && textIndex(ctx.block, m.start) < at);
  if (inSentence) return inSentence;
  const previous = ctx.sentences.find(([, e]) => e === sentenceStart);
  return previous && mentions.find((m) => textIndex(ctx.block, m.start) >= previous[0] && textIndex(ctx.block, m.start) < sentenceStart);
}

/**
 * "attacks claimed by the BLA", "attacks on Chinese nationals or projects": the words right after
 * a term at block position `termEnd` name who carried out or what suffered the events counted.
 * A place as the target ("attacks on Pakistan") is where they happened, which scope.ts judges.
 */
export function partAfterTerm(ctx: BlockContext, termEnd: number, names: Names): string | undefined {
  const text = ctx.block.text;
  const m = AFTER_TERM.exec(text.slice(termEnd, termEnd + 80));
  if (!m) return undefined;
  const who = m[2]!;
  if (m[1]!.toLowerCase().endsWith('by')) {
    // "by the CRSS count", "by PIPS's tally": who counted the events, not who carried them out.
    if (SOURCE_RECKONING.test(text.slice(termEnd + m.index + m[0].length))) return undefined;
    return /^\p{Lu}/u.test(who) && !GENERIC_AGENTS.has(who.toLowerCase()) ? oneGroup(who) : undefined;
  }
  if (WHOLE_TARGETS.has(who.toLowerCase())) return undefined;
  const at = termEnd + m.index + m[0].length - who.length;
  // "attacks on Pakistan" are attacks in it; "attacks on Chinese nationals" are on people.
  const place = names.mentionsOf(ctx.index).find((n) => textIndex(ctx.block, n.start) === at && PLACE_KINDS.has(names.kindOf(n.actorId) ?? ''));
  const modifier = place && /^[ \u00A0]+(\p{Ll}+)/u.exec(text.slice(textIndex(ctx.block, place.end)));
  return place && !(modifier && !NO_NOUN.test(modifier[1]!)) ? undefined : oneTarget(who);
}

/**
 * "| BLA | 150 |": a table row whose label (its first cell) is nothing but the name of one
 * actor that can carry out or suffer attacks (a group, a person, a project, no place) counts
 * that actor's share of the column's measure. Organisations and institutions in a row are
 * where a figure comes from ("| Attacks, 2024 | 444 | CRSS |"), not whose attacks it counts.
 */
export function partByRowLabel(label: BlockContext, names: Names): string | undefined {
  if (label.claims.length > 0) return undefined;
  const m = onlyName(label.block, names.mentionsOf(label.index));
  const kind = m && (names.kindOf(m.actorId) ?? '');
  if (kind === undefined || PLACE_KINDS.has(kind) || SOURCE_KINDS.has(kind)) return undefined;
  return oneGroup(m!.text);
}

/**
 * The one actor a block (a table label) names, when it says nothing else ("BLA", "the TTP’s"),
 * or, with `bracketedNote`, nothing but a bracketed note ("CRSS (2024)").
 */
export function onlyName(block: ProseBlock, mentions: readonly ActorMention[], bracketedNote = false): ActorMention | undefined {
  if (mentions.length !== 1) return undefined;
  const m = mentions[0]!;
  const rest = block.text.slice(0, textIndex(block, m.start)) + block.text.slice(textIndex(block, m.end));
  return (bracketedNote ? NAME_WITH_NOTE : NAME_ALONE).test(rest) ? m : undefined;
}

/** What may stand beside the name: "the", a possessive; with a note, a bracketed one ("CRSS (2024)"). */
const NAME_ALONE = /^[\s]*(?:the[\s]+)?['’]?s?[\s]*$/iu;
const NAME_WITH_NOTE = /^[\s]*(?:the[\s]+)?['’]?s?[\s]*(?:\([^()]*\))?[\s]*$/iu;

/**
 * "Of the 1,612 fatalities in 2024, 685 were security personnel": a count after a clause
 * opening "Of the <count> …," is a part of that whole.
 */
export function partOfWholeBefore(ctx: BlockContext, claim: Claim, sentenceStart: number): string | undefined {
  // "(roughly 422 of 444)", "700 of the 1,612 were soldiers": a count followed by "of" and
  // another count is a part of that other.
  const of = COUNT_OF.exec(ctx.block.text.slice(claim.textEnd, claim.textEnd + 40));
  const after = of && ctx.claims.find((c) => c.kind === 'count' && c.textStart === claim.textEnd + of[0].length);
  if (after) return `the figure counts a part of the ${ctx.block.text.slice(after.textStart, after.textEnd)} after it`;
  const clauseStart = wholeOpening(ctx, claim, sentenceStart);
  if (clauseStart === undefined) return undefined;
  const whole = ctx.claims.find((c) => c !== claim && c.kind === 'count' && c.textStart >= clauseStart && c.textEnd <= claim.textStart);
  return whole ? `the figure counts a part of the ${ctx.block.text.slice(whole.textStart, whole.textEnd)} before it` : undefined;
}

/** "of" or "out of" and any article or hedge between a part and its whole's count. */
const COUNT_OF = /^[ \u00A0]+(?:out[ \u00A0]+)?of[ \u00A0]+(?:(?:the|a|an|some|about|around|roughly|nearly|over|more[ \u00A0]+than)[ \u00A0]+){0,2}/u;

/** Where a clause opening "Of the <whole> …," right before the figure starts, if it has one. */
export function wholeOpening(ctx: BlockContext, claim: Claim, sentenceStart: number): number | undefined {
  const text = ctx.block.text;
  // From the figure itself: the claim reader may take the opening into the figure's phrase.
  const clauseStart = Math.max(sentenceStart, text.lastIndexOf(';', claim.textStart) + 1);
  return OF_WHOLE.test(text.slice(clauseStart, claim.textStart)) ? clauseStart : undefined;
}

/** Whether a subject or agent names militancy as a whole ("militants", "terrorists"), not one group. */
export const genericAgent = (word: string): boolean => GENERIC_AGENTS.has(word.toLowerCase());

/** Whether a lower-case subject or target stands for the country as a whole ("the country"). */
export const wholeTarget = (word: string): boolean => WHOLE_TARGETS.has(word.toLowerCase());

export const oneGroup = (name: string) => `the figure counts the attacks of one group (“${name}”), a part of the measure`;
const oneTarget = (name: string) => `the figure counts the attacks on one target (“${name}”), a part of the measure`;

/** The last word of each pattern below: "carried out", "faced", "came under", "hit by", "targeted in"… */
const SUBJECT_VERB_ENDS = new Set(['out', 'conducted', 'launched', 'staged', 'mounted', 'perpetrated', 'claimed', 'faced', 'suffered', 'endured', 'experienced', 'under', 'by', 'in', 'behind', 'for']);

/** The last word of `text`, in lower case, before any trailing spaces. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

const GROUP_CARRIED_OUT = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)(?:['’]s)?[ \u00A0]+(?:(?:has|have|had|alone)[ \u00A0]+)?(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|perpetrated|(?:was|were|is|are|has[ \u00A0]+been|had[ \u00A0]+been)[ \u00A0]+(?:behind|responsible[ \u00A0]+for)|claimed[ \u00A0]+(?:responsibility|credit)[ \u00A0]+for)[ \u00A0]+$/u;
/** A pronoun for a group as the subject of carrying out or claiming the events: "it claimed", "the group carried out". */
const GROUP_PRONOUN_CARRIED_OUT = /(?<![\p{L}])(?:it|the[ \u00A0]+group)[ \u00A0]+(?:(?:has|had|alone|also|itself)[ \u00A0]+)?(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|perpetrated|claimed|(?:was|is|has[ \u00A0]+been|had[ \u00A0]+been)[ \u00A0]+(?:behind|responsible[ \u00A0]+for))[ \u00A0]+$/iu;
const TARGET_FACED = /(?<![\p{L}])(?!(?:has|have|had|actually|also|again|still|even|only|already|just|then|once|ever|never|indeed|alone|itself|together|overall|reportedly|allegedly|apparently|officially|eventually|ultimately|collectively)[ \u00A0])(\p{Ll}[\p{L}-]*)[ \u00A0]+(?:(?:has|have|had)[ \u00A0]+)?(?:faced|suffered|endured|experienced|came[ \u00A0]+under|were[ \u00A0]+hit[ \u00A0]+by|were[ \u00A0]+targeted[ \u00A0]+in)[ \u00A0]+$/u;
/** A reckoning noun after a name: "(by the CRSS) count", "('s) tally", "estimates", "figures". */
const SOURCE_RECKONING = /^(?:['’]s?)?(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*)*[ \u00A0]+(?:count|counts|tally|tallies|estimate|estimates|figures?|data|reckoning|numbers|calculations?|database|records?)(?![\p{L}])/u;
/** Who carried out (1: "by") or what suffered (1: "on", "against") the events, 2: its first word. */
const AFTER_TERM = /^[ \u00A0]+((?:claimed|carried[ \u00A0]+out|perpetrated|conducted|staged|mounted)[ \u00A0]+by|by|on|against|targeting)[ \u00A0]+(?:the[ \u00A0]+)?([\p{L}][\p{L}'’-]*)/iu;
/**
 * A clause opening "Of the <whole> …," up to the figure: "Of the 444 attacks recorded in 2024, ",
 * and any focus or hedge words before the figure ("…, only about 60 per cent occurred in …").
 * A label may lead it: "Answer: Of the 444 attacks …", "A. Of the …" (a parliamentary reply).
 */
const OF_WHOLE = /^[ \u00A0]*(?:\p{Lu}\p{L}{0,11}[:.][ \u00A0]+)?[Oo]f[ \u00A0]+(?:the|all|all[ \u00A0]+the|these|those|its|their)[ \u00A0](?:[^,;:]|(?<=\d),(?=\d))*,[ \u00A0]*(?:(?:only|just|some|about|around|roughly|nearly|almost|approximately|over|under|perhaps|an[ \u00A0]+estimated|more[ \u00A0]+than|less[ \u00A0]+than|fewer[ \u00A0]+than)[ \u00A0]+){0,3}$/u;
/** Lower-case words after a place that are no noun it modifies: "attacks on Pakistan rose". */
const NO_NOUN = /^(?:in|on|at|by|for|during|since|and|or|from|to|over|across|through|was|were|is|are|had|has|have|rose|fell|grew|hit|stood|topped|made|\p{L}+ed)$/u;
/** Actor kinds that publish figures rather than carry out or suffer attacks. */
export const SOURCE_KINDS: ReadonlySet<string> = new Set(['organisation', 'institution']);
/** Subjects and agents that are militancy as a whole, not one named group. */
const GENERIC_AGENTS = new Set(['militants', 'terrorists', 'insurgents', 'gunmen', 'attackers', 'groups', 'they', 'it', 'pakistan', 'militant', 'terrorist', 'armed', 'unknown', 'all', 'various', 'several', 'multiple']);
/**
 * "security forces and civilians faced 300 attacks", "civilians and soldiers suffered …": the
 * state's forces and the civilians joined are every victim militants' attacks have, so the
 * coordinated subject is the whole, not one target. `before` is the text before the last
 * conjunct `last`.
 */
function allVictims(before: string, last: string): boolean {
  const first = /(?<![\p{L}])(\p{L}+)[ \u00A0]+(?:and|&)[ \u00A0]+$/u.exec(before)?.[1]?.toLowerCase();
  if (!first) return false;
  const a = last.toLowerCase();
  return (STATE_VICTIMS.has(first) && CIVILIAN_VICTIMS.has(a)) || (CIVILIAN_VICTIMS.has(first) && STATE_VICTIMS.has(a));
}

/**
 * "612 civilians and soldiers", "1,012 citizens and security personnel": the civilians and the
 * state's forces joined after a figure count every victim, as the source's own "lethal year for
 * both the security forces and civilians" does, so the pair is the whole toll, like "people".
 * Returns the index of the pair's last word when `words[i]` opens one.
 */
export function allVictimsAt(words: readonly Word[], i: number): number | undefined {
  const groupEnd = (j: number, group: ReadonlySet<string>): number | undefined => {
    const k = STATE_MODIFIERS.has(words[j]?.lower ?? '') ? j + 1 : j;
    return group.has(words[k]?.lower ?? '') ? k : undefined;
  };
  for (const [first, second] of [[CIVILIAN_VICTIMS, STATE_VICTIMS], [STATE_VICTIMS, CIVILIAN_VICTIMS]] as const) {
    const end = groupEnd(i, first);
    if (end === undefined || !['and', '&'].includes(words[end + 1]?.lower ?? '')) continue;
    const pairEnd = groupEnd(end + 2, second);
    if (pairEnd !== undefined) return pairEnd;
  }
  return undefined;
}

/** Words before a state victim noun that belong to it: "security personnel", "security forces". */
const STATE_MODIFIERS = new Set(['security', 'law-enforcement', 'armed']);
const STATE_VICTIMS = new Set(['forces', 'soldiers', 'troops', 'personnel', 'police', 'policemen', 'army', 'military', 'officers']);
const CIVILIAN_VICTIMS = new Set(['civilians', 'citizens', 'residents', 'people', 'public', 'population']);

/** Lower-case subjects that are the country as a whole, or stand for it. */
const WHOLE_TARGETS = new Set(['country', 'nation', 'state', 'it', 'they', 'we', 'people', 'pakistanis', 'population', 'citizens']);
