/**
 * Rates: whether the words after a figure or its measure make it one. Read by check/govern.ts.
 */

/**
 * Words after a measure that make the figure a rate: "3.6 deaths per attack", "4 killings a
 * day", "2 per incident". A rate is never the measure's total.
 */
const RATE_AFTER = /^[ \u00A0]*(?:per|each|every|\/|a[ \u00A0]+(?:day|week|month|year|attack|incident))(?![\p{L}])/u;

/**
 * "around 1,000 fatalities a year, matching the 2024 CRSS figure", "350 attacks a year as in
 * 2024", "2,500 fatalities a year as recorded by CRSS in 2024": a yearly rate the writer ties to
 * one year is that year's total, a level like any other.
 */
const TIED_TO_YEAR = /^[ \u00A0]*(?:a|per|each|every)[ \u00A0]+year,?[ \u00A0]+(?:as[ \u00A0]+(?:in|during|recorded|counted|reported|documented)|matching|like|equal[ \u00A0]+to)(?![\p{L}])[^.;:!?]{0,40}?(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/u;

/**
 * "FATALITIES ~1,350 / ATTACKS 404", "Deaths 2024: 1,612 / Attacks 2024: 444": a spaced slash
 * before another label and its figure separates two fields; it is no "per".
 */
const FIELD_SEPARATOR = /^[ \u00A0]+\/[ \u00A0]+(?:\p{L}[\p{L}-]*[ \u00A0]*:?[ \u00A0]+){1,4}(?:(?:19|20)\d\d[ \u00A0]*:?[ \u00A0]+)?[~≈<>]?[ \u00A0]*\p{N}/u;

export function rateAfter(text: string, at: number): boolean {
  return RATE_AFTER.test(text.slice(at, at + 20)) && !TIED_TO_YEAR.test(text.slice(at, at + 80)) && !FIELD_SEPARATOR.test(text.slice(at, at + 60));
}
