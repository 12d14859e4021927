/**
 * Which event a date is about. In each sentence every event term (a term of a fact whose
 * value is a date) picks the date nearest to it in words, ties going to the date after it
 * ("retaliated on December 28"); each date is then about the nearest term that picked it. So
 * in "the Taliban retaliated on December 28 after the airstrikes of December 24" each date
 * gets its own event.
 *
 * Syntax beats nearness: a date written "<term> … on/of/in <date>" with no coordinator or
 * comma between belongs to that term, even when another term stands closer after it ("air
 * strikes on TTP hideouts on 24 December and the Taliban's retaliation four days later").
 * Where nothing attaches the date and terms of different events picked it, the link is
 * uncertain between them: the date is compared with all their facts and agreeing with any is
 * agreeing (where the link is uncertain, do not warn).
 *
 * A bare year is weaker evidence: "2024 was a deadly year" names no event, and a year is more
 * often the scope of a count than an event's date. A year is compared only when a term that
 * belongs to date facts alone stands within three words of it ("came to power in 2020", "the
 * 2021 takeover", "In 2021, the Taliban came to power"), or when the year ends the term's own
 * clause after a verb saying when the event happened ("the airstrikes on TTP hideouts in
 * Afghanistan took place in 2023", "the strikes … were carried out in 2023").
 *
 * Four things make a date another event's than its nearest term's: a perpetrator who is none
 * of the fact's actors ("US drone strikes in 2022", "a suicide bomber struck", perpetrator.ts),
 * a date in an aside about another noun ("the Doha Agreement, signed in February 2020,
 * preceded the Taliban's return"), a date modifying another noun or a named event ("the March
 * 2024 Crocus City Hall attack", "the March 2024 Besham bombing"), and a term after the date
 * that is only related to its event: a reference point ("the meeting on 8 January 2025 was the
 * first since the takeover") or an effect ("the December 24 operation prompted retaliation").
 *
 * A compound whose head names an event its perpetrator cannot have carried out is its
 * modifier's event: "the Afghan Taliban's retaliatory strikes" are the retaliation, told in the
 * airstrikes' word ("Pakistan's retaliatory strikes" stay the airstrikes).
 *
 * Where the prose lacks evidence, there is no link: a date in an opening phrase of contrast
 * ("Unlike its first stint in power from 1996, …"), a date in brackets after a noun phrase
 * without a term ("Khairkhwa's remark (early January)"), and a one-word term that also names
 * militants' attacks ("bombing", "struck") with nothing of the fact's event in its clause and a
 * date more than a month from the fact's ("killed in a bombing near Karachi airport").
 *
 * Another occurrence of the event makes the link uncertain: a qualifier on the term ("an
 * earlier round of airstrikes", "Pakistan also struck", "had already struck", "has
 * occasionally struck"), a sentence that places the date before or after another mention of
 * the same event ("in March 2024, months before the December strikes"), or a sentence that
 * names one episode by the fact's own date and gives the term another ("strikes in March 2024
 * drew a protest, but the December 24 operation …").
 */
import type { ActorMention } from '../actors/model';
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import { memo, type BlockContext, type DocumentContext } from './context';
import { factIndex, type CheckKnowledge, type TermHit } from './factIndex';
import { ofKind, type MeasureLink } from './govern';
import { NOT_PLACES } from './places';
import { otherPerpetrator, PERPETRATOR_KINDS } from './perpetrator';
import { mentionAt, otherHolder } from './holder';
import { afterDeterminer, markNeighbourEpisodes, markOtherEpisodes } from './episodes';
import { ANSWERED_BY, answeredByNoun, answeringResponse, exchangeLink, respondedTo } from './responses';
import { words, type Word } from './text';
import { commemorated, describedTerms, labelledByBracket, modifyingTerm, notTheResponse, passiveTerms, previousTerms, toldOfEvent } from './eventSyntax';
import { inCapitalisedName } from './namedTerms';
import { DATE_AFTER_COMMA, referenceInEarlierClause } from './referencePoint';
import { spanHeldTerms } from './heldSince';
import { dateSplitTerms } from './splitByDate';
import { citedYear } from '../claims/documentReferences';
import { borrowedMonth, comparedEpisode, EPISODE_DAYS, EPISODE_YEAR_DAYS, farFrom, nearPastPlace, recordOf, sameDayOtherMonth, sameDayOtherYear } from './eventDates';

/** Farthest a date may stand from its event term, in words. */
const MAX_DISTANCE = 12;
const MAX_YEAR_DISTANCE = 3;

/**
 * Words saying a term names another occurrence of a recurring event ("earlier strikes in March
 * 2024", "Pakistan also carried out airstrikes", "struck again on"): such dates are compared
 * only uncertainly. They count only just before the linked term or between it and the date:
 * a sentence-wide test misread "the twenty-second of December" and "Third, the tone from Kabul
 * … came to power in 2020" as other occurrences.
 */
const OTHER_OCCURRENCE = new Set(['earlier', 'previous', 'prior', 'another', 'separate', 'again', 'repeated', 'series', 'first', 'second', 'third', 'latest', 'renewed', 'fresh', 'also', 'new', 'further', 'smaller', 'larger', 'similar', 'other',
  // "Pakistan had already struck inside Afghanistan in March 2024", "has occasionally / repeatedly
  // struck": an earlier or a habitual occurrence, one of several.
  'already', 'occasionally', 'repeatedly', 'periodically', 'sometimes', 'often', 'frequently', 'regularly', 'routinely']);
/**
 * A sentence opening that sets it apart from the events around it ("Earlier, in March 2024,
 * Pakistan had carried out…", "In a separate operation on 18 March…"): its dates are about
 * other occurrences wherever its terms stand.
 */
const OTHER_OPENING = /^[\s*_>"“]*(?:earlier|previously|before that|before then|prior to (?:that|this)|in (?:a|an) (?:separate|earlier|previous|unrelated|prior)|(?:months|weeks|years|days) (?:earlier|before))(?![\p{L}])/iu;
/** How many words before a term an OTHER_OCCURRENCE word still qualifies it. */
const QUALIFIER_REACH = 3;
/** Nouns for a batch of events, through which a qualifier reaches: "an earlier round of airstrikes". */
const BATCH_NOUNS = new Set(['round', 'wave', 'spate', 'salvo', 'volley', 'string', 'batch', 'burst', 'set']);
/**
 * Words that make a term after a date a separate event the date is only related to: "the
 * meeting on 8 January 2025 was the first since the takeover", "in 2023 since the Taliban came
 * to power" (a reference point), "the December 24 operation prompted retaliation" (an effect).
 */
const RELATING = new Set(['since', 'after', 'before', 'following', 'until', 'prior']);
const CAUSING = new Set(['prompted', 'prompting', 'triggered', 'triggering', 'provoked', 'provoking', 'sparked', 'sparking', 'drew', 'drawing', 'caused', 'causing', 'invited', 'inviting', 'elicited', 'precipitated', 'spurred', 'ignited']);
/** Most words between a relating or causing word and the term it governs ("since the Taliban came to power"). */
const GOVERNED_REACH = 3;
/** Prepositions that put the term in another phrase than the word before them ("drew criticism for its airstrikes"). */
const PREPOSITIONS = new Set(['for', 'of', 'on', 'in', 'with', 'at', 'by', 'from', 'to', 'against', 'over', 'into', 'about']);
/** Words that attach a following date to the term before them. */
const DATE_PREPOSITIONS = new Set(['on', 'of', 'in', 'dated']);
/** Words a date may take before it, after its preposition: "on the 28th", "in late 2023". */
const DATE_LEADS = new Set(['the', 'early', 'mid', 'late']);
/** Words ending the conjunct a date attaches within. */
const COORDINATORS = new Set(['and', 'or', 'but', 'while', 'whereas', 'after', 'before', 'following', 'then', 'when', 'until', 'since']);
/**
 * Between an event noun and its year, a complement naming who did it or to what, then the
 * year's preposition: "takeover by the Taliban in 2022", "strikes by Pakistan's air force in
 * 2023", "the fall of Kabul in 2020". The names are part of the noun's phrase, so the year still
 * stands right after the term.
 */
const NAMED_COMPLEMENT_THEN_YEAR = /^[ \u00A0]+(?:by|of|on|against)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,2}[ \u00A0]+(?:in|during)[ \u00A0]+$/u;
/**
 * A verb of carrying out right before the term, as its object without a count: "Pakistan carried
 * out airstrikes on TTP hideouts in Afghanistan in late 2023" says when, as "took place in" does
 * ("carried out 12 airstrikes in 2023" counts the year's strikes).
 */
const CARRIED_OUT_BEFORE = /(?<![\p{L}])(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|executed)(?:[ \u00A0]+(?:the|its|their|an?))?(?:[ \u00A0]+\p{L}[\p{L}'’-]*){0,2}[ \u00A0]+$/u;
/** A verb saying when an event happened, between its term and a year ("took place in 2023"). */
const HAPPENED = /(?<![\p{L}])(?:took[ \u00A0]+place|happened|occurred|unfolded|(?:was|were)[ \u00A0]+(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|executed))(?![\p{L}])/iu;
/**
 * An aside after a comma that opens with a relative word or a participle: ", signed in February
 * 2020,", ", which began in 2019,". It describes the noun before it.
 */
const DESCRIBING_ASIDE = /^[ \u00A0]*(?:which|who|whose|that|when|\p{Ll}+(?:ed|en)|held|made|set|built|led|met|won|struck|begun)(?![\p{L}])/u;

/** What ends the noun phrase after a modifying date. */
const NOUN_PHRASE_END = /[,;:.!?()—–"“”]|[ \u00A0](?:in|on|at|by|for|to|near|that|which|who|and|or|with|from|was|were|is|are|has|have|had|killed|left|came)(?![\p{L}])/iu;

export type EventResult = { link: MeasureLink } | { reason: string };

/** Links for all date and year claims of a block; `mentions` are the block's actor mentions, in text order. */
export function linkEvents(ctx: BlockContext, mentions: readonly ActorMention[], knowledge: CheckKnowledge): Map<Claim, EventResult> {
  const out = new Map<Claim, EventResult>();
  const dated = ctx.claims.filter((c) => c.kind === 'date' || c.kind === 'year');
  if (dated.length === 0) return out;
  const events = ctx.hits.filter((h) => ofKind(h, 'date').length > 0);
  for (const [k, [s, e]] of ctx.sentences.entries()) {
    const dates = dated.filter((c) => c.textStart >= s && c.textStart < e);
    if (dates.length === 0) continue;
    const terms = [...events.filter((h) => h.start >= s && h.end <= e && !notTheResponse(ctx, h, s) && !commemorated(ctx, h, s) && !inCapitalisedName(ctx, h)), ...passiveTerms(ctx, s, e, factIndex(knowledge)), ...spanHeldTerms(ctx, s, e, factIndex(knowledge)), ...dateSplitTerms(ctx, s, e, factIndex(knowledge))];
    const previous = previousTerms(ctx, k, factIndex(knowledge));
    const answerable = [...previous, ...events.filter((h) => h.start >= s && h.end <= e)]; // "…; the Taliban replied on Dec 26": what is answered may end the sentence before
    // "From 2022, when the Taliban seized Kabul, to 2024": the when-clause is 2022's alone.
    const described = describedTerms(ctx, dates, terms, e);
    // "answered its airstrikes on December 28": the object of a response is a reference
    // point; only a date modifying it ("answered the 24 December airstrikes") is its own.
    const answered = terms.filter((h) => respondedTo(ctx, h, s));
    const attachable = answered.length === 0 ? terms : terms.filter((h) => !answered.includes(h));
    // Only a date that dates the answered term itself ("the airstrikes of 24 December", "the
    // 24 December airstrikes") is its own; no other term may take that date.
    const owned = new Map<Claim, TermHit>();
    for (const hit of answered) {
      const own = dates.find((c) => modifiedTerm(ctx, c, [hit]) === hit || directlyDated(ctx, hit, c, answeredByNoun(ctx, hit, s)));
      if (own && !owned.has(own)) owned.set(own, hit);
    }
    const chosen = new Map<Claim, { hit: TermHit; distance: number }[]>();
    for (const hit of terms) {
      let best: { claim: Claim; distance: number } | undefined;
      for (const claim of dates) {
        const owner = owned.get(claim);
        if (answered.includes(hit) ? owner !== hit : owner !== undefined) continue;
        if (described.has(hit) && described.get(hit) !== claim) continue;
        const d = wordDistance(ctx, hit, claim);
        if (!best || d < best.distance || (d === best.distance && claim.textStart > hit.start)) best = { claim, distance: d };
      }
      if (!best || best.distance > MAX_DISTANCE) continue;
      const list = chosen.get(best.claim) ?? [];
      list.push({ hit, distance: best.distance });
      chosen.set(best.claim, list);
    }
    for (const claim of dates) {
      if (claim.kind === 'year' && citedYear(ctx.block.text, claim.textStart, claim.textEnd)) {
        out.set(claim, { reason: 'the year is an author-year citation’s: it dates a publication, not an event' });
        continue;
      }
      const exchanged = exchangeLink(ctx, claim, dates, knowledge);
      if (exchanged) {
        out.set(claim, { link: exchanged });
        continue;
      }
      // "Taliban retaliation (28th), Khairkhwa's remark (early January)": a date alone in
      // brackets dates the noun phrase right before them, an event term or not.
      const bracketed = bracketedHead(ctx, claim, terms, s);
      if (bracketed && !bracketed.hit) {
        out.set(claim, { reason: `the date in brackets dates “${bracketed.head}”, not an event of the fact base` });
        continue;
      }
      const response = answeringResponse(ctx, claim, answerable, s, mentions, knowledge);
      if (response) {
        out.set(claim, { link: response });
        continue;
      }
      const label = labelledByBracket(ctx, claim, e, terms);
      if (label) {
        out.set(claim, { reason: `the brackets after the date say what it is: “${label}”` });
        continue;
      }
      const told = toldOfEvent(ctx, claim, terms, previous, s, e, factIndex(knowledge)) ?? [...described].find(([, c]) => c === claim)?.[0];
      // A term after the date that a relating or causing word governs is another event's.
      const candidates = chosen.get(claim);
      const picks = candidates?.filter((p) => !relatedOnly(ctx, claim, p.hit) && !datedRelatively(ctx, claim, p.hit, e) && !referenceInEarlierClause(ctx, claim, p.hit, s)) ?? [];
      // "retaliated on 24 December after Pakistani jets struck TTP hideouts on 28 December":
      // both terms are nearer the first date, but the second is written "<term> … on <date>".
      const subject = subjectHappened(ctx, claim, attachable, s);
      // With every nearer term only related to it, syntax may still attach the date: "Islamabad's
      // December 2024 strikes in Paktika, on the 22nd, drew an angry response".
      const syntactic = told ?? bracketed?.hit ?? subject ?? (picks.length > 0 ? undefined : attachedTerm(ctx, claim, attachable, s) ?? modifiedTerm(ctx, claim, attachable));
      if (syntactic && !picks.some((p) => p.hit === syntactic)) picks.push({ hit: syntactic, distance: wordDistance(ctx, syntactic, claim) });
      if (picks.length === 0) {
        const reason = candidates
          ? 'the event terms near this date are a reference point or an effect of its event (“since the takeover”, “prompted retaliation”)'
          : terms.length > 0 ? 'no event term stands close enough to this date' : 'the sentence names no event of the fact base';
        out.set(claim, { reason });
        continue;
      }
      picks.sort((a, b) => a.distance - b.distance);
      const aside = describedByAside(ctx, claim, terms, s, e);
      if (aside) {
        out.set(claim, { reason: `the date is in an aside describing “${aside}”, not an event of the fact base` });
        continue;
      }
      const noun = modifiedNoun(ctx, claim, terms, s, e, mentions) ?? namedNounOf(ctx, claim, terms, s, mentions) ?? recordOf(ctx, claim, s);
      if (noun) {
        out.set(claim, { reason: `the date modifies “${noun}”, not an event of the fact base` });
        continue;
      }
      // "airstrikes on the night of 24 December 2023 targeted TTP hideouts": a date right after a
      // preposition is its phrase's object and cannot modify the words after it.
      const attached = owned.get(claim) ?? told ?? bracketed?.hit ?? subject ?? (afterPreposition(ctx, claim, s)
        ? attachedTerm(ctx, claim, attachable, s) ?? modifiedTerm(ctx, claim, terms)
        : modifiedTerm(ctx, claim, terms) ?? attachedTerm(ctx, claim, attachable, s));
      const picked = attached ? { hit: attached, distance: wordDistance(ctx, attached, claim) } : picks[0]!;
      // "the Afghan Taliban's retaliatory strikes on December 21": strikes by an actor the head's event does not have are the modifier's event, when that one's actors include theirs.
      const modifier = perpetratorOf(ctx, picked.hit, ofKind(picked.hit, 'date'), mentions, knowledge) ? modifyingTerm(ctx, picked.hit, terms) : undefined;
      const pick = modifier && !perpetratorOf(ctx, modifier, ofKind(modifier, 'date'), mentions, knowledge) ? { hit: modifier, distance: wordDistance(ctx, modifier, claim) } : picked;
      const contrasted = contrastedPhrase(ctx, claim, pick.hit, s);
      if (contrasted) {
        out.set(claim, { reason: `the date is in “${contrasted}…”, which names what the event is contrasted with` });
        continue;
      }
      const facts = ofKind(pick.hit, 'date');
      const term = ctx.block.text.slice(pick.hit.start, pick.hit.end);
      // "its airstrikes of 24 December answered by Taliban fire on 28 December": a date after
      // "answered by …" is the response's, not the term's it answers.
      // A response inside a closed relative clause ("…, which Kabul answered with …, were carried
      // out in") leaves the date to the subject.
      if (pick.hit !== subject && pick.hit.end <= claim.textStart && ANSWERED_BY.test(ctx.block.text.slice(pick.hit.end, claim.textStart))) {
        out.set(claim, { reason: `the date is of the response to “${term}” (“answered by …”), not of “${term}”` });
        continue;
      }
      const near = pick.distance <= MAX_YEAR_DISTANCE || pick.hit === told
        || (pick.hit === attached && (HAPPENED.test(ctx.block.text.slice(pick.hit.end, claim.textStart)) || CARRIED_OUT_BEFORE.test(ctx.block.text.slice(Math.max(s, pick.hit.start - 60), pick.hit.start))))
        || (pick.hit.end <= claim.textStart && NAMED_COMPLEMENT_THEN_YEAR.test(ctx.block.text.slice(pick.hit.end, claim.textStart)))
        || (pick.hit.end <= claim.textStart && nearPastPlace(ctx.block.text.slice(pick.hit.end, claim.textStart), MAX_YEAR_DISTANCE));
      if (claim.kind === 'year' && (!near || pick.hit.facts.length !== facts.length)) {
        out.set(claim, { reason: `a year is compared only when an event term stands right next to it or the term's clause says when it happened; “${term}” does not` });
        continue;
      }
      const perpetrator = perpetratorOf(ctx, pick.hit, facts, mentions, knowledge);
      if (perpetrator) {
        out.set(claim, { reason: `“${term}” here was carried out by ${perpetrator}, none of the fact's actors` });
        continue;
      }
      if (otherHolder(ctx, pick.hit, facts, mentions, knowledge, s)) {
        out.set(claim, { reason: `what “${term}” says is held here is held by someone other than the fact's actors` });
        continue;
      }
      if (uncorroborated(ctx, pick.hit, claim, facts, s, e, mentions, events, knowledge)) {
        out.set(claim, { reason: `“${term}” also names militants' attacks, and nothing in its clause (the fact's actors, its targets) says it is the fact's event` });
        continue;
      }
      // Unattached and picked by terms of other events too: any of their facts may be meant.
      const rivals = attached ? [] : picks.slice(1).flatMap((p) => ofKind(p.hit, 'date')).filter((f) => !facts.includes(f));
      const certain = (comparedEpisode(ctx, pick.hit, claim, facts, s) || !otherOccurrence(ctx, pick.hit, claim, s)) && !indefiniteEpisode(ctx, pick.hit, claim, facts, s, e, mentions)
        && !placedBeforeItself(ctx, pick.hit, facts, terms, claim) && !borrowedMonth(ctx, claim, facts);
      const how = previous.includes(pick.hit) ? 'pronoun' : claim.textStart > pick.hit.start ? 'before' : 'after';
      out.set(claim, { link: { facts: [...facts, ...rivals], how, certain, term, stems: pick.hit.stems } });
    }
    markOtherEpisodes(ctx, dates, out, s);
  }
  markNeighbourEpisodes(ctx, dated, out);
  return out;
}

/**
 * Whether the term after a date is only related to the date's event: governed by a word of
 * reference ("since the takeover", "after the Taliban's retaliation") or the object of a
 * causing verb ("prompted armed retaliation"). The date belongs to the event before that word.
 */
function relatedOnly(ctx: BlockContext, claim: Claim, hit: TermHit): boolean {
  if (hit.start < claim.textEnd) return false;
  for (let i = hit.first - 1, n = 0; i >= 0 && n <= GOVERNED_REACH; i--, n++) {
    const w = ctx.words[i]!;
    if (w.end <= claim.textEnd || PREPOSITIONS.has(w.lower)) return false;
    if (RELATING.has(w.lower) || CAUSING.has(w.lower)) return true;
  }
  return false;
}

/**
 * Whether a term after a date carries a time of its own, told relative to the date: "jets in
 * action on December 24 and Afghan retaliation four days later", "…, with a response that came
 * a week on". Its event happened at another time, so the date is of what comes before it. The
 * time must follow the term itself: in "the December 24 strikes and the retaliation four days
 * later", the strikes keep their date.
 */
function datedRelatively(ctx: BlockContext, claim: Claim, hit: TermHit, sentenceEnd: number): boolean {
  if (hit.start < claim.textEnd) return false;
  return RELATIVE_TIME_AFTER.test(ctx.block.text.slice(hit.end, Math.min(sentenceEnd, hit.end + 60)));
}

/** Right after a term, a time told from another: "four days later", "came two weeks after", "the next day". */
const RELATIVE_TIME_AFTER = /^[ \u00A0]+(?:(?:that[ \u00A0]+)?(?:came|followed|arrived|began|started|occurred|happened|took[ \u00A0]+place)[ \u00A0]+)?(?:(?:\p{L}+|\d+)[ \u00A0]+(?:hours?|days?|weeks?|months?)[ \u00A0]+(?:later|after(?:wards)?|on|before|earlier)|the[ \u00A0]+(?:next|following|previous)[ \u00A0]+(?:day|week|morning|evening|night))(?![\p{L}])/u;

/**
 * A date right after a term and "of" ("the airstrikes of 24 December"). "On" attaches to the
 * term only inside a noun phrase ("Kabul's retaliation for the strikes on 24 December came…");
 * after a verb it may be the verb's ("hit back at Pakistan's airstrikes on December 28").
 */
function directlyDated(ctx: BlockContext, hit: TermHit, claim: Claim, inNounPhrase: boolean): boolean {
  if (hit.end > claim.textStart) return false;
  const gap = ctx.block.text.slice(hit.end, claim.textStart);
  return /^[ \u00A0]+(?:of|dated)[ \u00A0]+(?:the[ \u00A0]+)?$/iu.test(gap) || (inNounPhrase && /^[ \u00A0]+on[ \u00A0]+(?:the[ \u00A0]+)?$/iu.test(gap));
}

/** An unknown capitalised place after "in" or "at": "struck hideouts in Khost and Paktika". */
const UNKNOWN_IN = /(?<![\p{L}])(?:in|at)[ \u00A0]+(?:the[ \u00A0]+)?(\p{Lu}[\p{L}'’-]+)/gu;
/** A determiner or possessive that makes a term definite: "the strikes", "Pakistan's strikes". */
const DEFINITE_BEFORE = /(?:^|[ \u00A0])(?:the|its|their|these|those|this|that)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}$|['’]s?[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}$/iu;

/**
 * "In March 2024, Pakistani aircraft struck suspected TTP hideouts in Khost and Paktika": an
 * indefinite or verbal description of the event ("aircraft struck", not "the airstrikes"),
 * set in places the fact base does not know and dated to a month, or a year, far from the fact's
 * ("airstrikes in North Waziristan in 2014"), is another episode, or may be: its link is uncertain.
 */
function indefiniteEpisode(ctx: BlockContext, hit: TermHit, claim: Claim, facts: readonly Fact[], s: number, e: number, mentions: readonly ActorMention[]): boolean {
  if (claim.kind === 'date' && claim.date?.month === undefined) return false;
  const text = ctx.block.text;
  if (DEFINITE_BEFORE.test(text.slice(Math.max(s, hit.start - 40), hit.start))) return false;
  if (!farFrom(claim, facts, claim.kind === 'year' ? EPISODE_YEAR_DAYS : EPISODE_DAYS) || sameDayOtherYear(claim, facts) || sameDayOtherMonth(claim, facts)) return false;
  for (const m of text.slice(hit.end, e).matchAll(UNKNOWN_IN)) {
    const at = hit.end + m.index + m[0].length - m[1]!.length;
    if (!NOT_PLACES.test(m[1]!) && !mentionAt(ctx, at, mentions) && !inClaim(ctx, at)) return true;
  }
  return false;
}

/** "the Doha Agreement of February 2020": a capitalised name and "of" right before the date. */
const NAMED_NOUN_OF = /(?:^|[ \u00A0])(?:the|a|an)[ \u00A0]+((?:\p{Lu}[\p{L}'’-]*[ \u00A0]+){1,4})of[ \u00A0]+$/u;

/** "the Bajaur rally bombing of": a name, up to two common nouns and "of" right before the date. */
const NAMED_TERM_OF = /(?:^|[ \u00A0])(?:the|a|an)[ \u00A0]+((?:\p{Lu}[\p{L}'’-]*[ \u00A0]+){1,3}(?:\p{Ll}[\p{L}-]*[ \u00A0]+){1,2})of[ \u00A0]+$/u;

/**
 * A date written "the <Name> of <date>" dates that name ("the Doha Agreement of February
 * 2020"), when the name holds no event term and is no actor the fact base knows: a term after
 * it ("and the Taliban's return to power") is another event.
 */
function namedNounOf(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number, mentions: readonly ActorMention[]): string | undefined {
  const from = Math.max(sentenceStart, claim.textStart - 60);
  const named = NAMED_TERM_OF.exec(ctx.block.text.slice(from, claim.textStart));
  if (named) {
    // "the Bajaur rally bombing of July 2023": a term named by a name the fact base does not
    // know and a noun of what was hit ("rally", "mosque") is another event. ("the Paktika
    // strikes of …" may be the fact's, misdated.)
    const nameStart = from + named.index + named[0].indexOf(named[1]!);
    const term = terms.find((h) => h.start >= nameStart && h.end <= claim.textStart);
    const target = term && /\p{Lu}[\p{L}'’-]*[ \u00A0]+\p{Ll}/u.test(ctx.block.text.slice(nameStart, term.start));
    if (term && target && unknownNameBefore(ctx, nameStart, term, mentions)) return named[1]!.trim();
  }
  const m = NAMED_NOUN_OF.exec(ctx.block.text.slice(from, claim.textStart));
  if (!m) return undefined;
  const nameStart = from + m.index + m[0].indexOf(m[1]!);
  const name = m[1]!.trim();
  const nameEnd = nameStart + name.length;
  if (terms.some((h) => h.start < nameEnd && h.end > nameStart)) return undefined;
  // The head noun decides: "the Pakistani strikes of …" holds a term, "the Taliban of 2021" is an actor.
  if (mentionAt(ctx, nameEnd - 1, mentions)) return undefined;
  return name;
}

/**
 * The term a date attaches to by syntax: the nearest term before it whose words up to the
 * date hold no comma, semicolon or coordinator, the date following a preposition ("airstrikes
 * on TTP hideouts in Afghanistan on 24 December").
 */
function attachedTerm(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number): TermHit | undefined {
  const text = ctx.block.text;
  const before = terms.filter((h) => h.end <= claim.textStart && h.start >= sentenceStart);
  const hit = before[before.length - 1];
  if (!hit) return undefined;
  const between = text.slice(hit.end, claim.textStart);
  // Only a date in an aside right after its term (and place) passes punctuation: "the retaliation, on 30 December, …".
  if (/[,;:()—–]/.test(between) && (!DATE_AFTER_COMMA.test(between) || governedByRelating(ctx, hit))) return undefined;
  const gap: Word[] = [];
  // "in power since 2024": a term ending in a preposition takes the date right after it.
  if (/^[ \u00A0]*$/.test(text.slice(hit.end, claim.textStart)) && ENDING_PREPOSITIONS.has(ctx.words[hit.last - 1]?.lower ?? '')) return hit;
  for (let i = hit.last; i < ctx.words.length && ctx.words[i]!.end <= claim.textStart; i++) {
    const w = ctx.words[i]!;
    if (gap.length >= MAX_DISTANCE || COORDINATORS.has(w.lower)) return undefined;
    gap.push(w);
  }
  // "on the twenty-second of December", "in late 2023": the article and the part of the year belong to the date.
  while (gap.length > 0 && DATE_LEADS.has(gap[gap.length - 1]!.lower)) gap.pop();
  const prep = gap[gap.length - 1];
  return prep && DATE_PREPOSITIONS.has(prep.lower) ? hit : undefined;
}


/** Whether a relating word opens the term's phrase: "four days after Pakistan's December 24 airstrikes". */
function governedByRelating(ctx: BlockContext, hit: TermHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 1 - APPOSITIVE_REACH; i--) {
    if (RELATING.has(ctx.words[i]!.lower)) return true;
  }
  return false;
}
/** Most words between a relating word and the term whose phrase it opens (a possessive and a date). */
const APPOSITIVE_REACH = 4;

/**
 * "Pakistan's airstrikes on TTP sanctuaries in Afghanistan, which Kabul answered with
 * retaliation of its own, were carried out in January 2025": a relative clause between commas
 * after the subject leaves the predicate saying when the subject happened; the date is the
 * subject's event term's (its first term before the clause), not a term's inside the clause.
 */
function subjectHappened(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number): TermHit | undefined {
  const m = SUBJECT_THEN_HAPPENED.exec(ctx.block.text.slice(sentenceStart, claim.textStart));
  if (!m) return undefined;
  const headEnd = sentenceStart + m[1]!.length;
  return terms.find((h) => h.start >= sentenceStart && h.end <= headEnd);
}

/** 1: the subject, up to a relative clause between commas, then a verb of taking place and its preposition. */
const SUBJECT_THEN_HAPPENED = /^([^,;:()—–]*),[ \u00A0]*(?:which|who|whom|whose|that|\p{Ll}+ed)(?![\p{L}])[^;:()—–]*,[ \u00A0]*(?:took[ \u00A0]+place|happened|occurred|unfolded|(?:was|were)[ \u00A0]+(?:carried[ \u00A0]+out|conducted|launched|staged|mounted|executed))[ \u00A0]+(?:in|on|during)[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/**
 * The noun an aside holding the date describes, when neither it nor the aside names an event:
 * "The Doha Agreement, signed in February 2020, preceded the Taliban's return" dates the
 * agreement. The noun is the words from the clause's start to the aside's comma.
 */
function describedByAside(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number, sentenceEnd: number): string | undefined {
  const text = ctx.block.text;
  // Searched within the sentence only, so a long block without commas is not scanned per date.
  const before = text.slice(sentenceStart, claim.textStart);
  const open = before.lastIndexOf(',');
  if (open <= 0 || !DESCRIBING_ASIDE.test(before.slice(open + 1))) return undefined;
  const close = text.slice(claim.textEnd, sentenceEnd).indexOf(',');
  const end = close < 0 ? sentenceEnd : claim.textEnd + close;
  const headStart = sentenceStart + before.lastIndexOf(',', open - 1) + 1;
  if (terms.some((h) => h.start >= headStart && h.end <= end)) return undefined;
  return text.slice(headStart, sentenceStart + open).trim();
}

/**
 * The noun phrase a date modifies when it stands between a determiner and a noun that names no
 * event: "the March 2024 Crocus City Hall attack" is that attack's date, whatever term stands
 * near. The phrase runs to the next punctuation, preposition or verb-like word. A term named
 * by a name that is no actor the fact base knows is another event too: "the March 2024 Besham
 * bombing", "the October 2024 Karachi airport bombing" (but "the 24 December Pakistani
 * airstrikes" are Pakistan's).
 */
function modifiedNoun(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number, sentenceEnd: number, mentions: readonly ActorMention[]): string | undefined {
  const text = ctx.block.text;
  if (!afterDeterminer(ctx, claim, sentenceStart)) return undefined;
  const after = text.slice(claim.textEnd, Math.min(sentenceEnd, claim.textEnd + 60));
  if (!/^[ \u00A0]+\p{L}/u.test(after)) return undefined;
  const end = NOUN_PHRASE_END.exec(after);
  const phraseEnd = claim.textEnd + (end ? end.index : after.length);
  const term = terms.find((h) => (h.start >= claim.textEnd || (h.start < claim.textStart && h.end > claim.textEnd)) && h.start < phraseEnd); // or a term the date splits: "their 2021 return"
  if (term && !unknownNameBefore(ctx, claim.textEnd, term, mentions)) return undefined;
  return text.slice(claim.textEnd, phraseEnd).trim();
}

/**
 * Whether a capitalised word between `from` and the term is no actor mention: a name the fact
 * base does not know. `mentions` are in text order.
 */
function unknownNameBefore(ctx: BlockContext, from: number, term: TermHit, mentions: readonly ActorMention[]): boolean {
  const block = ctx.block;
  for (let i = term.first - 1; i >= 0 && ctx.words[i]!.start >= from; i--) {
    const w = ctx.words[i]!;
    if (!/^\p{Lu}/u.test(block.text.slice(w.start, w.end))) continue;
    if (!mentionAt(ctx, w.start, mentions)) return true;
  }
  return false;
}

/**
 * "the Taliban's 28 December response", "the 24 December strikes", "the **December 20**
 * Pakistani strikes": a date right before an event term, or before names modifying it, modifies
 * that noun, whatever other term stands nearer. (A name the fact base does not know makes
 * another event: modifiedNoun.)
 */
function modifiedTerm(ctx: BlockContext, claim: Claim, terms: readonly TermHit[]): TermHit | undefined {
  const text = ctx.block.text;
  return terms.find((h) => h.start >= claim.textEnd && MODIFIER_GAP.test(text.slice(claim.textEnd, h.start)));
}

/** Between a date and the noun it modifies: emphasis, and up to two names ("Pakistani"). */
const MODIFIER_GAP = /^[*_]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,2}[ \u00A0]+$/u;

const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an?[ \u00A0]+$/iu;
/** A possessive right before a term: "its airstrikes", "the Taliban's retaliation". */
const POSSESSIVE_BEFORE = /(?:(?:^|[ \u00A0])(?:its|their)|\p{L}['’]s?)[ \u00A0]+$/iu;

/** Whether a word just before the term, or between it and the date, marks another occurrence. */
function otherOccurrence(ctx: BlockContext, hit: TermHit, claim: Claim, sentenceStart: number): boolean {
  // "Earlier, on December 26, Pakistan had conducted its airstrikes": the opening orders the
  // sentence before the one it follows; a possessive names the owner's own, known event.
  const owned = POSSESSIVE_BEFORE.test(ctx.block.text.slice(Math.max(sentenceStart, hit.start - 30), hit.start));
  if (!owned && OTHER_OPENING.test(ctx.block.text.slice(sentenceStart, sentenceStart + 40))) return true;
  // "an October 2024 bombing": an indefinite article before a date dating the term is one of many.
  if (modifiedTerm(ctx, claim, [hit]) === hit && INDEFINITE_BEFORE.test(ctx.block.text.slice(Math.max(sentenceStart, claim.textStart - 4), claim.textStart))) return true;
  // Back to a relating word, which opens the term's own phrase: in "climbing again after the
  // Taliban's return to power in 2022" the "again" is the climbing's.
  const from = Math.max(0, batchStart(ctx, hit) - QUALIFIER_REACH);
  for (let i = batchStart(ctx, hit) - 1; i >= from; i--) {
    const w = ctx.words[i]!;
    if (w.start < sentenceStart || RELATING.has(w.lower)) break;
    if (!inClaim(ctx, w.start) && OTHER_OCCURRENCE.has(w.lower)) return true;
  }
  // The words between term and date (the date was picked within MAX_DISTANCE words of it).
  const forward = hit.end <= claim.textStart;
  const step = forward ? 1 : -1;
  for (let i = forward ? hit.last : hit.first - 1, n = 0; i >= 0 && i < ctx.words.length && n <= MAX_DISTANCE; i += step, n++) {
    const w = ctx.words[i]!;
    if (forward ? w.end > claim.textStart : w.start < claim.textEnd) break;
    if (!inClaim(ctx, w.start) && OTHER_OCCURRENCE.has(w.lower) && !orderAdverb(ctx, i)) return true;
  }
  return false;
}

/** Ordinals that tell order after a verb ("the airstrikes came first, on December 14"), not another occurrence. */
const ORDINALS = new Set(['first', 'second', 'third']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

/** Whether word `i` is an adverb of order or time: an ordinal without a determiner ("came first"), "earlier" after a span of days ("four days earlier"; months earlier is as often another episode). */
function orderAdverb(ctx: BlockContext, i: number): boolean {
  const before = ctx.words[i - 1]?.lower ?? '';
  return ORDINALS.has(ctx.words[i]!.lower) ? !DETERMINERS.has(before) : ctx.words[i]!.lower === 'earlier' && /^(?:hours?|days?|weeks?)$/.test(before);
}

/**
 * Where the noun phrase of a term starts for its qualifiers: at the batch noun of "an earlier
 * round of (Pakistani) airstrikes", else at the term.
 */
function batchStart(ctx: BlockContext, hit: TermHit): number {
  for (let i = hit.first - 1; i >= 1 && i >= hit.first - 2; i--) {
    if (ctx.words[i]!.lower === 'of' && BATCH_NOUNS.has(ctx.words[i - 1]!.lower)) return i - 1;
  }
  return hit.first;
}

function inClaim(ctx: BlockContext, pos: number): boolean {
  return ctx.claims.some((c) => pos >= c.textStart && pos < c.textEnd);
}

/** Words strictly between a term and a date. */
function wordDistance(ctx: BlockContext, hit: TermHit, claim: Claim): number {
  const [from, to] = hit.end <= claim.textStart ? [hit.end, claim.textStart] : [claim.textEnd, hit.start];
  let n = 0;
  for (const w of ctx.words) if (w.start >= from && w.end <= to) n++;
  return n;
}

/**
 * A date alone in a table cell ("| Taliban retaliation | 28 December 2024 |") is about the
 * event its row or its column header names, when exactly one event is named there.
 */
export function linkEventInTable(dc: DocumentContext, ctx: BlockContext, claim: Claim, mentionsOf: (block: number) => readonly ActorMention[] = () => []): EventResult | undefined {
  const cell = dc.cell(ctx.index);
  if (!cell || ctx.claims.some((c) => c !== claim && (c.kind === 'date' || c.kind === 'year'))) return undefined;
  // "| Fatalities, 2024 (CRSS) | 1,612+ |": a year in a cell naming another measure and no
  // event is that measure's scope, not an event's date.
  const own = ctx.hits.filter((h) => h.start < claim.textStart || h.start >= claim.textEnd);
  if (own.length > 0 && own.every((h) => ofKind(h, 'date').length === 0)) {
    return { reason: `the date is the scope of “${ctx.block.text.slice(own[0]!.start, own[0]!.end)}” in its own cell, not an event's date` };
  }
  const cells = [...cell.row, ...(cell.header === undefined ? [] : [cell.header])];
  const hits = cells.flatMap((b) => dc.block(b).hits.map((hit) => ({ hit, text: dc.block(b).block.text }))).filter(({ hit }) => ofKind(hit, 'date').length > 0);
  const facts = new Set(hits.flatMap(({ hit }) => ofKind(hit, 'date')));
  if (hits.length === 0 || facts.size !== 1 || (claim.kind === 'year' && hits.some(({ hit }) => hit.facts.length !== 1))) return undefined;
  const { hit, text } = hits[0]!;
  const cellBlock = cells.find((b) => dc.block(b).hits.includes(hit))!;
  const other = otherEventInCell(dc.block(cellBlock), hit, claim, [...facts], mentionsOf(cellBlock));
  if (other) return { reason: `its row's “${text.slice(hit.start, hit.end)}” is another event (${other}), not one of the fact base` };
  return { link: { facts: [...facts], how: 'row', certain: true, term: text.slice(hit.start, hit.end), stems: hit.stems } };
}

/**
 * A timeline row naming another event with a fact's term: "| October 2024 | Karachi airport
 * bombing targets Chinese convoy |" is not the airstrikes. As in prose ("the October 2024
 * Karachi airport bombing", modifiedNoun; "struck hideouts in Khost" far from the fact's
 * date, indefiniteEpisode): a name the fact base does not know before the term in its cell
 * (not the cell's first word alone, which is capitalised anyway: "Suicide bombing"), or an
 * unknown place after it when the date is more than a month from the fact's.
 */
function otherEventInCell(ctx: BlockContext, hit: TermHit, claim: Claim, facts: readonly Fact[], mentions: readonly ActorMention[]): string | undefined {
  const text = ctx.block.text;
  const before = ctx.words.slice(0, hit.first);
  for (const [i, w] of before.entries()) {
    const word = text.slice(w.start, w.end);
    if (!/^\p{Lu}/u.test(word) || NOT_PLACES.test(word) || mentionAt(ctx, w.start, mentions) || inClaim(ctx, w.start)) continue;
    // "Date of Pakistani airstrikes", "Year the Taliban took power": a first word heading an
    // of-phrase or a clause is the row's label, not a name.
    if (i > 0 || (before.length > 1 && !LABEL_FOLLOWERS.has(before[1]!.lower))) return word;
  }
  if (claim.kind !== 'date' || claim.date?.month === undefined) return undefined;
  if (!farFrom(claim, facts)) return undefined;
  for (const m of text.slice(hit.end).matchAll(UNKNOWN_NEAR)) {
    const at = hit.end + m.index + m[0].length - m[1]!.length;
    if (!NOT_PLACES.test(m[1]!) && !mentionAt(ctx, at, mentions) && !inClaim(ctx, at)) return m[1]!;
  }
  return undefined;
}

/** Words after a row's first word that make it a label heading the cell: "Date of", "Year the", "Day when". */
const LABEL_FOLLOWERS = new Set(['of', 'the', 'when', 'that', 'for', 'a', 'an']);

/** An unknown capitalised place after "in", "at" or "near": "bombing near Karachi airport". */
const UNKNOWN_NEAR = /(?<![\p{L}])(?:in|at|near)[ \u00A0]+(?:the[ \u00A0]+)?(\p{Lu}[\p{L}'’-]+)/gu;

/** Prepositions a term may end in, taking the date after it as object: "in power since 2024". */
const ENDING_PREPOSITIONS = new Set(['since', 'in', 'on', 'of', 'from']);

/** Whether a preposition (no determiner) stands right before the date: "on the night of 24 December 2023". */
function afterPreposition(ctx: BlockContext, claim: Claim, sentenceStart: number): boolean {
  return /(?:^|[ \u00A0])(?:on|of|in|dated|since|from|during|by|until)[ \u00A0]+$/iu.test(ctx.block.text.slice(Math.max(sentenceStart, claim.textStart - 10), claim.textStart));
}

/**
 * A date alone in brackets after a noun phrase ("Taliban retaliation (28th), Khairkhwa's
 * “honored guests” remark (early January)") dates that phrase: the words back to the previous
 * comma, semicolon, colon or bracket. The event term in that phrase, if any, is the date's.
 */
function bracketedHead(ctx: BlockContext, claim: Claim, terms: readonly TermHit[], sentenceStart: number): { head: string; hit?: TermHit } | undefined {
  const text = ctx.block.text;
  const before = /\([ \u00A0]*(?:(?:on|in|of|from|since)[ \u00A0]+)?$/iu.exec(text.slice(Math.max(sentenceStart, claim.textStart - 12), claim.textStart));
  if (!before || !/^[ \u00A0]*\)/u.test(text.slice(claim.textEnd, claim.textEnd + 4))) return undefined;
  const open = claim.textStart - before[0].length;
  const lead = text.slice(sentenceStart, open);
  const headStart = sentenceStart + Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('('), lead.lastIndexOf('—'), -1) + 1;
  const head = text.slice(headStart, open).trim();
  if (head.length === 0) return undefined;
  const inHead = terms.filter((h) => h.start >= headStart && h.end <= open);
  return { head, hit: inHead[inHead.length - 1] };
}

/** A sentence opening that contrasts what follows with something else: "Unlike its first stint in power from 1996, …". */
const CONTRAST_OPENING = /^[\s*_>"“]*(?:unlike|in[ \u00A0]+contrast[ \u00A0]+(?:to|with)|contrary[ \u00A0]+to|as[ \u00A0]+opposed[ \u00A0]+to|compared[ \u00A0]+(?:with|to))(?![\p{L}])/iu;

/**
 * "Unlike its first stint in power from 1996, the Taliban's return to power in 2020 …": a date
 * in an opening phrase of contrast dates what the event is contrasted with, not the event
 * after the phrase's comma. Returns the phrase's opening words when so.
 */
function contrastedPhrase(ctx: BlockContext, claim: Claim, hit: TermHit, sentenceStart: number): string | undefined {
  const text = ctx.block.text;
  const m = CONTRAST_OPENING.exec(text.slice(sentenceStart, sentenceStart + 40));
  if (!m) return undefined;
  const comma = text.indexOf(',', sentenceStart);
  if (comma < 0 || claim.textStart > comma || hit.start < comma) return undefined;
  return text.slice(sentenceStart, sentenceStart + m[0].length).trim();
}

/** Who carried out the term's event, when that is none of the facts' actors (written before the term or inside it). */
function perpetratorOf(ctx: BlockContext, hit: TermHit, facts: readonly Fact[], mentions: readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  return otherPerpetrator(ctx, hit, facts, mentions, knowledge) ?? actorInsideTerm(ctx, hit, facts, mentions, knowledge);
}

/**
 * An actor named inside or across a term, none of the fact's actors: "Pakistani Taliban
 * fighters opened fire" is the TTP's fire, not the Afghan Taliban's ("taliban opened fire");
 * "struck BLA hideouts" are strikes on another group than the TTP ("struck hideouts"). So is a
 * longer name that takes the term's own actor word and means another actor, even one the fact
 * lists: in "Swat fell to the Pakistani Taliban" the term's "Taliban" is the TTP, whom the
 * takeover's fact names only as who it emboldened.
 */
function actorInsideTerm(ctx: BlockContext, hit: TermHit, facts: readonly Fact[], mentions: readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  const from = ctx.block.offsets[hit.start]!;
  const to = ctx.block.offsets[hit.end - 1]! + 1;
  for (const m of mentions) {
    if (m.start >= to || m.end <= from) continue;
    if (facts.some((f) => f.actors.includes(m.actorId)) && !renamesTermActor(ctx, hit, m, knowledge)) continue;
    const actor = knowledge.actor(m.actorId);
    if (actor && PERPETRATOR_KINDS.has(actor.kind)) return actor.name;
  }
  return undefined;
}

/**
 * Whether a mention starts on a word the term skipped and ends on one of the term's own words
 * that alone names another actor: "fell to the Pakistani Taliban" against "fell to … taliban"
 * (the Afghan Taliban). "the Afghan Taliban" is that actor's own longer name.
 */
function renamesTermActor(ctx: BlockContext, hit: TermHit, mention: ActorMention, knowledge: CheckKnowledge): boolean {
  const own = ctx.words.slice(hit.first, hit.last).filter((w) => hit.stems.includes(w.stem));
  const first = own.find((w) => ctx.block.offsets[w.start]! >= mention.start);
  if (!first || ctx.block.offsets[first.start] === mention.start) return false;
  const last = own.find((w) => ctx.block.offsets[w.end - 1]! + 1 === mention.end);
  if (!last) return false;
  const named = knowledge.actors.find((a) => a.aliases.some((al) => al.text.toLowerCase() === last.lower));
  return named !== undefined && named.id !== mention.actorId;
}

/** One-word terms that also name militants' attacks: "a bombing near Karachi airport", "a suicide bomber struck". */
const GENERIC_TERMS = new Set(['bombing', 'bombings', 'bombed', 'bomb', 'bombs', 'strike', 'strikes', 'struck', 'striking', 'attack', 'attacks', 'attacked']);
/**
 * One-word terms that name the fact's event only with its evidence, at any date: "raids" are
 * as often police raids ("police raids on 26 December detained dozens"), so "the raids of 25
 * December" are the airstrikes only after the strikes were named or beside their targets.
 */
const CONTEXT_TERMS = new Set(['raid', 'raids']);
/** Words naming the airstrikes' targets or setting: "TTP hideouts", "camps across the border". */
const EVENT_EVIDENCE = /(?<![\p{L}])(?:hideouts?|camps?|sanctuar(?:y|ies)|safe[ \u00A0]+havens?|cross-border|across[ \u00A0]+the[ \u00A0]+(?:border|durand)|air|aerial|jets?|aircraft|warplanes?|drones?)(?![\p{L}])/iu;
/** What ends a clause for the evidence of a generic term: a semicolon, a colon, a dash, or a comma before a coordinator. */
const CLAUSE_BREAK = /[;:—–]|,[ \u00A0]+(?:and|but|while|whereas|yet|so)(?![\p{L}])/giu;

/**
 * "In October 2024, two Chinese engineers were killed in a bombing near Karachi airport": a
 * one-word term that also names militants' attacks is evidence of the fact's event only with
 * something of that event in its clause or the date's: one of the fact's actors (Pakistan, its
 * military, the TTP, Afghanistan) or its targets and means ("hideouts", "jets"). Without them,
 * and with a date more than a month from the fact's, the date is of some other incident; near
 * the fact's own date ("India condemned the strikes of 25 December 2024") it is the fact's.
 */
function uncorroborated(ctx: BlockContext, hit: TermHit, claim: Claim, facts: readonly Fact[], s: number, e: number, mentions: readonly ActorMention[], events: readonly TermHit[], knowledge: CheckKnowledge): boolean {
  const text = ctx.block.text;
  const contextual = oneWordOf(ctx, hit, CONTEXT_TERMS);
  if (!contextual && (!generic(ctx, hit) || !farFrom(claim, facts) || sameDayOtherYear(claim, facts))) return false; // "the strikes of December 24, 2023": the fact's day, its year miswritten
  // The sentence tells the facts' story: another event of the fact base named by a specific
  // term ("the December 24 strikes and the Taliban's retaliatory attacks").
  if (events.some((h) => h !== hit && h.start >= s && h.end <= e && !generic(ctx, h))) return false;
  // "Pakistan's jets struck TTP hideouts … The strikes came on the 22nd": a definite term
  // points back to the same event named specifically earlier in the block.
  // The block's words are read only in sentences with a claim, so the earlier sentences are
  // read here ("…avoid further cross-border strikes. The raids of 25 December achieved little").
  if (DEFINITE_BEFORE.test(text.slice(Math.max(s, hit.start - 40), hit.start))
    && memo(ctx, 'eventHits', () => factIndex(knowledge).hits(words(text, 0, text.length))).some((h) => h.end <= s && !generic(ctx, h) && !oneWordOf(ctx, h, CONTEXT_TERMS) && ofKind(h, 'date').some((f) => facts.includes(f)))) return false;
  const from = Math.min(hit.start, claim.textStart);
  const to = Math.max(hit.end, claim.textEnd);
  let start = s;
  let end = e;
  for (const m of text.slice(s, e).matchAll(CLAUSE_BREAK)) {
    const at = s + m.index;
    if (at < from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  if (EVENT_EVIDENCE.test(text.slice(start, end))) return false;
  // "Pakistani police raids": the state's name says nothing of a term the police use too.
  if (contextual) return true;
  const actors = new Set(facts.flatMap((f) => f.actors));
  const lo = ctx.block.offsets[start]!;
  const hi = ctx.block.offsets[Math.max(start, end - 1)]!;
  return !mentions.some((m) => m.start >= lo && m.start <= hi && actors.has(m.actorId));
}

/**
 * "Pakistan had already struck inside Afghanistan in March 2024, months before the December
 * strikes": a sentence that places the dated occurrence before or after another mention of the
 * same event tells two occurrences apart, and the fact's may be the other one.
 */
function placedBeforeItself(ctx: BlockContext, hit: TermHit, facts: readonly Fact[], terms: readonly TermHit[], claim: Claim): boolean {
  return terms.some((other) => {
    if (other === hit || other.start < claim.textEnd || !ofKind(other, 'date').some((f) => facts.includes(f))) return false;
    for (let i = other.first - 1, n = 0; i >= 0 && n <= GOVERNED_REACH; i--, n++) {
      const w = ctx.words[i]!;
      if (w.end <= claim.textEnd || w.end <= hit.end || PREPOSITIONS.has(w.lower)) return false;
      if (RELATING.has(w.lower)) return true;
    }
    return false;
  });
}

function generic(ctx: BlockContext, hit: TermHit): boolean {
  return oneWordOf(ctx, hit, GENERIC_TERMS);
}

function oneWordOf(ctx: BlockContext, hit: TermHit, set: ReadonlySet<string>): boolean {
  return hit.last - hit.first === 1 && set.has(ctx.block.text.slice(hit.start, hit.end).toLowerCase());
}
