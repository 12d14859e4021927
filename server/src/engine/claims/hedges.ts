import type { Hedge } from './model';

/**
 * Hedge words around a figure, normalised. Negated bounds are hedges, not rejections:
 * "did not fall below 440" and "no fewer than 440" are "at least 440", "not more than 450"
 * is "at most 450"; they are tried first so that the "not" in them is never read as a
 * rejection of the figure.
 */
export function hedgeBefore(text: string, start: number, floor: number): { hedge: Hedge; start: number } {
  const sign = APPROXIMATION_SIGN.exec(text.slice(Math.max(floor, start - 2), start));
  if (sign) return { hedge: 'about', start: start - sign[0].length };
  const bound = BOUND_SIGN.exec(text.slice(Math.max(floor, start - 4), start));
  if (bound) return { hedge: BOUND_SIGNS[bound[1]!]!, start: start - bound[1]!.length - bound[2]!.length };
  // Every pattern ends in a space before the figure: without one none can match, and the
  // regexes below (each tried at every position of the slice) are skipped.
  if (start <= floor || !SPACE_BEFORE.has(text[start - 1]!)) return { hedge: 'none', start };
  const before = text.slice(Math.max(floor, start - 48), start);
  // One scan for "any hedge" before six: most figures have none.
  if (!ANY_BEFORE.test(before)) return { hedge: 'none', start };
  for (const [hedge, pattern] of BEFORE) {
    const m = pattern.exec(before);
    if (m) return { hedge, start: start - before.length + m.index };
  }
  return { hedge: 'none', start };
}

/**
 * "1,600+", "1,600-plus" and "1,600 or more" are "at least 1,600"; "450 or fewer" is "at most
 * 450"; "1,600-odd" is 1,600 and some, under 1,700 (model.ts); "450 or so" and "450-ish" are
 * about 450.
 */
export function hedgeAfter(text: string, end: number): { hedge: Hedge; end: number } {
  const m = AFTER.exec(text.slice(end, end + 16));
  if (!m) return { hedge: 'none', end };
  return { hedge: m[1] ? 'at-most' : m[2] ? 'odd' : m[3] ? 'about' : 'at-least', end: end + m[0].length };
}

/**
 * Whether a sentence says all its figures are approximate: "In round numbers, 2024 brought
 * 1,600 deaths and 450 attacks", "…, give or take.", "Roughly speaking, …", "ballpark figures",
 * "Approximately, …". Its figures without a hedge of their own are then "about" theirs.
 */
export function approximatesSentence(sentence: string): boolean {
  return APPROXIMATION_WORD.test(sentence) && SENTENCE_APPROXIMATION.test(sentence);
}

/** A word every SENTENCE_APPROXIMATION alternative holds: most sentences hold none. */
const APPROXIMATION_WORD = /round|give or take|speaking|ballpark|rough|approx|more or less/i;
const SENTENCE_APPROXIMATION = new RegExp(
  [
    'in[ \\u00A0]+round[ \\u00A0]+(?:numbers|figures|terms)',
    'rounded(?:[ \\u00A0]+(?:up|down|off))?[ \\u00A0]+to[ \\u00A0]+the[ \\u00A0]+nearest',
    '(?:roughly|approximately|broadly|loosely)[ \\u00A0]+speaking',
    'give[ \\u00A0]+or[ \\u00A0]+take',
    'ballpark',
    '(?:at|as|by|on)[ \\u00A0]+a[ \\u00A0]+rough[ \\u00A0]+(?:estimate|guess|count|guide|reckoning|calculation)',
    'in[ \\u00A0]+rough[ \\u00A0]+terms',
    // Only as a comment on the whole clause: before a figure "roughly" is that figure's hedge.
    '(?:^|[;:\u2014\u2013][ \\u00A0]*)(?:very[ \\u00A0]+)?(?:roughly|approximately|approx\\.)[ \\u00A0]*,',
    ',[ \\u00A0]*more[ \\u00A0]+or[ \\u00A0]+less(?=[ \\u00A0]*(?:[.!?;:)]|$))',
  ].map((alternative) => `(?<![\\p{L}])${alternative}(?![\\p{L}])`).join('|'),
  'iu',
);

/** The characters `[ \u00A0]` that end every BEFORE pattern. */
export const SPACE_BEFORE = new Set([' ', '\u00A0']);

/** "~450", "≈ 450": the signs of approximation, written against the figure or a space before it. */
const APPROXIMATION_SIGN = /[~≈∼][ \u00A0]?$/u;

/**
 * "attacks 2024 < 450", "deaths ≥ 1,600", "<=450": the signs of comparison are bounds, as their
 * words are. An arrow ("->", "=>") is none.
 */
const BOUND_SIGN = /(?:^|[^-=<>])(<=|>=|[<>≤≥])([ \u00A0]?)$/u;
const BOUND_SIGNS: Record<string, Hedge> = { '<': 'under', '>': 'over', '<=': 'at-most', '>=': 'at-least', '≤': 'at-most', '≥': 'at-least' };

const words = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})[ \\u00A0]+$`, 'iu');
const NOT = "(?:did(?: not|n['’]t)|does(?: not|n['’]t)|never)";

const NOT_A_PARTICLE = '(?<!(?:spread|spreads|spreading|distributed|scattered|stretched|strung|presided|ruled|watched|pored|fought|argued|quarrelled|quarreled|handed)[ \\u00A0]+)';

const BEFORE_ALTERNATIVES: Array<[Hedge, string]> = [
  ['at-least', `${NOT} (?:fall|drop|go|dip|fell|dropped|went|dipped) (?:below|under)|no(?:t)? (?:fewer|less|lower) than|not (?:below|under)|at least|a minimum of|minimum of`],
  // "never rose above 1,000", "did not climb past 450": a negated rise is an upper bound.
  ['at-most', `${NOT} (?:exceed|exceeded|top|topped|pass|passed|(?:rise|rose|go|went|climb|climbed|get|got) (?:above|over|beyond|past))|no(?:t)? (?:more|higher|greater) than|not (?:above|over|exceeding)|at most|up to|a maximum of|maximum of`],
  ['nearly', 'nearly|almost|(?:just|slightly|a little|marginally) (?:under|below|short of|shy of|less than|fewer than)|not quite|shy of'],
  // "just over 1,600" is a little over, an upper bound too: "just over 300" is not 444.
  ['just-over', '(?:just|slightly|a little|marginally) (?:more than|over|above|greater than)'],
  // A particle of a verb of spreading or presiding is no bound: "spread over 444 attacks",
  // "presided over 300 meetings" count exactly those.
  ['over', `(?:(?:well|far) )?(?:more than|${NOT_A_PARTICLE}over|above|greater than)|exceeding|exceeded|in excess of|upwards of|north of|topped|surpassed|crossed`],
  // "did not reach 1,500", "fell short of 400": below the figure, not a rejection of it.
  ['under', `(?:(?:well|far) )?(?:fewer than|less than|under|below|lower than)|${NOT} (?:reach|reached|hit|top|touch)|failed to (?:reach|hit|top)|(?:fell|falls|fall|was|were|is|are|remained|stayed) (?:well |far )?short of|short of`],
  // "an approximate 1,600", "a rough 1,600": the adjective forms, with their article.
  ['about', 'about|around|roughly|some|approximately|approx\\.?|close to|an estimated|estimated|(?:an? )?approximate|an? rough|circa|c\\.|ca\\.|in the region of|more or less'],
];
const BEFORE: Array<[Hedge, RegExp]> = BEFORE_ALTERNATIVES.map(([hedge, alternatives]) => [hedge, words(alternatives)]);
// Matches exactly when one of BEFORE does: the same lookbehind, words and trailing space.
const ANY_BEFORE = words(BEFORE_ALTERNATIVES.map(([, alternatives]) => alternatives).join('|'));
const AFTER = /^(?:\+|[ \u00A0]or (?:more|above|over|greater)\b|[ \u00A0\-\u2010\u2011]plus\b|[ \u00A0]or (fewer|less|below|under)\b|[\-\u2010\u2011](odd)\b|([ \u00A0]or so|[\-\u2010\u2011]ish)\b)/;

/**
 * Whether a hedge's words (from its start to the figure) are a determiner of the whole noun
 * phrase, which reaches every figure coordinated with the first: "An approximate 1,600 deaths
 * and 450 attacks", "some 1,600 deaths, 450 attacks and…", "an estimated 1,600 fatalities and
 * 450 attacks". A bound ("over 1,612 dead, 444 attacks") or an adverb ("about") stays its
 * figure's own.
 */
export function hedgesList(hedgeWords: string): boolean {
  return LIST_HEDGE.test(hedgeWords);
}

const LIST_HEDGE = /^(?:an?[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+)?(?:approximate|estimated|rough)|some|estimated|approximate)[ \u00A0]+$/iu;

/**
 * Whether the words between a hedged figure and the next figure coordinate the two in one noun
 * phrase: the first figure's noun (one or two words, no verb, determiner or preposition), then
 * "and", "or" or a comma, then at once the next figure. "1,600 deaths and 450 attacks" does;
 * "1,600 people died and 450 attacks", "1,600 deaths and the 450 attacks", "1,600 deaths and
 * exactly 450 attacks", "1,600 deaths in 2024 came from 450 attacks" and a clause break do not.
 */
export function coordinatesFigures(between: string): boolean {
  return LIST_JOIN.test(between);
}

const LIST_NOUN = '(?!(?:the|a|an|its|their|this|that|these|those|of|in|on|at|for|from|by|with|to|was|were|is|are|be|been|had|has|have|did|do|does|then|there|which|who|while|but|exactly|precisely|only|just|and|or)(?![\\p{L}]))(?![\\p{Ll}-]+ed(?![\\p{L}]))\\p{Ll}[\\p{Ll}-]*';
const LIST_JOIN = new RegExp(`^[ \\u00A0]+${LIST_NOUN}(?:[ \\u00A0]+${LIST_NOUN})?(?:,[ \\u00A0]+(?:(?:and|or)[ \\u00A0]+)?|[ \\u00A0]+(?:and|or)[ \\u00A0]+)$`, 'u');

/**
 * "in the high 300s", "the low 400s", "the mid-400s": a round hundred (or ten) in the plural
 * with "low", "mid" or "high" is a hedge over a part of the span it opens. The parts overlap,
 * as usage does: low is the first half, mid the middle two-fifths and more, high the last
 * three-tenths ("the high 300s" is 370 up to 400). Years ("the mid-1990s") and spans that are
 * no round ten are not read here.
 */
export interface BandHedge {
  /** The phrase, from "in the" (or "the") to the plural's end. */
  start: number;
  end: number;
  /** The number as written, without its plural "s". */
  numberStart: number;
  numberEnd: number;
  value: number;
  lo: number;
  hi: number;
}

export function findBandHedges(text: string): BandHedge[] {
  if (!BAND_WORD.test(text)) return [];
  const found: BandHedge[] = [];
  for (const m of text.matchAll(BAND)) {
    const value = Number(m[3]);
    const scale = value >= 100 && value % 100 === 0 ? 100 : value >= 20 && value < 100 && value % 10 === 0 ? 10 : 0;
    if (scale === 0) continue;
    const [from, to] = BAND_PART[m[2]!.toLowerCase()]!;
    const numberStart = m.index + m[0].length - m[3]!.length - m[4]!.length;
    found.push({ start: m.index, end: m.index + m[0].length, numberStart, numberEnd: numberStart + m[3]!.length, value, lo: value + from * scale, hi: value + to * scale });
  }
  return found;
}

/** A word every BAND match holds: most blocks hold none. */
const BAND_WORD = /(?:low|mid|high|upper|lower)[ \u00A0‐‑-]?\d\d/i;
const BAND = /(?<![\p{L}])((?:in|into)[ \u00A0]+)?the[ \u00A0]+(low|lower|mid|high|upper)[ \u00A0‐‑-]?(\d{2,3})(['’]?s)(?![\p{L}\p{N}])/giu;
/** The part of the span each word names, as fractions of it: [from, to). */
const BAND_PART: Record<string, [number, number]> = { low: [0, 0.5], lower: [0, 0.5], mid: [0.3, 0.7], high: [0.7, 1], upper: [0.7, 1] };
