/**
 * Whether a claim agrees with a fact: the claim's interval (what the writer's words allow)
 * against the fact's interval (what the source's words allow). They agree when they overlap.
 *
 * The source's own hedge widens its value on one side only, and only by a hair: "over 1,612"
 * is read as [1,612, 1,612 × 1.001]. The tolerance for rounding and hedging belongs to the
 * claim's interval, which the claim reader already widens ("1,600" is [1,550, 1,650), "about
 * 1,700" is ±5%: [1,615, 1,785]). A wider fact slack would double that tolerance: at 2% "about
 * 1,700" would reach "over 1,612"'s [1,612, 1,644]. So "over 1,612" agrees with "1,612",
 * "1,600", "1.6 thousand", "about 1,600", "more than 1,600" and "at least 1,612", and
 * disagrees with "1,700", "about 1,700", "more than 1,700", "fewer than 1,600" and also with an
 * exact "1,650": the source does not say how far over 1,612 the count went.
 */
import type { Claim, Interval } from '../claims/model';
import type { Fact, FactValue, Qualifier } from '../factbase/model';
import { aboutInterval, plainIntegerStep } from '../claims/precision';
import type { Verdict } from './model';

/** How far past its value a one-sided source hedge ("over", "at least", "under") reaches. */
export const ONE_SIDED_SLACK = 0.001;
/** How far either side of its value the source's "about" reaches; "nearly" reaches below only. */
export const ABOUT_SLACK = 0.05;

const DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY);
}

function closed(lo: number, hi: number): Interval {
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** The days a fact's date covers: one day, a month, or a year. */
export function dateInterval(value: Extract<FactValue, { kind: 'date' }>): Interval {
  const [y, m, d] = value.date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return closed(dayNumber(y, 1, 1), dayNumber(y, 12, 31));
  if (d === undefined) return closed(dayNumber(y, m, 1), dayNumber(y, m + 1, 1) - 1);
  return closed(dayNumber(y, m, d), dayNumber(y, m, d));
}

/** The values the source's words allow. */
export function factInterval(fact: Fact): Interval | undefined {
  const value = fact.value;
  if (!value) return undefined;
  if (value.kind === 'date') return dateInterval(value);
  return hedged(value.value, fact.qualifier);
}

function hedged(v: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'over':
    case 'at-least':
      return closed(v, v * (1 + ONE_SIDED_SLACK));
    case 'under':
    case 'at-most':
      return closed(v * (1 - ONE_SIDED_SLACK), v);
    case 'about':
      return closed(v * (1 - ABOUT_SLACK), v * (1 + ABOUT_SLACK));
    case 'nearly':
      return closed(v * (1 - ABOUT_SLACK), v);
    case 'exactly':
      return closed(v, v);
  }
}

/**
 * The claim's interval as compared with a fact. A date written without a year ("on 25
 * December") is read in the fact's year: the writer means the event the sentence names. A
 * bare day whose month nobody wrote ("on the 27th") is read in the fact's month too.
 */
export function claimInterval(claim: Claim, fact: Fact): Interval {
  const date = claim.date;
  if (!date?.yearInferred || fact.value?.kind !== 'date') return claim.interval;
  const [factYear, factMonth] = fact.value.date.split('-').map(Number) as [number, number?];
  // "on the 27th" with no month written before it: a day of the event's month.
  if (date.month === undefined) {
    if (!date.monthInferred || date.day === undefined || factMonth === undefined) return claim.interval;
    const day = dayNumber(factYear, factMonth, date.day);
    return closed(day, day);
  }
  const i = claim.interval;
  if (Number.isFinite(i.lo) && Number.isFinite(i.hi)) {
    const shift = dayNumber(factYear, date.month, date.day ?? 1) - dayNumber(date.year, date.month, date.day ?? 1);
    return { ...i, lo: i.lo + shift, hi: i.hi + shift };
  }
  // The reader found no year at all and left the interval open; a plain date is still one day
  // (or month) of the fact's year. A hedged one ("before 25 December") stays open.
  if (claim.hedge !== 'none') return i;
  if (date.day === undefined) return closed(dayNumber(factYear, date.month, 1), dayNumber(factYear, date.month + 1, 1) - 1);
  const day = dayNumber(factYear, date.month, date.day);
  return closed(day, day);
}

function includes(i: Interval, x: number): boolean {
  return (x > i.lo || (x === i.lo && !i.loOpen)) && (x < i.hi || (x === i.hi && !i.hiOpen));
}

export function overlaps(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo !== hi) return lo < hi;
  return includes(a, lo) && includes(b, lo);
}

/**
 * `lowerBoundOnly` is for terms that name a superset of the measure ("casualties" counts the
 * injured too): such a figure contradicts the source only when it is below it.
 */
export function judge(claim: Claim, fact: Fact, lowerBoundOnly = false): Verdict {
  const f = BOUNDS.has(claim.hedge) ? roundedShare(fact) ?? factInterval(fact) : factInterval(fact);
  if (!f) return 'uncertain';
  const c = claimInterval(claim, fact);
  if (restatesBound(claim, fact)) return includes(aboutInterval(claim.value!, plainIntegerStep(claim.value!)), (fact.value as { value: number }).value) ? 'agrees' : 'contradicts';
  if (lowerBoundOnly) return c.hi > f.lo || (c.hi === f.lo && !c.hiOpen) ? 'agrees' : 'contradicts';
  return overlaps(c, f) ? 'agrees' : 'contradicts';
}

/**
 * "Over 1,216 people were killed" against the source's "over 1,612": a bound on the same side as
 * the source's own, on a figure written past two significant figures, is the writer restating
 * the source's figure, hedge and all; the figures must then agree as "about" figures do. Read
 * as a plain bound, any lower bound below 1,612 would agree, and the misquoted 1,216 would
 * pass. A round bound ("well over 1,500", "exceeded 1,000", "more than 1,600") is the writer's
 * own understatement and stays a bound, as does a bound on an exact source figure ("more than
 * 400 attacks" against 444).
 */
function restatesBound(claim: Claim, fact: Fact): boolean {
  if (claim.value === undefined || claim.complement || fact.value?.kind !== 'count' || !Number.isInteger(claim.value) || claim.value < 100) return false;
  if (!(LOWER_BOUNDS.has(claim.hedge) && LOWER_BOUNDS.has(fact.qualifier)) && !(UPPER_BOUNDS.has(claim.hedge) && UPPER_BOUNDS.has(fact.qualifier))) return false;
  const twoFigures = 10 ** (Math.floor(Math.log10(claim.value)) - 1);
  const ratio = claim.value / fact.value.value;
  return claim.value % twoFigures !== 0 && ratio >= 1 / SAME_MAGNITUDE && ratio <= SAME_MAGNITUDE;
}

/**
 * How far apart a bound and the source's may be for one to restate the other: "more than 444
 * people were killed" (under a third of 1,612) is another figure, the attacks' count swapped
 * in (check/swaps.ts), not a misquote of the toll.
 */
const SAME_MAGNITUDE = 2;

const LOWER_BOUNDS: ReadonlySet<string> = new Set(['over', 'at-least']);
const UPPER_BOUNDS: ReadonlySet<string> = new Set(['under', 'at-most']);

/** Hedges that bound a figure on one side only. */
const BOUNDS: ReadonlySet<Claim['hedge']> = new Set(['over', 'at-least', 'under', 'at-most', 'just-over']);

/**
 * A whole-number share is rounded: the source's "95%" is any share from 94.5% to under 95.5%, so
 * "more than 95%" may be the same share. Only a bound is compared with it: a claim's own
 * interval already allows for its rounding ("nine in ten" is 85% to 95%), and both together
 * would double the tolerance.
 */
function roundedShare(fact: Fact): Interval | undefined {
  const value = fact.value;
  if (value?.kind !== 'percent' || fact.qualifier !== 'exactly' || !Number.isInteger(value.value)) return undefined;
  return { lo: value.value - 0.5, hi: value.value + 0.5, loOpen: false, hiOpen: true };
}
