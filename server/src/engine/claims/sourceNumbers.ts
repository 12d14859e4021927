/**
 * "cite the CRSS numbers — 444 attacks and 1,512 fatalities — in any public material", "the
 * PIPS figures: 521 attacks and 1,166 deaths": a source's numbers named, then listed after a
 * dash, a colon or a bracket. The figures listed are that source's, whoever is to cite or quote
 * them: the writer says what the source's numbers are. They run to the closing dash or
 * bracket, or to the clause's end.
 */
export interface SourceNumbers {
  words: string;
  start: number;
  end: number;
  scopeEnd: number;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?:[ \u00A0]+\p{Lu}[\p{L}\p{N}&.-]*)*`;
const NUMBERS = '(?:numbers|figures|data|statistics|counts|tallies|totals|estimates)';
/**
 * "the CRSS numbers —", "CRSS's own figures:", "PIPS data (": after "the", a name; without it,
 * an acronym or a possessive ("Key figures:" names nobody). Groups 1, 2: whose; 3: the opener.
 */
const LISTED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[ \u00A0]+(${NAME})|(\p{Lu}{2,}[\p{Lu}\p{N}&-]*|${NAME}(?=['’]))(?:['’]s?)?)[ \u00A0]+(?:own[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+)?${NUMBERS}[ \u00A0]*([—–:(]|--)[ \u00A0]*(?=[^ \u00A0])`,
  'gu',
);
const CLOSERS: Record<string, RegExp> = { '—': /[—–;]/, '–': /[—–;]/, '--': /--|;/, ':': /;/, '(': /[);]/ };

/** An opener after a numbers noun, which most sentences lack: LISTED is then not tried. */
const OPENER = new RegExp(`${NUMBERS}[ \\u00A0]*(?:[—–:(]|--)`);

export function findSourceNumbers(sentence: string, from: number): SourceNumbers[] {
  const found: SourceNumbers[] = [];
  if (!OPENER.test(sentence)) return found;
  for (const m of sentence.matchAll(LISTED)) {
    const end = m.index + m[0].length;
    const close = CLOSERS[m[3]!]!.exec(sentence.slice(end));
    found.push({ words: (m[1] ?? m[2])!, start: from + m.index, end: from + end, scopeEnd: from + (close ? end + close.index : sentence.length) });
  }
  return found;
}
