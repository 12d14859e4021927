/**
 * Whose voice a figure is in. Only a figure the writer asserts as their own, or attributes to
 * the fact's own source, can contradict the source with a Warning. These adapt the claim
 * reader's `negated` and attribution (claims/read.ts) to what the checker needs:
 * - a sentence that calls a figure false ("claims that 1,700 died are false", "reports of
 *   2,000 deaths have been rejected") does not assert it;
 * - "some local media outlets suggested 1,900", "some commentators have suggested that…":
 *   unnamed reporters with a verb the reader does not list, or a subject longer than it takes,
 *   are caught here;
 * - "Pakistan recorded 1,700 deaths" or "terrorism claimed 1,700 lives" is the writer's
 *   statement, not an attribution to Pakistan or to terrorism, and a document named without
 *   its author ("according to the year-end tally") is the brief's own source;
 * - a figure in a subject its verb judges wrong ("claims that 1,200 people died understate the
 *   count"), or one the writer says no evidence supports, is not asserted either.
 */
import type { Claim } from '../claims/model';
import { attributionOf as readersAttribution } from '../claims/read';
import type { Fact } from '../factbase/model';
import type { CheckKnowledge } from './factIndex';
import { PLACE_KINDS } from './places';
import { words } from './text';

const REJECTS = /\b(?:false|untrue|not\s+true|incorrect|inaccurate|(?<!\b(?:the|a|an|their|its|his|her|our|this|that)\s+)wrong|wrong(?=\s+(?:figure|number|count|tally|estimate|toll|total|claim|report)s?\b)|misleading|debunked|baseless|unfounded|unsupported|not\s+supported\s+by|not\s+borne\s+out|exaggerated|inflated|mistaken|erroneous|(?:an\s+error|a\s+mistake|an?\s+(?:common|frequent|typical|classic|familiar|widespread|recurring|persistent|popular|obvious|glaring)\s+(?:error|mistake|misconception))(?!\s+for\b)|disput(?:es|ed|ing)\s+(?:the|this|that|these|those)\s+(?:figure|number|count|tally|estimate|toll)s?|(?:been|was|were|is|are)\s+(?:rejected|denied|refuted|discredited))\b(?!\s+(?:to\s+(?:say|claim|suggest|argue|think|believe|assume)\s+)?that\b)/i;

/**
 * Whether the sentence calls one of its figures false. A frame that opens a clause ("it is
 * false that …; the true share is 95%") rejects that clause only, which the claim reader marks
 * (claims/negation.ts).
 */
export function rejects(sentence: string): boolean {
  return REJECTS.test(sentence);
}

/**
 * Words after a figure, in its clause, that withdraw it: "reports of 600 attacks were later
 * revised", "a tally of 1,900 deaths was disputed". Before the figure these words are about
 * something else ("revised figures put deaths at 1,900" asserts 1,900).
 */
const WITHDRAWN = /^[^;:]*?\b(?:was|were|been|is|are|later|since|subsequently|widely|hotly|officially)\s+(?:\p{L}+ly\s+)?(?:revised|disputed|contested|retracted|corrected|overstated|understated|withdrawn|challenged|questioned|discredited|superseded|overturned|disowned)\b/iu;
/**
 * The writer distancing themselves from a figure after it: "— a number we have not been able
 * to verify", "which remains unverified", "…, some as high as 2,000 deaths, could not be verified", "a figure … that this brief does not use", "a figure
 * we now withdraw", "a figure that no dataset supports", "for which there is no evidence". The
 * writer does not assert such a figure.
 */
const DISTANCED = /^[^;]*?(?:\b(?:not|never)\s+(?:be(?:en)?\s+)?(?:able\s+to\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed|corroborate|corroborated)\b|\b(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b|\bunverified\b|\bunconfirmed\b|\b(?:we|brief|paper|report|analysis|study)\s+(?:do|does|did)\s+not\s+(?:use|accept|rely\s+on|endorse)\b|\b(?:we|I)\s+(?:now\s+)?(?:withdraw|retract|reject|discard)\b|\bno\s+(?:[\p{L}-]+\s+){0,2}?(?:supports?|confirms?|corroborates?|substantiates?|bears?\s+(?:it\s+)?out|backs?\s+(?:it\s+)?up)\b|\bno\s+(?:[\p{L}-]+\s+)?(?:evidence|support|basis)\s+(?:for|of)\b|\bthere\s+(?:is|was)\s+no\s+(?:[\p{L}-]+\s+)?(?:evidence|support|basis)\b|\b(?:data|evidence|records?|datasets?|sources?)\s+(?:do|does|did)\s*(?:not|n['’]t)\s+(?:support|confirm|corroborate|bear\s+(?:it\s+)?out)\b)/iu;
/**
 * A word every DISTANCED alternative holds: most clauses hold none, and DISTANCED, tried at
 * every position, is then skipped.
 */
const DISTANCING_WORD = /verif|confirm|corroborat|not\s+(?:use|accept|rely|endorse)|withdraw|retract|reject|discard|support|substantiat|bears?\s|backs?\s|evidence|basis/i;
const CLAUSE_END = /[,;:]\s+(?:but|while|whereas|yet)\b/i;

/**
 * A subject holding the figure, judged wrong by its verb: "claims that 1,200 people died in
 * 2024 understate the CRSS count", "reports of 900 attacks overstate the violence". The verb
 * must follow in the figure's own clause (no comma between), so that a later clause's subject
 * ("…, and official counts understate…") is not the figure's.
 */
const MISJUDGED = /^[^;:,—–]*?(?<!(?:\bnot|\bnever|n['’]t)\s+)\b(?:understate|overstate|exaggerate|overestimate|underestimate|misstate|misrepresent)[sd]?\b(?!\s+(?:nothing|little|none)\b)/i;

/**
 * A predicate that denies the subject holding the figure: "reports that 2,200 people died have
 * not been borne out", "claims that … are not supported by the data", "… have never been
 * substantiated". Like MISJUDGED, the verb must be in the figure's own clause.
 */
const DENIED = /^[^;:,—–]*?\b(?:have|has|had|was|were|is|are|be)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:borne\s+out|supported|substantiated|corroborated|confirmed|verified|proven|proved|established)\b/i;
/** A word every DENIED match holds. */
const DENIAL_WORD = /borne|support|substantiat|corroborat|confirm|verif|prove|establish/i;

/**
 * A predicate that says the subject holding the figure fails a test: "the often-repeated claim
 * of 500 attacks … does not hold up against the CRSS data", "… fails to survive scrutiny", or
 * an appositive that says so of the figure: "Reports of 1,900 deaths, a figure that does not
 * survive scrutiny, circulated". In the figure's own clause, or in an appositive right after it.
 */
const FAILS = new RegExp(
  `^(?:[^;:,—–]*?|[^;:,—–]*?,\\s+(?:(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:figure|number|claim|estimate|count|tally|total|toll)s?\\s+)?(?:that|which)\\s+[^;:,—–]*?)\\b` +
    `(?:(?:does|do|did|would|will|can|could)\\s*(?:not|n['’]t)|never|(?:fails?|failed)\\s+to)\\s+` +
    `(?:hold\\s+(?:up|water)|stand\\s+up|survive|withstand|bear\\s+(?:scrutiny|examination)|add\\s+up|stack\\s+up|check\\s+out)\\b`,
  'iu',
);
/** A word every FAILS match holds. */
const FAILING_WORD = /\b(?:hold|stand|survive|withstand|bear|add|stack|check)\b/i;

/**
 * Whether the text after a figure, up to its clause's end, withdraws it. `counted`: the figure
 * is given as a count ("the 2024 CRSS count of 1.2 thousand fatalities understates the rural
 * toll"): a verb judging the count against the world says nothing against what was counted.
 */
export function withdrawnAfter(after: string, counted = false): boolean {
  const end = CLAUSE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  return WITHDRAWN.test(clause) || MISTAKEN_FOR.test(clause) || CORRECTED_LATER.test(after) || BROKEN_OFF.test(after) || QUESTION_ANSWERED_NO.test(after) || (DISTANCING_WORD.test(clause) && DISTANCED.test(clause)) || (!counted && MISJUDGED.test(clause)) || (DENIAL_WORD.test(clause) && DENIED.test(clause)) || (FAILING_WORD.test(clause) && FAILS.test(clause));
}

/**
 * "The figure of 404 attacks … was a typo for 444": the figure before is the slip, the one
 * after "for" the writer's own.
 */
const MISTAKEN_FOR = /^[^;:]*?\b(?:was|is|were|are)\s+(?:(?:simply|just|merely|only)\s+)?(?:a|an)\s+(?:typo|misprint|typographical\s+error|transcription\s+error|slip|error|mistake)\s+for\b/i;
/**
 * A clause giving the correct figure: "…quoted 3,000 deaths from a newspaper; the correct figure,
 * from CRSS, is over 1,612", "An earlier draft said 1,216 deaths; the correct CRSS figure for
 * 2024 is …". The figures before it are the ones corrected.
 */
export const CORRECT_VALUE = String.raw`\s*(?:(?:but|whereas|while)\s+)?the\s+(?:correct|true|real|actual|right|accurate)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|number|count|tally|toll|total|share|date|year)s?\b`;
/** The correcting clause later in the figure's sentence, after a comma or a dash. */
const CORRECTED_LATER = new RegExp(`(?:[—–]|,(?!\\d))${CORRECT_VALUE}`, 'iu');
/**
 * "Attacks in 2024 (1,612) far outnumbered... no; the right pairing is 444 attacks and 1,612
 * deaths": the writer breaking off with "no" takes back what came before it in the sentence.
 */
const BROKEN_OFF = /^[^;!?]*?(?:\.\.\.|…|[—–]|,(?!\d))\s*(?:no|sorry|wait)\s*[;:,—–]/i;
/** The correcting clause opening the next sentence, after a semicolon. */
const CORRECTS_BACK = new RegExp(`^${CORRECT_VALUE}`, 'iu');

/** An answer denying a question: "No.", "No, …", "Not quite:" (not "No one…", "no more than"). */
const NO_ANSWER = String.raw`(?:no|not\s+(?:so|quite|really|true)|false|wrong)\b(?![ \u00A0]*(?:one|doubt|more|fewer|less|longer)\b)`;
/**
 * A question holding the figure, answered "No" in the same sentence as the reader splits it
 * ("**Is it true that 1,700 people died?**\nNo. That number circulated…").
 */
const QUESTION_ANSWERED_NO = new RegExp(`^[^.!?;]*\\?[*_"”’)\\s]*${NO_ANSWER}`, 'i');
/** An answer, opening the next sentence, denying the question before it. */
const ANSWERED_NO = new RegExp(`^\\W*${NO_ANSWER}`, 'i');

/**
 * Words before a figure that say it was given in error: "An earlier version misdated the
 * takeover to 2020", "the note misreported the toll as 2,000", "we wrongly put deaths at 2,000".
 */
const MISSTATED_AS = /\b(?:mis(?:dat|report|stat|quot|typ|print|record|count|calculat|read|label|attribut)(?:e|es|ed|ing|s)?|(?:wrongly|erroneously|mistakenly|incorrectly)\s+\p{L}+)\b[^;:]{0,60}?\s(?:to|as|at)\s+$/iu;
/**
 * "Draft para 3 wrongly says Dec 29 for the retaliation", "the note incorrectly gives 2,000
 * deaths", "…mistakenly states that over 2,000 died": a verb of saying so qualified says its
 * object is an error, a figure right after it or a few words into its clause.
 */
const WRONGLY_SAYS = /\b(?:wrongly|erroneously|mistakenly|incorrectly|falsely)\s+(?:says|said|gives|gave|states|stated|lists|listed|reads|shows|showed|reports|reported|records|recorded|claims|claimed|cites|cited|has|had|puts|put)\s+(?:that\s+)?(?:[^;:.!?\d]{0,30}\s)?$/iu;

export function misstatedBefore(before: string): boolean {
  return MISSTATED_AS.test(before) || WRONGLY_SAYS.test(before);
}

/**
 * A next sentence that calls the figures before it wrong: "…cited 1,700 deaths; that figure
 * was wrong." Only an opening that points back ("that figure", "this", "it", "which", "both",
 * "all three") counts.
 */
const POINTS_BACK_WRONG = /^\s*(?:(?:that|this|the|which|these|those)(?:\s+(?:figure|number|estimate|count|tally|total|toll|claim|report|one)s?)?|it|they|both(?:\s+(?:of\s+them|figures|dates|numbers|claims|reports|accounts))?|all(?:\s+(?:of\s+them|three|four))?)\s+(?:was|were|is|are|has\s+been|have\s+been|proved|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:also\s+)?(?:wrong|incorrect|false|mistaken|inaccurate|an\s+error|a\s+mistake|erroneous|untrue|overstated|exaggerated|inflated|withdrawn|retracted|corrected)\b/i;

/**
 * `sentence`: the figure's own. After a semicolon the next clause may give the correct figure;
 * after a question, the answer may deny it ("Is it true that 1,700 people died? No."); after an
 * ellipsis, the writer may break off ("…outnumbered... no; the right pairing is …").
 */
export function rejectedByNext(next: string, sentence: string): boolean {
  return POINTS_BACK_WRONG.test(next) || DISOWNS_BACK.test(next) || (/;\s*$/.test(sentence) && CORRECTS_BACK.test(next)) || (/\?\W*$/.test(sentence) && ANSWERED_NO.test(next)) || (/(?:\.\.\.|…)\s*$/.test(sentence) && BROKEN_OFF.test(`…${next}`));
}

/** A next sentence calling every figure before it wrong: "Both were wrong.", "All three were false." */
export function rejectedAllBack(next: string): boolean {
  return /^\s*(?:both|all|they|these|those)\b/i.test(next) && POINTS_BACK_WRONG.test(next);
}

/**
 * "…cited 1,200 deaths; we do not use it.", "…exceeded 2,000; we find no support for this
 * claim.", "…; we have found no evidence for it": the next clause disowns the figure before it.
 */
const DISOWNS_BACK = /^\s*(?:we|this\s+(?:brief|paper|report|analysis))\s+(?:(?:do|does|did|have|has|could|can)\s*(?:not|n['’]t)\s+(?:use|accept|rely\s+on|endorse|verif(?:y|ied)|been\s+able\s+to\s+verify)\s+|(?:(?:have|has)\s+)?(?:find|finds|found|see|sees|saw|seen)\s+(?:no|little)\s+(?:\w+\s+)?(?:support|evidence|basis)\s+for\s+)(?:it|them|this|that|these|those|the\s+(?:figure|number|estimate|count|tally|claim|assertion|suggestion))\b/i;

const PUT_AT = /(\b(?:[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Ll]ocal|[Ff]oreign|[Ii]nternational|[Oo]fficial|[Gg]overnment|[Mm]edia|[Nn]ews)(?:\s+[\p{L}-]+){0,3}?\s+(?:outlets|reports|media|newspapers|sources|observers|analysts|officials|commentators|estimates|accounts|agencies|tallies|counts|figures|trackers))\s+(?:(?:have|has|had)\s+(?:(?:also|long|repeatedly)\s+)?)?(?:put|puts|placed|places|estimated|estimate|claimed|claim|said|say|suggested|suggest|speculated|speculate|reckoned|reckon|believed|believe)\b[^.;]{0,60}$/u;

/**
 * "Some television anchors put the toll above 2,000", "several opposition politicians placed
 * it at 3,000": any plural subject after a quantifier that puts, places or estimates a figure
 * is unnamed others giving it, whatever the noun. "Claimed" is left to PUT_AT's nouns of
 * reporters: "several attacks claimed 2,000 lives" is the writer's toll. A bracketed citation
 * may stand between the subject and its verb ("some scholars (e.g., Siddiqa, 2024) put").
 */
const QUANTIFIED_PUT_AT = /(\b(?:[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Cc]ertain|[Vv]arious|[Mm]ultiple)(?:\s+[\p{L}-]+){0,2}?\s+\p{Ll}[\p{L}-]*[^s\W]s)(?:\s*\([^()]*\))?\s+(?:(?:have|has|had)\s+(?:(?:also|long|repeatedly)\s+)?)?(?:put|puts|placed|places|pegged|pegs|estimated|estimate|reckoned|reckon|suggested|suggest|speculated|speculate)\b[^.;]{0,60}$/u;

/**
 * "Our earlier memo of March 2024 estimated 500 attacks": the writer's own earlier, superseded
 * document (earlier, previous, original…) as the subject of a reporting verb. Its figure is a
 * past statement the text does not make now, so it is attributed like a third party's; "our
 * memo counted" without such a word is the writer's voice.
 */
const EARLIER_OWN = /((?<![\p{L}])(?:[Oo]ur|[Mm]y|[Aa]n?|[Tt]he)\s+(?:own\s+)?(?:earlier|previous|prior|original|initial|first|superseded|last)\s+(?:memo|note|brief|briefing|report|estimate|draft|version|edition|assessment|paper|analysis|update)(?:\s+(?:of|from|in)\s+[^,;:.]{1,40}?)?)\s+(?:had\s+)?(?:estimated|put|said|gave|counted|reported|cited|projected|recorded|listed|stated|suggested|claimed|showed)\b[^.;]{0,60}$/u;

/** The claim reader's attribution, or one it missed before the figure in its sentence. */
export function attributionOf(claim: Claim, before: string): string | undefined {
  const read = readersAttribution(claim);
  if (read !== undefined) return read;
  // Cheap tests first: the full patterns backtrack, and most sentences have no such words.
  const put = REPORTING_VERB.test(before) ? PUT_AT.exec(before)?.[1] ?? QUANTIFIED_PUT_AT.exec(before)?.[1] : undefined;
  const told = (claim.kind === 'count' || claim.kind === 'percent') && TELLING_WORD.test(before) ? TOLD_BODY.exec(before)?.[1] : undefined;
  const speaker = told && !PASSIVE_END.test(told) ? told : undefined;
  return put ?? speaker ?? (EARLIER_WORD.test(before) ? EARLIER_OWN.exec(before)?.[1] : undefined);
}

/**
 * "The Minister of State informed the House that 1,015 people had lost their lives", "the
 * Interior Minister assured the Senate that only 300 attacks…": a speaker telling a body a
 * count or a share gives their own tally, which the record reports. A date so told is the
 * record's own account of when something happened ("The Secretary informed Members that the
 * retaliation occurred on …"): as in a table's Source column (check.ts `rowSource`), a date has
 * no tally that differs from counter to counter. A passive ("the Committee was informed that")
 * names no speaker.
 */
const TOLD_BODY = /((?<![\p{L}])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+|\p{Lu}[\p{L}.&-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}.&-]*))*)\s+(?:(?:has|had|also|then|later)\s+)?(?:informed|informs|assured|assures|briefed|briefs|reminded|reminds|advised|advises|notified|notifies|apprised|apprises)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?that\s+[^.;]{0,120}$/u;
/** A subject ending in a form of "be" is a passive's: "The Committee was informed that". */
const PASSIVE_END = /\s(?:was|were|is|are|been|be|being)$/i;
const TELLING_WORD = /\b(?:inform|assure|brief|remind|advise|notifie|notifies|appris)/;

const EARLIER_WORD = /\b(?:earlier|previous|prior|original|initial|first|superseded|last)\s+(?:memo|note|brief|report|estimate|draft|version|edition|assessment|paper|analysis|update)/;

/**
 * "NACTA data indicate that 2024 saw 544 incidents nationwide, according to CRSS": an
 * "according to" closing the sentence, after the figure and no contrast, names where the whole
 * report comes from, whoever relayed it. `after`: from the figure to its sentence's end.
 */
export function closingSource(after: string): string | undefined {
  return CLOSING_SOURCE.exec(after)?.[1]?.trim();
}

const CLOSING_SOURCE = /^(?:(?![;—–]|[ \u00A0]+(?:but|while|whereas|yet)(?![\p{L}]))[^])*?,[ \u00A0]+according[ \u00A0]+to[ \u00A0]+([^,;:\d]{2,80}?)[ \u00A0]*[.!?]*["'”’)*_]*[ \u00A0]*$/iu;

const REPORTING_VERB = /\b(?:put|puts|placed|places|pegged|pegs|estimated?|claim(?:ed)?|said|say|suggest(?:ed)?|speculated?|reckon(?:ed)?|believed?)\b/;

/**
 * Subjects of "recorded", "claimed", "counted" that are not someone reporting a figure:
 * "Pakistan recorded 1,700 deaths", "terrorism claimed 1,700 lives", "2024 saw…".
 */
const NOT_REPORTERS = new Set(['terrorism', 'terror', 'violence', 'militancy', 'insurgency', 'attack', 'conflict', 'war', 'fighting', 'year', 'country', 'nation', 'province', 'region', 'it', 'this', 'that', 'which', 'they', 'we', 'our', 'my']);

/**
 * Whether an "attribution" the claim reader found is really the writer's own statement, or
 * names nobody: a document referred to without its author ("according to the year-end tally",
 * "as the published report notes"; the reader has already given it the publisher the paragraph
 * names, if any) is the brief's own source, not a third party.
 */
export function ownVoice(attribution: string, knowledge: CheckKnowledge): boolean {
  let cache = ownVoiceCache.get(knowledge.actors);
  if (!cache) ownVoiceCache.set(knowledge.actors, (cache = new Map()));
  let own = cache.get(attribution);
  if (own === undefined) cache.set(attribution, (own = isOwnVoice(attribution, knowledge)));
  return own;
}

const ownVoiceCache = new WeakMap<object, Map<string, boolean>>();

/** Words that end the head of a subject: "Violence in KP", "the Institute for Conflict …". */
const HEAD_END = new Set(['in', 'of', 'for', 'across', 'from', 'at', 'on', 'and', 'with', 'during']);

/**
 * "the report", "the year-end tally", "our count", "the latest figures", "the source article",
 * "this brief" (the writer's own): a determiner and a document, with at most two words that say
 * which edition or that it is the brief's source (never whose: "the ministry report").
 */
const UNNAMED_DOCUMENT = /^(?:the|this|that|these|those|our)\s+(?:(?:source|underlying|published|latest|most|recent|year-end|end-of-year|mid-year|annual|yearly|monthly|quarterly|final|full|updated|revised|preliminary|provisional|same|above|original|new|current|complete|overall|available|cited)\s+){0,2}(?:analysis|article|report|source|author|study|paper|brief|note|memo|commentary|tally|count|data|figures|numbers|statistics|dataset|database|record|records|total|totals|estimate|estimates)$/i;

/**
 * The body whose record a memo or minutes are, unnamed: "The Committee noted that…", "Members
 * noted with concern…", "the Secretariat uses…", and a motion's "This House notes that…". Its
 * notes are the document's own voice.
 */
const OWN_BODY = /^(?:the\s+)?(?:committee|sub-committee|subcommittee|members|secretariat|meeting)$|^this\s+(?:house|assembly|chamber|senate|council|committee|parliament)$/i;

const PLACE_DATA = /\s+(?:own\s+)?(?:tall(?:y|ies)|counts?|estimates?|figures?|data|numbers|statistics|tolls?|totals?|dataset|database)$/i;

function isOwnVoice(attribution: string, knowledge: CheckKnowledge): boolean {
  if (UNNAMED_DOCUMENT.test(attribution.trim()) || OWN_BODY.test(attribution.trim())) return true;
  // Only the subject's head noun decides: "Terrorism in KP claimed" is the writer's, "the
  // Pakistan Institute for Conflict and Security Studies" is an institute, not "conflict".
  const ws = words(attribution);
  const stop = ws.findIndex((w) => HEAD_END.has(w.lower));
  const head = ws[(stop < 0 ? ws.length : stop) - 1];
  if (head && (NOT_REPORTERS.has(head.stem) || NOT_REPORTERS.has(head.lower) || /^(?:19|20)\d\d$/.test(head.lower))) return true;
  // "Pakistan recorded", "Balochistan and KP recorded": places, one or a list, are settings,
  // and so are their figures ("the Balochistan figures", "KP data").
  const parts = attribution.replace(/^the\s+/i, '').replace(PLACE_DATA, '').toLowerCase().split(/\s*(?:,|\band\b|\bor\b|&)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((name) => knowledge.actors.some(
    (a) => PLACE_KINDS.has(a.kind) && (a.name.toLowerCase() === name || a.aliases.some((alias) => alias.text.toLowerCase() === name)),
  ));
}

/**
 * Whether the writer's attribution names the fact's own: its attributed actor (any alias),
 * its attribution text, or the source's author or publisher.
 */
export function attributionMatches(attribution: string, fact: Fact, knowledge: CheckKnowledge): boolean {
  let cache = matchCache.get(fact);
  if (!cache) matchCache.set(fact, (cache = new Map()));
  let matches = cache.get(attribution);
  if (matches === undefined) cache.set(attribution, (matches = namesSource(attribution, fact, knowledge)));
  return matches;
}

const matchCache = new WeakMap<Fact, Map<string, boolean>>();

function namesSource(attribution: string, fact: Fact, knowledge: CheckKnowledge): boolean {
  const names: string[] = [];
  const actor = fact.attribution?.actor ? knowledge.actor(fact.attribution.actor) : undefined;
  if (actor) names.push(actor.name, ...actor.aliases.map((a) => a.text));
  if (fact.attribution) names.push(fact.attribution.text.replace(/^according to\s+/i, ''));
  const source = knowledge.source(fact.source);
  if (source?.author) names.push(source.author);
  if (source?.publisher) names.push(source.publisher);
  return spellings(attribution).some((said) => names.some((name) => startsWithName(said, name)));
}

/**
 * What an attribution may name, without its article, its possessive and a bracketed
 * acronym, and the acronym alone: "the Center for Research and Security Studies (CRSS)" →
 * "Center for Research and Security Studies", "CRSS".
 */
function spellings(attribution: string): string[] {
  const out: string[] = [];
  const bracket = /\(([^()]+)\)/.exec(attribution);
  if (bracket) out.push(bracket[1]!.trim());
  out.push(attribution.replace(/\([^()]*\)/g, ' ').replace(/^\s*the\s+/i, '').replace(/['’]s?(?=\s|$)/g, '').replace(/\s+/g, ' ').trim());
  return out;
}

/**
 * Whether `said` names `name` as whole words that are not the tail of a longer name: "CRSS
 * data", "the CRSS Annual Security Report", "Islamabad-based CRSS" name CRSS; "the Pakistan
 * Institute for Conflict and Security Studies" names nothing ending "Security Studies".
 */
function startsWithName(said: string, name: string): boolean {
  if (name.length < 2) return false;
  const acronym = !/\p{Ll}/u.test(name);
  const a = acronym ? said : said.toLowerCase();
  const n = acronym ? name : name.toLowerCase();
  for (let at = a.indexOf(n); at >= 0; at = a.indexOf(n, at + 1)) {
    const end = at + n.length;
    if ((at > 0 && /[\p{L}\p{N}]/u.test(a[at - 1]!)) || (end < a.length && /[\p{L}\p{N}]/u.test(a[end]!))) continue;
    const previous = /(\S+)\s+$/.exec(said.slice(0, at))?.[1];
    if (previous && /^\p{Lu}[\p{L}.&]*$/u.test(previous) && !/^(?:The|A|An)$/.test(previous)) continue;
    return true;
  }
  return false;
}

/**
 * Whether an attribution cites the source's own authority for a fact the source states in its
 * own voice (no `attribution`): the source's author or publisher by name (an unnamed "the
 * report" is the writer's voice, see `ownVoice`) or an actor the same source cites for its other figures
 * (CRSS, for a source whose counts are CRSS's). Such a figure is compared as the writer's own.
 * A party to the events ("the Taliban claim…") is not an authority, and stays attributed.
 */
export function citesSourceAuthority(attribution: string, fact: Fact, knowledge: CheckKnowledge): boolean {
  if (fact.attribution) return false;
  let cache = authorityCache.get(fact);
  if (!cache) authorityCache.set(fact, (cache = new Map()));
  let cites = cache.get(attribution);
  if (cites === undefined) {
    const names = authorityNames(fact, knowledge);
    cites = spellings(attribution).some((said) => names.some((name) => startsWithName(said, name)));
    cache.set(attribution, cites);
  }
  return cites;
}

const authorityCache = new WeakMap<Fact, Map<string, boolean>>();

function authorityNames(fact: Fact, knowledge: CheckKnowledge): string[] {
  const names: string[] = [];
  const source = knowledge.source(fact.source);
  if (source?.author) names.push(source.author);
  if (source?.publisher) names.push(source.publisher);
  for (const other of knowledge.facts) {
    const actor = other.source === fact.source && other.attribution?.actor ? knowledge.actor(other.attribution.actor) : undefined;
    if (actor && actor.kind !== 'person') names.push(actor.name, ...actor.aliases.map((a) => a.text));
  }
  return names;
}

/**
 * Whether attribution words name someone, for the message: "It is sometimes" (from "it is
 * sometimes said") names nobody, and the message then says "others".
 */
export function attributionLabel(attribution: string): string {
  const label = attribution.trim();
  if (IMPERSONAL.test(label)) return 'others';
  // Captured at a sentence start ("Some outlets put…"); mid-message it reads "some outlets".
  return DETERMINER_START.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const DETERMINER_START = /^(?:Some|Several|Many|Most|Other|Certain|Various|A|An|The|Few|Multiple|Our|My)\s/;

// "by one estimate" is captured as the subject "by one": a preposition names nobody either.
// "are said (to)", from an impersonal passive (claims/attribution.ts), names nobody either.
const IMPERSONAL = /^(?:it|there|this|that|which|by|in|on|at|for|from|with|to|of|is|are|was|were)(?:\s|$)/i;
