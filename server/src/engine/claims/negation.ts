import { SPACE_BEFORE } from './hedges';

/**
 * Whether the writer rejects the figure starting at `start` (hedge words already excluded):
 * "not 1,700", "rather than 1,700", "instead of 1,700", "it was not 444 attacks", "not on December 24". Negated
 * bounds ("not less than") never reach here because `hedges.ts` has taken their words.
 * A frame that calls what follows false rejects every figure of its clause: "it is a myth
 * that 2,000 people died", "it is untrue that … only 70% of attacks"; a semicolon or a colon
 * ends it ("…; the true share is 95%").
 */
export function isRejected(text: string, start: number, floor: number): boolean {
  // REJECTION ends in a space before the figure: without one it cannot match (a cheap test
  // first, as most figures follow no rejection at all).
  if (start <= floor || !SPACE_BEFORE.has(text[start - 1]!)) return false;
  if (REJECTION.test(text.slice(Math.max(floor, start - 24), start))) return true;
  const verb = text.slice(Math.max(floor, start - UNREPORTED_REACH), start);
  if (NEGATION_WORD.test(verb) && UNREPORTED.test(verb)) return true;
  const near = text.slice(Math.max(floor, start - NAMED_REACH), start);
  if (NAMED_WORD.test(near) && (NAMED_REJECTION.test(near) || SPEECH_DATE.test(near))) return true;
  if (NEGATION_WORD.test(near) && NEGATED_CLAUSE.test(near) && CORRECTED_BY_BUT.test(text.slice(start, start + CORRECTION_REACH))) return true;
  const clause = text.slice(Math.max(floor, start - FRAME_REACH), start);
  if (FRAME_WORD.test(clause) && FALSE_FRAME.test(clause)) return true;
  // Past the sentence's floor: the quotation it signs is a sentence of its own.
  const line = text.slice(Math.max(0, start - SIGNATURE_REACH), start);
  return /[—–―-]/.test(line) && SIGNATURE_DATE.test(line);
}

/** How far before a figure the closing mark of the quotation its line signs may be. */
const SIGNATURE_REACH = 140;
/**
 * `"…will respond to any violation." — Taliban spokesman, 25 December 2024`: a date in the
 * line signing a quotation, after its speaker, is when the words were said, not a date of the
 * events they speak of. The speaker is named by a determiner or a capital and holds no figure.
 */
const SIGNATURE_DATE = /["”][ \u00A0]*(?:[—–―]|--)[ \u00A0]*(?:(?:the|a|an|one|some)(?![\p{L}])|\p{Lu})[^\n"“”\d.!?;:()]{1,100},[ \u00A0]*(?:(?:on|dated)[ \u00A0]+)?$/u;

const REJECTION = /(?:(?<![\p{L}])(?:not|never|nor|rather than|instead of)|n['’]t)[ \u00A0]+(?:(?:the|on|in)[ \u00A0]+)?$/iu;
/** How far before a figure a negated reporting verb ("Nor did the report count") may start. */
const UNREPORTED_REACH = 60;
/** A word every UNREPORTED holds: most figures follow none. */
const NEGATION_WORD = /not|never|nor|n['’]t/i;
/**
 * "CRSS did not report 1,700 deaths", "it never counted 500 attacks", "Nor did it count 500
 * attacks", "the report doesn't list 500": a source said not to give a figure is not giving
 * it, and neither is the writer. The verb governs the figure directly (at most an article
 * between); "not only did CRSS count 500" and "not counting 120 …" keep theirs.
 */
const UNREPORTED = /(?:(?<![\p{L}])(?:not|never)|n['’]t|(?<![\p{L}])nor[ \u00A0]+(?:did|does|do|has|have|had)[ \u00A0]+(?:it|they|he|she|we|the[ \u00A0]+[\p{L}-]+|\p{Lu}[\p{L}-]*))[ \u00A0]+(?:(?:ever|once|actually|in[ \u00A0]+fact)[ \u00A0]+)?(?:report|count|record|list|log|document|register|tall(?:y|ie)|cite|give|gave|show|find|found)(?:s|ed|d)?[ \u00A0]+(?:(?:the|a|an|some)[ \u00A0]+)?$/iu;
/** How far before a figure a rejection naming it ("we reject the figure of") may start. */
const NAMED_REACH = 80;
/** A word every NAMED_REJECTION and SPEECH_DATE holds: most figures follow none. */
const NAMED_WORD = /reject|dismiss|disput|den(?:y|ies|ied)|contrary|on[ \u00A0]+$/i;
/**
 * "we reject the figure of 700", "we dismiss the estimate of 2,000", "disputes claims that
 * 2,000", "contrary to claims of 300": a figure named in order to be rejected is not asserted.
 */
const NAMED_REJECTION = /(?<![\p{L}])(?:(?:reject|dismiss|disput|den(?:y|ies|ied))\p{L}*|contrary[ \u00A0]+to)[ \u00A0]+(?:(?:the|this|that|these|those|their|its|his|her|any|all|such)[ \u00A0]+)?(?:[\p{L}'’-]+[ \u00A0]+){0,3}?(?:figures?|estimates?|claims?|numbers?|counts?|tall(?:y|ies)|tolls?|totals?|reports?|suggestions?|assertions?)[ \u00A0]+(?:of|that)[ \u00A0]+(?:(?:some|about|around|roughly|nearly|almost|over|more[ \u00A0]+than|as[ \u00A0]+many[ \u00A0]+as)[ \u00A0]+)?$/iu;
/**
 * "speaking on 30 December", "said on 30 December", "in a statement on 30 December", "briefed
 * journalists on 25 December": the date of a speech act, not of the event it reports, so it
 * asserts nothing about that event.
 */
const SPEECH_DATE = /(?<![\p{L}])(?:speaking|writing|said|says|stated|announced|declared|added|noted|claimed|wrote|tweeted|posted|testified|(?:told|briefed|informed|spoke[ \u00A0]+to|testified[ \u00A0]+(?:to|before))[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}?(?:reporters|journalists|parliament|lawmakers|the[ \u00A0]+\p{L}+|[\p{L}-]+)|(?:in|at|during)[ \u00A0]+(?:a|an|the|his|her|its|their)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+)?(?:statement|speech|briefing|press[ \u00A0]+conference|interview|address|post|tweet|letter|communiqu[eé]))[ \u00A0]+on[ \u00A0]+$/iu;
/**
 * "The Taliban did not come to power in 2020, as one minister misspoke, but in August 2021",
 * "the strikes did not take place on December 22 but on December 24": a negated clause holding
 * the figure, then "but" and the figure put in its place, rejects the first figure. The negation
 * is in the figure's clause (no comma between) and is not "not only"; "but" is followed by a
 * figure, after at most a preposition or a hedge ("but rose to 500" is another statement, and
 * "but also" adds rather than corrects).
 */
const NEGATED_CLAUSE = /(?:(?<![\p{L}])(?:not|never)|n['’]t)(?![ \u00A0]+(?:only|just|merely|simply|least)(?![\p{L}]))[ \u00A0][^,;:!?()]{0,60}$/u;
const CORRECTION_REACH = 160;
const CORRECTED_BY_BUT = /^(?:[^;:!?.]|\.(?=\d|[ \u00A0]+[\p{Ll}\d]))*?[ \u00A0]but[ \u00A0]+(?:rather[ \u00A0]+|instead[ \u00A0]+)?(?:(?:in|on|at|by|during|only|about|around|some|over|nearly|almost|roughly|more[ \u00A0]+than|the)[ \u00A0]+){0,2}(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?[ \u00A0]+\d|(?:late|early|mid)[ \u00A0-])/u;
/** How far before a figure its clause's frame may start. */
const FRAME_REACH = 200;
/** A word every FALSE_FRAME holds: most clauses have none, and the full pattern is skipped. */
const FRAME_WORD = /not the case|not correct|not accurate|myth|fiction|falsehood|misconception|fallacy|canard|false|untrue|not true|wrong|incorrect|inaccurate|mistaken|nonsense|support|bear|corroborat|confirm/i;
/**
 * "it is a myth that", "it is simply false that", "it is wrong to say that", "it is not the case,
 * as alleged in the press, that" (an aside between commas before "that"), "the myth that",
 * "the false claim that", "the data do not support claims of", "no dataset supports reports
 * that", followed by the figure's clause up to it.
 */
const FALSE_FRAME = new RegExp(
  '(?<![\\p{L}])(?:(?:it|this)[ \\u00A0]+(?:is|was|remains)|it[\'’]s)[ \\u00A0]+(?:(?:simply|plainly|just|also|equally|therefore|thus|clearly|demonstrably|patently|quite|entirely)[ \\u00A0]+)?' +
    '(?:a[ \\u00A0]+(?:[\\p{L}-]+[ \\u00A0]+)?(?:myth|fiction|falsehood|misconception|fallacy|canard)|false|untrue|not[ \\u00A0]+(?:true|the[ \\u00A0]+case|correct|accurate)|wrong|incorrect|inaccurate|mistaken|nonsense)' +
    '(?:[ \\u00A0]+to[ \\u00A0]+(?:say|claim|suggest|argue|think|believe|assume))?(?:[ \\u00A0]*,[^,;:]{1,60},)?[ \\u00A0]+that[ \\u00A0][^;:]*$' +
    '|(?<![\\p{L}])the[ \\u00A0]+(?:(?:[\\p{L}-]+[ \\u00A0]+)?(?:myth|fiction|falsehood|misconception|fallacy|canard)|(?:false|mistaken|erroneous|debunked|discredited)[ \\u00A0]+(?:claim|notion|idea|belief|assertion|story|narrative|impression)s?)[ \\u00A0]+that[ \\u00A0][^;:]*$' +
    '|(?<![\\p{L}])(?:(?:do|does|did)[ \\u00A0]*(?:not|n[\'’]t)[ \\u00A0]+|no[ \\u00A0]+(?:[\\p{L}-]+[ \\u00A0]+){0,2}?)(?:supports?|confirms?|corroborates?|bears?[ \\u00A0]+out)[ \\u00A0]+(?:the[ \\u00A0]+)?(?:[\\p{L}-]+[ \\u00A0]+)?(?:claims?|reports?|figures?|estimates?|counts?|talk|suggestions?|assertions?)[ \\u00A0]+(?:of|that)[ \\u00A0][^;:]*$',
  'iu',
);
