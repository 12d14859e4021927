/**
 * What a count or percent is about besides its measure: the year, the period and the place
 * (the place in places.ts). A figure is compared with a fact only when nothing in the prose puts
 * it in another scope (`yearConflict`, then `placeConflict`).
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
 * A "since" narrows only the figures of its own part of the sentence, up to a colon: "The
 * reversal since then has been swift: fatalities in 2023 stood at 1,524" dates 1,524 by 2023.
 * Nor does it narrow a figure in another clause dated by a year of its own ("With the Taliban
 * in power since 2021, 2024 became the deadliest year, with 1,412 killed"); "have since been"
 * is an adverb with no period at all.
 *
 * A decade ("the late 2010s", "the 1990s") is a time like a year, a span of several years;
 * "for several years running" is a run of years no year fixes. Neither is one fact's year.
 */
import { citedYear } from '../claims/documentReferences';
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import { memo, phraseStartOf, sentenceAt, type BlockContext, type CellPlace, type DocumentContext } from './context';
import type { PlaceScope } from './places';
import { firstIndexWhere } from '../sorted';

export type YearScope =
  /** `chosen`: picked among several years of the sentence (governingTime), so a weaker reading. */
  | { kind: 'year'; years: number[]; from: string; chosen?: true }
  | { kind: 'narrow'; what: string }
  /** A run of years the words do not fix ("for several years running", "year after year"). */
  | { kind: 'years'; what: string }
  /** The year before one named earlier, which the words do not fix ("In the previous year, …" after "Last year"). */
  | { kind: 'earlier'; what: string }
  | { kind: 'none' };

// "per" narrows only before a unit of time: "3.6 deaths per attack" is a rate whose own figure
// govern.ts leaves unlinked, and it says nothing about the period of the sentence's totals.
// "any single policy failure", "no single group": "single" after "any" or "no" means "one
// alone", not one event or day; nor does "single" before a superlative ("the single most
// important fact", "the single biggest threat"), which only stresses it.
const NARROW =
  /\b(?:per (?:day|week|month|quarter|year|annum)|a (?:day|week|month)|daily|weekly|monthly|on average|an average|(?<!\b(?:any|no) )single(?! year| most\b| (?:biggest|largest|greatest|gravest)\b)|in one (?:day|attack|incident)|first half|second half|(?:first|second|third|fourth|last) quarter|(?:first|last) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) (?:weeks|months|quarters)|Q[1-4]|H[12]|so far|year to date|(?:past|last|this|that) (?:week|month|weekend)|within (?:a|one|two|three|\d+) (?:days?|weeks?|months?))\b/i;
/**
 * "This week in numbers:", "this month's chart", "The number to remember this month is …": the
 * week or month of the newsletter's issue, which picks the figures, not the period they count.
 */
const ISSUE_PERIOD = /\b(?:this|last|past)[ \u00A0]+(?:week|month)(?:['’]s)?(?=[ \u00A0]+(?:in[ \u00A0]+numbers|numbers?|figures?|stats?|statistics|charts?|issue|edition|newsletter|round-?up|digest)\b)|\b(?:numbers?|figures?|stats?|charts?)[ \u00A0]+(?:to[ \u00A0]+(?:remember|watch|know)[ \u00A0]+)?(?:this|last)[ \u00A0]+(?:week|month)\b/gi;
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
const PREVIOUS_YEAR_OPENING = /^[\s*_>"“]*(?:(?:in|during|over|for|throughout)[ \u00A0]+)?(the[ \u00A0]+(?:previous|preceding|prior)[ \u00A0]+year)(?![\p{L}])/iu;
/** "reports of 1,900 deaths have since been confirmed": "since" after an auxiliary is an adverb, "later", with no period of its own. */
const ADVERB_SINCE = /\b(?:has|have|had|having|has[ \u00A0]+not|have[ \u00A0]+not|had[ \u00A0]+not|hasn['’]t|haven['’]t|hadn['’]t)[ \u00A0]+$/i;
/**
 * "the highest since 2015": the year is a reference point, not the figure's scope. A superlative
 * may stand further off, before what it ranks: "made 2024 the bloodiest year for Pakistan's
 * security forces and civilians since 2015".
 */
const REFERENCE_SINCE = /\b(?:(?:highest|lowest|worst|deadliest|bloodiest|largest|biggest|smallest)\b(?:\s+[^\s,;:()—–]+){0,8}|(?:most|least|record|first time|more|fewer|higher|lower|greater|worse|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|any (?:year|time)|ever)\b(?:\s+\S+){0,4})\s+$/i;

function yearsOf(claim: Claim): number[] {
  const from = new Date(claim.interval.lo * 86_400_000).getUTCFullYear();
  const to = new Date(claim.interval.hi * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let y = from; y <= to && years.length < 50; y++) years.push(y);
  return years;
}

export function temporal(claim: Claim): boolean {
  return claim.kind === 'year' || claim.kind === 'date';
}

/** A date precise to a day or month sets a narrower scope than any year. */
function asScope(claim: Claim, from: string): YearScope {
  if (PAST_SPANS.has(claim)) return { kind: 'years', what: `“${claim.written}”` };
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
/** What every DECADE match holds ("2010s", "1990's") and every PAST_SPAN match ("decade", "years"). */
const DECADE_HINT = /0['’]?s/;
const SPAN_HINT = /decade|years/i;

function decadesOf(ctx: BlockContext): Claim[] {
  const out: Claim[] = [];
  const text = ctx.block.text;
  // Cheap tests first: every block with a claim comes here, few name a decade or a span.
  if (!DECADE_HINT.test(text) && !SPAN_HINT.test(text)) return out;
  for (const m of text.matchAll(DECADE)) {
    const first = Number(m[2]) * 10;
    const part = m[1]?.toLowerCase();
    const [from, to] = part === 'early' ? [first, first + 3] : part === 'mid' ? [first + 3, first + 6] : part === 'late' ? [first + 6, first + 9] : [first, first + 9];
    const lo = Date.UTC(from, 0, 1) / DAY_MS;
    const hi = Date.UTC(to, 11, 31) / DAY_MS;
    const at = m.index;
    const end = at + m[0].length;
    out.push({ kind: 'year', block: ctx.index, textStart: at, textEnd: end, start: -1, end: -1, phraseStart: -1, phraseEnd: -1, written: m[0], interval: { lo, hi }, date: { year: from, yearInferred: true }, negated: false } as unknown as Claim);
  }
  // "over the past decade", "in the last ten years": several years back from when the brief was
  // written, which no year fixes; a time of the block like a decade.
  for (const m of text.matchAll(PAST_SPAN)) {
    const span = { kind: 'year', block: ctx.index, textStart: m.index, textEnd: m.index + m[0].length, start: -1, end: -1, phraseStart: -1, phraseEnd: -1, written: m[0], interval: { lo: 0, hi: 0 }, date: { year: 0, yearInferred: true }, negated: false } as unknown as Claim;
    PAST_SPANS.add(span);
    out.push(span);
  }
  return out;
}

/** "the past decade", "the last ten years", "these past few years": a span of years back from now. */
const PAST_SPAN = /(?<![\p{L}])(?:the|these)[ \u00A0]+(?:past|last|previous|preceding)[ \u00A0]+(?:(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|few|several|\d+)[ \u00A0]+)?(?:decades?|years)(?![\p{L}])/giu;
/** The spans of PAST_SPAN read as times, which asScope turns into a run of years. */
const PAST_SPANS = new WeakSet<Claim>();

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
  const period = memo(ctx, `period:${s}`, () => sentencePeriod(withoutRates(ctx, sentence, s, e), s, explicitYearIn(ctx, s, e) || relativeYearReadIn(ctx, s, e)));
  // Only figures in a clause before it escape it: "The first half of 2024 was bloody, with 900 deaths" is narrowed.
  const beforeNarrowClause = period.narrowClauseStart !== undefined && claim.textStart < period.narrowClauseStart;
  if (period.narrow && !beforeNarrowClause) return period.narrow;
  if (period.since.some(([a, b, at]) => claim.textStart >= a && claim.textStart < b && !sinceApart(ctx, claim, at, s, e) && !causalSince(ctx, claim, at, e))) {
    // "Attacks have risen since 2021, to 504 in 2024": a figure with its own "in YEAR" is
    // about that year, whatever "since" says.
    const own = ownYear(ctx, claim);
    return own ? asScope(own, 'its sentence') : { kind: 'narrow', what: '“since”' };
  }
  if (period.years) return endOfChange(ctx, claim, s, period.years) ?? period.years;
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
  // "CRSS (2025) recorded 454 attacks during 2024": a citation's year dates the publication.
  const times = timeline.filter((c) => c !== claim && temporal(c) && c.textStart >= s && c.textStart < e && timeAside(text, asides, c) === aside && !reference(text.slice(s, c.textStart)) && !standardApart(text, claim, c, s) && !saidAt(text, claim, c) && !citedYear(text, c.textStart, c.textEnd));
  if (times.length > 0) {
    const scope = asScope(governingTime(ctx, claim, times), 'its sentence');
    const several = new Set(times.flatMap((t) => yearsOf(t))).size > 1;
    return scope.kind === 'year' && several ? { ...scope, chosen: true } : scope;
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
    // "| Indicator (2024) | Value |": a year in the label column's header dates every row.
    const labelHeader = cell.header === undefined || cell.above[0] === cell.header ? [] : dc.block(cell.above[0]).claims.filter(temporal);
    if (labelHeader.length === 1) return asScope(labelHeader[0]!, "its label column's header");
  }
  // "Violence in 2024 was worse than any year since 2015. CRSS counted …": a reference point is
  // no time of its own sentence's figures, nor of the next one's.
  const earlier = timeline.filter((c) => temporal(c) && c.textEnd <= s && !reference(text.slice(sentenceAt(ctx, c.textStart)[0], c.textStart)));
  if (earlier.length > 0) return asScope(earlier[earlier.length - 1]!, 'an earlier sentence of its paragraph');
  const label = ctx.block.kind === 'listItem' ? yearItemAbove(dc, ctx.index) : undefined;
  if (label !== undefined) return { kind: 'year', years: [label], from: 'the list item it stands under' };
  const pointed = ctx.block.kind === 'listItem' && POINTS_BACK.test(text.slice(s, e)) ? datedItemBefore(dc, ctx.index) : undefined;
  if (pointed) return asScope(pointed, 'the list item its words point back to');
  const headingYears = [...new Set(ctx.block.heading.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  if (headingYears.length === 1) return { kind: 'year', years: [Number(headingYears[0])], from: 'its heading' };
  return { kind: 'none' };
}

/**
 * "- 2024\n  - attacks: 444\n  - deaths: over 1,126\n- 2023\n  - attacks: 306": a list item
 * that is only a year heads the items after it in its list, up to the next such item. The prose
 * model keeps no nesting, so the items after it are read as its children, which a list that
 * labels items by a bare year almost always means.
 */
function yearItemAbove(dc: DocumentContext, index: number): number | undefined {
  for (let b = index - 1; b >= 0 && dc.inRange(b) && dc.doc.blocks[b]!.kind === 'listItem'; b--) {
    const year = YEAR_ITEM.exec(dc.doc.blocks[b]!.text.trim());
    if (year) return Number(year[1]);
  }
  return undefined;
}

/**
 * "- **444** — terrorist attacks in Pakistan in 2024\n- **1,162** — people killed in those
 * attacks": an item pointing back takes the time of the nearest item above that gives one,
 * when that item gives only one.
 */
function datedItemBefore(dc: DocumentContext, index: number): Claim | undefined {
  for (let b = index - 1; b >= 0 && dc.inRange(b) && dc.doc.blocks[b]!.kind === 'listItem'; b--) {
    const times = dc.block(b).claims.filter(temporal);
    if (times.length > 0) return times.length === 1 ? times[0] : undefined;
  }
  return undefined;
}

const POINTS_BACK = /\b(?:those|these)[ \u00A0]+\p{L}|\bthem\b/iu;
const YEAR_ITEM = /^((?:19|20)\d\d)[ \u00A0]*:?$/u;

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
  // "The 2024 attack count of 404 (CRSS, 2025)": an author-year citation dates the publication.
  return inside.length === 1 && temporal(inside[0]!) && !citedYear(text, inside[0]!.textStart, inside[0]!.textEnd) ? inside[0] : undefined;
}

/**
 * "the 2024 baseline — 444 attacks and 1,216 fatalities —": an aside right after a noun dated
 * by a year spells that noun out, so its figures take the year. At most two words may stand
 * between the year and the aside, or none ("Unlike 2023 (about 300 attacks), 2024 …").
 */
function datedNounBefore(ctx: BlockContext, asideStart: number, sentenceStart: number): Claim | undefined {
  const i = firstIndexWhere(ctx.claims, (c) => c.textStart >= asideStart) - 1;
  const year = ctx.claims[i];
  if (!year || year.kind !== 'year' || year.textStart < sentenceStart) return undefined;
  return DATED_NOUN.test(ctx.block.text.slice(year.textEnd, asideStart)) ? year : undefined;
}

/** "2023 (about 300 attacks)": brackets right after the year itself spell out that year. */
const DATED_NOUN = /^(?:['’]s)?(?:[ \u00A0]+\p{L}[\p{L}-]*){0,2}[ \u00A0]*$/u;

/**
 * The aside a time stands in, for the figures it scopes. Brackets holding the time alone name
 * the phrase before them ("In the final year of the panel (2023), CRSS logged 1,524 deaths"):
 * the time is the sentence's, as if written in place of the phrase.
 */
function timeAside(text: string, asides: readonly [number, number][], time: Claim): [number, number] | undefined {
  const aside = asideAt(asides, time.textStart);
  return aside && BARE_BRACKET.test(text.slice(aside[0], aside[1])) ? undefined : aside;
}

const BARE_BRACKET = /^\([ \u00A0]*(?:19|20)\d\d[ \u00A0]*\)$/u;

/**
 * Whether a year is the standard a comparison measures against ("double those of 2023", "more
 * than in 2023", "up 44% on 2023") in another part of the sentence than the figure: the figure
 * is about the year compared, not the standard's ("that in 2013" opens a clause, no standard). A
 * figure in the standard's own clause after it
 * ("those of 2023, which came to 300", "than 2023's 1,000") is the standard's.
 */
function standardApart(text: string, claim: Claim, time: Claim, sentenceStart: number): boolean {
  if (!COMPARISON_STANDARD.test(text.slice(sentenceStart, time.textStart))) return false;
  if (claim.textEnd <= time.textStart) return true;
  const between = text.slice(time.textEnd, claim.textStart);
  const brk = between.search(/[,;:—–]/);
  return brk >= 0 && !RELATIVE_OPENING.test(between.slice(brk + 1));
}

const COMPARISON_STANDARD = /(?:(?<![\p{L}])than|(?<![\p{L}])those[ \u00A0]+(?:of|in|for)|(?<![\p{L}])that[ \u00A0]+of|(?<![\p{L}])(?:up|down)(?![\p{L}])[^,;:.]{0,20}[ \u00A0]on|(?<![\p{L}])compared[ \u00A0]+(?:with|to)|(?<![\p{L}])(?:versus|vs\.?))[ \u00A0]+(?:(?:in|during|for)[ \u00A0]+)?$/iu;
const RELATIVE_OPENING = /^[ \u00A0]*(?:which|when|where|who|whose|in which|during which)(?![\p{L}])/iu;

/** The aside holding `pos`, if any (a module function: no closure per claim). */
export function asideAt(asides: readonly [number, number][], pos: number): [number, number] | undefined {
  return asides.find(([a, b]) => pos >= a && pos < b);
}

/** Ranges of a sentence between paired dashes or brackets, in block text positions. */
export function asidesOf(sentence: string, offset: number): [number, number][] {
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

/**
 * "The death toll, at 444, understated the cost, since many more were wounded": a "since"
 * opening a clause after the figure's, with no year or "then" in that clause, gives a reason,
 * not a period.
 */
function causalSince(ctx: BlockContext, claim: Claim, at: number, e: number): boolean {
  const text = ctx.block.text;
  if (at < claim.textEnd || !/[,;—–][ \u00A0]*$/.test(text.slice(Math.max(claim.textEnd, at - 3), at))) return false;
  const clause = text.slice(at, e).split(/[,;:()—–]/)[0]!;
  return !/\b(?:(?:19|20)\d\d|then|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(clause);
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
 * "Attack frequency nearly doubled between 2021 and 2024, from roughly 250 to over 800": the
 * figure ending a change "from N to M" across a span of two years is the later year's, as the
 * starting figure is the earlier's. A span "from 2021 to 2024" is itself no change of a figure.
 */
function endOfChange(ctx: BlockContext, claim: Claim, sentenceStart: number, span: YearScope): YearScope | undefined {
  if (span.kind !== 'year' || span.years.length !== 2 || temporal(claim)) return undefined;
  const phraseStart = phraseStartOf(ctx, claim);
  const change = CHANGE_TO.exec(ctx.block.text.slice(sentenceStart, phraseStart));
  if (!change || YEAR_ONLY.test(change[1]!)) return undefined;
  return { kind: 'year', years: [span.years[1]!], from: 'the end of the change its sentence spans' };
}

const CHANGE_TO = /(?<![\p{L}])from[ \u00A0]+((?:[\p{L}-]+[ \u00A0]+)?[\p{N}][\p{N},.]*(?:[ \u00A0]*(?:%|per[ \u00A0]?cent|percent))?)[ \u00A0]+to[ \u00A0]+$/iu;
const YEAR_ONLY = /^(?:19|20)\d\d$/;

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

/**
 * Whether the reader anchored a relative year of the block text [s, e) to a written one ("In
 * 2024, … 1,612 dead. The previous year had seen 1,524": 2023): it then dates the sentence's
 * figures like a written year.
 */
function relativeYearReadIn(ctx: BlockContext, s: number, e: number): boolean {
  return ctx.claims.some((c) => c.kind === 'year' && c.textStart >= s && c.textStart < e && RELATIVE_YEAR.test(c.written));
}

/** A number in a clause, in digits or words; years (YEAR_NUMBER) are removed first. */
const YEAR_NUMBER = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;
const CLAUSE_NUMBER = /(?<![\p{L}])(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|a[ \u00A0]+dozen)(?![\p{L}]))/iu;

function sentencePeriod(sentence: string, offset: number, explicitYear: boolean): SentencePeriod {
  // A rate in an aside ("1,400 were killed in 2024 — roughly four a day — …") glosses the
  // total; it does not narrow its period.
  const narrow = NARROW.exec(sentence.replace(ASIDE, (aside) => ' '.repeat(aside.length)).replace(ISSUE_PERIOD, (issue) => ' '.repeat(issue.length)));
  if (narrow) {
    const subject = NARROW_SUBJECT_BEFORE.test(sentence.slice(0, narrow.index));
    // Not the comma of a number ("1,700").
    const clauseStart = sentence.slice(0, narrow.index).search(/(?:[;:—–]|,(?!\d))(?:[^,;:—–]|,\d)*$/) + 1;
    // "… 444 attacks and 1,216 fatalities in 2024, and report progress starting with the first
    // quarter of 2025": a part of a year of its own, in a later clause, is that clause's period.
    const ownYear = clauseStart > 0 && (YEAR_AFTER_NARROW.test(sentence.slice(narrow.index + narrow[0].length)) || YEAR_BEFORE_NARROW.test(sentence.slice(0, narrow.index)));
    // "killing more than 1,612 people — an average of almost four deaths per attack", "…, and
    // directed NACTA to present a plan within 60 days": narrowing words in a later clause with a
    // number of its own are about that number, not the figures before the clause.
    const clauseEnd = sentence.slice(narrow.index + narrow[0].length).search(/[;:—–]|,(?!\d)/);
    const clause = sentence.slice(clauseStart, clauseEnd < 0 ? sentence.length : narrow.index + narrow[0].length + clauseEnd);
    const ownNumber = clauseStart > 0 && CLAUSE_NUMBER.test(clause.replace(YEAR_NUMBER, ''));
    return { narrow: { kind: 'narrow', what: `“${narrow[0]}”` }, since: [], ...((subject || ownYear || ownNumber) && { narrowClauseStart: offset + clauseStart }) };
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
  // "Last year … 1,612 died. In the previous year, fewer than 1,000 died": opening the sentence,
  // "the previous year" is the one before a year just told of, never the writer's own time.
  const previous = explicitYear ? null : PREVIOUS_YEAR_OPENING.exec(sentence);
  if (previous) return { since, years: { kind: 'earlier', what: `“${previous[1]}”` } };
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
  const phraseStart = phraseStartOf(ctx, claim);
  const owner = times.find((t) => t.textEnd <= phraseStart && phraseStart - t.textEnd <= 4 && POSSESSIVE_YEAR.test(text.slice(t.textEnd, phraseStart)));
  if (owner) return owner;
  const figures = ctx.claims.filter((c) => c.kind === 'count' || c.kind === 'percent');
  const close = times.find((t) => {
    if (t.textStart < claim.textEnd) return false;
    const gap = text.slice(claim.textEnd, t.textStart);
    return !/[,;:()]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 6 && !figures.some((f) => f.textStart > claim.textEnd && f.textStart < t.textStart) && !OTHER_PHRASE_YEAR.test(gap);
  });
  if (close) return close;
  const before = times.filter((t) => t.textEnd <= claim.textStart);
  if (before.length > 0) return before[before.length - 1]!;
  return times.reduce((a, b) => (distance(b, claim) < distance(a, claim) ? b : a));
}

/**
 * "484 attacks dwarfed the 2022 figure of 300": a year after a determiner that no preposition
 * introduces dates the noun phrase it opens, another than the figure's ("444 attacks in the
 * 2024 calendar year" keeps its "in").
 */
const OTHER_PHRASE_YEAR = /(?:^|[ \u00A0])(?!(?:in|of|for|during|over|through|throughout|across|within)[ \u00A0])\p{L}+[ \u00A0]+(?:the|its|their|this|that)[ \u00A0]+$/iu;

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
  if (m !== null && REFERENCE_SINCE.test(before.slice(0, m.index))) return true;
  // "the highest figure since 2015, when the country was still recovering from the 2014 Peshawar
  // school attack": a year in the clause telling what the reference year was is a reference too.
  const when = /\bsince\s+(?:19|20)\d\d,?\s+when\b[^;:—–]*$/i.exec(before);
  return when !== null && REFERENCE_SINCE.test(before.slice(0, when.index));
}

function distance(a: Claim, b: Claim): number {
  return a.textStart < b.textStart ? b.textStart - a.textEnd : a.textStart - b.textEnd;
}

/**
 * Why a fact cannot be compared with a figure of these years, or undefined when it can. Checked
 * before `placeConflict`: when it rules out every fact a figure is linked to, its places need
 * not be read. A fact the source gives no year is
 * about the source's own time, the year it was written (`sourceDate`) or the one before: "In
 * 2023, … 92% of the attacks" is about another period than an undated 95% written in 2025.
 */
export function yearConflict(fact: Fact, year: YearScope | undefined, sourceDate?: string): string | undefined {
  if (year && fact.value?.kind !== 'date') {
    if (year.kind === 'narrow' && (fact.scope.year !== undefined || fact.scope.period)) {
      return `the figure is about a narrower period (${year.what}) than the source's (${fact.scope.period ?? fact.scope.year})`;
    }
    if (year.kind === 'earlier' && (fact.scope.year !== undefined || fact.scope.period)) return `the figure is about the year before one named earlier (${year.what}), the source's about ${fact.scope.period ?? fact.scope.year}`;
    if (year.kind === 'years' && (fact.scope.year !== undefined || fact.scope.period)) return `the figure is about several years (${year.what}), the source's about ${fact.scope.period ?? fact.scope.year}`;
    if (year.kind === 'year' && fact.scope.year !== undefined && (year.years.length !== 1 || year.years[0] !== fact.scope.year)) {
      return `the figure is about ${year.years.length === 1 ? year.years[0] : `${year.years[0]}–${year.years[year.years.length - 1]}`} (from ${year.from}), the source's about ${fact.scope.year}`;
    }
    const written = sourceDate === undefined ? NaN : Number.parseInt(sourceDate.slice(0, 4), 10);
    // Only a year the prose plainly gives the figure: one picked among several is a guess. A
    // span of years ("Over the 2021-2024 period as a whole") is never the one year of its time.
    if (year.kind === 'year' && !year.chosen && fact.scope.year === undefined && (year.years.length > 1 || year.years.every((y) => y < written - 1 || y > written))) {
      return `the figure is about ${year.years[0]}${year.years.length > 1 ? `–${year.years[year.years.length - 1]}` : ''} (from ${year.from}), the source's, undated, about its own time (it was written in ${sourceDate})`;
    }
  }
  return undefined;
}

/** Why a fact cannot be compared with a figure set in these places, or undefined when it can. */
export function placeConflict(fact: Fact, place: PlaceScope): string | undefined {
  const places = fact.scope.places;
  if (places.length === 0) return undefined;
  const part = partOfScope(fact, place);
  if (part) return `the figure is about ${part}, a part of the source's ${places.join(' and ')}`;
  // "three in four attacks in Pakistan hit Balochistan and KP": beside the share's own places,
  // the country the fact sets them in (an actor of the fact, not a place of its scope) is the
  // whole the share is of, not another setting.
  const whole = fact.value?.kind === 'percent' && places.some((p) => place.named.has(p)) ? fact.actors.filter((a) => !places.includes(a)) : [];
  const settings = whole.length === 0 ? place.settings : place.settings.filter((p) => !whole.includes(p));
  if (settings.some((p) => places.includes(p))) return undefined;
  // "in two provinces" for a fact about two places: the writer counts the fact's places.
  if (place.described.some((d) => d.count === places.length)) return undefined;
  // A place the fact base does not know may lie inside the fact's ("TTP camps in Paktika"):
  // it sets another scope only when no place of the fact's scope is named; so does a place
  // only described ("in the former tribal districts").
  // An event's places are often ones the fact base does not know ("airstrikes on TTP hideouts
  // in Paktika", "in Barmal district"): where in the fact's countries it happened, which the
  // source seldom names. Such a place sets another event only when nobody of the fact's is
  // named with it ("the November 2024 bombing at Quetta railway station"). A known place that is
  // a party to the event sets another only in the date's own clause: "Islamabad had hoped that
  // the Taliban's return in 2020 …", "the 2019 return to power raised hopes in Pakistan".
  if (fact.value?.kind === 'date') {
    const known = settings.find((p) => !places.includes(p) && place.actors.has(p) && !(fact.actors.includes(p) && place.apart.has(p)));
    const unknown = fact.actors.some((a) => place.parties.has(a)) ? undefined : settings.find((p) => !places.includes(p));
    const other = known ?? unknown;
    return other === undefined ? undefined : `the figure is about another place (${other}) than the source's`;
  }
  const known = settings.find((p) => !places.includes(p) && place.actors.has(p));
  const unknown = settings.find((p) => !places.includes(p)) ?? place.described[0]?.text;
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

export const CLAUSE_BREAK = /[,;:()—–]/;
/**
 * A row label in a column of places that names them all: "| **Total** | 464 |", "| All
 * provinces | 480 |". Its figure is the whole, in the table's own scope, not a place's.
 */
export const WHOLE_ROW = /^(?:(?:grand|national|overall)[ \u00A0]+)?total$|^(?:overall|nationwide|national|all|all[ \u00A0]+(?:provinces|regions|areas|districts|places|countries|locations|territories))$/iu;
