/**
 * "Total terrorist incidents reported in 2024: 454", "Attacks recorded in 2024 numbered 444":
 * after a noun for what is counted (incidents, attacks, deaths…) a reporting verb is a
 * participle that modifies it, not a verb with a subject: attacks and deaths report nothing.
 * `words`: the subject found before the verb.
 */
export function countedThing(words: string): boolean {
  return COUNTED.test(words.split(/[ \u00A0]+/).pop() ?? '');
}

const COUNTED = /^(?:incidents?|attacks?|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|killings?|bombings?|(?:air)?strikes?|events?|assaults?|explosions?|blasts?|raids?|ambush(?:es)?|injur(?:y|ies))$/i;

/**
 * Whether `head`, the words of a clause before a passive participle, is only such a noun
 * phrase ("Deaths", "Terrorist attacks in 2024"): the participle then modifies the clause's
 * subject ("Deaths recorded by PIPS rose to 2,000"), and its agent reports the clause.
 */
export function countedSubject(head: string): boolean {
  const m = COUNTED_HEAD.exec(head);
  return m !== null && countedThing(m[1]!);
}

const COUNTED_HEAD = /(?:^|[;:—–])[ \u00A0"“*_]*((?:[\p{L}-]+[ \u00A0]+){0,4}?[\p{L}-]+)(?:[ \u00A0]+(?:in|during|for)[ \u00A0]+(?:19|20)\d\d)?[ \u00A0]*$/u;
