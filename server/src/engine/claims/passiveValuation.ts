/**
 * "The retaliation is dated by some partners to December 29", "the toll was put by officials at
 * 2,000": a passive of dating or of putting a figure on something, whose agent comes before the
 * figure. The agent reports the figure after it, as in the active "partners dated it to …";
 * a passive with no agent ("is dated to December 29") states it, and is left to the writer.
 */
export interface PassiveValuation {
  words: string;
  /** Text range from the verb group to the preposition before the figure. */
  start: number;
  end: number;
}

export function findPassiveValuations(sentence: string, from: number): PassiveValuation[] {
  const out: PassiveValuation[] = [];
  for (const m of sentence.matchAll(AGENT_BEFORE_FIGURE)) {
    const start = from + m.index;
    out.push({ words: m[1]!.trim(), start, end: start + m[0].length });
  }
  return out;
}

// The agent is a short noun phrase with no clause break in it; the figure after "to" / "at"
// carries a digit within a few words ("to December 29", "at over 1,900").
const AGENT_BEFORE_FIGURE = /(?<![\p{L}])(?:is|are|was|were|been|being)[ \u00A0]+(?:\p{Ll}+ly[ \u00A0]+)?(?:dated|put|placed|pegged)[ \u00A0]+by[ \u00A0]+((?:[\p{L}\p{N}&.'’-]+[ \u00A0]+){1,6}?)(?:to|at)[ \u00A0]+(?=(?:[\p{L}-]+[ \u00A0]+){0,3}?\d)/gu;
