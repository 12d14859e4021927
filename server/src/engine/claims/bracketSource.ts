/**
 * "2024 toll 1,900 dead, 444 attacks (CRSS)", "Deaths: 1,612+ (PIPS, 2025).", "444 KIA in 1,612
 * incidents (CRSS)": a name in brackets closing a clause of figures says whose they are, as
 * "according to CRSS" does. It binds the figures of its clause before it (back to a semicolon,
 * a colon or a dash), as a passive agent does. Only after a lower-case word, a figure or a sign:
 * after a capitalised word the bracket spells out a name ("Tehrik-i-Taliban Pakistan (TTP)").
 * A part of the document ("(Table 2)", "(see Annex)") names no source. A citation with a year
 * ("in 2001 (Rubin, 2022)") backs the writer's own statement, and a clause with a date in it is
 * left alone: a date has no tally that differs from counter to counter, so a name cited for it
 * says where the writer's date comes from (as in a table's Source column, check.ts `rowSource`).
 */
export interface BracketSource {
  words: string;
  start: number;
  end: number;
  scopeStart: number;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \u00A0]+(?:(?:of|for|and|the|on|in|&)[ \u00A0]+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*`;
const BRACKET_SOURCE = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}'’-])[\p{Ll}\d][\p{L}\p{N},.%+*-]*[ \u00A0]*)\((?!(?:Table|Figure|Fig|Chart|Map|Box|Annex|Appendix|Section|See|Source|Note|Ibid|Est)(?![\p{L}]))(${NAME})\)(?=[ \u00A0]*(?:[.;,!?]|$))`,
  'gu',
);

const MONTH = /(?<![\p{L}])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![\p{L}])/u;

export function findBracketSources(sentence: string, from: number): BracketSource[] {
  const found: BracketSource[] = [];
  for (const m of sentence.matchAll(BRACKET_SOURCE)) {
    const before = sentence.slice(0, m.index);
    const clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('–'));
    if (MONTH.test(before.slice(clause + 1))) continue;
    found.push({ words: m[1]!, start: from + m.index, end: from + m.index + m[0].length, scopeStart: from + clause });
  }
  return found;
}
