/**
 * "Following airstrikes in Paktika on 14 December 2024, partners reported the displacement of
 * several hundred families": a verb of reporting whose object is a noun phrase reports that
 * object, not the figures of the words before its subject, which are the writer's framing.
 * A time after the verb is no object ("1,700 died, CRSS reported the next day"), nor is a
 * figure ("reported 1,700 deaths") or a clause ("said that …", "said the strikes killed 46",
 * whose figures come after the verb and stay reported).
 */
export function reportsItsObject(afterVerb: string): boolean {
  return OBJECT_NEXT.test(afterVerb) && !TIME_NEXT.test(afterVerb);
}

const OBJECT_NEXT = /^[ \u00A0]+(?:the|a|an|its|their|his|her|widespread|heavy|severe|large-scale|mass)[ \u00A0]+(?![\d])\p{L}/iu;
const TIME_NEXT = /^[ \u00A0]+(?:the|a|an|its|their)[ \u00A0]+(?:next|following|same|previous|day|week|month|year|morning|evening|night|weekend|time)(?![\p{L}])/iu;
