/**
 * What a count or percent is about besides its measure: the year, the period and the place.
 * A figure is compared with a fact only when nothing in the prose puts it in another scope.
 *
 * Year: the nearest year written in the figure's sentence ("1,700 fatalities in 2023" is
 * about 2023); failing that a year in another cell of its table row or in its column's
 * header; failing that the last year written earlier in its block; failing that a single year
 * in its heading. With no year anywhere the figure is assumed to be about the fact's year: a
 * brief about 2024 that writes "over 1,600 fatalities and 444 attacks" means 2024, and a
 * figure about another year almost always says which.
 *
 * Period: a day or month date as the nearest time ("on 24 December, 40 were killed"), or words
 * like "per month", "in a single attack", "first half", "since", make the figure about a
 * narrower period than a fact's year and it is not compared.
 *
 * Place: a figure's settings are the places the sentence puts it in: after "in", "across" …
 * ("in Punjab"), as the subject of its clause ("India recorded 100 attacks", "Balochistan's 171
 * attacks"), or a province that is the only place the sentence names (provinces are parts of
 * a country: a sentence about one alone is about that province). A setting in a fact's scope
 * makes the figure comparable; otherwise a known place elsewhere makes it not ("India recorded
 * 100 attacks"), and so does an unknown capitalised place ("in Punjab") unless a place of the
 * fact's scope is named too: "Pakistani jets struck TTP camps in Paktika" may be inside the
 * fact's Afghanistan. Without settings, a figure stays comparable. A place that only qualifies a noun ("Afghanistan-based TTP") is no
 * setting. An event happens "at" a place too ("a bombing at Quetta's railway station"), while
 * "across" names a line it crossed ("strikes across the Durand Line"), not where it happened.
 * Places after "outside" are recorded apart: a share outside all of a fact's places is its
 * complement (complement.ts). So are the places before a figure "elsewhere" or "in the rest of
 * the country", in its paragraph or in the rows above it in its table ("| Attacks elsewhere |
 * 5% |"); with no place named before, "elsewhere" is somewhere the prose does not say.
 *
 * A place after a later figure in another clause is that figure's ("the 444 attacks of 2024
 * killed 1,216 people, and nineteen in twenty of them took place in Balochistan or KP").
 *
 * A "since" narrows only the figures of its own part of the sentence, up to a colon: "The
 * reversal since then has been swift: fatalities in 2023 stood at 1,524" dates 1,524 by 2023.
 * Nor does it narrow a figure in another clause dated by a year of its own ("With the Taliban
 * in power since 2021, 2024 became the deadliest year, with 1,412 killed"); "have since been"
 * is an adverb with no period at all.
 *
 * A decade ("the late 2010s", "the 1990s") is a time like a year, a span of several years;
 * "for several years running" is a run of years no year fixes. Neither is one fact's year.
 *
 * A clause naming a part of what was counted ("95% of them in KP", "the bulk of the violence
 * was concentrated in KP") places that part only; a place in the possessive before a figure in
 * another clause ("a fraction of Pakistan's 1,600") is that figure's; a figure in brackets
 * takes no place after them; "India's Jammu and Kashmir saw 130" is set in the inner place.
 */
import type { ActorMention } from '../actors/model';
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { ProseBlock } from '../markdown/model';
import { claimIndex, memo, sentenceAt, textIndex, type BlockContext, type CellPlace, type DocumentContext } from './context';
import type { CheckKnowledge } from './factIndex';
import { firstIndexWhere } from '../sorted';

export type YearScope =
  | { kind: 'year'; years: number[]; from: string }
  | { kind: 'narrow'; what: string }
  /** A run of years the words do not fix ("for several years running", "year after year"). */
  | { kind: 'years'; what: string }
  | { kind: 'none' };

// "per" narrows only before a unit of time: "3.6 deaths per attack" is a rate whose own figure
// govern.ts leaves unlinked, and it says nothing about the period of the sentence's totals.
const NARROW =
  /\b(?:per (?:day|week|month|quarter|year|annum)|a (?:day|week|month)|daily|weekly|monthly|on average|an average|single(?! year)|in one (?:day|attack|incident)|first half|second half|(?:first|second|third|fourth|last) quarter|Q[1-4]|H[12]|so far|year to date|(?:past|last|this|that) (?:week|month|weekend)|within (?:a|one|two|three|\d+) (?:days?|weeks?|months?))\b/i;
/** A year right after or before narrowing words, which makes them a part of that year: "first quarter of 2025", "Q1 2025", "2025 Q1". */
const YEAR_AFTER_NARROW = /^[ \u00A0]*(?:of[ \u00A0]+|\(?)(?:19|20)\d\d(?![\p{N}])/u;
const YEAR_BEFORE_NARROW = /(?<![\p{N}])(?:19|20)\d\d[ \u00A0]*\(?$/u;
/** "…, the first quarter of 2025 suggested": narrowing words opening a clause as its subject. */
const NARROW_SUBJECT_BEFORE = /(?:^|[,;:][ \u00A0]*|[ \u00A0](?:and|but|while|whereas)[ \u00A0]+)the[ \u00A0]+$/i;
const MULTI_YEAR = /\b(?:[Bb]etween|[Ff]rom)\s+((?:19|20)\d\d)\s+(?:and|to|until)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)\b/;
/**
 * "over the decade to 2024", "in the five years to 2024", "the years up to 2024": a period of
 * several years that ends in the year, never that one year. 1: the number of years, when said.
 */
const YEARS_ENDING = /\b(?:decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)[ -]years?|years)[ \u00A0]+(?:up[ \u00A0]+to|to|until|till|through|ending(?:[ \u00A0]+in)?|ended(?:[ \u00A0]+in)?)[ \u00A0]+((?:19|20)\d\d)\b/i;
const SMALL_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
/** "2024's 1,162": only a possessive between a year and the figure's phrase. */
const POSSESSIVE_YEAR = /^['’]s[ \u00A0]+$/;
/** A run of several years: "for several years running", "three years in a row", "year after year". */
const YEARS_RUN = /\b(?:for[ \u00A0]+(?:several|many|a[ \u00A0]+few|some|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))[ \u00A0]+(?:(?:consecutive|straight|successive)[ \u00A0]+)?years|(?:several|many|(?:two|three|four|five|six|\d+))[ \u00A0]+(?:(?:consecutive|straight|successive)[ \u00A0]+)?years[ \u00A0]+(?:running|in[ \u00A0]+a[ \u00A0]+row)|year[ \u00A0]+after[ \u00A0]+year|year[ \u00A0]+on[ \u00A0]+year)\b/i;
const RELATIVE_YEAR = /\b(?:last|this|past|previous|the same) year\b/i;
const SINCE = /\bsince\b/gi;
/** "reports of 1,900 deaths have since been confirmed": "since" after an auxiliary is an adverb, "later", with no period of its own. */
const ADVERB_SINCE = /\b(?:has|have|had|having|has[ \u00A0]+not|have[ \u00A0]+not|had[ \u00A0]+not|hasn['’]t|haven['’]t|hadn['’]t)[ \u00A0]+$/i;
/** "the highest since 2015": the year is a reference point, not the figure's scope. */
const REFERENCE_SINCE = /\b(?:highest|lowest|worst|deadliest|bloodiest|most|least|largest|biggest|smallest|record|first time|more|fewer|higher|lower|greater|worse|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|any (?:year|time)|ever)\b(?:\s+\S+){0,4}\s+$/i;
export const PLACE_KINDS: ReadonlySet<string> = new Set(['state', 'place', 'region']);
/** Actor kinds of places inside a country: a sentence naming only these is about them. */
const SUBNATIONAL_KINDS: ReadonlySet<string> = new Set(['place']);
/** A place as the subject of the figure's clause: "India recorded", "Balochistan saw". */
const SUBJECT_VERB = /^(?:[ \u00A0]+(?:alone|also|itself|too|again|then|later|only))?[ \u00A0]+(?:recorded|records|saw|sees|suffered|suffers|witnessed|witnesses|had|has|experienced|experiences|endured|endures|faced|faces|registered|registers|reported|reports|logged|sustained|bore|bears|accounted[ \u00A0]+for|accounts[ \u00A0]+for)(?![\p{L}])[^,;:]*$/u;
/** "Balochistan's 171 attacks": a possessive place right before the figure. */
const POSSESSIVE_PLACE = /^['’]s?[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}$/u;
const LOCATIVE = /\b(?:in|across|throughout|within|inside)\s+(?:the\s+)?(?:province\s+of\s+)?$/i;
const UNKNOWN_PLACE = /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/**
 * An event's unknown place: it happened "in" or "at" a place ("a bombing at Quetta's railway
 * station"); "across" names a line it crossed ("strikes across the Durand Line"), not where.
 */
const UNKNOWN_EVENT_PLACE = /\b(?:[Ii]n|[Aa]t|[Tt]hroughout|[Ww]ithin|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
export const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q\d|H\d|Table|Figure|Annex|Section|Part|Chapter|English|Urdu|Pashto|Total|Summary|Addition|Particular|Contrast|Comparison|Fact|Practice|Short|General|Response|Line|Light|View|Terms|Spite|Christmas|Eid|Ramadan|Easter|Dawn|Noon|Midnight)$/;

function yearsOf(claim: Claim): number[] {
  const from = new Date(claim.interval.lo * 86_400_000).getUTCFullYear();
  const to = new Date(claim.interval.hi * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let y = from; y <= to && years.length < 50; y++) years.push(y);
  return years;
}

function temporal(claim: Claim): boolean {
  return claim.kind === 'year' || claim.kind === 'date';
}

/** A date precise to a day or month sets a narrower scope than any year. */
function asScope(claim: Claim, from: string): YearScope {
  if (claim.kind === 'date' && (claim.date?.month !== undefined || claim.date?.day !== undefined)) return { kind: 'narrow', what: `“${claim.written}”` };
  return { kind: 'year', years: yearsOf(claim), from };
}

/**
 * "the late 2010s", "the 1990s", "the mid-2000s": a decade, or a part of one, is a span of
 * years like "2017–2019", never one fact's year. It is read as a time of the block wherever a
 * year would be (the nearest time, a "when" clause after it, an earlier sentence).
 */
const DECADE = /(?<![\p{L}\p{N}])(?:(early|mid|late)[ \u00A0-]+)?((?:19|20)\d)0['’]?s(?![\p{L}\p{N}])/giu;
const DAY_MS = 86_400_000;

function decadesOf(ctx: BlockContext): Claim[] {
  const out: Claim[] = [];
  for (const m of ctx.block.text.matchAll(DECADE)) {
    const first = Number(m[2]) * 10;
    const part = m[1]?.toLowerCase();
    const [from, to] = part === 'early' ? [first, first + 3] : part === 'mid' ? [first + 3, first + 6] : part === 'late' ? [first + 6, first + 9] : [first, first + 9];
    const lo = Date.UTC(from, 0, 1) / DAY_MS;
    const hi = Date.UTC(to, 11, 31) / DAY_MS;
    const at = m.index;
    const end = at + m[0].length;
    out.push({ kind: 'year', block: ctx.index, textStart: at, textEnd: end, start: -1, end: -1, phraseStart: -1, phraseEnd: -1, written: m[0], interval: { lo, hi }, date: { year: from, yearInferred: true }, negated: false } as unknown as Claim);
  }
  return out;
}

/** The block's claims with its decades among them, in text order: the times a figure may take. */
function timelineOf(ctx: BlockContext): readonly Claim[] {
  return memo(ctx, 'timeline', () => {
    const decades = decadesOf(ctx);
    return decades.length === 0 ? ctx.claims : [...ctx.claims, ...decades].sort((a, b) => a.textStart - b.textStart);
  });
}

export function yearScope(dc: DocumentContext, ctx: BlockContext, claim: Claim): YearScope {
  const text = ctx.block.text;
  const timeline = timelineOf(ctx);
  const [s, e] = sentenceAt(ctx, claim.textStart);
  const sentence = text.slice(s, e);
  const period = memo(ctx, `period:${s}`, () => sentencePeriod(withoutRates(ctx, sentence, s, e), s, explicitYearIn(ctx, s, e)));
  // Only figures in a clause before it escape it: "The first half of 2024 was bloody, with 900 deaths" is narrowed.
  const beforeNarrowClause = period.narrowClauseStart !== undefined && claim.textStart < period.narrowClauseStart;
  if (period.narrow && !beforeNarrowClause) return period.narrow;
  if (period.since.some(([a, b, at]) => claim.textStart >= a && claim.textStart < b && !sinceApart(ctx, claim, at, s, e))) {
    // "Attacks have risen since 2021, to 504 in 2024": a figure with its own "in YEAR" is
    // about that year, whatever "since" says.
    const own = ownYear(ctx, claim);
    return own ? asScope(own, 'its sentence') : { kind: 'narrow', what: '“since”' };
  }
  if (period.years) return period.years;
  const when = whenClause(ctx, claim, s);
  if (when) return asScope(when, 'its sentence');
  const yearBefore = yearBeforeClause(ctx, claim, s);
  if (yearBefore) return yearBefore;
  const asides = memo(ctx, `asides:${s}`, () => asidesOf(sentence, s));
  const gloss = glossTime(ctx, claim, asides);
  if (gloss) return asScope(gloss, 'the brackets after it');
  const aside = asideAt(asides, claim.textStart);
  // A year inside an aside ("— more than in any year since 2014 —", "(up from 306 in 2023)")
  // scopes only the figures inside it, and a figure inside one takes no year from outside.
  const times = timeline.filter((c) => c !== claim && temporal(c) && c.textStart >= s && c.textStart < e && asideAt(asides, c.textStart) === aside && !reference(text.slice(s, c.textStart)) && !saidAt(text, claim, c));
  if (times.length > 0) {
    return asScope(governingTime(ctx, claim, times), 'its sentence');
  }
  const glossed = aside && datedNounBefore(ctx, aside[0], s);
  if (glossed) return asScope(glossed, 'the words its aside explains');
  const cell = dc.cell(ctx.index);
  if (cell) {
    const labelled = rowPeriod(dc, cell, ctx.index);
    if (labelled) return labelled;
    const cells = [...cell.row, ...(cell.header === undefined ? [] : [cell.header])];
    // "| | 2024 | Jan–Mar 2025 |": a header's month is a period of its own, as in a sentence.
    const time = cells.flatMap((b) => dc.block(b).claims).find(temporal);
    if (time) return asScope(time, 'its table row or column');
  }
  const earlier = timeline.filter((c) => temporal(c) && c.textEnd <= s);
  if (earlier.length > 0) return asScope(earlier[earlier.length - 1]!, 'an earlier sentence of its paragraph');
  const headingYears = [...new Set(ctx.block.heading.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  if (headingYears.length === 1) return { kind: 'year', years: [Number(headingYears[0])], from: 'its heading' };
  return { kind: 'none' };
}

/**
 * The period a row label gives its row's figures. "| Q1 | 98 |", "| January | 37 |", "| Jan–Mar
 * | … |" are parts of a year, narrower than a fact's year, whatever year the row or header adds.
 * A Total row under rows labelled by years ("| 2023 | … |", "| 2024 | … |") sums those years, so
 * it is about all of them; under places or parts of a year it is the table's whole year and
 * keeps the usual scope ("| **Full year** | 444 |" and "| Total | 444 |" are compared).
 */
function rowPeriod(dc: DocumentContext, cell: CellPlace, blockIndex: number): YearScope | undefined {
  const label = cell.above[1];
  if (label === blockIndex) return undefined;
  const text = dc.doc.blocks[label]!.text.trim();
  if (SUB_PERIOD.test(text)) return { kind: 'narrow', what: `“${text}”` };
  if (!WHOLE_ROW.test(text)) return undefined;
  const years = new Set<number>();
  // The first cells of the body rows above (the header row's first cell is `above[0]`). A span's
  // ends are enough: the scope only needs to be more than one year, and names its first and last.
  for (let b = cell.above[0] + 1; b < label; b++) {
    if (dc.cell(b)?.above[1] !== b) continue;
    const span = YEAR_LABEL.exec(dc.doc.blocks[b]!.text.trim());
    if (!span) return undefined;
    years.add(Number(span[1]));
    if (span[2]) years.add(Number(span[2]));
  }
  return years.size > 1 ? { kind: 'year', years: [...years].sort((a, b) => a - b), from: 'the years its Total row sums' } : undefined;
}

const MONTH_LABEL = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** A row label naming a part of a year, with or without its year: "Q1", "H2 2024", "Jan–Mar", "first half". */
const SUB_PERIOD = new RegExp(
  `^(?:Q[1-4](?:[ \u00A0]*[–-][ \u00A0]*Q[1-4])?|H[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th|last)[ \u00A0]+(?:quarter|half)|${MONTH_LABEL}(?:[ \u00A0]*[–-][ \u00A0]*${MONTH_LABEL})?)(?:,?[ \u00A0]+(?:of[ \u00A0]+)?(?:19|20)\\d\\d)?$`,
  'iu',
);
/** A row label that is a year or a span of years: "2023", "2019–2021". */
const YEAR_LABEL = /^((?:19|20)\d\d)(?:[ \u00A0]*[–-][ \u00A0]*((?:19|20)\d\d))?$/u;

/**
 * "37 (Dec 2024)": brackets right after a figure that hold a time and no other figure gloss
 * the figure with its period. "(up from 306 in 2023)" holds a figure of its own, and is that
 * figure's.
 */
function glossTime(ctx: BlockContext, claim: Claim, asides: readonly [number, number][]): Claim | undefined {
  const text = ctx.block.text;
  const gloss = asides.find(([a]) => a >= claim.textEnd && /^[ \u00A0]*$/.test(text.slice(claim.textEnd, a)));
  if (!gloss) return undefined;
  const inside = ctx.claims.filter((c) => c.textStart >= gloss[0] && c.textStart < gloss[1]);
  return inside.length === 1 && temporal(inside[0]!) ? inside[0] : undefined;
}

/**
 * "the 2024 baseline — 444 attacks and 1,216 fatalities —": an aside right after a noun dated
 * by a year spells that noun out, so its figures take the year. At most two words may stand
 * between the year and the aside.
 */
function datedNounBefore(ctx: BlockContext, asideStart: number, sentenceStart: number): Claim | undefined {
  const i = firstIndexWhere(ctx.claims, (c) => c.textStart >= asideStart) - 1;
  const year = ctx.claims[i];
  if (!year || year.kind !== 'year' || year.textStart < sentenceStart) return undefined;
  return DATED_NOUN.test(ctx.block.text.slice(year.textEnd, asideStart)) ? year : undefined;
}

const DATED_NOUN = /^(?:['’]s)?(?:[ \u00A0]+\p{L}[\p{L}-]*){1,2}[ \u00A0]*$/u;

/** The aside holding `pos`, if any (a module function: no closure per claim). */
function asideAt(asides: readonly [number, number][], pos: number): [number, number] | undefined {
  return asides.find(([a, b]) => pos >= a && pos < b);
}

/** Ranges of a sentence between paired dashes or brackets, in block text positions. */
function asidesOf(sentence: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(ASIDE)) out.push([offset + m.index, offset + m.index + m[0].length]);
  return out;
}

const ASIDE = /\([^()]*\)|[ \u00A0][—–][ \u00A0][^—–]*[ \u00A0][—–](?=[ \u00A0])|—[^—]*—/g;

/**
 * Whether a "since" at `at` lies in another clause than the figure's, which a year of its own
 * dates: "With the Taliban in power since 2021 …, 2024 became the deadliest year, with 1,412
 * killed", "If the 474 attacks of 2024 are any guide, and if … since coming to power in 2021".
 * The "since" then tells when another state of affairs began, not the figure's period. Without
 * such a year ("Since 2021, militants have killed 4,000") the figure is in the period since.
 */
function sinceApart(ctx: BlockContext, claim: Claim, at: number, s: number, e: number): boolean {
  const text = ctx.block.text;
  const [from, to] = at < claim.textStart ? [at, claim.textStart] : [claim.textEnd, at];
  if (!CLAUSE_BREAK.test(text.slice(from, to))) return false;
  // The figure's side: past the end of the "since"'s clause, or before its start.
  const sinceYearEnd = at + (SINCE_YEAR.exec(text.slice(at, e))?.[0].length ?? 0);
  const side = at < claim.textStart ? [from + text.slice(from, to).search(CLAUSE_BREAK), e] : [s, from + text.slice(from, to).search(/[,;:()—–][^,;:()—–]*$/)];
  return ctx.claims.some((c) => c.kind === 'year' && c.date !== undefined && !c.date.yearInferred && c.textStart >= side[0]! && c.textEnd <= side[1]! && (c.textStart < at || c.textStart >= sinceYearEnd));
}

/** The words of a "since" up to its year: "since 2021", "since coming to power in 2021". */
const SINCE_YEAR = /^since[^,;:()—–]*?(?:19|20)\d\d/i;

/** The year written right after a figure ("504 in 2024"), if any. */
function ownYear(ctx: BlockContext, claim: Claim): Claim | undefined {
  const next = ctx.claims[ctx.claims.indexOf(claim) + 1];
  return next?.kind === 'year' && /^[ \u00A0]+in[ \u00A0]+$/.test(ctx.block.text.slice(claim.textEnd, next.textStart)) ? next : undefined;
}

/** The period the words of a sentence set for its figures. */
interface SentencePeriod {
  /** Words narrowing every figure of the sentence ("per month", "in a single attack"). */
  narrow?: YearScope;
  /**
   * Where the narrowing words are the subject of a later clause of their own, its start: "If
   * 2024 ended with 1,400 dead, the first quarter of 2025 suggested worse" narrows no figure of
   * 2024.
   */
  narrowClauseStart?: number;
  /**
   * The parts of the sentence, between colons, that a "since" narrows, in block text
   * positions: "The reversal since then has been swift: fatalities in 2023 stood at 1,524"
   * puts no figure after the colon in the period since then.
   */
  since: [number, number, number][];
  /** A span of years or a relative year ("last year") for the sentence's figures. */
  years?: YearScope;
}

/**
 * The sentence with each figure that is a rate blanked out with its rate: "450 attacks in a
 * single year, or more than eight a week, and around 1,400 lives" — "eight a week" is a rate
 * of its own (govern.ts leaves it unlinked) and narrows no total beside it.
 */
function withoutRates(ctx: BlockContext, sentence: string, s: number, e: number): string {
  let out = sentence;
  for (const c of ctx.claims) {
    if (c.textStart < s || c.textStart >= e || c.kind !== 'count') continue;
    const rate = RATE_OF_FIGURE.exec(ctx.block.text.slice(c.textEnd, e));
    if (rate) out = out.slice(0, c.textStart - s) + ' '.repeat(c.textEnd - c.textStart + rate[0].length) + out.slice(c.textEnd - s + rate[0].length);
  }
  // "400 attacks over the year, more than one a day": a rate in words the reader took for no figure.
  return out.replace(RATE_IN_WORDS, (rate) => ' '.repeat(rate.length));
}

const RATE_IN_WORDS = /(?<![\p{L}\p{N}])(?:one|two|three|four|five|six|seven|eight|nine|ten|a[ \u00A0]+dozen)[ \u00A0]+(?:a|per|every|each)[ \u00A0]+(?:day|week|month)(?![\p{L}])/giu;

/** A unit of time right after a figure: "eight a week", "four per day". */
const RATE_OF_FIGURE = /^[ \u00A0]+(?:a|per|every|each)[ \u00A0]+(?:day|week|month|quarter)(?![\p{L}])/u;

/** Whether a year is written out in the block text [s, e): a year or date whose year nobody inferred. */
function explicitYearIn(ctx: BlockContext, s: number, e: number): boolean {
  return ctx.claims.some((c) => c.textStart >= s && c.textStart < e && temporal(c) && c.date !== undefined && !c.date.yearInferred && c.date.year !== 0);
}

function sentencePeriod(sentence: string, offset: number, explicitYear: boolean): SentencePeriod {
  // A rate in an aside ("1,400 were killed in 2024 — roughly four a day — …") glosses the
  // total; it does not narrow its period.
  const narrow = NARROW.exec(sentence.replace(ASIDE, (aside) => ' '.repeat(aside.length)));
  if (narrow) {
    const subject = NARROW_SUBJECT_BEFORE.test(sentence.slice(0, narrow.index));
    const clauseStart = sentence.slice(0, narrow.index).search(/[,;:][^,;:]*$/) + 1;
    // "… 444 attacks and 1,216 fatalities in 2024, and report progress starting with the first
    // quarter of 2025": a part of a year of its own, in a later clause, is that clause's period.
    const ownYear = clauseStart > 0 && (YEAR_AFTER_NARROW.test(sentence.slice(narrow.index + narrow[0].length)) || YEAR_BEFORE_NARROW.test(sentence.slice(0, narrow.index)));
    return { narrow: { kind: 'narrow', what: `“${narrow[0]}”` }, since: [], ...((subject || ownYear) && { narrowClauseStart: offset + clauseStart }) };
  }
  const since: [number, number, number][] = [];
  for (const m of sentence.matchAll(SINCE)) {
    if (REFERENCE_SINCE.test(sentence.slice(0, m.index)) || ADVERB_SINCE.test(sentence.slice(0, m.index))) continue;
    const start = sentence.lastIndexOf(':', m.index) + 1;
    const end = sentence.indexOf(':', m.index);
    since.push([offset + start, offset + (end < 0 ? sentence.length : end), offset + m.index]);
  }
  // "between 2021 and 2024", "2021–2024": a span of years, never one fact's year.
  const span = MULTI_YEAR.exec(sentence);
  if (span) return { since, years: { kind: 'year', years: [Number(span[1] ?? span[3]), Number(span[2] ?? span[4])], from: 'its sentence' } };
  const ending = YEARS_ENDING.exec(sentence);
  if (ending) {
    const last = Number(ending[2]);
    const n = ending[0].toLowerCase().startsWith('decade') ? 10 : ending[1] ? (SMALL_NUMBERS[ending[1].toLowerCase()] ?? Number(ending[1])) : 2;
    if (n >= 2) return { since, years: { kind: 'year', years: [last - n + 1, last], from: 'its sentence' } };
  }
  // "last year", "this year": relative to when the brief was written, which is the fact's time.
  // Beside a written year ("In 2023 CRSS counted 1,524 deaths, up from 1,000 the previous
  // year") the sentence's years scope its figures instead, the relative one read from it.
  if (!explicitYear && RELATIVE_YEAR.test(sentence)) return { since, years: { kind: 'none' } };
  // "fatalities had stayed below 1,000 for several years running": a run of years no year fixes.
  const run = explicitYear ? null : YEARS_RUN.exec(sentence);
  if (run) return { since, years: { kind: 'years', what: `“${run[0]}”` } };
  return { since };
}

/**
 * The time that governs a figure: a year in the possessive right before it ("2024's 1,162
 * fatalities dwarfed 2023's 1,000"), else a year closely after it in the same clause ("1,700
 * fatalities in 2023 and 444 attacks in 2024", "from 1,000 in 2023 to 1,900 in 2024"), else
 * the nearest one before it ("In 2023, 500 attacks"), else the nearest one at all.
 */
function governingTime(ctx: BlockContext, claim: Claim, times: Claim[]): Claim {
  const text = ctx.block.text;
  const phraseStart = Math.min(textIndex(ctx.block, claim.phraseStart), claim.textStart);
  const owner = times.find((t) => t.textEnd <= phraseStart && phraseStart - t.textEnd <= 4 && POSSESSIVE_YEAR.test(text.slice(t.textEnd, phraseStart)));
  if (owner) return owner;
  const figures = ctx.claims.filter((c) => c.kind === 'count' || c.kind === 'percent');
  const close = times.find((t) => {
    if (t.textStart < claim.textEnd) return false;
    const gap = text.slice(claim.textEnd, t.textStart);
    return !/[,;:()]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 6 && !figures.some((f) => f.textStart > claim.textEnd && f.textStart < t.textStart);
  });
  if (close) return close;
  const before = times.filter((t) => t.textEnd <= claim.textStart);
  if (before.length > 0) return before[before.length - 1]!;
  return times.reduce((a, b) => (distance(b, claim) < distance(a, claim) ? b : a));
}

/**
 * "the highest since 2015, when 2,000 people were killed": a figure in a clause that a year
 * introduces ("when", "in which", "during which") is about that year, even when the year is
 * otherwise only a reference point.
 */
function whenClause(ctx: BlockContext, claim: Claim, sentenceStart: number): Claim | undefined {
  let last: Claim | undefined;
  for (const c of timelineOf(ctx)) {
    if (c.textStart >= claim.textStart) break;
    if (c.textStart >= sentenceStart && temporal(c)) last = c;
  }
  if (!last) return undefined;
  const gap = ctx.block.text.slice(last.textEnd, claim.textStart);
  return gap.length < 120 && WHEN_CLAUSE.test(gap) ? last : undefined;
}

/**
 * "…struck on December 24, 2024 … the year that preceded the strikes, in which 1,216 people
 * died": a figure in a clause whose antecedent is the year before a late-in-the-year date of
 * the sentence is about that date's calendar year, not the date. Only a date from October on:
 * the year before an earlier date straddles two calendar years.
 */
function yearBeforeClause(ctx: BlockContext, claim: Claim, sentenceStart: number): YearScope | undefined {
  const before = ctx.block.text.slice(sentenceStart, claim.textStart);
  const m = YEAR_BEFORE_CLAUSE.exec(before);
  if (!m) return undefined;
  const at = sentenceStart + m.index;
  const dates = ctx.claims.filter((c) => c.kind === 'date' && c.textStart >= sentenceStart && c.textEnd <= at && c.date?.month !== undefined && c.date.year > 0);
  const late = dates.filter((c) => c.date!.month! >= LATE_MONTH);
  const years = new Set(late.map((c) => c.date!.year));
  if (late.length === 0 || late.length !== dates.length || years.size !== 1) return undefined;
  return { kind: 'year', years: [...years], from: 'the year its clause is about' };
}

/** "the year that preceded the strikes, in which", "the year before it, during which". */
const YEAR_BEFORE_CLAUSE = /(?<![\p{L}])the[ \u00A0]+year[ \u00A0]+(?:(?:that|which)[ \u00A0]+)?(?:preceded|precedes|before|leading[ \u00A0]+up[ \u00A0]+to)(?![\p{L}])[^.;:()]{0,60}?[ \u00A0]+(?:in|during)[ \u00A0]+which(?![\p{L}])[^.;:()]*$/u;
/** The first month whose dates lie mostly in the year before them counted back twelve months. */
const LATE_MONTH = 10;

const WHEN_CLAUSE = /^[ \u00A0]*,?[ \u00A0]*(?:when|in which|during which|a year in which)(?![\p{L}])[^.;:,()]*$/u;

/**
 * "“… 544 attacks in a single year …” — remarks by a former secretary, January 2025": a date
 * in the attribution after a quotation (a closing quote, then a dash) is when it was said, not
 * the period of the figures quoted.
 */
function saidAt(text: string, claim: Claim, time: Claim): boolean {
  return time.textStart > claim.textEnd && QUOTE_THEN_DASH.test(text.slice(claim.textEnd, time.textStart));
}

const QUOTE_THEN_DASH = /["”][ \u00A0\n]*[—–]/u;

/** Text before a year ending in "the highest since". */
function reference(before: string): boolean {
  // "the highest since 2015", "… since the early 2010s"
  const m = /\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$|\bsince\s*$/i.exec(before);
  return m !== null && REFERENCE_SINCE.test(before.slice(0, m.index));
}

function distance(a: Claim, b: Claim): number {
  return a.textStart < b.textStart ? b.textStart - a.textEnd : a.textStart - b.textEnd;
}

export interface PlaceScope {
  /** Actor ids of places the sentence names. */
  named: Set<string>;
  /** Places named as the figure's setting ("in Punjab"): actor ids, or the word for unknown places. */
  settings: string[];
  /** The settings that are actors of the fact base (the rest are unknown capitalised words). */
  actors: Set<string>;
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
  const e = clauseEnd ? claim.textEnd + clauseEnd.index : temporal(claim) ? sentenceEnd : Math.min(laterClauseFigure(ctx, claim, sentenceEnd), asideEndOf(ctx, claim, sentenceStart, sentenceEnd));
  const phraseStart = Math.min(textIndex(ctx.block, claim.phraseStart), claim.textStart);
  const s = temporal(claim) ? sentenceStart : afterEventClauses(ctx, sentenceStart, phraseStart);
  const named = new Set<string>();
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
    const kind = knowledge.actor(m.actorId)?.kind;
    if (!kind || !PLACE_KINDS.has(kind) || aboutOthers(start) || ownerOfOther(ctx, claim, end)) continue;
    const inner = end <= phraseStart ? placeInPlace(text.slice(end, phraseStart)) : undefined;
    if (inner) {
      innerPlaces.push({ name: inner.name, at: end + inner.at });
      continue;
    }
    named.add(m.actorId);
    if (SUBNATIONAL_KINDS.has(kind)) subnational.push(m.actorId);
    if (LOCATIVE.test(text.slice(Math.max(s, start - 40), start))) settings.push(m.actorId);
    else if (end <= phraseStart && subjectOf(text.slice(end, phraseStart))) settings.push(m.actorId);
    if (EXCLUSIVE_AFTER.test(text.slice(end, end + 12)) || EXCLUSIVE_BEFORE.test(text.slice(Math.max(s, start - 12), start))) exclusive.push(m.actorId);
  }
  for (const m of text.slice(s, e).matchAll(temporal(claim) ? UNKNOWN_EVENT_PLACE : UNKNOWN_PLACE)) {
    const at = s + m.index + m[0].length - m[1]!.length;
    if (covered.some(([a, b]) => at >= a && at < b) || NOT_PLACES.test(m[1]!) || aboutOthers(at)) continue;
    settings.push(m[1]!);
  }
  for (const p of innerPlaces) if (!covered.some(([a, b]) => p.at >= a && p.at < b)) settings.push(p.name);
  const subjectFrom = Math.max(s, phraseStart - MAX_SUBJECT_REACH);
  const subject = temporal(claim) ? undefined : unknownPlaceSubject(text.slice(subjectFrom, phraseStart), subjectFrom, covered);
  if (subject) settings.push(subject);
  // Only in the figure's own clause after it ("about a third of them in the former tribal
  // districts"): "1,400 were killed in 2024 — …, most of them in two provinces" is about a
  // part. An event's place may be any part of the fact's, so dates are never described.
  const described: PlaceScope['described'] = [];
  if (!temporal(claim)) {
    const after = text.slice(claim.textEnd, sentenceEnd);
    const clause = CLAUSE_BREAK.exec(after);
    for (const m of (clause ? after.slice(0, clause.index) : after).matchAll(DESCRIBED_PLACE)) described.push({ text: m[1]!, count: COUNT_WORDS[m[2]?.toLowerCase() ?? ''] });
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
  return { named, settings, actors: new Set(settings.filter((p) => named.has(p))), exclusive, outside, described };
}

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
 * places that part, up to its clause's end, not the sentence's other figures.
 */
const PARTITIVE_CLAUSE = /[,;][ \u00A0]*(?:(?:and|but|while|with)[ \u00A0]+)?(?:the[ \u00A0]+)?(?:bulk|majority|lion['’]s[ \u00A0]+share|most|much|many|nearly[ \u00A0]+all|almost[ \u00A0]+all|virtually[ \u00A0]+all|all|half|(?:a|one|two|three)[ \u00A0-](?:third|quarter|fifth|half)s?|\d+(?:\.\d+)?[ \u00A0]*(?:%|per[ \u00A0]?cent|percent))[ \u00A0]+of[ \u00A0]+(?:them|those|these|which|it|the[ \u00A0]+\p{L}+)(?![\p{L}])[^,;:]*/giu;

function whoAsidesOf(sentence: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
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
 * clause share its places ("444 attacks and 1,612 deaths in Punjab").
 */
function laterClauseFigure(ctx: BlockContext, claim: Claim, sentenceEnd: number): number {
  const text = ctx.block.text;
  for (let i = claimIndex(ctx, claim) + 1; i < ctx.claims.length; i++) {
    const next = ctx.claims[i]!;
    if (next.textStart >= sentenceEnd) break;
    if (!temporal(next) && CLAUSE_BREAK.test(text.slice(claim.textEnd, next.textStart))) return next.textStart;
  }
  return sentenceEnd;
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
  return ELSEWHERE.exec(text.slice(from, to))?.[0];
}

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

const CLAUSE_BREAK = /[,;:()—–]/;
/**
 * Where the phrase naming a dated event ends: at a clause break, or at a passive predicate
 * after the date ("the return to power in August 2022 was greeted in Islamabad"): a place
 * after it is where the predicate happened, not the event.
 */
const EVENT_PHRASE_END = /[,;:()—–]|[ \u00A0](?:was|were|is|are|has[ \u00A0]+been|have[ \u00A0]+been|had[ \u00A0]+been)[ \u00A0]+\p{L}+(?:ed|en)(?![\p{L}])/u;
/**
 * A place described by a common noun after a locative ("in the former tribal districts",
 * "across two provinces"), with the count word if any (2).
 */
const DESCRIBED_PLACE = /\b(?:in|across|throughout|within|inside)[ \u00A0]+((?:(?:the|these|those|its|their)[ \u00A0]+)?(?:(?:just|only|exactly)[ \u00A0]+)?(?:(one|two|three|four|five|both|single)[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+){0,2}(?:provinces?|districts?|regions?|areas?|cities|city|towns?|villages?|belt|agencies|territories|territory|borderlands?|zones?))(?![\p{L}])/gu;
const COUNT_WORDS: Record<string, number> = { one: 1, single: 1, two: 2, both: 2, three: 3, four: 4, five: 5 };
/** Words before a place that put a figure outside it ("outside the provinces of KP and …"). */
const OUTSIDE = /(?<![\p{L}])(?:outside(?:[ \u00A0]+of)?|beyond|other[ \u00A0]+than|except(?:[ \u00A0]+in)?|excluding)[ \u00A0]+(?:the[ \u00A0]+)?(?:(?:two[ \u00A0]+)?provinces?[ \u00A0]+of[ \u00A0]+)?$/iu;
/** A cheap test for the words of OUTSIDE, once per sentence. */
const OUTSIDE_WORD = /\b(?:outside|beyond|other than|except|excluding)\b/i;
/**
 * Words putting a figure outside the places named before it ("5% elsewhere"); not a place in
 * the writing ("as noted elsewhere", "elsewhere in this brief").
 */
const ELSEWHERE = /(?<![\p{L}])(?<!(?:noted|discussed|argued|shown|described|explained|mentioned|stated|seen|covered|reported)[ \u00A0]+)(?:elsewhere(?![ \u00A0]+in[ \u00A0]+(?:this|the|our)[ \u00A0]+(?:brief|paper|report|note|section|chapter|study|analysis|article|document))|in[ \u00A0]+the[ \u00A0]+rest[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+country|Pakistan)|in[ \u00A0]+(?:the[ \u00A0]+)?other[ \u00A0]+(?:provinces|regions|parts[ \u00A0]+of[ \u00A0]+the[ \u00A0]+country))(?![\p{L}])/iu;
/** What joins the places of a list ("KP and Balochistan", "KP, Balochistan"). */
const LIST_JOIN = /^['’]?s?[ \u00A0]*(?:,|and|or|&)[ \u00A0]*(?:and[ \u00A0]+)?(?:the[ \u00A0]+)?$/u;
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
  const m = PLACE_SUBJECT.exec(before) ?? PLACE_OWNER.exec(before);
  if (!m || NOT_PLACES.test(m[1]!) || NOT_SUBJECT_PLACES.has(m[1]!.toLowerCase())) return undefined;
  const at = offset + m.index;
  return covered.some(([a, b]) => at >= a && at < b) ? undefined : m[1];
}

/** How far before a figure its place subject is looked for: a name, a verb and a hedge. */
const MAX_SUBJECT_REACH = 60;
/** An unknown name right before a verb a place takes, with nothing but a hedge up to the figure. */
const PLACE_SUBJECT = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)(?:[ \u00A0]+(?:alone|also|itself|too|only))?[ \u00A0]+(?:saw|sees|suffered|suffers|witnessed|witnesses|experienced|experiences|endured|endures|faced|faces|sustained|bore|bears|accounted[ \u00A0]+for|accounts[ \u00A0]+for)(?:[ \u00A0]+an?)?(?:[ \u00A0]+(?:around|about|roughly|some|nearly|almost|only|just|over|under|approximately|barely|less[ \u00A0]+than|more[ \u00A0]+than|close[ \u00A0]+to))?[ \u00A0]*$/u;
/** "Punjab's 30 attacks": an unknown name in the possessive right before the figure's phrase. */
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

/** Why a fact cannot be compared with a figure in this scope, or undefined when it can. */
export function scopeConflict(fact: Fact, year: YearScope | undefined, place: PlaceScope): string | undefined {
  if (year && fact.value?.kind !== 'date') {
    if (year.kind === 'narrow' && (fact.scope.year !== undefined || fact.scope.period)) {
      return `the figure is about a narrower period (${year.what}) than the source's (${fact.scope.period ?? fact.scope.year})`;
    }
    if (year.kind === 'years' && (fact.scope.year !== undefined || fact.scope.period)) return `the figure is about several years (${year.what}), the source's about ${fact.scope.period ?? fact.scope.year}`;
    if (year.kind === 'year' && fact.scope.year !== undefined && (year.years.length !== 1 || year.years[0] !== fact.scope.year)) {
      return `the figure is about ${year.years.length === 1 ? year.years[0] : `${year.years[0]}–${year.years[year.years.length - 1]}`} (from ${year.from}), the source's about ${fact.scope.year}`;
    }
  }
  const places = fact.scope.places;
  if (places.length === 0) return undefined;
  const part = partOfScope(fact, place);
  if (part) return `the figure is about ${part}, a part of the source's ${places.join(' and ')}`;
  if (place.settings.some((p) => places.includes(p))) return undefined;
  // "in two provinces" for a fact about two places: the writer counts the fact's places.
  if (place.described.some((d) => d.count === places.length)) return undefined;
  // A place the fact base does not know may lie inside the fact's ("TTP camps in Paktika"):
  // it sets another scope only when no place of the fact's scope is named; so does a place
  // only described ("in the former tribal districts").
  const known = place.settings.find((p) => !places.includes(p) && place.actors.has(p));
  const unknown = place.settings.find((p) => !places.includes(p)) ?? place.described[0]?.text;
  const other = known ?? (places.some((p) => place.named.has(p)) ? undefined : unknown);
  return other === undefined ? undefined : `the figure is about another place (${other}) than the source's`;
}

/**
 * A count or share over several places is about them together ("95% of attacks in
 * Balochistan and KP"): a figure about one of them alone is about another scope. That is a
 * place the sentence singles out ("KP alone"), or the only one of the fact's places it names
 * and sets the figure in. An event's places are where it happened, any of them, so dates are
 * never narrowed this way.
 */
function partOfScope(fact: Fact, place: PlaceScope): string | undefined {
  const places = fact.scope.places;
  if (places.length < 2 || fact.value?.kind === 'date') return undefined;
  const single = place.exclusive.find((p) => places.includes(p));
  if (single) return single;
  const named = places.filter((p) => place.named.has(p));
  return named.length === 1 && place.settings.includes(named[0]!) ? named[0] : undefined;
}

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
    if (!covered.some(([a, b]) => at >= a && at < b) && !NOT_PLACES.test(m[1]!)) scope.settings.push(m[1]!);
  }
}

/**
 * A row label in a column of places that names them all: "| **Total** | 464 |", "| All
 * provinces | 480 |". Its figure is the whole, in the table's own scope, not a place's.
 */
const WHOLE_ROW = /^(?:(?:grand|national|overall)[ \u00A0]+)?total$|^(?:overall|nationwide|national|all|all[ \u00A0]+(?:provinces|regions|areas|districts|places|countries|locations|territories))$/iu;

/** A column header saying its cells name places: "Province", "Province pair", "Region". */
const PLACE_HEADER = /\b(?:provinces?|regions?|places?|countr(?:y|ies)|districts?|areas?|locations?|territor(?:y|ies))\b/i;

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
  for (const b of cell.row) {
    const header = dc.cell(b)?.header;
    if (header === undefined || !PLACE_HEADER.test(dc.doc.blocks[header]!.text)) continue;
    const places = mentionsOf(b).filter((m) => PLACE_KINDS.has(knowledge.actor(m.actorId)?.kind ?? ''));
    for (const m of places) {
      scope.named.add(m.actorId);
      scope.actors.add(m.actorId);
      scope.settings.push(m.actorId);
    }
    const label = dc.doc.blocks[b]!.text.trim();
    if (places.length === 0 && /^\p{Lu}/u.test(label) && !WHOLE_ROW.test(label)) scope.settings.push(label);
  }
}
