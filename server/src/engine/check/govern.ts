/**
 * Which measure a count or percent is about: the nearest fact term that governs it in its
 * sentence. In order:
 *  0. a term inside the figure's own phrase, before it: the noun of a proportion written
 *     denominator first ("Of every 20 attacks, 12 took place…");
 *  1. the noun phrase right after the figure and its hedge words ("1,612 fatalities", "1,612+
 *     fatalities", "444 terrorist attacks", "95% of all terrorist attacks", "two-thirds of the
 *     444 attacks", "1,612 people were killed"); if that phrase names
 *     something else ("1,700 injured", "a 20% rise"), the figure is about that and is not linked,
 *     and a comparative after it ("20% more than in 2023") makes it a difference, never a level;
 *  2. a term before it joined by linking words only ("the death toll rose to 1,700",
 *     "Fatalities (2024): 1,612", "attacks numbered 444"), past an aside between commas
 *     ("attacks in 2024 were, by CRSS's count, roughly 474");
 *  (1, 2) a pronoun in either place refers back to the term just before it in the sentence:
 *     "444 attacks, 90 per cent of them in two provinces", "444 attacks occurred in 2024, of
 *     which nine in ten were in KP", "fatalities in 2023 stood at 1,524, and in 2024 they rose
 *     again, to 1,900"; a pronoun opening the sentence refers to
 *     the measure of the sentence before ("…1,500 deaths; by 2024 that had climbed to 1,800");
 *  3. in a table cell: a term in the other cells of the row, or in the column's header;
 *  4. otherwise a term elsewhere in the sentence: an uncertain link, which
 *     never warns.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import { phraseEndOf, phraseStartOf, sentenceAt, textIndex, type BlockContext, type DocumentContext } from './context';
import type { TermHit, ValueKind } from './factIndex';
import { measureElsewhere } from './elsewhere';
import { afterPersonAside, changeAmount, enumerator, FUNCTION, lostObject, namedFigureGap, PERSON_VERBS, PERSONS, personsOfOurs, reportInRelative, singleIncidentSubject, yearLabel } from './phrase';
import { allVictimsAt, partAfterTerm, partByRowLabel, partBySubject, partOfWholeBefore, wholeOpening, type Names } from './part';
import { PLACE_KINDS } from './places';
import { subgroupLabel } from './rowPart';
import { incidentsOfSubgroup } from './subgroupIncidents';
import { repeatedFigure } from './repeat';
import { bareFigureMeasure } from './bareFigure';
import { words, type Word } from './text';
import { attacksByTimes } from './times';
import { rateAfter } from './rate';
import { firstIndexWhere } from '../sorted';

export type LinkHow = 'after' | 'before' | 'pronoun' | 'row' | 'header' | 'sentence';

export interface MeasureLink {
  facts: Fact[];
  how: LinkHow;
  /** False when the prose does not say clearly that the figure is about these facts. */
  certain: boolean;
  /** The term as written, for hovers. */
  term: string;
  /** The stems of the fact term that matched. */
  stems: string[];
}

export type MeasureResult = { link: MeasureLink } | { reason: string };

/**
 * Modifiers and nouns that make the figure a part of the measure, not the measure: "1,700
 * civilians killed", "444 suicide attacks". Such a figure is another measure.
 */
const SUBGROUP = new Set(
  'civilian civilians soldier soldiers troops personnel police policemen officer officers militants terrorists insurgents child children women men worker workers student students suicide drone sectarian targeted cross-border ied forces army foreign foreigners chinese expatriates journalists pilgrims tourists engineers'.split(' '),
);
/**
 * Whether a modifier names a subgroup, hyphenated compounds by their head in either number:
 * "security-force deaths", "police-officer deaths" count a part, like "soldiers killed".
 */
export function namesSubgroup(lower: string): boolean {
  if (SUBGROUP.has(lower)) return true;
  const head = lower.slice(Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('‐'), lower.lastIndexOf('‑')) + 1);
  return head !== lower && (SUBGROUP.has(head) || SUBGROUP.has(`${head}s`));
}

/**
 * Words allowed between a term and the figure it governs ("the death toll rose to 1,700"); the
 * bare verbs after "saw", "did" or "to" too ("saw attacks rise to 448").
 */
const LINKING = new Set(
  'rise climb fall drop decline grow jump surge soar doubled tripled halved reach exceed surpass top remain was were is are be been being has have had stood stand stands remained remains stayed at from rose risen climbed fell fallen dropped declined decreased increased grew grown jumped surged soared reached reaching crossed crossing breached passed exceeded surpassed topped hit totalled totaled totalling totaling total numbered numbering amounted amounting came come to of the a an in for during across around about approximately roughly nearly almost some over more than less fewer least most under up put estimated reportedly officially recorded reported registered documented counted just only well year last this according as high many figure toll number count tally total frequency overall went gone again past above below beyond terrorism violence militancy terrorist militant terrorism-related'.split(' '),
);
/** Verbs joining a part to its share of a whole: "attacks in KP made up 60%", "accounted for". */
const SHARE_LINKING = new Set(['made', 'make', 'makes', 'accounted', 'account', 'accounts', 'represented', 'represent', 'represents', 'constituted', 'constitute', 'constitutes', 'comprised', 'formed']);
/** Nouns naming the whole a share is of, measured by the share's subject: "65% of the national total". */
const WHOLE_NOUNS = new Set(['total', 'totals', 'tally', 'whole']);
const MONEY_BEFORE = /(?:[$£€₨¥]|\b(?:Rs|PKR|USD|US\$)\.?)[ \u00A0]?$/;
/** Words that make the figure before them a change, not a level: "rose by 20%". */
const CHANGE_BEFORE = new Set(['by', 'from']);
/** A comparative after a figure: "20% more than in 2023", "300 fewer attacks than". A difference. */
const COMPARED_AFTER = /^(?:[ \u00A0]*(?:%|per[ \u00A0]?cent|percent))?[ \u00A0]+(?:more|less|fewer|higher|lower|greater|larger|smaller|up|down)(?:[ \u00A0]+\p{L}+){0,2}[ \u00A0]+than(?![\p{L}])/iu;
const DATED_START = /^[ \u00A0]+in[ \u00A0]+(?:19|20)\d\d(?![\p{N}])/u;
/**
 * Causes of death and harm other than militant violence. A figure after one in its sentence
 * ("the monsoon floods killed 368 people", "road accidents killed 5,000") counts another
 * measure, although it uses the fatalities words.
 */
const OTHER_CAUSES = new Set(
  'flood floods flooding monsoon earthquake earthquakes quake accident accidents crash crashes collision collisions disease diseases epidemic pandemic covid covid-19 dengue cholera malaria heatwave heatwaves landslide landslides avalanche avalanches cyclone cyclones storm storms drowning smog famine'.split(' '),
);

export function linkMeasure(dc: DocumentContext, ctx: BlockContext, claim: Claim, kind: ValueKind, names: Names): MeasureResult {
  const sentence = sentenceAt(ctx, claim.textStart);
  // "$2 billion", "Rs 50 billion": money, whatever the sentence's measure ("the toll").
  if (MONEY_BEFORE.test(ctx.block.text.slice(Math.max(0, claim.textStart - 5), claim.textStart))) return { reason: 'the figure is an amount of money' };
  // Only a cause before the figure is its subject; one after it is a comparison ("…, more than the floods").
  const cause = ctx.words.find((w) => w.start >= sentence[0] && w.end <= claim.textStart && OTHER_CAUSES.has(w.lower));
  if (cause) return { reason: `the sentence is about “${cause.lower}”, not militant violence` };
  if (kind === 'count' && yearLabel(ctx.block.text, claim)) return { reason: 'the figure is a year labelling the measure after it (“2024 attacks: …”), not a count' };
  const repeat = repeatedFigure(ctx, claim, sentence[0]);
  if (repeat) return { reason: repeat };
  const whole = kind === 'count' ? (partOfWholeBefore(ctx, claim, sentence[0]) ?? incidentsOfSubgroup(ctx, claim, sentence[0])) : undefined;
  if (whole) return { reason: whole };
  // "Of every 20 attacks, 12 took place…": the share's noun stands inside its own phrase.
  const inPhrase = termInPhrase(ctx, claim, kind) ?? placedShareOfOpening(ctx, claim, kind, sentence[0]) ?? placedShareOfWhich(ctx, claim, kind, sentence[0], names) ?? placesShareOfOpening(ctx, claim, kind, sentence, names) ?? measureElsewhere(dc, ctx, claim, kind, sentence, names);
  if (inPhrase) return inPhrase;
  const times = kind === 'count' ? attacksByTimes(dc, ctx, claim, sentence[0], names) : undefined;
  if (times && 'reason' in times) return times;
  if (times && ofKind(times.hit, kind).length > 0) return { link: { facts: ofKind(times.hit, kind), how: 'before', certain: true, term: `${times.written} … times`, stems: times.hit.stems } };
  const after = afterFigure(ctx, claim, kind, sentence, names);
  const share = after.hit && kind === 'count' ? partBySubject(ctx, claim, sentence[0], names) ?? partAfterTerm(ctx, after.hit.end, names) : undefined;
  if (share) return { reason: share };
  if (after.hit && after.back) {
    const back = pointedBack(dc, ctx, claim, after.hit);
    if (back.part) return { reason: back.part };
    return linked(ctx.block.text, after.hit, kind, 'after', after.certain && back.found);
  }
  if (after.hit) return linked(ctx.block.text, after.hit, kind, after.how ?? 'after', after.certain);
  // "Attacks in Balochistan and KP made up 65% of the national total": a share of the whole,
  // whose measure is the subject before the figure.
  const ofWhole = kind === 'percent' && after.other !== undefined && WHOLE_NOUNS.has(after.other.toLowerCase());
  const shareBack = kind === 'percent' && after.other !== undefined && (OF_PRONOUNS.has(after.other) || ofWhole) ? placedShareOfPrevious(ctx, claim, kind, sentence, names) : undefined;
  if (shareBack) return shareBack;
  if (after.other && !ofWhole && !measureOfBefore(ctx, claim, kind, sentence[0], after.other)) return { reason: `the figure is about “${after.other}”, which no fact in the fact base measures` };

  if (COMPARED_AFTER.test(ctx.block.text.slice(claim.textEnd, claim.textEnd + 40))) return { reason: 'the figure is a difference (“more than …”), not a level' };
  const before = beforeFigure(ctx, claim, kind, sentence[0]);
  if ('hit' in before) return linked(ctx.block.text, before.hit, kind, before.how, before.certain);
  if (before.reason) return { reason: before.reason };

  const cell = dc.cell(ctx.index);
  if (cell) {
    const termsIn = (b: number) => {
      const cellCtx = dc.block(b);
      return cellCtx.hits.filter((h) => ofKind(h, kind).length > 0 && !ofAnotherThing(cellCtx, h, kind)).map((h) => ({ h, text: cellCtx.block.text, cell: cellCtx }));
    };
    const fromRow = cell.row.flatMap(termsIn);
    const fromHeader = cell.header === undefined ? [] : termsIn(cell.header);
    const [first, ...rest] = [...fromRow, ...fromHeader];
    if (first) {
      const part = cell.row.map((b) => subgroupLabel(dc.block(b))).find((w) => w !== undefined);
      if (part) return { reason: `its table row is about “${part}”, a part of any measure in the fact base` };
      // "| BLA | 150 |" under "Attacks claimed in 2024", "| Attacks on Chinese nationals | 6 |".
      const share = kind === 'count' ? (partByRowLabel(dc.block(cell.row[0]!), names) ?? [first, ...rest].map((t) => partAfterTerm(t.cell, t.h.end, names)).find((r) => r !== undefined)) : undefined;
      if (share) return { reason: share };
      const how = fromRow.length > 0 ? 'row' : 'header';
      // "| Province pair | Share of terrorist attacks |": several terms, one measure between them.
      const facts = ofKind(first.h, kind);
      const agree = rest.every((r) => sameFacts(ofKind(r.h, kind), facts));
      return linked(first.text, first.h, kind, how, agree);
    }
  }

  const bare = bareFigureMeasure(ctx, claim, kind, sentence, names, dc.index);
  if (bare) return linked(ctx.block.text, bare.hit, kind, bare.how, bare.certain);
  const inSentence = ctx.hits.filter((h) => h.start >= sentence[0] && h.end <= sentence[1] && ofKind(h, kind).length > 0);
  if (inSentence.length > 0) return linked(ctx.block.text, nearest(inSentence, claim.textStart), kind, 'sentence', false);
  return { reason: 'no term of a fact in the fact base governs this figure' };
}

/**
 * What "those attacks" points back to: the last earlier mention of the same measure in the
 * block, or else in the block before it (the previous item of a list). The link is certain
 * only when that mention is found, and none when it counts a part ("200 suicide attacks …
 * 80% of those attacks" is a share of the suicide attacks, not of all attacks).
 */
function pointedBack(dc: DocumentContext, ctx: BlockContext, claim: Claim, hit: TermHit): { found: boolean; part?: string } {
  const same = (h: TermHit) => h.facts.some((f) => hit.facts.includes(f));
  const inBlock = ctx.hits.filter((h) => h.end <= claim.textStart && same(h));
  let where = ctx;
  let antecedent: TermHit | undefined = inBlock[inBlock.length - 1];
  if (!antecedent && dc.inRange(ctx.index - 1)) {
    where = dc.block(ctx.index - 1);
    antecedent = where.hits.filter(same).pop();
  }
  if (!antecedent) return { found: false };
  const modifier = where.words[antecedent.first - 1];
  if (modifier && namesSubgroup(modifier.lower)) return { found: true, part: `“these”/“those” points back to ${modifier.lower} ${where.block.text.slice(antecedent.start, antecedent.end)}, a part of the measure` };
  return { found: true };
}

/**
 * "| Share of Afghan transit trade | 60% |": a term of a table label followed by "of" and a
 * thing no term of the kind names is a measure of that thing ("share of trade"), not the
 * fact's. "Share of attacks in KP" names the attacks; "Attacks of 2024" only dates them.
 */
function ofAnotherThing(cell: BlockContext, hit: TermHit, kind: ValueKind): boolean {
  const next = cell.words[hit.last];
  if (next?.lower !== 'of') return false;
  const thing = cell.words.slice(hit.last + 1).find((w) => !OF_DETERMINERS.has(w.lower));
  if (!thing || /^\d/.test(thing.lower)) return false;
  return !cell.hits.some((h) => h.first > hit.last && ofKind(h, kind).length > 0);
}

const OF_DETERMINERS = new Set(['the', 'all', 'its', 'their', 'total']);
/** Term nouns that name a share, whose measure is their "of": "a 90% share of attacks". */
const SHARE_TERMS = new Set(['share', 'shares', 'proportion', 'proportions', 'percentage', 'percentages', 'fraction', 'fractions', 'portion', 'portions']);
/** Nouns of a share that no fact term names, read past to their "of": "a 90% concentration of attacks". */
const SHARE_NOUNS = new Set(['concentration', 'portion', 'fraction', 'percentage']);

function sameFacts(a: readonly Fact[], b: readonly Fact[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}

function linked(text: string, hit: TermHit, kind: ValueKind, how: LinkHow, certain: boolean): MeasureResult {
  return { link: { facts: ofKind(hit, kind), how, certain, term: text.slice(hit.start, hit.end), stems: hit.stems } };
}

export function ofKind(hit: TermHit, kind: ValueKind): Fact[] {
  return hit.facts.filter((f) => f.value?.kind === kind);
}

function nearest(hits: TermHit[], pos: number): TermHit {
  return hits.reduce((a, b) => (Math.abs(b.start - pos) < Math.abs(a.start - pos) ? b : a));
}

/**
 * A term between the start of the claim's phrase and its figure: the noun of a proportion
 * written denominator first ("Of every 20 attacks, 12"), linked as a term before the figure.
 * A subgroup ("Of every 20 suicide attacks") or a term no fact of the kind measures ("Of every
 * 20 deaths, 12 were civilians") makes the share another measure's.
 */
function termInPhrase(ctx: BlockContext, claim: Claim, kind: ValueKind): MeasureResult | undefined {
  const phraseStart = textIndex(ctx.block, claim.phraseStart);
  if (phraseStart >= claim.textStart) return undefined;
  let hit: TermHit | undefined;
  for (const h of ctx.hits) {
    if (h.start >= claim.textStart) break;
    if (h.start >= phraseStart && h.end <= claim.textStart) hit = h;
  }
  if (!hit) return undefined;
  const text = ctx.block.text;
  const modifier = ctx.words[hit.first - 1];
  if (modifier && modifier.start >= phraseStart && namesSubgroup(modifier.lower)) {
    return { reason: `the figure is about “${modifier.lower} ${text.slice(hit.start, hit.end)}”, a part of the measure` };
  }
  if (ofKind(hit, kind).length === 0) return { reason: `the figure is about “${text.slice(hit.start, hit.end)}”, which no ${kind} fact measures` };
  return linked(text, hit, kind, 'before', true);
}

/**
 * "Of those attacks, three-quarters occurred in Balochistan and KP": a share after a clause
 * opening "Of the <term>," whose own words only say where it took place is a share of that
 * term. Other words after it ("60% were claimed by the TTP") make it a share of another thing.
 */
function placedShareOfOpening(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number): MeasureResult | undefined {
  if (kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const end = phraseEndOf(ctx, claim);
  if (!PLACED_AFTER.test(text.slice(end, end + 40))) return undefined;
  const opening = wholeOpening(ctx, claim, sentenceStart);
  if (opening === undefined) return undefined;
  let hit: TermHit | undefined;
  for (const h of ctx.hits) {
    if (h.end > claim.textStart) break;
    if (h.start >= opening) hit = h;
  }
  return hit && ofKind(hit, kind).length > 0 ? linked(text, hit, kind, 'before', true) : undefined;
}

/**
 * "Of all the terrorist attacks that Pakistan suffered in 2024, in cities and villages, …,
 * Balochistan and KP together accounted for 65%": a share ending its sentence after a verb of
 * making up, whose subject clause names places, is those places' share of the term the
 * sentence opens with ("Of all the <term>"). A subject naming no place ("suicide bombings
 * accounted for 12%") is a kind of the whole, and is left to the other rules.
 */
function placesShareOfOpening(ctx: BlockContext, claim: Claim, kind: ValueKind, [sentenceStart, sentenceEnd]: [number, number], names: Names): MeasureResult | undefined {
  if (kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const opening = OF_ALL_THE.exec(text.slice(sentenceStart, sentenceStart + 40));
  if (!opening) return undefined;
  const phraseStart = phraseStartOf(ctx, claim);
  const before = text.slice(sentenceStart, phraseStart);
  const verb = SHARE_VERB_BEFORE.exec(before);
  if (!verb) return undefined;
  let end = phraseEndOf(ctx, claim);
  end += PERCENT_UNIT.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  if (!/^[ \u00A0]*[.!?]?["”’)]*[ \u00A0]*$/u.test(text.slice(end, sentenceEnd))) return undefined;
  const hit = ctx.hits.find((h) => h.start >= sentenceStart + opening[0].length && h.end <= phraseStart);
  if (!hit || /[,;:]/.test(text.slice(sentenceStart + opening[0].length, hit.start))) return undefined;
  const subjectStart = sentenceStart + before.lastIndexOf(',', verb.index) + 1;
  const placed = names.mentionsOf(ctx.index).some((m) => {
    const at = textIndex(ctx.block, m.start);
    return at >= subjectStart && at < sentenceStart + verb.index && PLACE_KINDS.has(names.kindOf(m.actorId) ?? '');
  });
  return placed && ofKind(hit, kind).length > 0 ? linked(text, hit, kind, 'before', true) : undefined;
}

const OF_ALL_THE = /^[ \u00A0]*[Oo]f[ \u00A0]+(?:all[ \u00A0]+)?(?:the[ \u00A0]+)?/u;
const SHARE_VERB_BEFORE = /(?<![\p{L}])(?:accounted[ \u00A0]+for|made[ \u00A0]+up|represented|constituted|comprised)[ \u00A0]+$/u;

/** Words after a share saying only where it took place: "occurred in", "were in", "took place across". */
const PLACED_AFTER = /^(?:[ \u00A0]*(?:%|per[ \u00A0]?cent|percent))?[ \u00A0]+(?:of[ \u00A0]+them[ \u00A0]+)?(?:(?:were|was)[ \u00A0]+)?(?:(?:(?:occurred|took[ \u00A0]+place|happened|recorded|concentrated|located)[ \u00A0]+)?(?:in|across|within|inside)(?![\p{L}])|(?:struck|hit)[ \u00A0]+(?=\p{Lu}))/u;

interface After {
  hit?: TermHit;
  certain: boolean;
  how?: LinkHow;
  other?: string;
  /** "85% of those attacks": the term was read after a demonstrative, which points back to it. */
  back?: boolean;
}

/** A figure put first, then named: "1,216: that is how many", "344: the number of terrorist attacks". */
const HOW_MANY_AFTER = /^[ \u00A0]*[:—–][ \u00A0]*(?:(?:that|this)(?:[ \u00A0]+is|[ \u00A0]+was|['’]s)[ \u00A0]+)?(?:how[ \u00A0]+many|the[ \u00A0]+number[ \u00A0]+of)(?=[ \u00A0])/iu;

/** The noun phrase right after the figure (and its unit). */
function afterFigure(ctx: BlockContext, claim: Claim, kind: ValueKind, [sentenceStart, sentenceEnd]: [number, number], names: Names): After {
  const text = ctx.block.text;
  // From the end of the hedge words: "1,612+ fatalities", "1,600 or more fatalities".
  let pos = phraseEndOf(ctx, claim);
  const unit = PERCENT_UNIT.exec(text.slice(pos, pos + 12));
  if (kind === 'percent' && unit) pos += unit[0].length;
  if (rateAfter(text, pos)) return { certain: false, other: 'a rate (“per …”)' };
  // "1,216: that is how many people … lost their lives": the phrase after "how many" is the figure's.
  if (!enumerator(text, claim)) pos += HOW_MANY_AFTER.exec(text.slice(pos, pos + 40))?.[0].length ?? 0;
  let i = ctx.words.findIndex((w) => w.start >= pos);
  if (i < 0) return { certain: false };
  const modifiers: Word[] = [];
  let person = false;
  let leadingOf = kind === 'percent';
  let ofRead = false;
  let back = false;
  for (let prevEnd = pos; i < ctx.words.length && ctx.words[i]!.start < sentenceEnd; i++) {
    const w = ctx.words[i]!;
    // Only spaces (or a footnote mark, U+FFFC) may separate the words of the phrase, or an aside
    // between commas after its persons: "More than 3,000 people, the CRSS data show, were killed".
    if (!/^[\s\uFFFC]*$/.test(text.slice(prevEnd, w.start))) {
      const resumed = person && modifiers.length === 0 ? afterPersonAside(ctx, i, prevEnd, sentenceEnd) : undefined;
      if (resumed === undefined) break;
      i = resumed - 1;
      prevEnd = ctx.words[resumed]!.start;
      continue;
    }
    prevEnd = w.end;
    const hit = ctx.hits.find((h) => h.first === i);
    if (hit) {
      // "a 90% share of attacks", "a 40% share of the vote": a share noun's measure is its "of".
      // Another term's "of" only qualifies it: "two in three attacks of 2024" are attacks.
      if (kind === 'percent' && leadingOf && !ofRead && ctx.words[hit.last]?.lower === 'of' && SHARE_TERMS.has(ctx.words[hit.last - 1]?.lower ?? '')) {
        const thing = ctx.words.slice(hit.last + 1).findIndex((x) => !OF_DETERMINERS.has(x.lower)) + hit.last + 1;
        const thingHit = ctx.hits.find((h) => h.first === thing);
        if (!thingHit || ofKind(thingHit, kind).length === 0) return { certain: false, other: `${text.slice(hit.start, hit.end)} of ${ctx.words[thing]?.lower ?? '…'}` };
        i = hit.last - 1;
        prevEnd = ctx.words[i]!.end;
        continue;
      }
      if (ofKind(hit, kind).length === 0) return { certain: false, other: text.slice(hit.start, hit.end) };
      const object = lostObject(ctx, hit);
      if (object) return { certain: false, other: `lost ${object}` };
      // "1,700 civilians killed" or "444 suicide attacks" count a part of the measure.
      const partOf = modifiers.find((m) => namesSubgroup(m.lower));
      if (partOf) return { certain: false, other: `${partOf.lower} ${text.slice(hit.start, hit.end)}` };
      // "300 martyred soldiers": a term as a participle before a subgroup counts the subgroup.
      const noun = ctx.words[hit.last];
      if (noun && /ed$/.test(text.slice(hit.start, hit.end)) && namesSubgroup(noun.lower) && /^[ \u00A0]+$/.test(text.slice(hit.end, noun.start))) return { certain: false, other: `${text.slice(hit.start, hit.end)} ${noun.lower}` };
      const capitalised = modifiers.some((m) => /^\p{Lu}/u.test(text.slice(m.start, m.end)));
      if (rateAfter(text, hit.end)) return { certain: false, other: `${text.slice(hit.start, hit.end)} per …` };
      // "Suicide bombings made up 12% of the attacks": a share whose subject is a kind of the
      // whole is that kind's share, not a place's.
      const kindOf = ofRead ? subgroupSubject(ctx, sentenceStart, claim.textStart) : undefined;
      if (kindOf) return { certain: false, other: `${kindOf} (a kind of ${text.slice(hit.start, hit.end)})` };
      return { hit, certain: !capitalised, ...(back && { back }) };
    }
    // "a 90% concentration of attacks": a noun of share before "of" leaves the measure to its "of".
    if (kind === 'percent' && leadingOf && !ofRead && SHARE_NOUNS.has(w.lower) && ctx.words[i + 1]?.lower === 'of') continue;
    // "95% of all the country's terrorist attacks", "two-thirds of 2024's attacks": a possessive
    // determiner, a year's included, is no modifier.
    // "70 per cent of the 2024 attacks": a year after the determiner dates the noun, like "2024's".
    if (leadingOf && (['of', 'all', 'the'].includes(w.lower) || /^(?:\p{Ll}+|(?:19|20)\d\d)['’]s$/u.test(w.lower) || (ofRead && /^(?:19|20)\d\d$/.test(w.lower)))) {
      ofRead = true;
      continue;
    }
    // "Nearly two-thirds of the 444 attacks": the count of the whole is passed over, words and all.
    if (leadingOf && ofRead) {
      const whole = countAt(ctx, w.start);
      if (whole !== undefined) {
        while (i + 1 < ctx.words.length && ctx.words[i + 1]!.start < whole) i++;
        prevEnd = Math.max(ctx.words[i]!.end, whole);
        continue;
      }
    }
    // "444 attacks, 90 per cent of them in two provinces": the share is of the term just named,
    // and where they happened. "30% of them suicide bombings" is a share of another thing.
    // "85% of those attacks": a demonstrative before a term is its determiner, not a pronoun.
    if (leadingOf && ofRead && DEMONSTRATIVES.has(w.lower) && ctx.hits.some((h) => h.first === i + 1)) {
      back = true;
      continue;
    }
    if (leadingOf && OF_PRONOUNS.has(w.lower)) {
      const phraseStart = phraseStartOf(ctx, claim);
      const placed = placedAt(ctx, w.end, names);
      const antecedent = placed ? namedJustBefore(ctx, phraseStart, sentenceStart) : undefined;
      if (antecedent && ofKind(antecedent, kind).length > 0) return { hit: antecedent, certain: true, how: 'pronoun' };
      // "The attacks of 2024 were concentrated. Three-quarters of them took place in KP": a
      // share opening its sentence takes "them" from the sentence before.
      const previous = placed && /^[\s"“'‘(*_]*$/.test(text.slice(sentenceStart, phraseStart)) ? previousSentenceTerm(ctx, kind, sentenceStart) : undefined;
      if (previous) return { ...previous, how: 'pronoun' };
      return { certain: false, other: w.lower };
    }
    leadingOf = false;
    // "612 civilians and soldiers", "1,012 citizens and security personnel": every victim, like
    // "people"; "1,200 of our compatriots" are persons too.
    const victims = modifiers.length === 0 && !person ? (allVictimsAt(ctx.words, i) ?? personsOfOurs(ctx.words, i)) : undefined;
    if (PERSONS.has(w.lower) || victims !== undefined) {
      // "of our people were killed": the persons may open a term ("people were killed").
      i = victims !== undefined && ctx.hits.some((h) => h.first === victims) ? victims - 1 : victims ?? i;
      prevEnd = ctx.words[i]!.end;
      person = true;
      continue;
    }
    if (person && PERSON_VERBS.has(w.lower)) continue;
    if (FUNCTION.has(w.lower) || /^\d/.test(w.lower)) break;
    if (person) return { certain: false, other: w.lower };
    modifiers.push(w);
    if (modifiers.length > 2) break;
  }
  const head = modifiers[modifiers.length - 1];
  return { certain: false, other: head && text.slice(head.start, head.end) };
}

/**
 * "the 2024 toll of about 1,900 marks a rise": a figure that is the "of" complement of a term
 * right before it is that term's value; the word after it is the clause's verb, no measure of
 * its own. A part after it ("a toll of 40 soldiers") is still a part.
 */
function measureOfBefore(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, other: string): boolean {
  if (namesSubgroup(other.toLowerCase()) || PERSONS.has(other.toLowerCase())) return false;
  const phraseStart = phraseStartOf(ctx, claim);
  const hit = ctx.hits.filter((h) => h.start >= sentenceStart && h.end <= phraseStart).pop();
  return hit !== undefined && ofKind(hit, kind).length > 0 && /^[ \u00A0]+of[ \u00A0]+$/.test(ctx.block.text.slice(hit.end, phraseStart));
}

/** Subgroup words that name who acts, not a kind of event: "militants carried out 95% of attacks". */
const AGENT_SUBGROUPS = new Set(['militants', 'terrorists', 'insurgents', 'forces', 'army', 'troops', 'personnel', 'police', 'policemen']);

/**
 * A subgroup word modifying a noun before a share, in its sentence: "Suicide bombings made up
 * 12% of the attacks", "Drone strikes were 5% of all attacks". The share is of that kind.
 */
function subgroupSubject(ctx: BlockContext, sentenceStart: number, figureStart: number): string | undefined {
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (w.end > figureStart) break;
    if (w.start < sentenceStart || AGENT_SUBGROUPS.has(w.lower) || !namesSubgroup(w.lower)) continue;
    const next = ctx.words[i + 1];
    if (next && next.end <= figureStart && !FUNCTION.has(next.lower) && /^\p{L}/u.test(next.lower) && /^[ \u00A0-]+$/.test(ctx.block.text.slice(w.end, next.start))) return `${w.lower} ${next.lower}`;
  }
  return undefined;
}

/** The end (block text position) of the count claim whose phrase starts at `pos`, if any. */
function countAt(ctx: BlockContext, pos: number): number | undefined {
  for (const c of ctx.claims) {
    if (c.textStart > pos + MAX_HEDGE) break;
    if (c.kind !== 'count') continue;
    const start = Math.min(textIndex(ctx.block, c.phraseStart), c.textStart);
    if (start === pos) return Math.max(c.textEnd, textIndex(ctx.block, c.phraseEnd));
  }
  return undefined;
}

/** Longest hedge, in characters, before a figure ("no fewer than", "an estimated"). */
const MAX_HEDGE = 40;

type Before = { hit: TermHit; certain: boolean; how: LinkHow } | { reason?: string };

/** A term before the figure joined to it by linking words only. */
function beforeFigure(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number): Before {
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const hits = ctx.hits.filter((h) => h.end <= phraseStart && h.start >= sentenceStart);
  let hit = hits[hits.length - 1];
  if (!hit) {
    const pronoun = previousSentenceAntecedent(ctx, kind, sentenceStart, phraseStart);
    return 'hit' in pronoun ? pronoun : figureNounAntecedent(ctx, kind, sentenceStart, phraseStart);
  }
  // "fatalities from terrorist attacks rose to 1,612": the head noun governs, not the term
  // in its prepositional phrase; the words linking them to the figure start after that phrase.
  const gapFrom = hit.end;
  const head = hits[hits.length - 2];
  if (head && ofKind(head, kind).length > 0 && headOf(text.slice(head.end, hit.start), text.slice(hit.start, hit.end))) {
    hits.pop();
    hit = head;
  } else {
    // "Injuries from terrorist attacks topped 1,800": the head noun is a measure of its own.
    const headNoun = HEAD_NOUN_OF.exec(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start))?.[1]?.toLowerCase();
    if (headNoun && !LINKING.has(headNoun) && !FUNCTION.has(headNoun) && !CHANGE_NOUNS.has(headNoun)) {
      return { reason: `the figure is about “${headNoun}”, which no ${kind} fact measures` };
    }
  }
  // "The average attack killed 3.6 people", "each attack left 4 dead": a figure per event.
  for (const h of hits) {
    const per = ctx.words[h.first - 1];
    if (per && per.start >= sentenceStart && PER_ONE.has(per.lower)) return { reason: `the figure is per “${per.lower} ${text.slice(h.start, h.end)}”, not a total` };
  }
  const incident = kind === 'count' ? singleIncidentSubject(text, sentenceStart, hit.start) : undefined;
  if (incident) return { reason: `the figure is the toll of one incident (“${incident}”), not a total` };
  // "Suicide attacks in Pakistan numbered 26": the term names a part of the measure.
  const modifier = ctx.words[hit.first - 1];
  const victimsAfter = () => PEOPLE_AFTER.test(text.slice(claim.textEnd, claim.textEnd + 20)) || allVictimsAt(ctx.words, ctx.words.findIndex((w) => w.start >= claim.textEnd)) !== undefined;
  const perpetrator = modifier !== undefined && PERPETRATORS.has(modifier.lower) && victimsAfter();
  if (modifier && !perpetrator && modifier.end <= hit.start && namesSubgroup(modifier.lower) && /^[\s-]*$/.test(text.slice(modifier.end, hit.start))) {
    return { reason: `the figure is about “${modifier.lower} ${text.slice(hit.start, hit.end)}”, a part of the measure` };
  }
  const gap = text.slice(gapFrom, phraseStart);
  // Sentence punctuation or quotation marks between them: the term belongs to another clause,
  // unless the figure's clause is about "the count" of it ("329 attacks; in 2024 the count climbed to 529").
  if (/[.;!?"“”]/.test(gap)) {
    const clauseStart = gapFrom + gap.lastIndexOf(';') + 1;
    return !/[.!?"“”]/.test(gap) ? figureNounAntecedent(ctx, kind, clauseStart, phraseStart) : {};
  }
  const gapWords = ctx.words.filter((w) => w.start >= gapFrom && w.end <= phraseStart);
  // "fatalities … stood at 1,524, and in 2024 they rose again, to 1,900": "they" is the term,
  // for certain when no term of another fact stands before it.
  const pronoun = pronounSubject(gapWords);
  if (pronoun) {
    const facts = ofKind(hit, kind);
    if (facts.length === 0) return {};
    const rival = hits.some((h) => h.end <= pronoun.start && ofKind(h, kind).length > 0 && !sameFacts(ofKind(h, kind), facts));
    return { hit, certain: !rival, how: 'pronoun' };
  }
  // "attacks in 2024 were, by CRSS's count, roughly 474": an attribution or time aside
  // between commas does not part the term from its figure.
  const asides = gap.includes(',') ? [...gap.matchAll(PREPOSITIONAL_ASIDE)].map((m): [number, number] => [gapFrom + m.index, gapFrom + m.index + m[0].length]) : [];
  // "The share of terrorist attacks falling in KP and Balochistan was 55%": a clause saying
  // where the events took place qualifies the term; the places after it are places.ts's.
  for (const m of gap.matchAll(LOCATED_CLAUSE)) asides.push([gapFrom + m.index, gapFrom + m.index + m[0].length]);
  const change = changeAmount(gap);
  if (change) asides.push([gapFrom + change[0], gapFrom + change[1]]);
  const linkWords = asides.length === 0 ? gapWords : gapWords.filter((w) => !asides.some(([a, b]) => w.start >= a && w.end <= b));
  if (namedFigureGap(gap) && ofKind(hit, kind).length > 0) return { hit, certain: true, how: 'before' };
  // Digits do not count towards the distance: "1,524" is two words to the tokenizer.
  if (linkWords.filter((w) => !/^\d/.test(w.lower)).length > 8) return {};
  const lastWord = linkWords[linkWords.length - 1];
  // "rose from 1,524 in 2023 to 1,912 in 2024": a starting point with its own year is a level
  // in that year, and yearScope compares it only if that is the fact's year.
  const datedStart = lastWord?.lower === 'from' && DATED_START.test(text.slice(claim.textEnd, claim.textEnd + 20));
  if (lastWord && CHANGE_BEFORE.has(lastWord.lower) && !datedStart) {
    return lastWord.lower === 'by' ? { reason: 'the figure is a change (“by”), not a level' } : { reason: 'the figure is the starting point of a change (“from”)' };
  }
  const from = linkWords.some((w) => w.lower === 'from');
  for (const [k, w] of linkWords.entries()) {
    const written = text.slice(w.start, w.end);
    const next = linkWords[k + 1];
    // "in Balochistan and KP: 95%": "and" joining names.
    if (w.lower === 'and' && next && /^\p{Lu}/u.test(text.slice(next.start, next.end))) continue;
    // "went from 267 in 2021 to 306 in 2023 and 504 in 2024": a chain of levels.
    if (w.lower === 'and' && from) continue;
    // "the 2024 attack total, which CRSS put at about 520", "a death toll that climbed to": a
    // relative pronoun right after the term stands for it.
    if (RELATIVE_PRONOUNS.has(w.lower) && /^[ \u00A0]*,?[ \u00A0]*$/.test(text.slice(k === 0 ? gapFrom : linkWords[k - 1]!.end, w.start))) continue;
    // "above 2024's 1,312": a possessive year dates the figure (scope.ts), linking like a year.
    if (LINKING.has(w.lower) || reportInRelative(text, linkWords, k) || (kind === 'percent' && SHARE_LINKING.has(w.lower)) || /^\p{Lu}/u.test(written) || /^(19|20)\d\d(?:['’]s)?$/.test(w.lower)) continue;
    // "rose from 1,500 to 1,700": the first figure of a change may stand between.
    if (from && /^\d[\d,.]*$/.test(w.lower)) continue;
    return {};
  }
  if (ofKind(hit, kind).length === 0) return { reason: `the figure is about “${text.slice(hit.start, hit.end)}”, which no ${kind} fact measures` };
  // "Fatalities and attacks stood at 1,612 and 444": which figure goes with which is unclear.
  const previous = hits[hits.length - 2];
  const joined = previous && /^\s*(?:,|and|or|&)\s*$/i.test(text.slice(previous.end, hit.start)) && ofKind(previous, kind).length > 0;
  return { hit, certain: !joined, how: 'before' };
}

/**
 * Whether `gap` joins a head noun to `term` in its prepositional phrase: "fatalities from
 * terrorist attacks", "people killed in 2024 attacks" (a year dating the noun after it). A verb
 * after "in <year>" is no such noun: in "Attacks in 2024 killed 1,612", "killed" is the predicate.
 */
function headOf(gap: string, term: string): boolean {
  if (HEAD_OF.test(gap)) return true;
  return HEAD_OF_DATED.test(gap) && !VERB_TERM.test(term);
}

const HEAD_PREPOSITION = '^[ \\u00A0]+(?:from|in|caused[ \\u00A0]+by|due[ \\u00A0]+to|resulting[ \\u00A0]+from)[ \\u00A0]+(?:the[ \\u00A0]+)?';
const HEAD_OF = new RegExp(`${HEAD_PREPOSITION}(?:\\p{Ll}[\\p{L}-]*[ \\u00A0]+){0,2}$`, 'u');
const HEAD_OF_DATED = new RegExp(`${HEAD_PREPOSITION}(?:\\p{Ll}[\\p{L}-]*[ \\u00A0]+)?(?:19|20)\\d\\d[ \\u00A0]+$`, 'u');
/** Terms that are verbs (a predicate), not nouns a year could date. */
const VERB_TERM = /^(?:\p{L}+ed|died|lost|slain|struck|hit)(?![\p{L}])/iu;
/** A noun heading a term's prepositional phrase ("injuries from", "arrests in"), with no term of its own. */
const HEAD_NOUN_OF = /(?<![\p{L}])(\p{L}+)[ \u00A0]+(?:from|in|caused[ \u00A0]+by|due[ \u00A0]+to|resulting[ \u00A0]+from)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
/** Nouns of a change in a measure, whose figure is the measure's new level: "a rise in attacks to 500". */
const CHANGE_NOUNS = new Set(['rise', 'increase', 'surge', 'spike', 'jump', 'growth', 'drop', 'fall', 'decline', 'decrease', 'uptick', 'upswing', 'escalation', 'reduction', 'upsurge']);
/** Words making a term one of its events, so a figure about it is per event: "the average attack". */
const PER_ONE = new Set(['average', 'typical', 'each', 'every', 'single', 'median', 'mean']);

/**
 * Militants before a verb of killing are its subject when the figure counts people: "Militants
 * killed 1,900 people" is the toll, while "militants killed in operations" (a table label) and
 * "security forces killed 925 militants" count militants. "Militants killed 612 civilians and
 * soldiers" kills every victim (part.ts allVictimsAt), like "people".
 */
const PERPETRATORS = new Set(['militants', 'terrorists', 'insurgents', 'gunmen', 'attackers']);
const PEOPLE_AFTER = /^[ \u00A0]+(?:people|persons|individuals)(?![\p{L}])/u;

/** A verb of taking place before a locative, with its relative pronoun: "(that) occurred in", "falling in". */
const LOCATED_CLAUSE = /(?<![\p{L}])(?:(?:that|which)[ \u00A0]+)?(?:fell|falling|occurred|occurring|happened|happening|took[ \u00A0]+place|taking[ \u00A0]+place|concentrated)(?=[ \u00A0]+(?:in|across|within|inside)(?![\p{L}]))/gu;

/**
 * An aside between commas opening with a preposition (", by CRSS's count,", ", in 2024,") or a
 * relative pronoun (", which it published alongside,"), with no figure of its own.
 */
const PREPOSITIONAL_ASIDE = /,[ \u00A0]+(?:(?:by|according[ \u00A0]+to|per|in|during|across|for|as)(?![\p{L}])[^,;]{1,50}|which(?![\p{L}])[^,;\p{N}]{1,50}),/gu;

/**
 * Pronouns standing for a measure named earlier ("they rose again", "by 2024 that had climbed",
 * "Attacks in 2023 numbered 306. Those in 2024 numbered 406").
 */
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'that', 'this', 'those', 'these']);
const OF_PRONOUNS = new Set(['them', 'these', 'those']);
const RELATIVE_PRONOUNS = new Set(['which', 'that']);
const DEMONSTRATIVES = new Set(['these', 'those']);
/** Verbs whose subject keeps a count rather than being one. */
const AGENT_VERBS = new Set(['recorded', 'reported', 'registered', 'documented', 'counted', 'estimated', 'logged', 'put', 'saw', 'suffered', 'experienced']);
/** "of them in two provinces", "of them were concentrated in KP": the pronoun's share put in a place. */
const LOCATED_AFTER = /^[ \u00A0]+(?:(?:were|was)[ \u00A0]+)?(?:(?:took[ \u00A0]+place|occurred|happened|concentrated|located|recorded)[ \u00A0]+)?(?:in|across|within|inside)(?![\p{L}])/u;
/** A verb of striking before its object: "of them hit Balochistan and KP", "of which 90% struck Khyber Pakhtunkhwa". */
const STRUCK_AFTER = /^[ \u00A0]+(?:hit|struck|affected|targeted|rocked)[ \u00A0]+(?:the[ \u00A0]+)?/u;

/**
 * Whether the words at `at` only say where a share's events took place: a locative ("were in",
 * "occurred across"), or a verb of striking whose object is a place ("hit Balochistan and KP";
 * "hit security forces" names a target, another partition).
 */
function placedAt(ctx: BlockContext, at: number, names: Names): boolean {
  const text = ctx.block.text;
  if (LOCATED_AFTER.test(text.slice(at, at + 40))) return true;
  const struck = STRUCK_AFTER.exec(text.slice(at, at + 30));
  if (!struck) return false;
  const object = at + struck[0].length;
  return names.mentionsOf(ctx.index).some((m) => textIndex(ctx.block, m.start) === object && PLACE_KINDS.has(names.kindOf(m.actorId) ?? ''));
}

/**
 * "444 terrorist attacks occurred in 2024, of which nine in ten were concentrated in
 * Balochistan and KP": a share right after "of which" whose own words only say where it took
 * place is a share of the term "which" stands for. Other words after it ("of which 60% were
 * claimed by the TTP") make it a share of another thing.
 */
function placedShareOfWhich(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, names: Names): MeasureResult | undefined {
  if (kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const which = OF_WHICH_BEFORE.exec(text.slice(Math.max(sentenceStart, phraseStart - 20), phraseStart));
  if (!which) return undefined;
  let end = phraseEndOf(ctx, claim);
  end += PERCENT_UNIT.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  if (!placedAt(ctx, end, names)) return undefined;
  const hit = namedJustBefore(ctx, phraseStart - which[0].length, sentenceStart);
  return hit && ofKind(hit, kind).length > 0 ? linked(text, hit, kind, 'pronoun', true) : undefined;
}

const OF_WHICH_BEFORE = /[,—–][ \u00A0]*of[ \u00A0]+which[ \u00A0]+$/u;
export const PERCENT_UNIT = /^\s*(?:%|per\s*cent\b|percent\b|pc\b)/i;

/**
 * A subject pronoun joined to the figure by linking words ("they rose again, to 1,900"), in
 * the words between a term and the figure; none when the figure is a change ("by", "from").
 * A pronoun is a subject only before a verb ("that had climbed to", not "said that 1,900"),
 * and a measure does not record or count: "it recorded 50" is a place or an agency.
 */
function pronounSubject(gap: readonly Word[]): Word | undefined {
  const last = gap[gap.length - 1];
  if (!last || CHANGE_BEFORE.has(last.lower)) return undefined;
  for (let k = gap.length - 2; k >= 0; k--) {
    const w = gap[k]!;
    if (SUBJECT_PRONOUNS.has(w.lower)) return AGENT_VERBS.has(gap[k + 1]!.lower) ? undefined : w;
    if (!LINKING.has(w.lower) && !/^(?:19|20)\d\d$/.test(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * "In 2023 the country recorded 1,500 deaths; by 2024 that had climbed to over 1,800": a subject
 * pronoun opening the figure's sentence, after nothing but function words and years, refers to
 * the measure of the sentence before in its block; for certain when that sentence names one.
 */
function previousSentenceAntecedent(ctx: BlockContext, kind: ValueKind, sentenceStart: number, phraseStart: number): Before {
  // A short opening, tokenised on its own: most sentences fail here, before any block-wide scan.
  if (phraseStart - sentenceStart > MAX_OPENING) return {};
  const opening = words(ctx.block.text, sentenceStart, phraseStart);
  const pronoun = pronounSubject(opening);
  if (!pronoun || !opening.every((w) => w.start >= pronoun.start || FUNCTION.has(w.lower) || /^(?:19|20)\d\d$/.test(w.lower))) return {};
  const previous = previousSentenceTerm(ctx, kind, sentenceStart);
  return previous ? { ...previous, how: 'pronoun' } : {};
}

/**
 * The last term of the kind in the sentence before `sentenceStart` in its block: what a pronoun
 * opening a sentence stands for; certain when that sentence names no other measure of the kind.
 */
function previousSentenceTerm(ctx: BlockContext, kind: ValueKind, sentenceStart: number): { hit: TermHit; certain: boolean } | undefined {
  const previous = sentenceEndingAt(ctx, sentenceStart);
  if (!previous) return undefined;
  const hits = ctx.hits.filter((h) => h.start >= previous[0] && h.end <= sentenceStart && ofKind(h, kind).length > 0);
  const hit = hits[hits.length - 1];
  if (!hit) return undefined;
  return { hit, certain: !hits.some((h) => !sameFacts(ofKind(h, kind), ofKind(hit, kind))) };
}

/**
 * "The 2024 data (… 414 attacks) confirm the trend. Balochistan and KP bore 90% of them.": a
 * share "of them" ending its sentence, whose clause names no term but does name places before
 * it, is the share of those places in the measure the sentence before named; for certain when
 * that sentence names only one measure a share can be of. The places are places.ts's.
 */
function placedShareOfPrevious(ctx: BlockContext, claim: Claim, kind: ValueKind, [sentenceStart, sentenceEnd]: [number, number], names: Names): MeasureResult | undefined {
  const text = ctx.block.text;
  const rest = text.slice(phraseEndOf(ctx, claim), sentenceEnd);
  if (!SHARE_OF_PRONOUN_ENDING.test(rest)) return undefined;
  const phraseStart = phraseStartOf(ctx, claim);
  if (ctx.hits.some((h) => h.start >= sentenceStart && h.end <= phraseStart)) return undefined;
  const clauseStart = sentenceStart + Math.max(0, text.slice(sentenceStart, phraseStart).search(/[,;:—–][^,;:—–]*$/) + 1);
  const placed = names.mentionsOf(ctx.index).some((m) => {
    const at = textIndex(ctx.block, m.start);
    return at >= clauseStart && at < phraseStart && PLACE_KINDS.has(names.kindOf(m.actorId) ?? '');
  });
  if (!placed) return undefined;
  const previous = previousSentenceTerm(ctx, kind, sentenceStart);
  return previous && linked(text, previous.hit, kind, 'pronoun', previous.certain);
}

/**
 * "Some reports spoke of 2,000 deaths in 2024. They double-counted militants. The correct
 * figure, in our reading, is 1,250": a sentence whose subject is "the (true / correct / best)
 * figure" or "our own estimate", naming no measure, gives the value of the measure its
 * paragraph named last; for certain when the paragraph names only one measure of the kind.
 */
function figureNounAntecedent(ctx: BlockContext, kind: ValueKind, sentenceStart: number, phraseStart: number): Before {
  const opening = ctx.block.text.slice(sentenceStart, phraseStart);
  if (!FIGURE_SUBJECT.test(opening) && !OWNED_FIGURE_OF.test(opening)) return {};
  const hits = ctx.hits.filter((h) => h.end <= sentenceStart && ofKind(h, kind).length > 0);
  const hit = hits[hits.length - 1];
  if (!hit) return {};
  const rival = hits.some((h) => !sameFacts(ofKind(h, kind), ofKind(hit, kind)));
  return { hit, certain: !rival, how: 'pronoun' };
}

/**
 * A subject that is a figure, then the copula before the value: "The correct figure, in our
 * reading, is", "the 2024 value (CRSS) is", or a colon: "CRSS counted the dead for 2024. Its figure: over 1,061"; also a
 * change to it: "in 2024 the count climbed to 529".
 */
const FIGURE_SUBJECT = /^[ \u00A0]*(?:(?:in|by)[ \u00A0]+(?:19|20)\d\d,?[ \u00A0]+)?(?:the|our|its|their)[ \u00A0]+(?:(?:own|best|true|real|actual|correct|right|likely|more[ \u00A0]+likely|(?:19|20)\d\d)[ \u00A0]+){0,2}(?:\p{Lu}{2,}[ \u00A0]+)?(?:figure|number|estimate|count|tally|total|value)(?:[ \u00A0]*\([^()]{1,30}\))?(?:,[^,;:.!?]{1,60},)?(?:[ \u00A0]+(?:is|was|stands[ \u00A0]+at|stood[ \u00A0]+at|reached|(?:climbed|rose|jumped|grew|fell|dropped|declined)[ \u00A0]+to)|:)[ \u00A0]+(?:(?:about|around|roughly|some|nearly|closer[ \u00A0]+to)[ \u00A0]+)?$/iu;
/** An owner's figure and its "of": "Pakistan's count of 144"; "the figure of 2,000 in some media" is anyone's. */
const OWNED_FIGURE_OF = /^[ \u00A0]*\p{Lu}[\p{L}.]*['’]s[ \u00A0]+(?:own[ \u00A0]+)?(?:figure|count|tally|total|estimate)[ \u00A0]+of[ \u00A0]+(?:(?:about|around|roughly|some|nearly)[ \u00A0]+)?$/u;

/** After a share: "of them" or "of the (national) total", then the sentence's end or a contrasting clause ("…, while Punjab …"). */
const SHARE_OF_PRONOUN_ENDING = /^[ \u00A0]*(?:%|per[ \u00A0]?cent|percent)?[ \u00A0]+of[ \u00A0]+(?:them|these|those|the[ \u00A0]+(?:(?:national|overall|country['’]s)[ \u00A0]+)?(?:total|tally|whole))(?:[ \u00A0]*[.!?]?["”’)]*[ \u00A0]*$|[ \u00A0]*[,;][ \u00A0]*(?:while|whereas|but)(?![\p{L}]))/u;

/** Longest sentence opening, in characters, read for a pronoun ("by the end of 2024 it had reached"). */
const MAX_OPENING = 60;

/** The sentence of a block ending where another starts. */
function sentenceEndingAt(ctx: BlockContext, end: number): [number, number] | undefined {
  const found = ctx.sentences[firstIndexWhere(ctx.sentences, ([, sentenceEnd]) => sentenceEnd >= end)];
  return found && found[1] === end ? found : undefined;
}

/** Verbs saying a measure's events happened or were counted, no noun an "of them" could take. */
const OCCURRED = new Set(['occurred', 'happened', 'took', 'place', 'recorded', 'reported', 'registered', 'documented', 'counted', 'logged']);

/** Most words between a term and the share of it that "of them" takes ("444 attacks in 2024, 80% of them"). */
const MAX_ANTECEDENT_GAP = 6;

/**
 * The term "of them" or "of which" refers to: the last one before `until` in its sentence,
 * when only function words, years, names and verbs of taking place or being recorded stand
 * between ("444 attacks in Pakistan in 2024, 80% of them", "444 attacks occurred in 2024, of
 * which"). Another noun between ("444 attacks hit the cities, 80% of them") is the antecedent
 * instead, and no term is returned.
 */
function namedJustBefore(ctx: BlockContext, until: number, sentenceStart: number): TermHit | undefined {
  const hits = ctx.hits.filter((h) => h.start >= sentenceStart && h.end <= until);
  const hit = hits[hits.length - 1];
  if (!hit || /[.;:!?"“”]/.test(ctx.block.text.slice(hit.end, until))) return undefined;
  const gap = ctx.words.filter((w) => w.start >= hit.end && w.end <= until);
  const named = (w: Word) => FUNCTION.has(w.lower) || OCCURRED.has(w.lower) || /^\d/.test(w.lower) || /^\p{Lu}/u.test(ctx.block.text.slice(w.start, w.end));
  return gap.length <= MAX_ANTECEDENT_GAP && gap.every(named) ? hit : undefined;
}
