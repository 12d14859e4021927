/**
 * Years written relative to another: "the year before", "the previous year", "a year
 * earlier", "last year", and forwards "the year after", "the following year", "a year later".
 * One is read only when an explicit year is written before it in its sentence, and is that
 * year plus or minus one ("Pakistan entered 2025 having lost 1,712 lives the year before":
 * 2024). "The previous year", "the following year" and their like always point back to a year
 * named before, so they may take it from the sentence just before, as a narrative does: "In
 * 2024, violence left 1,612 dead. The previous year had seen 1,524" (2023). "The year before"
 * or "a year earlier" opening a sentence may be relative to something else, and "last year"
 * alone is relative to when the brief was written: they need a year in their own sentence.
 * Without an anchor the year it means is unknown and nothing is read: the checker decides
 * what an unanchored "last year" is about (check/scope.ts).
 *
 * "For the year", "in the year" and "that year" are the year named last before them in the
 * block, in any sentence: "Early in 2024, … Fatalities for the year passed 2,200" (2024).
 *
 * Not relative to a written year, so never read: "the year before the takeover", "a year after
 * it" (relative to the words after them), "the year before last" (two years), "the last year"
 * and "the past year" (the twelve months before writing).
 */
import { sentenceIndex } from './sentences';
import type { YearMark } from './years';

export interface RelativeYear {
  start: number;
  end: number;
  year: number;
}

/** `marks`: the explicit years of the block, in reading order. */
export function findRelativeYears(text: string, starts: readonly number[], marks: readonly YearMark[]): RelativeYear[] {
  const found: RelativeYear[] = [];
  // Every RELATIVE match holds "year"; most blocks hold none.
  if (marks.length === 0 || !YEAR_WORD.test(text)) return found;
  // Marks and matches both run in text order: one pass over each.
  let next = 0;
  let before: YearMark | undefined;
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    while (next < marks.length && marks[next]!.pos < m.index) before = marks[next++];
    // The last year before it anchors it in its own sentence, or "the previous year" from the sentence just before.
    const sentence = sentenceIndex(starts, m.index);
    if (m[4] !== undefined) {
      if (before) found.push({ start: m.index, end: m.index + m[0].length, year: before.year });
      continue;
    }
    if (!before || (before.sentence !== sentence && (m[2] === undefined || before.sentence !== sentence - 1))) continue;
    const direction = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    found.push({ start: m.index, end: m.index + m[0].length, year: before.year + (FORWARD.has(direction) ? 1 : -1) });
  }
  return found;
}

const YEAR_WORD = /year/;
const FORWARD = new Set(['after', 'later', 'following', 'next', 'subsequent']);
/**
 * What may not follow "the year before": the noun phrase it would be relative to, or "last".
 * Case-sensitive throughout: under the `i` flag `\p{Lu}` would match every letter.
 */
const NOT_RELATIVE_TO_A_NOUN = '(?![ \\u00A0]+(?:(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|last)(?![\\p{L}])|\\p{Lu}|\\p{N}))';
/**
 * What may not follow "for the year" or "that year" for it to be the year named last: a
 * direction or span ("the year before", "the year to June"), an "of" phrase or a number ("the
 * year 2024", "the year of the takeover").
 */
const NOT_THE_YEAR_ITSELF = '(?![ \\u00A0]+(?:before|after|earlier|later|prior|ago|since|to|until|till|through|ending|ended|of|when|\\p{N}))';
const RELATIVE = new RegExp(
  [
    `(?:[Tt]he|[Aa]|[Oo]ne)[ \\u00A0]+year[ \\u00A0]+(before|earlier|prior|after|later)(?![\\p{L}])${NOT_RELATIVE_TO_A_NOUN}`,
    '[Tt]he[ \\u00A0]+(previous|preceding|prior|following|next|subsequent)[ \\u00A0]+year(?![\\p{L}])',
    '(?<![Tt]he[ \\u00A0]+)([Ll]ast)[ \\u00A0]+year(?![\\p{L}])',
    `((?:[Ff]or|[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|[Aa]cross)[ \\u00A0]+the|[Tt]hat)[ \\u00A0]+year(?![\\p{L}])${NOT_THE_YEAR_ITSELF}`,
  ].map((alternative) => `(?<![\\p{L}])${alternative}`).join('|'),
  'gu',
);
