/**
 * "Pakistan's diplomats, who met their Afghan counterparts 12 times in 2024 according to the
 * Foreign Office, could not prevent the deterioration that followed the airstrikes of December
 * 14": a sentence-wide phrase ("according to X") inside a relative clause set off by commas
 * governs that clause only; the main clause after the closing comma is the writer's. Returns
 * where that clause ends in `sentence`, or undefined when the phrase (`start`..`end`) stands
 * in no such clause.
 */
export function relativeAsideEnd(sentence: string, start: number, end: number): number | undefined {
  if (!RELATIVE_OPENING.test(sentence.slice(0, start))) return undefined;
  const close = CLOSING_COMMA.exec(sentence.slice(end));
  return close ? end + close.index : undefined;
}

/** ", who …", ", which …" with no break between it and the phrase (a comma in "1,400" is none). */
const RELATIVE_OPENING = /,[ \u00A0]+(?:who|which|whose)[ \u00A0](?:[^,;:—–()]|,(?=\d))*$/u;
/** A comma that closes the clause: not one inside a figure. */
const CLOSING_COMMA = /,(?!\d)/;
