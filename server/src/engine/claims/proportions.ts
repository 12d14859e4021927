import type { Figure } from './figure';
import type { Hedge, Interval } from './model';
import { isYear } from './years';

/**
 * Proportions: two whole numbers that together say a share, read as the percentage n/d.
 *
 * - Numerator first: "nineteen in twenty", "19 out of 20", "nine in every ten", "19 of every
 *   20", "19 of 20". A plain "of" joins a share only to a small denominator (at most 20):
 *   "40 of 444 attacks" is a part of a total that is a count in its own right.
 * - Numerator first with the share's noun inside: "three attacks in five", "nine deaths out of
 *   ten". The denominator takes no noun of its own ("three attacks in five days" is two
 *   counts) and is at most 100.
 * - Numerator first, a round denominator in words after "every": "seventy out of every
 *   hundred", which the number reader takes for no figure of its own.
 * - Denominator first, the share's noun between the two: "Of every 20 attacks, 19 took
 *   place…", "For every ten attacks in 2024, nine…". Only after "every": "Of the 444 attacks,
 *   420…" is two counts. The numerator is the claim's figure and the words from "Of every" on
 *   its phrase, so the denominator is never read as a count of its own.
 */
export interface ProportionHit {
  /** The percentage, over what the claim underlines: "nineteen in twenty", or the "19" of "Of every 20 attacks, 19". */
  share: Figure;
  /** Where the proportion's words start: `share.start`, or the "Of" of "Of every 20 attacks, 19". */
  phraseStart: number;
  /** Index in the figures of the other number of the proportion, which is no claim of its own. */
  partner: number;
}

/** The proportion `figures[i]` starts, if any; `figures` in text order. */
export function proportionAt(text: string, figures: readonly Figure[], i: number): ProportionHit | undefined {
  const first = figures[i]!;
  const next = figures[i + 1];
  if (next && numeratorFirst(text, first, next)) {
    return { share: share(first, next, first.start, next.end), phraseStart: first.start, partner: i + 1 };
  }
  return everyHundred(text, first, i) ?? denominatorFirst(text, figures, i) ?? everyHundredFirst(text, first, i);
}

/**
 * "Of every hundred attacks in 2024, ninety struck Balochistan or KP": the round denominator
 * in words first, then the share's noun and a comma before the numerator, as denominatorFirst
 * reads "Of every 20 attacks, 19" from two figures.
 */
function everyHundredFirst(text: string, numerator: Figure, i: number): ProportionHit | undefined {
  if (!isWholeCount(numerator) || numerator.start < 2 || text[numerator.start - 2] !== ',') return undefined;
  const m = ROUND_DENOMINATOR_FIRST.exec(text.slice(Math.max(0, numerator.start - 90), numerator.start));
  if (!m) return undefined;
  const denominator = m[1]!.toLowerCase() === 'hundred' ? 100 : 1000;
  if (numerator.value >= denominator) return undefined;
  return { share: share(numerator, { ...numerator, value: denominator }, numerator.start, numerator.end), phraseStart: numerator.start - m[0].length, partner: i };
}

const ROUND_DENOMINATOR_FIRST = /(?<![\p{L}])(?:of|out[ \u00A0]+of|for|in)[ \u00A0]+every[ \u00A0]+(hundred|thousand)[ \u00A0]+\p{L}[^.;:!?,]{0,60},[ \u00A0]+$/iu;

/**
 * "seventy out of every hundred attacks", "nine in every thousand": after "every" the round
 * denominator is written without "a" or "one" and is no figure of its own, so the proportion
 * is read from its word. Its partner is the numerator itself: there is no other figure to skip.
 */
function everyHundred(text: string, first: Figure, i: number): ProportionHit | undefined {
  if (!isWholeCount(first)) return undefined;
  const m = EVERY_ROUND.exec(text.slice(first.end, first.end + 24));
  if (!m) return undefined;
  const denominator = m[1]!.toLowerCase() === 'hundred' ? 100 : 1000;
  if (first.value >= denominator) return undefined;
  const end = first.end + m[0].length;
  return { share: share(first, { ...first, value: denominator }, first.start, end), phraseStart: first.start, partner: i };
}

const EVERY_ROUND = /^[ \u00A0](?:in|out[ \u00A0]of|of)[ \u00A0]every[ \u00A0](hundred|thousand)(?![\p{L}])/iu;

/**
 * Half-width in percentage points of the interval a proportion "n in d" allows: the values
 * nearest to n/d at denominator d (±50/d points), at most ±5 points so that "one in three"
 * still means about a third.
 */
export function proportionHalfWidth(denominator: number): number {
  return Math.min(50 / denominator, 5);
}

/** Group 1 is a plain "of", which only a small denominator takes. */
const JOIN = /^[ \u00A0](?:(?:in|out of|of)[ \u00A0]every|in|out of|(of))[ \u00A0]$/;
const LARGEST_PLAIN_OF_DENOMINATOR = 20;
/** "three| attacks in |five", "nine| terrorist deaths out of every |ten": one or two lower-case words. */
const NOUN_INSIDE = /^[ \u00A0]\p{Ll}+(?:[ \u00A0]\p{Ll}+)?[ \u00A0](?:in|out[ \u00A0]of)(?:[ \u00A0]every)?[ \u00A0]$/u;
/**
 * A noun of the denominator's own: "in five days", "in 5 districts", "in ten of the…"; a plural
 * ends in s, as the nouns that count such things do, and verbs after a share ("occurred",
 * "took", "were") rarely do.
 */
const NOUN_AFTER = /^[ \u00A0]+(?:of[ \u00A0]|(?!(?:was|is|has|as)(?![\p{L}]))\p{L}+s(?![\p{L}]))/u;
const LARGEST_NOUN_INSIDE_DENOMINATOR = 100;
/** "Of every ", "out of every ", "for every ", "in every " right before a denominator. */
const LEAD_IN = /(?<![\p{L}])(?:of|out of|for|in)[ \u00A0]+every[ \u00A0]$/iu;
/** "20| attacks in 2024, |19": the share's noun and its modifiers, then a comma before the numerator. */
const NOUN_THEN_COMMA = /^[ \u00A0]+\p{L}[^.;:!?]{0,60},[ \u00A0]+$/u;

function numeratorFirst(text: string, a: Figure, b: Figure): boolean {
  if (!isWholeCount(a) || b.percent || b.yearLike || b.value < 2 || b.value <= a.value) return false;
  const between = text.slice(a.end, b.start);
  const join = JOIN.exec(between);
  if (join) return join[1] === undefined || b.value <= LARGEST_PLAIN_OF_DENOMINATOR;
  return b.value <= LARGEST_NOUN_INSIDE_DENOMINATOR && NOUN_INSIDE.test(between) && !NOUN_AFTER.test(text.slice(b.end, b.end + 24));
}

function denominatorFirst(text: string, figures: readonly Figure[], i: number): ProportionHit | undefined {
  const denominator = figures[i]!;
  // A plain comparison first: nearly every figure fails it, and LEAD_IN's lookbehind is dearer.
  if (text.slice(Math.max(0, denominator.start - 6), denominator.start - 1) !== 'every' || !isWholeCount(denominator) || denominator.value < 2) return undefined;
  const lead = LEAD_IN.exec(text.slice(Math.max(0, denominator.start - 16), denominator.start));
  if (!lead) return undefined;
  // Years may qualify the noun ("Of every 20 attacks in 2024, 19"); they stay year claims.
  let partner = i + 1;
  while (partner < figures.length && isYear(text, figures[partner]!)) partner++;
  const numerator = figures[partner];
  if (!numerator || !isWholeCount(numerator) || numerator.value >= denominator.value) return undefined;
  if (!NOUN_THEN_COMMA.test(text.slice(denominator.end, numerator.start))) return undefined;
  return { share: share(numerator, denominator, numerator.start, numerator.end), phraseStart: denominator.start - lead[0].length, partner };
}

/** A whole number written without unit or multiplier: what a proportion is made of. */
function isWholeCount(f: Figure): boolean {
  return !f.percent && !f.yearLike && f.multiplier === 1 && Number.isInteger(f.value);
}

function share(numerator: Figure, denominator: Figure, start: number, end: number): Figure {
  return {
    ...numerator,
    start,
    end,
    value: (100 * numerator.value) / denominator.value,
    step: 2 * proportionHalfWidth(denominator.value),
    percent: true,
  };
}

/**
 * Whether a share is named by what it leaves out: "all but 5% of attacks", "all but one in
 * twenty attacks", "all but a twentieth": the share meant is 100 minus the written one.
 * `phraseStart` is where the share's words (with any hedge) start; "all but" must end right
 * before them, in the same sentence (from `floor`).
 */
export function allButBefore(text: string, phraseStart: number, floor: number): number | undefined {
  if (phraseStart - floor < 8 || text[phraseStart - 1] !== ' ' && text[phraseStart - 1] !== '\u00A0') return undefined;
  const m = ALL_BUT.exec(text.slice(Math.max(floor, phraseStart - 12), phraseStart));
  return m ? phraseStart - m[0].length : undefined;
}

const ALL_BUT = /(?<![\p{L}])all[ \u00A0]+but[ \u00A0]+$/iu;

/** The interval of the share left over when `interval` is left out: 100 minus each end. */
export function complementShare(interval: Interval): Interval {
  return { lo: Math.max(0, 100 - interval.hi), hi: Math.min(100, 100 - interval.lo), loOpen: interval.hiOpen, hiOpen: interval.loOpen };
}

/** The hedge of the complement: "all but over 5%" is under 95%. */
export const COMPLEMENT_HEDGE: Record<Hedge, Hedge> = {
  none: 'none', about: 'about', range: 'range', odd: 'none',
  over: 'under', under: 'over', 'at-least': 'at-most', 'at-most': 'at-least', nearly: 'just-over', 'just-over': 'nearly',
};
