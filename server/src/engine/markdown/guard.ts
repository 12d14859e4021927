/**
 * Sections remark must not be given. micromark is roughly cubic in container nesting (a
 * list nested 800 levels deep takes ~19 s) and superlinear in paragraph length (a 1 MB
 * line takes ~37 s). Such sections are skipped and reported rather than read with a
 * cheap line-based fallback: a fallback cannot tell code, URLs or HTML from prose, and the
 * contract is that none of those ever reach the checker.
 */
import type { Section } from './sections.js';

/** Blockquote plus list levels; real briefs nest a handful, remark takes ~50 ms at 32. */
export const MAX_NESTING = 32;
/**
 * Characters; a section this long has no blank line or heading to cut at. Long paragraphs
 * are what make remark superlinear: 1 MB of unique 64 KB paragraphs dense with emphasis
 * takes ~2 s, of 120 KB ones ~3.5 s. A table or list this long without a blank line is
 * skipped too; briefs rarely have one.
 */
export const MAX_SECTION_CHARS = 64 * 1024;

/** Why `section` of `text` must not be parsed, or undefined when it is safe. */
export function refusal(section: Section): string | undefined {
  if (section.nesting > MAX_NESTING) {
    return `Not checked: nested more than ${MAX_NESTING} levels deep (lists or quotes), too deep to parse quickly.`;
  }
  const size = section.end - section.start;
  if (size > MAX_SECTION_CHARS) {
    return `Not checked: ${Math.round(size / 1024)} KB without a blank line or heading to split at, too long to parse quickly.`;
  }
  return undefined;
}
