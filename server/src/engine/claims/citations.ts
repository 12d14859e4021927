/**
 * "Some scholars (e.g., Siddiqa, 2024) have argued", "CRSS (2025) recorded": a citation in
 * brackets inside a subject, holding a year or a list, stands between the subject and its verb
 * and ends no clause, though it has commas and figures. Blanked out with spaces of its length,
 * so offsets into the text still hold; a bracketed acronym ("the Pakistan Institute for Peace
 * Studies (PIPS)") is part of the name and stays.
 */
export function blankCitations(text: string): string {
  return text.includes('(') ? text.replace(BRACKETED, (m) => (CITATION_INSIDE.test(m) ? ' '.repeat(m.length) : m)) : text;
}

// One pass over each bracket, then a test inside it: "[^()]*[\d,;][^()]*" backtracks
// quadratically on an unclosed bracket followed by many commas.
const BRACKETED = /\([^()]*\)/gu;
const CITATION_INSIDE = /[\d,;]/u;
