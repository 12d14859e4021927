/**
 * Word tokens and the normalisations the actor matcher compares them by. Matching works on
 * words rather than characters so that "whole word" is structural: a token is a maximal run
 * of letters, marks and digits, so STTP, blast or KPK are single tokens that can never equal
 * TTP, BLA or KP, and a possessive "'s" is a separate token after the name.
 */

export interface Token {
  /** Position in the text the token was read from; `end` is exclusive. */
  start: number;
  end: number;
  /** The word as written (dots of a dotted acronym removed): compared by case-sensitive aliases. */
  exact: string;
  /** Lower case without diacritics ("tehrīk" → "tehrik"): compared by all other aliases. */
  key: string;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/**
 * Splits text into words. Hand-written rather than a regex with look-arounds because it runs
 * over every character of every brief: ASCII is classified by code, and only other characters
 * go through Unicode property tests. A dotted acronym ("U.S.", "U.K") is one token equal to its
 * undotted form, so "U.S." and "US" are one alias.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === 38) {
      // "&" is the word "and": "Research & Security Studies" is the CRSS's name.
      tokens.push({ start: i, end: i + 1, exact: '&', key: 'and' });
      i++;
      continue;
    }
    const width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = width === 1 && text.charCodeAt(i) < 128;
    i += width;
    for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) {
      if (w > 1 || text.charCodeAt(i) >= 128) ascii = false;
      i += w;
    }
    if (i - start === 1 && text[i] === '.' && isUpper(text, start)) {
      const end = dottedAcronymEnd(text, start);
      if (end > 0) {
        const exact = text.slice(start, end).replaceAll('.', '');
        tokens.push({ start, end, exact, key: fold(exact) });
        i = end;
        continue;
      }
    }
    const exact = text.slice(start, i);
    tokens.push({ start, end: i, exact, key: ascii ? exact.toLowerCase() : fold(exact) });
  }
  return tokens;
}

/** UTF-16 length of the word character at `i`, or 0 when there is none. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_CHAR.test(char) ? char.length : 0;
}

function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[i]!);
}

/**
 * End of "X.Y." or "X.Y" starting at `start` (single capitals joined by dots, at least two,
 * not followed by another word character), or 0.
 */
function dottedAcronymEnd(text: string, start: number): number {
  let i = start + 1;
  let letters = 1;
  while (text[i] === '.' && isUpper(text, i + 1) && wordCharWidth(text, i + 2) === 0) {
    i += 2;
    letters++;
  }
  if (letters < 2) return 0;
  return text[i] === '.' && wordCharWidth(text, i + 1) === 0 ? i + 1 : i;
}

/** Case- and diacritic-insensitive form of a word. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Whitespace of any kind (NBSP, line breaks, runs) and every hyphen or dash join words the
// same way, so "Tehreek-e-Taliban", "Tehreek e Taliban" and "Tehreek–e–Taliban" are one name.
const JOINERS = /[\s\u00ad\u2010-\u2015\u2212-]+/g;
// U+02BC (ʼ) is a letter in Unicode and stays inside words, as in transliterations.
const APOSTROPHES = /[\u2018\u2019\u0060\u00b4]/g;

/**
 * What separates two words, reduced to what matters for a name: "" for joiners, "'" for any
 * apostrophe, and any other punctuation as written (so "." or "," between words, or U+FFFC
 * where inline code was, stop a name from spanning them).
 */
export function gapKey(gap: string): string {
  if (gap.length === 1 && (gap === ' ' || gap === '-')) return '';
  return gap.replace(JOINERS, '').replace(APOSTROPHES, "'");
}

/** Two alias texts are the same alias when their words fold alike. */
export function aliasKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

/** True when the separator is only hyphens or dashes with optional spaces ("-", " – "). */
export function isHyphenated(gap: string): boolean {
  return /^\s*[\u00ad\u2010-\u2015\u2212-]+\s*$/.test(gap);
}
