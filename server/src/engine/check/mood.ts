/**
 * Figures the writer puts forward as possibilities rather than as facts about the world:
 * - in a hypothetical clause: "Had attacks stayed below 300 in 2024, …", "Suppose attacks had
 *   numbered 544 …:", "Even if the true toll was 2,000, …", "If attacks rise to 600 next year,
 *   … will the Minister …?". The clause ends at its first break: the main clause after it
 *   asserts ("If we go by CRSS, 2024 saw 544 attacks"), and so does a figure the condition
 *   takes for granted ("Unless the 474 attacks of 2024 are matched …", "Had the Taliban not
 *   returned in 2020, …");
 * - in a projection: after a modal in a sentence about the future ("next year could bring
 *   700 attacks"), after a verb of forecasting ("analysts warn of more than 500 attacks"), or
 *   under a scenario label ("Worst case: 2,200 fatalities");
 * - a date an anniversary falls on ("the airstrike anniversary falls on 24 December 2025"),
 *   which is not the date of the event it recalls;
 * - the subject of a generic verdict: "Three hundred attacks in a single year would be alarming
 *   in any country" weighs a figure against any place, it reports none;
 * - a figure asked about: in the predicate of an indirect question ("Asked whether the toll had
 *   passed 1,700, …", "wondered if attacks had exceeded 600"), or what someone merely read or
 *   heard ("didn't I read 2,000 deaths somewhere?").
 */

/**
 * Whether the figure whose phrase spans `start`..`end` of `sentence` is not asserted for its
 * mood. `start` includes the figure's hedge words.
 */
export function unasserted(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  if (SCENARIO_LABEL.test(before) || FORECAST_VERB.test(before) || ANNIVERSARY_DATE.test(before) || HEARSAY.test(before)) return true;
  // Only the last clause: ASKED_ABOUT backtracks badly over a run-on sentence of many clauses.
  if (QUESTION_WORD.test(before) && ASKED_ABOUT.test(LAST_CLAUSE.exec(before)![0])) return true;
  if (GIVEN.test(before)) return false;
  const [from, to] = clauseAround(sentence, start, end);
  if (CLAUSE_OPENING.test(sentence.slice(from, start)) && GENERIC_VERDICT.test(sentence.slice(end, to))) return true;
  return hypothetical(sentence, from, to, start) || projected(sentence, sentence.slice(from, start)) || consequent(sentence, from, start);
}

/**
 * "whether the toll had passed", "asked if attacks exceeded": an indirect question with its verb
 * before the figure and no break between. A figure before the verb names what is asked about
 * ("Whether the strikes of December 24, 2023 were coordinated …") and is taken for granted.
 */
const ASKED_ABOUT = /\b(?:whether|(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|inquir(?:ed|es|ing)|enquir(?:ed|es|ing)|quer(?:ied|ies))\s+if)\s+[^,;:?!]*?\b(?:had|has|have|was|were|is|are|did|does|do|would|will|could|might|may|\p{Ll}{3,}ed)\s[^,;:?!]*$/iu;
const LAST_CLAUSE = /[^,;:?!]*$/u;
/** A word every ASKED_ABOUT match holds. */
const QUESTION_WORD = /whether|\bif\b/i;
/** "I read", "we had heard of", "you may have read that": what the speaker read or heard. */
const HEARSAY = /\b(?:I|[Ww]e|[Yy]ou)\s+(?:(?:have|had|(?:may|might)\s+have)\s+)?(?:read|heard)\s+(?:(?:about|of|that)\s+)?(?:(?:a|an|the|some)\s+)?$/;
/** Nothing before the figure in its clause but markup: the figure is its subject. */
const CLAUSE_OPENING = /^[\s*_>"“]*$/u;
/** "would be alarming in any country", "would count as high anywhere": true of any place. */
const GENERIC_VERDICT = /^[^;:]*?\bwould\s+(?:be|seem|look|count|rank|constitute|represent)\b[^;:]*?(?:\b(?:in|for|by)\s+any\s+\p{L}+|\banywhere)\b/iu;

/**
 * A sentence opening with a condition: "If 2025 follows the 2024 pattern, …", "Had the state
 * acted earlier, …", "Unless Kabul acts, …". Its first clause is the condition.
 */
const CONDITION_OPENING = /^[\s*_>"“]*(?:(?:and|but|yet|so)\s+)?(?:(?:even\s+)?if|unless|assuming|suppos(?:e|ing)|(?:had|were|should)\s+(?:the|a|an|this|that|these|those|its|their|our|it|they|we|there|\p{Lu}\p{L}*|\p{Ll}+s)\b)/iu;

/**
 * The main clause after an opening condition, with a modal governing the figure: "Had the
 * state acted earlier, 2024 might have seen fewer than 1,000 deaths", "If 2025 follows the 2024
 * pattern, Pakistan could face 500 or more attacks". What the condition would bring about is
 * not asserted, whether it lies in the past or the future; unless an aside says the condition
 * holds ("If 95% …, as CRSS found, …") or the modal is negated: "Had the Taliban acted, the TTP
 * could not have mounted more than 500 attacks" says it did. `from`: the start of the figure's
 * clause.
 */
function consequent(sentence: string, from: number, start: number): boolean {
  if (from === 0 || !CONDITION_OPENING.test(sentence)) return false;
  const conditionEnd = sentence.search(BREAK);
  const clause = sentence.slice(from, start);
  return conditionEnd >= 0 && !FACTUAL_ASIDE.test(sentence.slice(conditionEnd)) && MODAL_BEFORE.test(clause) && !NEGATED_MODAL.test(clause);
}

/** "could not have", "wouldn't", "will never": a consequent denied presupposes its figure. */
const NEGATED_MODAL = /\b(?:will|would|could|might|may|shall)\s*(?:not|never)\b|\b(?:won|wouldn|couldn|mightn|shan)['’]t\b/i;

/**
 * A break ending a clause: a comma (not one inside "2,000"), a semicolon, a colon, a dash, a
 * bracket or a question mark.
 */
const BREAK = /,(?!\d)|[;:()?!—–]/g;

/** The clause holding `start`..`end`: from the break before it to the break after it. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * A conditional standing in the figure's clause before it: "if", "unless", "even if",
 * "suppose", "imagine", "assuming" (the last of them), or an inverted "Had attacks …", "Were
 * the share to …", "Should fatalities …" opening the clause (its subject right after: a
 * clause opening "had risen to 544" is a past perfect, not a condition).
 */
const CONDITIONAL = /\b(?:[Ii]f|[Uu]nless|[Ss]uppos(?:e|ing)|[Ii]magine|[Aa]ssuming)\s(?![^]*\b(?:if|unless|suppose|supposing|imagine|assuming)\s)|^\s*(?:(?:and|but|yet|or)\s+)?(?:[Hh]ad|[Ww]ere|[Ss]hould)\s+(?:the|a|an|this|that|these|those|its|their|our|his|her|it|they|we|he|she|there|\p{Lu}\p{L}*|\p{Ll}+s)\s(?![^]*\b(?:if|unless|suppose|supposing|imagine|assuming)\s)/u;
/**
 * An inverted or past perfect condition: "Had Pakistan not struck on …", "If the Taliban had
 * not returned …".
 */
const PAST_CONDITION = /^\s*(?:(?:and|but|yet|or)\s+)?(?:had|were)\s|\bhad\s/i;
/**
 * A negation in a condition of the past presupposes the fact: "Had Pakistan not struck on
 * December 20, 2024, …" says it did.
 */
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/i;
/** A modal, or a question, outside the condition: what the condition qualifies is a possibility. */
const MODAL = /\b(?:will|would|could|might|may|can|shall|must)\b|['’]ll\b|\?/i;
/**
 * An aside after the condition saying it holds: "If 95% of the attacks struck two provinces,
 * as CRSS found, …" argues from a fact.
 */
const FACTUAL_ASIDE = /^,\s*as\s+(?:[\p{L}'’-]+\s+){1,4}?(?:found|finds|showed|shows|reported|reports|recorded|records|counted|counts|says|said|notes|noted|documented|confirmed|confirms)\b/iu;
/**
 * A figure the writer takes for granted: "the 474 attacks of 2024", "2024's 604 attacks", "the
 * 95% share", "2024's pace of more than 1,800 deaths". A condition or a projection about it
 * still asserts it.
 */
const GIVEN = /(?:\b(?:the|these|those|its|their|our|this)|['’]s)\s+$|['’]s\s+(?:pace|rate|toll|count|tally|total|level|record)\s+of\s+$/i;

/** `from`..`to`: the figure's clause; `start`: where the figure's phrase starts. */
function hypothetical(sentence: string, from: number, to: number, start: number): boolean {
  const clause = sentence.slice(from, start);
  const opener = CONDITIONAL.exec(clause);
  if (!opener) return false;
  const condition = sentence.slice(from + opener.index, to);
  if (PAST_CONDITION.test(condition) && NEGATED.test(condition)) return false;
  const rest = sentence.slice(to);
  return !FACTUAL_ASIDE.test(rest) && MODAL.test(sentence.slice(0, from + opener.index) + rest);
}

/**
 * A modal before the figure in its clause, governing it: "could bring 700", "is expected to
 * reach 600"; not across a clause of its own ("will recall that 1,900 people died").
 */
const MODAL_BEFORE = /(?:\b(?:will|would|could|might|may|shall)\b|['’]ll\b|\b(?:is|are)\s+(?:likely|expected|set|projected|forecast|going)\s+to\b)(?![^]*\b(?:that|which|who|when|because|since|after)\b)/i;
/** A time still to come: "next year", "the coming months", "in future", "the years ahead". */
const FUTURE_TIME = /\bnext\s+(?:year|month|decade|few\s+(?:years|months))\b|\bcoming\s+(?:year|years|months|decade)\b|\bin\s+(?:the\s+)?future\b|\b(?:years?|months?)\s+ahead\b/i;

function projected(sentence: string, clause: string): boolean {
  return MODAL_BEFORE.test(clause) && FUTURE_TIME.test(sentence);
}

/** "analysts warn of more than 500 attacks", "CRSS forecasts 600", "we expect about 2,000". */
const FORECAST_VERB = /\b(?:warn(?:s|ed|ing)?\s+of|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|expect(?:s|ed|ing)?)\s+(?:(?:a|an|the|some)\s+)?$/i;
/**
 * A label putting what follows forward as a scenario: "Worst case: 2,200 fatalities",
 * "Target for 2025: fewer than 300 attacks", "Projection (2026): 600". Not a named scenario
 * ("Scenario A (base case): violence persists at 2024 levels, with 2,500 fatalities a year as
 * recorded by CRSS in 2024"), whose sentences often restate the record they start from.
 */
const SCENARIO_LABEL = /^[\s*_#>-]*(?:(?:worst|best|base|central|low|high|upside|downside|optimistic|pessimistic)[- ]case(?:\s+scenario)?|projections?|forecasts?|targets?|goals?)(?:\s+(?:for|to|by)\s+\S+|\s*\([^)]*\))?[*_]*\s*:[^:;]*$/iu;
/**
 * "the airstrike anniversary falls on Wednesday, 24 December 2025", "the anniversary of the
 * strikes is": a date an anniversary is on. Not "the anniversary of the December 26 strikes"
 * (the event's own date) nor "of the strikes that came on …".
 */
const ANNIVERSARY_DATE = /\banniversar(?:y|ies)(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?!(?:that|which|who|when)\b)[\p{L}'’-]+\s+){0,3}?)?\s+(?:falls?|fell|is|was|will\s+be|comes?|came|arrives?)(?:\s+on)?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/iu;
