import type { ProseBlock, ProseDocument } from '../markdown/model';
import { bindAttributions, findAttributions, type AttributionMention } from './attribution';
import { findBareDays, monthBefore, type BareDayHit, type MonthContext } from './bareDays';
import { findDates, type DateHit, type ParsedDate } from './dates';
import { ANY_DAY, calendarInterval } from './days';
import type { Figure } from './figure';
import { decimalShare, findFractions } from './fractions';
import { approximatesSentence, coordinatesFigures, findBandHedges, hedgeAfter, hedgeBefore, hedgesList, type BandHedge } from './hedges';
import type { Claim, Hedge, Interval } from './model';
import { isRejected } from './negation';
import { attributionLine, wholeQuotation } from './quotations';
import { findNumberWords } from './numberWords';
import { findNumerals } from './numbers';
import { intervalFor } from './precision';
import { allButBefore, complementShare, COMPLEMENT_HEDGE, proportionAt } from './proportions';
import { readRange } from './ranges';
import { findRelativeYears } from './relativeYears';
import { sentenceIndex, sentenceStarts } from './sentences';
import { inferYear, isYear, type YearMark } from './years';

/**
 * Reads every figure and date in a document's prose as claims, in document order. Blocks are
 * read in order because a date written without a year takes it from earlier blocks.
 */
export function readClaims(doc: ProseDocument): Claim[] {
  return readClaimsIn(doc, 0, doc.blocks.length, undefined).claims;
}

/**
 * The claims of `doc.blocks[from, to)`, given the last explicit year before `from`; also the
 * last explicit year in the range, which the blocks after it inherit. This is all that
 * crosses blocks, so ranges can be read (and cached) apart. `dateCache` may be shared
 * between calls: dates parse the same wherever they are.
 */
export function readClaimsIn(
  doc: ProseDocument,
  from: number,
  to: number,
  earlierYear: number | undefined,
  dateCache = new Map<string, ParsedDate | null>(),
): { claims: Claim[]; lastYear?: number } {
  const claims: Claim[] = [];
  let lastYear: number | undefined;
  // The month a bare "the 28th" takes from earlier blocks; carried within this range only.
  let lastMonth: MonthContext | undefined;
  for (let index = from; index < to; index++) {
    // Neighbours only inside the range, which is read (and cached) as a whole.
    const neighbours = { previous: index > from ? doc.blocks[index - 1]!.text : undefined, next: index + 1 < to ? doc.blocks[index + 1]!.text : undefined };
    const read = readBlock(doc.blocks[index]!, index, dateCache, lastYear ?? earlierYear, lastMonth, neighbours);
    for (const claim of read.claims) claims.push(claim);
    lastYear = read.lastYear ?? lastYear;
    lastMonth = read.lastMonth ?? lastMonth;
  }
  return lastYear === undefined ? { claims } : { claims, lastYear };
}

/** What a block yields before offsets and attribution are added. */
interface Draft {
  kind: Claim['kind'];
  textStart: number;
  textEnd: number;
  phraseTextStart: number;
  phraseTextEnd: number;
  hedge: Hedge;
  interval: Interval;
  value?: number;
  date?: Claim['date'];
  negated: boolean;
  complement?: true;
}

function readBlock(
  block: ProseBlock,
  index: number,
  dateCache: Map<string, ParsedDate | null>,
  earlierYear: number | undefined,
  earlierMonth: MonthContext | undefined,
  neighbours: { previous?: string; next?: string } = {},
): { claims: Claim[]; lastYear?: number; lastMonth?: MonthContext } {
  const { text } = block;
  const starts = sentenceStarts(text);
  const dates = findDates(text, dateCache);
  const drafts = readFigures(text, dates, starts);

  const marks: YearMark[] = [];
  for (const d of drafts) {
    if (d.kind === 'year') marks.push({ sentence: sentenceIndex(starts, d.textStart), pos: d.textStart, year: d.date!.year });
  }
  for (const hit of dates) {
    if (hit.year !== undefined) marks.push({ sentence: sentenceIndex(starts, hit.start), pos: hit.start, year: hit.year });
  }
  marks.sort((a, b) => a.pos - b.pos);
  for (const hit of dates) {
    const year = hit.year ?? inferYear(marks, sentenceIndex(starts, hit.start), hit.start, earlierYear);
    drafts.push(dateDraft(text, hit, year, sentenceFloor(starts, hit.start)));
  }
  // Relative years are no marks: dates without a year and later blocks take explicit years only.
  for (const relative of findRelativeYears(text, starts, marks)) {
    drafts.push(yearDraft(text, relative, relative.year, true, sentenceFloor(starts, relative.start)));
  }
  for (const hit of findBareDays(text)) {
    if (drafts.some((d) => d.textStart < hit.end && hit.start < d.textEnd)) continue;
    drafts.push(bareDayDraft(text, hit, monthBefore(dates, hit.start, earlierMonth), sentenceFloor(starts, hit.start)));
  }
  for (const band of findBandHedges(text)) {
    if (drafts.some((d) => d.textStart < band.end && band.start < d.textEnd)) continue;
    drafts.push(bandDraft(text, band, sentenceFloor(starts, band.start)));
  }
  drafts.sort((a, b) => a.textStart - b.textStart);
  // The line signing a quotation ("(a provincial police chief, December 2024)") dates the
  // saying, not the events the quotation is about: its dates assert nothing.
  if (neighbours.previous !== undefined && attributionLine(text) !== undefined && wholeQuotation(neighbours.previous)) {
    for (const d of drafts) if (d.kind === 'date' || d.kind === 'year') d.negated = true;
  }

  const claims = drafts.map((d) => toClaim(block, index, d));
  attribute(text, starts, claims, signedQuotation(text, neighbours.next));
  return { claims, lastYear: marks[marks.length - 1]?.year, lastMonth: monthBefore(dates, text.length, undefined) };
}

/** "the 28th": a day of the month (and year) of the date before it, or of no known month. */
function bareDayDraft(text: string, hit: BareDayHit, context: MonthContext | undefined, floor: number): Draft {
  const { month, year } = context ?? {};
  const interval = month !== undefined && year !== undefined ? calendarInterval(year, month, hit.day) : ANY_DAY;
  return datedSpan(text, hit, interval, { year: year ?? 0, month, day: hit.day, yearInferred: true, monthInferred: true }, floor);
}

/** A date claim over exactly its span: dates take no hedge words. */
function datedSpan(text: string, span: { start: number; end: number }, interval: Interval, date: Claim['date'], floor: number): Draft {
  return {
    kind: 'date',
    textStart: span.start,
    textEnd: span.end,
    phraseTextStart: span.start,
    phraseTextEnd: span.end,
    hedge: 'none',
    interval,
    date,
    negated: isRejected(text, span.start, floor),
  };
}

/** Counts, percents, ranges, proportions and years, skipping digits inside dates. */
function readFigures(text: string, dates: readonly DateHit[], starts: readonly number[]): Draft[] {
  const fractions = findFractions(text);
  const figures = [...findNumerals(text).map((f) => decimalShare(text, f)), ...findNumberWords(text).filter((f) => !overlaps(f, fractions)), ...fractions]
    .filter((f) => !overlaps(f, dates))
    .sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  // The other numbers of proportions already read: "twenty" of "nineteen in twenty".
  const partners = new Set<number>();
  // Per sentence, read when its first figure is: whether the sentence calls its figures approximate.
  let approximateSentence = -1;
  let approximate = false;
  // The last draft whose hedge reaches a figure coordinated after it (`carriesList`).
  let listHedge: Draft | undefined;
  for (let i = 0; i < figures.length; i++) {
    if (partners.has(i)) continue;
    const f = figures[i]!;
    const next = partners.has(i + 1) ? undefined : figures[i + 1];
    const sentence = sentenceIndex(starts, f.start);
    const floor = starts[sentence]!;
    if (sentence !== approximateSentence) {
      approximateSentence = sentence;
      approximate = approximatesSentence(text.slice(floor, starts[sentence + 1] ?? text.length));
    }
    // "An approximate 1,600 deaths and 450 attacks": the list's hedge reaches 450.
    const previous = drafts[drafts.length - 1];
    const listed = listHedge !== undefined && previous === listHedge && previous.textStart >= floor && coordinatesFigures(text.slice(previous.phraseTextEnd, f.start));
    const proportion = proportionAt(text, figures, i);
    if (proportion) {
      listHedge = carriesList(text, pushDraft(text, floor, drafts, quantityDraft(text, proportion.share, proportion.phraseStart, floor, approximate || listed)), listed);
      partners.add(proportion.partner);
      continue;
    }
    const range = next && !(isYear(text, f) && isYear(text, next)) ? readRange(text, f, next) : undefined;
    if (range && next) {
      drafts.push(rangeDraft(text, range.first, next, range.phraseStart, floor));
      i++;
      continue;
    }
    if (f.yearLike && next && /^[-\u2013/]\d\d$/.test(text.slice(f.end, next.end))) {
      i++; // "2021-22", a fiscal year: neither a year nor a count
      continue;
    }
    // A lone "one" is a pronoun or an article far more often than a count ("one of the").
    if (f.words && f.value === 1 && !f.percent) continue;
    if (isYear(text, f)) drafts.push(yearDraft(text, f, f.value, false, floor));
    else listHedge = carriesList(text, pushDraft(text, floor, drafts, quantityDraft(text, f, f.start, floor, approximate || listed)), listed);
  }
  return drafts;
}

/** Adds a count or percent draft, a share named by what it leaves out read as the rest. */
function pushDraft(text: string, floor: number, drafts: Draft[], draft: Draft): Draft {
  const allBut = draft.kind === 'percent' ? allButBefore(text, draft.phraseTextStart, floor) : undefined;
  drafts.push(allBut === undefined ? draft : {
    ...draft,
    hedge: COMPLEMENT_HEDGE[draft.hedge],
    interval: complementShare(draft.interval),
    value: 100 - draft.value!,
    complement: true,
  });
  return drafts[drafts.length - 1]!;
}

/**
 * The draft, when the figure coordinated after it takes its hedge: its own hedge is a
 * determiner of the whole list ("an estimated", "some"), or it took one from the figure before
 * (`listed`) and has none of its own.
 */
function carriesList(text: string, draft: Draft, listed: boolean): Draft | undefined {
  if (draft.hedge !== 'about') return undefined;
  const own = text.slice(draft.phraseTextStart, draft.textStart);
  if (own === '') return listed ? draft : undefined;
  return hedgesList(own) ? draft : undefined;
}

/**
 * Where the sentence holding `pos` starts. A module function, not a closure per block: under
 * tsx (which `npm run bench` runs) every named closure costs a defineProperty call.
 */
function sentenceFloor(starts: readonly number[], pos: number): number {
  return starts[sentenceIndex(starts, pos)]!;
}

function overlaps(f: Figure, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => f.start < s.end && s.start < f.end);
}

/** `approximate`: the sentence calls all its figures approximate ("In round numbers, …"). */
function quantityDraft(text: string, f: Figure, figureStart: number, floor: number, approximate: boolean): Draft {
  const before = hedgeBefore(text, figureStart, floor);
  const after = before.hedge === 'none' ? hedgeAfter(text, f.end) : { hedge: 'none' as const, end: f.end };
  const own = before.hedge !== 'none' ? before.hedge : after.hedge;
  const hedge = own === 'none' && approximate ? 'about' : own;
  return {
    kind: f.percent ? 'percent' : 'count',
    textStart: f.start,
    textEnd: f.end,
    phraseTextStart: before.start,
    phraseTextEnd: after.end,
    hedge,
    interval: intervalFor(hedge === 'range' ? 'none' : hedge, f.value, f.step),
    value: f.value,
    negated: isRejected(text, before.start, floor),
  };
}

function rangeDraft(text: string, a: Figure, b: Figure, phraseStart: number, floor: number): Draft {
  return {
    kind: b.percent ? 'percent' : 'count',
    textStart: a.start,
    textEnd: b.end,
    phraseTextStart: phraseStart,
    phraseTextEnd: b.end,
    hedge: 'range',
    interval: { lo: a.value, hi: b.value, loOpen: false, hiOpen: false },
    value: a.value,
    negated: isRejected(text, phraseStart, floor),
  };
}

/**
 * "in the high 300s": a range over the part of the span the words name (hedges.ts), its number
 * the round figure as written; the phrase, "in" included, is what a fix replaces.
 */
function bandDraft(text: string, band: BandHedge, floor: number): Draft {
  return {
    kind: 'count',
    textStart: band.numberStart,
    textEnd: band.numberEnd,
    phraseTextStart: band.start,
    phraseTextEnd: band.end,
    hedge: 'range',
    interval: { lo: band.lo, hi: band.hi, loOpen: false, hiOpen: true },
    value: band.value,
    negated: isRejected(text, band.start, floor),
  };
}

/** A year as written ("2024"), or relative to one (`inferred`: "the year before"). */
function yearDraft(text: string, span: { start: number; end: number }, year: number, inferred: boolean, floor: number): Draft {
  return {
    kind: 'year',
    textStart: span.start,
    textEnd: span.end,
    phraseTextStart: span.start,
    phraseTextEnd: span.end,
    hedge: 'none',
    interval: calendarInterval(year),
    date: { year, yearInferred: inferred },
    negated: isRejected(text, span.start, floor),
  };
}

function dateDraft(text: string, hit: DateHit, year: number | undefined, floor: number): Draft {
  const interval = year === undefined ? ANY_DAY : dayRange(year, hit);
  // A range of days ("late December") has no single day: without a year it is read as its month.
  const day = hit.dayTo === undefined ? hit.day : undefined;
  return datedSpan(text, hit, interval, { year: year ?? 0, month: hit.month, day, yearInferred: hit.year === undefined }, floor);
}

/** The days a date allows: one day, a month, or a range of days ("early December"). */
function dayRange(year: number, hit: DateHit): Interval {
  const interval = calendarInterval(year, hit.month, hit.day);
  if (hit.dayTo === undefined) return interval;
  const monthEnd = calendarInterval(year, hit.month).hi;
  return { ...interval, hi: Math.min(monthEnd, calendarInterval(year, hit.month, hit.dayTo).hi) };
}

function toClaim(block: ProseBlock, index: number, d: Draft): Claim {
  const { offsets, text } = block;
  const claim: Claim = {
    kind: d.kind,
    block: index,
    textStart: d.textStart,
    textEnd: d.textEnd,
    start: offsets[d.textStart]!,
    end: offsets[d.textEnd - 1]! + 1,
    phraseStart: offsets[d.phraseTextStart]!,
    phraseEnd: offsets[d.phraseTextEnd - 1]! + 1,
    hedge: d.hedge,
    interval: d.interval,
    written: text.slice(d.textStart, d.textEnd),
    negated: d.negated,
  };
  if (d.value !== undefined) claim.value = d.value;
  if (d.date) claim.date = d.date;
  if (d.complement) claim.complement = true;
  return claim;
}

/**
 * Who the writer attributes a claim's figure to: the words naming them ("some outlets" in "some
 * outlets put it at 2,000", "CRSS" in "according to CRSS", "some" in "as some reported"), or
 * undefined. Whether that makes the figure someone else's is the checker's decision.
 *
 * Found when first asked for, for all claims of the claim's sentence at once: finding
 * attributions is among the costlier steps of reading a sentence, and only figures that
 * disagree with a fact need one (the checker asks for no other). Kept beside the claims rather
 * than in them so that copies of a claim stay plain data.
 */
export function attributionOf(claim: Claim): string | undefined {
  return attributions.get(claim)?.();
}

/** Gives `copy` (the same claim, moved) the attribution of `original`. */
export function keepAttribution(copy: Claim, original: Claim): void {
  const find = attributions.get(original);
  if (find) attributions.set(copy, find);
}

const attributions = new WeakMap<Claim, () => string | undefined>();

/**
 * A paragraph that is one quotation, signed by the next paragraph alone (a blockquote's
 * `> (a provincial police chief, December 2024)` or `> — a minister`): the quotation as an
 * attribution to that speaker.
 */
function signedQuotation(text: string, next: string | undefined): AttributionMention | undefined {
  const speaker = next === undefined ? undefined : attributionLine(next);
  if (speaker === undefined) return undefined;
  const signsExcerpt = SIGNING_PUBLISHER.test(speaker) || DESCRIBED_SPEAKER.test(speaker);
  const quoted = wholeQuotation(text) ?? (signsExcerpt && text.length <= SIGNED_EXCERPT && !/["“”]/.test(text) ? { start: 0, end: text.length } : undefined);
  return quoted && { words: speaker, shape: 'quoted', start: quoted.start, end: quoted.end, scopeEnd: quoted.end };
}

/**
 * A signature naming a publisher of figures, an acronym ("— PIPS") or a document ("— PIPS
 * Security Report", "— Annual Security Review"): the short paragraph above it, quoted without
 * marks as an excerpt of that publisher, is theirs. A writer's sign-off ("— Policy Unit, March
 * 2025") names no such publisher and signs nothing.
 */
const SIGNING_PUBLISHER = /^(?:the[ \u00A0]+)?(?:\p{Lu}{2,}[\p{Lu}\p{N}&-]*(?![\p{L}])(?:[ \u00A0]+\p{Lu}[\p{L}-]*)*|(?:\p{Lu}[\p{L}-]*[ \u00A0]+)+(?:Report|Review|Survey|Yearbook|Bulletin|Database|Dataset|Monitor|Tracker))$/u;
/**
 * A signature describing its speaker with an indefinite article ("— a provincial minister",
 * "(one senior police officer)"): someone other than the writer, who never signs that way, so
 * the excerpt above it is theirs even without quotation marks.
 */
const DESCRIBED_SPEAKER = /^(?:a|an|one)[ \u00A0]+\p{Ll}/u;
/** How long an excerpt signed without quotation marks may be: a pull quote, not a section. */
const SIGNED_EXCERPT = 300;

/** Registers how each claim's attribution is found, sentence by sentence (`attributionOf`). */
function attribute(text: string, starts: readonly number[], claims: Claim[], signed?: AttributionMention): void {
  let i = 0;
  while (i < claims.length) {
    const sentence = sentenceIndex(starts, claims[i]!.textStart);
    let j = i;
    while (j < claims.length && sentenceIndex(starts, claims[j]!.textStart) === sentence) j++;
    const group = claims.slice(i, j);
    let bound: Array<string | undefined> | undefined;
    const boundInSentence = () =>
      (bound ??= bindAttributions(
        signed ? [...findAttributions(text, starts[sentence]!, starts[sentence + 1] ?? text.length), signed] : findAttributions(text, starts[sentence]!, starts[sentence + 1] ?? text.length),
        group.map((c) => ({ start: c.textStart, end: c.textEnd })),
      ));
    group.forEach((claim, k) => attributions.set(claim, () => boundInSentence()[k]));
    i = j;
  }
}
