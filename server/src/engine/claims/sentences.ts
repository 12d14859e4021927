/**
 * Sentence starts in a block's text. A sentence ends at . ! or ? (and any closing quotes or
 * brackets) followed by a space and a capital letter, digit or opening quote, except after
 * an abbreviation ("Dec. 24", "Mr. Ali", "approx. 1,600") or an initial ("U.S. officials").
 * Decimals ("1.6") never end one because no space follows the point.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0].startsWith('.')) {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      if (word && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Index of the sentence holding text position `pos`, by binary search over `starts`. */
export function sentenceIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const BOUNDARY = /[.!?]+["'”’)\]]*[ \u00A0]+(?=[\p{Lu}\p{N}"'“‘(])/gu;
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'rep', 'sen', 'gov', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'fig',
  'p', 'pp', 'cf', 'al', 'e', 'g', 'i', 'c', 'ca', 'rs', 'est', 'vol',
]);
