/**
 * "Following airstrikes in Paktika on 14 December 2024, partners reported the displacement of
 * several hundred families": a verb of reporting whose object is a noun phrase reports that
 * object, with or without a determiner ("reported displacement in Barmal"), not the figures of
 * the words before its subject, which are the writer's framing.
 * A time after the verb is no object ("1,700 died, CRSS reported the next day"), nor is a
 * figure ("reported 1,700 deaths") or a clause ("said that …", "said the strikes killed 46",
 * whose figures come after the verb and stay reported). So does a verb with a clause of its
 * own after a fronted subordinate clause (`beforeSubject`: "Since the Taliban came to power in
 * 2022, officials have said Afghan soil will not be used …"; not "On Saturday, 28 December, the
 * Taliban said it had struck", whose date is of what they said), and one whose object closes the bracket it stands in ("…, Paktika province (de
 * facto authorities report civilian casualties)"): the bracket is an aside about its object.
 */
export function reportsItsObject(afterVerb: string, beforeSubject = ''): boolean {
  if ((FRONTED_CLAUSE.test(beforeSubject) && OWN_CLAUSE_NEXT.test(afterVerb)) || BRACKETED_OBJECT.test(afterVerb)) return true;
  return (OBJECT_NEXT.test(afterVerb) && !TIME_NEXT.test(afterVerb)) || BARE_OBJECT.test(afterVerb);
}

const OBJECT_NEXT = /^[ \u00A0]+(?:the|a|an|its|their|his|her|widespread|heavy|severe|large-scale|mass)[ \u00A0]+\p{L}/iu;
/**
 * A noun with no determiner ("partners reported displacement in Barmal", "reported flooding
 * across the district"): a word of a noun's ending, then a preposition or the clause's end.
 */
const BARE_OBJECT = /^[ \u00A0]+\p{Ll}[\p{Ll}-]*(?:ment|tion|sion|age|ance|ence|ity|ure|ies|ing)(?=[ \u00A0]+(?:in|on|at|of|across|among|from|near|along|around|throughout)[ \u00A0]|[ \u00A0]*(?:[,.;:!?)]|$))/u;
const TIME_NEXT = /^[ \u00A0]+(?:the|a|an|its|their)[ \u00A0]+(?:next|following|same|previous|day|week|month|year|morning|evening|night|weekend|time)(?![\p{L}])/iu;
/**
 * "that …", "whether …", or a subject of up to four words and its auxiliary ("Afghan soil will"),
 * not a phrase of place or time ("in a statement that was …").
 */
const OWN_CLAUSE_NEXT = /^[ \u00A0]+(?:that|whether)[ \u00A0]+\p{L}|^[ \u00A0]+(?!(?:in|on|at|to|from|with|by|for|during|after|before|as|when|while)[ \u00A0])(?:(?!(?:that|which|who|when|where)[ \u00A0])[\p{L}'’-]+[ \u00A0]+){1,4}?(?:will|would|was|were|is|are|had|has|have|could|can|may|might|should|must|did|does|do)(?:[ \u00A0]+not)?[ \u00A0]+\p{Ll}/u;
/** A subordinate clause opening the sentence, up to the comma before the subject. */
const FRONTED_CLAUSE = /^[ \u00A0"“]*(?:(?:ever[ \u00A0]+)?since|when|after|before|because|although|though|once|until)[ \u00A0]+(?:[^,;:]|,(?=\d))+,[ \u00A0]*$/iu;
/** Words with no figure, no time or place after the verb, up to the bracket that closes them. */
const BRACKETED_OBJECT = /^[ \u00A0]+(?!(?:in|on|at|during|since|after|before|last|this|earlier|later|today|yesterday)(?![\p{L}]))\p{L}[^()\d]*\)/u;
