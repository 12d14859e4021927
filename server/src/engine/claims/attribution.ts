import { findBracketSources } from './bracketSource';
import { blankCitations } from './citations';
import { publisherOf } from './documentReferences';
import { findPassiveValuations } from './passiveValuation';
import { MEDIUM_PASSIVE, MEDIUM_WORD } from './mediumPassive';
import { findInverted } from './inverted';
import { findQuotations } from './quotations';
import { reportsItsObject } from './reportedObject';
import { relativeAsideEnd } from './relativeAside';
import { countedSubject, countedThing } from './countedThing';
import { documentSubject } from './documentSubject';
import { findShownBy } from './shownBy';
import { findRespectiveSources } from './respectively';
import { findSourceNumbers } from './sourceNumbers';

/**
 * Who a sentence attributes its figures to. Only the words are captured ("some outlets",
 * "the Center for Research and Security Studies (CRSS)"): whether an attributed figure is
 * the writer's own claim is the checker's decision.
 *
 * The shapes, from the widest to the most local:
 * - "according to X", "per X", "X's figures", "by X's count", "by the reckoning of X", "by some
 *   unofficial counts" bind to the whole sentence, except a comment of the writer's that a
 *   figure after them opens (", which makes the 1,124 dead of 2024 all the more striking"). A
 *   reckoning of someone's data is theirs: "by our reading of the CRSS data" is CRSS's, and "by
 *   our count" alone the writer's ("our");
 * - "X reported / said / put … at / spoke of / dated … to / …" binds to the figures after it up to
 *   a contrast ("but", "while", ";") or a later reporting verb, or, when none follow, to those
 *   before it ("…, CRSS said."); in a relative clause ("…relies on CRSS, which counted 1,712")
 *   X is the noun phrase before the pronoun, and the figures are those up to the clause's end;
 * - "citing X", "using X's numbers", "drawing on X data" name whose figures a reporter relays:
 *   X's, not the reporter's ("A white paper, citing CRSS, put the toll at 1,300");
 *   so does a source's numbers named before a list of them ("cite the CRSS numbers — 444 attacks
 *   and …", sourceNumbers.ts);
 * - "… were recorded by X" binds to the figures before it, "… is dated by X to D" to those after
 *   it (passiveValuation.ts);
 * - "… 444 attacks (CRSS)" binds to the figures of its clause before it (bracketSource.ts);
 * - "as X reported" binds to the figure just before it ("not 1,700, as some reported, but 1,612");
 * - a quotation whose speaker is named after it (quotations.ts) binds the figures inside it;
 * - "X, Y and Z put … at A, B and C respectively" gives each figure its own name (respectively.ts).
 * A definite reference to a document ("according to the report") is its publisher's when the
 * paragraph names one (documentReferences.ts).
 */
export interface AttributionMention {
  words: string;
  shape: 'sentence' | 'clause' | 'pronoun' | 'relayed' | 'passive' | 'as' | 'quoted' | 'owned';
  /** Text range of the whole attributing phrase; for a quotation, the quoted text. */
  start: number;
  end: number;
  /**
   * Where the figures it governs stop: for clauses and relayed sources a contrast, a later
   * reporting verb or the sentence end; for sentence-wide ones a comment of the writer's.
   */
  scopeEnd: number;
  /**
   * Where the figures it governs start, when not at the sentence's start: a passive agent's
   * own clause ("…, when 245 attacks were recorded by one tracker"), a sentence-wide phrase
   * after a semicolon with figures after it in its clause, a trailing reporting clause after a
   * participial clause of harm (", killing dozens, officials said").
   */
  scopeStart?: number;
  /**
   * A verb of opinion ("argue", "insist") governs the clause it introduces only: "…1,500
   * fatalities…, the centre insists, because…" says why, it does not report the figure again.
   */
  afterOnly?: boolean;
}

export function findAttributions(text: string, from: number, to: number): AttributionMention[] {
  const sentence = text.slice(from, to);
  const found: AttributionMention[] = [];
  for (const m of sentence.matchAll(ACCORDING)) found.push(sentenceWide(m[1]!.trim(), m, sentence, from));
  const label = LABELLED_FIGURES.exec(sentence);
  if (label) found.push(sentenceWide(label[1]!, label, sentence, from));
  // POSSESSIVE needs "'s " and its scan is slow; most sentences have no possessive.
  if (APOSTROPHE_S.test(sentence)) for (const m of sentence.matchAll(POSSESSIVE)) found.push(sentenceWide(m[1]!, m, sentence, from));
  if (SOURCE_DATA_WORD.test(sentence)) findSourceData(sentence, from, to, found);
  if (/,[ \u00A0]+from[ \u00A0]/.test(sentence)) for (const m of sentence.matchAll(DATA_FROM)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end - from));
    found.push({ words: m[1]!, shape: 'clause', start, end, scopeEnd: contrast ? end + contrast.index : to, afterOnly: true });
  }
  if (/[ \u00A0]by[ \u00A0]/.test(sentence) || MEDIUM_WORD.test(sentence)) findPassives(sentence, from, found);
  if (/(?:^|[ \u00A0])[Bb]y[ \u00A0]/.test(sentence)) for (const m of sentence.matchAll(BY_RECKONING)) {
    // "by the count" with no "of X" names nobody.
    const words = (m[3] ?? m[1] ?? m[2] ?? m[4])?.trim();
    if (words) found.push(sentenceWide(words, m, sentence, from));
  }
  if (/[ \u00A0]by[ \u00A0]/.test(sentence)) for (const p of findPassiveValuations(sentence, from)) {
    const contrast = CONTRAST.exec(sentence.slice(p.end - from));
    found.push({ ...p, shape: 'clause', scopeEnd: contrast ? p.end + contrast.index : to, afterOnly: true });
  }
  if (RELAYING_WORD.test(sentence)) findRelayed(sentence, from, to, found);
  for (const n of findSourceNumbers(sentence, from)) found.push({ ...n, shape: 'relayed', afterOnly: true });
  if (sentence.includes(')')) for (const b of findBracketSources(sentence, from)) found.push({ ...b, shape: 'passive', scopeEnd: b.start });
  if (REPORT_NOUN_WORD.test(sentence)) findReportContent(sentence, from, found);
  findClauses(sentence, from, to, found, text.slice(Math.max(0, from - PREVIOUS_REACH), from));
  if (IMPERSONAL_WORD.test(sentence)) findImpersonal(sentence, from, to, found);
  if (/show|display|depict|suggest/.test(sentence)) found.push(...findShownBy(sentence, from));
  // ", says one commentator,": the cheap test is a comma before a verb of saying.
  if (/,[ \u00A0]+(?:says|said|writes|wrote|argues|argued|notes|noted|claims|claimed|insists|insisted)[ \u00A0]/.test(sentence)) findInverted(sentence, from, found);
  // "the interior ministry's higher estimate of 2,100": the possessor's, for that figure only.
  if (/[ \u00A0]of[ \u00A0]/.test(sentence)) {
    for (const m of [...(APOSTROPHE_S.test(sentence) ? sentence.matchAll(OWNED_FIGURE) : []), ...sentence.matchAll(NAMED_FIGURE)]) {
      const start = from + m.index;
      found.push({ words: m[1]!, shape: 'owned', start, end: start + m[0].length, scopeEnd: start + m[0].length });
    }
  }
  if (/respectively/.test(sentence)) found.push(...findRespectiveSources(sentence, from));
  for (const q of findQuotations(text, from, to)) {
    found.push({ words: q.speaker, shape: 'quoted', start: q.start, end: q.end, scopeEnd: q.end });
  }
  for (const m of found) m.words = publisherOf(m.words, text, m.start) ?? m.words;
  return found;
}

/**
 * A sentence-wide attribution (`m` matched in `sentence`, which starts at `from`). It stops at a
 * comment of the writer's on what it reported, a relative clause of inference (", which makes the
 * 1,124 dead of 2024 all the more striking"); a relative clause that goes on reporting (", which
 * killed 1,300 people") is still the attributed party's. Inside one, it governs it (relativeAside.ts).
 */
function sentenceWide(words: string, m: RegExpMatchArray, sentence: string, from: number): AttributionMention {
  const end = m.index! + m[0].length;
  const comment = COMMENT_WORD.test(sentence) ? WRITER_COMMENT.exec(sentence.slice(end)) : null;
  const semicolon = sentence.lastIndexOf(';', m.index);
  return {
    words,
    shape: 'sentence',
    start: from + m.index!,
    end: from + end,
    scopeEnd: from + (comment ? end + comment.index : relativeAsideEnd(sentence, m.index!, end) ?? sentence.length),
    ...(semicolon >= 0 && { scopeStart: from + semicolon }),
  };
}

/**
 * "PIPS: 521 attacks, 1,081 deaths.", "ACLED (2025): 610 events": an acronym before a colon that
 * opens a run of figures, as items comparing sources are written, says whose figures they are.
 * A colon before a sentence ("ISPR: Afghan forces opened fire…") is a dateline, no label. A
 * source described rather than named ("A rival think tank: 1,166 dead") labels its figures too;
 * a measure ("Fatalities: 1,612") is the writer's own heading, and so is a newsletter's marker ("ICYMI:",
 * "BREAKING:").
 */
const LABELLED_FIGURES = /^[ \u00A0"“]*((?:the[ \u00A0]+)?(?!(?:ICYMI|FYI|TLDR|NB|PS|BTW|FWIW|IMO|IMHO|UPDATE|BREAKING|NEW|EXCLUSIVE|NOTE|ALERT|RECAP|STAT|FACT|KEY)(?![\p{L}]))\p{Lu}{2,}[\p{Lu}\p{N}&-]*(?:[ \u00A0]+\([^()]*\))?|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,3}?(?:think[ \u00A0]+tank|group|tracker|monitor|ministry|government|army|police|institute|cent(?:re|er)|study|survey|source|outlet|newspaper|database|organi[sz]ation|observatory|project|NGO|officials|analysts|researchers))[ \u00A0]*:[ \u00A0]+(?=(?:(?:over|more[ \u00A0]+than|about|some|nearly|around|roughly|at[ \u00A0]+least|fewer[ \u00A0]+than|under|almost|~)[ \u00A0]*)?\d)/u;

const COMMENT_WORD = /\b(?:which|this|something)\b/;
const WRITER_COMMENT = /,[ \u00A0]+(?:which|this|something)[ \u00A0]+(?:makes?|made|means?|meant|renders?|rendered|underlines?|underlined|underscores?|underscored|highlights?|highlighted|explains?|explained|puts?[ \u00A0]+into[ \u00A0]+perspective)(?![\p{L}])/u;

/**
 * "It has been claimed that …", "it is often said that …", "the Taliban are said to have…":
 * an impersonal passive of saying reports what others say, and the writer does not assert it.
 * It governs the figures after it up to a contrast or a semicolon ("…; in fact they did so in
 * 2021" is the writer's correction). The words start with "it" or a passive ("are said"), which
 * the checker's message calls "others".
 */
function findImpersonal(sentence: string, from: number, to: number, found: AttributionMention[]): void {
  for (const m of sentence.matchAll(IMPERSONAL_REPORT)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end - from));
    // Without its "that" or "to", whose head would read as a pronoun (check/voice.ts `ownVoice`).
    found.push({ words: m[0].replace(/[ \u00A0]+(?:that|to)$/, ''), shape: 'clause', start, end, scopeEnd: contrast ? end + contrast.index : to, afterOnly: true });
  }
}

const SAID_PARTICIPLE = '(?:said|claimed|reported|alleged|suggested|argued|asserted|stated|rumou?red|believed|thought|assumed|supposed|maintained|contended|held|posited|speculated)';
const IMPERSONAL_ADVERB = '(?:(?:often|widely|sometimes|frequently|commonly|repeatedly|also|now|since|long|once|generally|popularly|variously|previously|earlier|at[ \\u00A0]+times)[ \\u00A0]+)*';
/**
 * "it is said that", "it has been claimed that", "it was once reported that", "it has been
 * alleged, without evidence, that" (the subject "it" of a passive with a that-clause), or "are said to", "was reported to" (a passive raising its
 * subject before an infinitive).
 */
const IMPERSONAL_REPORT = new RegExp(
  `(?<![\\p{L}])(?:[Ii]t[ \\u00A0]+(?:is|was|has[ \\u00A0]+been|had[ \\u00A0]+been|(?:will|would|may|might|could|can|must)[ \\u00A0]+(?:have[ \\u00A0]+)?be(?:en)?)[ \\u00A0]+${IMPERSONAL_ADVERB}${SAID_PARTICIPLE}(?:[ \\u00A0]*,[^,;:.]{1,40},)?[ \\u00A0]+that` +
    `|(?:is|are|was|were)[ \\u00A0]+${IMPERSONAL_ADVERB}(?:said|claimed|reported|alleged|rumou?red|believed|thought|supposed)[ \\u00A0]+to)(?![\\p{L}])`,
  'gu',
);
/** A word every IMPERSONAL_REPORT match holds. */
const IMPERSONAL_WORD = new RegExp(SAID_PARTICIPLE);

/**
 * "the interior ministry's higher estimate of 2,100 deaths", "CRSS's count of 1,450": whose
 * figure the one right after "of" is. A determiner opens a lower-case possessor, capitalised
 * words a name.
 */
const OWNED_FIGURE = /(?<![\p{L}])((?:[Tt]he|[Aa]n?)[ \u00A0]+(?:(?!(?:the|an?)[ \u00A0])[\p{L}&.-]+[ \u00A0]+){0,3}?[\p{L}&.-]+|\p{Lu}[\p{L}\p{N}&.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&.-]*)*)['’]s?[ \u00A0]+(?:own[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+){0,2}?(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|totals?|claims?|numbers?)[ \u00A0]+of[ \u00A0]+(?=[^ \u00A0])/gu;

/**
 * "well above the CRSS figure of 1,400", "a PIPS estimate of 1,081": a name before the noun
 * says whose figure the one after "of" is, as a possessive does.
 */
const NAMED_FIGURE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?)[ \u00A0]+(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&.-]*)*)[ \u00A0]+(?:own[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+){0,2}?(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|totals?|numbers?)[ \u00A0]+of[ \u00A0]+(?=[^ \u00A0])/gu;

/**
 * "An AP tally reached 1,300 deaths", "the ACLED estimate of 500 attacks", "Government figures
 * showed 1,200 deaths", "PIPS data put…": a publisher's name (a capitalised name or acronym, or
 * the government, the army, the police…) before a noun for figures, without a possessive
 * (POSSESSIVE has those), governs the figures after it in its clause, up to a contrast or the
 * next such phrase. A capitalised word opening the sentence without an article is a name only
 * as an acronym ("Terrorism figures show…" is the writer's); months and days name no one; a
 * place ("the Balochistan figures") is the writer's setting (check/voice.ts `ownVoice`).
 */
function findSourceData(sentence: string, from: number, to: number, found: AttributionMention[]): void {
  const mentions: AttributionMention[] = [];
  for (const m of sentence.matchAll(SOURCE_DATA)) {
    const name = m[2]!;
    if (name.split(/[ \u00A0]+/).some((w) => NOT_PUBLISHERS.has(w.toLowerCase()))) continue;
    const publisherWord = PUBLISHER_WORDS.has(name.toLowerCase());
    if (!publisherWord && m[1] === undefined && /^[ \u00A0"“‘']*$/u.test(sentence.slice(0, m.index)) && !/^\p{Lu}{2,}/u.test(name)) continue;
    // Only as a subject: at its clause's start ("…exceeds the CRSS count of 1,450" is an object).
    if (!CLAUSE_OPENING.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end - from));
    mentions.push({ words: m[0].trim(), shape: 'clause', start, end, scopeEnd: contrast ? end + contrast.index : to, afterOnly: true });
  }
  mentions.forEach((c, i) => {
    const next = mentions[i + 1];
    if (next) c.scopeEnd = Math.min(c.scopeEnd, next.start);
    found.push(c);
  });
}

/** What may come right before a subject: the sentence start, a clause break or a conjunction. */
const CLAUSE_OPENING = /(?:^|[,;:—–(]|(?<![\p{L}])(?:and|but|while|whereas|yet|though|although|when|since|as|where))[ \u00A0"“‘']*$/u;
const DATA_HEAD = '(?:tall(?:y|ies)|counts?|estimates?|figures?|data|numbers|statistics|tolls?|totals?|dataset|database)';
const SOURCE_DATA = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])((?:[Aa]n?|[Tt]he)[ \\u00A0]+)?((?:[Gg]overnment|[Oo]fficial|[Mm]ilitary|[Aa]rmy|[Pp]olice|[Mm]inistry)|\\p{Lu}[\\p{L}\\p{N}&.-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}\\p{N}&.-]*)*)[ \\u00A0]+(?:own[ \\u00A0]+)?${DATA_HEAD}(?![\\p{L}'’-])`,
  'gu',
);
// Every SOURCE_DATA match holds one of these, with the same flags.
const SOURCE_DATA_WORD = /tall(?:y|ies)|count|estimate|figure|data|numbers|statistics|toll|total/u;
const PUBLISHER_WORDS = new Set(['government', 'official', 'military', 'army', 'police', 'ministry']);
/** Capitalised words that name no publisher: months, days, and words that open sentences. */
const NOT_PUBLISHERS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'these', 'both', 'all', 'such', 'other', 'new', 'final', 'latest', 'annual', 'total',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'i', 'we', 'it', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'since', 'during', 'and', 'but', 'so', 'yet', 'if', 'when', 'while', 'as', 'what',
]);

/**
 * "X reported / said / put … at …": a subject before a reporting verb governs the figures
 * after the verb, up to a contrast or the next reporting clause ("Analysts still cite the 2024
 * total, which CRSS put at about 520": 520 is CRSS's), or, when none follow, those before it.
 */
function findClauses(sentence: string, from: number, to: number, found: AttributionMention[], before: string): void {
  // VERB's lookbehind is tried at every position; this plain scan is ~8× cheaper and most
  // sentences hold none of the verbs.
  const verbs = VERB_STEM.test(sentence) ? [...sentence.matchAll(VERB)] : [];
  const clauses: AttributionMention[] = [];
  verbs.forEach((m, i) => {
    const verbStart = m.index + (m[0].length - m[0].trimStart().length);
    const next = verbs[i + 1];
    // "media reports claimed": "reports" is part of the subject of "claimed".
    if (next && /^[ \u00A0]*$/.test(sentence.slice(m.index + m[0].length, next.index))) return;
    const end = m.index + m[0].length;
    if (isNounUse(sentence, m[0].trim(), verbStart, end)) return;
    // "CRSS, Annual Security Report 2024": a capitalised word after another is a title's.
    if (/^\p{Lu}/u.test(m[0].trim()) && /\p{Lu}[\p{L}\p{N}&.'’-]*[ \u00A0]+$/u.test(sentence.slice(0, verbStart))) return;
    const subject = subjectBefore(sentence, verbStart);
    const relative = subject ? undefined : relativeAntecedent(sentence, verbStart);
    if (relative) {
      clauses.push({ words: relative.words, shape: 'clause', start: from + relative.start, end: from + end, scopeEnd: from + end + relativeClauseLength(sentence.slice(end)), afterOnly: true });
      return;
    }
    if (!subject || countedThing(subject.words) || (/^[ \u00A0]+by[ \u00A0]/.test(sentence.slice(end)) && PARTICIPLE.test(m[0].trim()))) return;
    // "SATP lists 2,546 fatalities", "a PIPS table lists…": "lists" reports a named source's
    // figure; after common nouns it is more often a noun ("casualty lists show…").
    if (/^list/i.test(m[0].trim()) && !NAMED.test(subject.words)) return;
    const contrast = CONTRAST.exec(sentence.slice(end));
    // "airstrikes on Dec. 21 that Kabul said killed civilians": a verb of saying inside a
    // relative clause whose own predicate follows it reports that predicate, not the words the
    // clause hangs on ("the 2,000 deaths that Kabul reported" is still Kabul's figure).
    const embedded = subject.relative && SAYING.test(m[0].trim()) && PREDICATE_NEXT.test(sentence.slice(end));
    const pronoun = PRONOUNS.has(subject.words.toLowerCase());
    const antecedent = pronoun ? antecedentBefore(sentence, subject.start) ?? (OPENS_WITH_SUBJECT.test(sentence.slice(0, subject.start)) ? subjectOfPrevious(before) : undefined) : undefined;
    // "While some outlets reported 2,000 deaths, the true toll was 1,400": a report inside a
    // subordinate or relative clause ends with it; the main clause after it is the writer's.
    const clauseEnd = subject.subordinate || subject.relative || embedded ? end + relativeClauseLength(sentence.slice(end)) : sentence.length;
    const harm = HARM_BEFORE.exec(sentence.slice(0, subject.start));
    clauses.push({
      words: antecedent ?? subject.words,
      // "even as the minister described the TTP as guests": what follows "as" is what it reports.
      shape: pronoun && !antecedent ? 'pronoun' : subject.afterAs && !DESCRIBING.test(m[0]) ? 'as' : 'clause',
      start: from + subject.start,
      end: from + end,
      scopeEnd: Math.min(contrast ? from + end + contrast.index : to, from + clauseEnd),
      // "…struck hideouts on December 25, killing dozens, Taliban officials said": the officials
      // report the toll of the clause before them, not the date of the strike it follows.
      ...(harm && { scopeStart: from + harm.index }),
      // "…four-fifths of all attacks, according to CRSS, while Punjab and Sindh recorded few
      // incidents": a report in a contrasting clause says nothing of the figures before it.
      // An opinion verb ending the sentence ("…, the article argues.") reports what came before.
      // "found" reports only what it found: "Because the Taliban returned in 2019, the TTP found
      // sanctuary" does not make 2019 the TTP's.
      ...(((OPINION.test(m[0].trim()) && !SENTENCE_END.test(sentence.slice(end))) || FINDING.test(m[0].trim()) || subject.contrasted || embedded || reportsItsObject(sentence.slice(end), sentence.slice(0, subject.start))) && { afterOnly: true }),
    });
  });
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    if (next && next.start >= c.end) c.scopeEnd = Math.min(c.scopeEnd, next.start);
    found.push(c);
  });
}

/**
 * "the published report: 454 attacks", "where other counts differ", "claims of 2,000 deaths": a
 * word that is a reporting verb or a noun is a noun after a determiner, after a determiner and
 * an adjective, or before a colon, a preposition or a verb of change or copula ("fatality counts
 * rise", "estimates vary"); a plural also after a preposition and one
 * modifier ("far above earlier estimates"). A quantifier is also a subject ("some
 * claim that 2,000 died"), so after one only a plural is a noun ("some claims").
 */
function isNounUse(sentence: string, verb: string, verbStart: number, end: number): boolean {
  const word = verb.toLowerCase();
  if (!NOUN_FORMS.has(word)) return false;
  if (NOUN_NEXT.test(sentence.slice(end, end + 8))) return true;
  const before = sentence.slice(Math.max(0, verbStart - 40), verbStart).split(/[ \u00A0]+/).filter(Boolean);
  const last = before[before.length - 1]?.toLowerCase() ?? '';
  const previous = before[before.length - 2]?.toLowerCase() ?? '';
  if (QUANTIFIERS.has(last)) return word.endsWith('s');
  // "far above earlier estimates", "than official counts": a preposition and a modifier.
  if (word.endsWith('s') && /^\p{Ll}+$/u.test(last) && (PREPOSITIONS.has(previous) || COMPARING.has(previous))) return true;
  return DETERMINERS.has(last) || (/^\p{Ll}+(?:ed|al|est)$/u.test(last) && (DETERMINERS.has(previous) || QUANTIFIERS.has(previous)));
}

const COMPARING = new Set(['above', 'below', 'beyond', 'than']);
const NOUN_NEXT = /^[ \u00A0]*(?::|(?:of|for|from|by)[ \u00A0]|(?:rise|rose|risen|fall|fell|climb(?:ed)?|increased?|declined?|vary|varied|differ(?:ed)?|remain(?:ed)?|are|were)(?![A-Za-z]))/;
const NOUN_FORMS = new Set(['report', 'reports', 'count', 'counts', 'estimate', 'estimates', 'claim', 'claims', 'notes', 'date', 'dates', 'talk', 'talks', 'list', 'lists']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'these', 'those', 'other', 'such', 'own', 'each', 'every', 'no', 'any', 'whose']);
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'all', 'both', 'one', 'few']);

/**
 * "citing CRSS", "using CRSS numbers", "drawing on data from the Pakistan Institute for Peace
 * Studies": the source a reporter relays, a name, governs the figures of its clause as a
 * subject does. A reason is no source ("citing security concerns" names nobody).
 */
function findRelayed(sentence: string, from: number, to: number, found: AttributionMention[]): void {
  for (const m of sentence.matchAll(RELAYED)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end - from));
    found.push({ words: (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim(), shape: 'relayed', start, end, scopeEnd: contrast ? end + contrast.index : to });
  }
}

const RELAYING_WORD = /[Cc]iting|[Qq]uoting|[Uu]sing|[Dd]rawing on|[Bb]ased on|[Rr]elying on|basis of|at (?:its|their|his|her) word/;
const NAME = '(?:the[ \\u00A0]+)?\\p{Lu}[\\p{L}\\p{N}&.\'’-]*(?:[ \\u00A0]+(?:(?:of|for|and|the|on|in|&)[ \\u00A0]+)*\\p{Lu}[\\p{L}\\p{N}&.\'’-]*)*(?:[ \\u00A0]+\\(\\p{Lu}\\p{L}*\\))?';
/**
 * "The most cited count, from PIPS, is 1,216": a source set off after a noun for figures says
 * whose the figures after it in its clause are.
 */
const DATA_FROM = new RegExp(`(?<![\\p{L}])(?:tall(?:y|ies)|counts?|estimates?|figures?|data|numbers|statistics|tolls?|totals?),[ \\u00A0]+from[ \\u00A0]+(${NAME}),`, 'gu');

const DATA_NOUN = '(?:numbers|data|figures?|counts?|tally|tallies|estimates?|statistics|database|dataset|reports?|records)';
const RELAYED = new RegExp(
  [
    // "citing CRSS,", "quoting CRSS data": the name, alone or with its data, ends the phrase.
    `(?<![\\p{L}])(?:[Cc]iting|[Qq]uoting)[ \\u00A0]+(${NAME}(?:['’]s)?(?:[ \\u00A0]+${DATA_NOUN})?)(?=[ \\u00A0]*(?:[,;:.!?)]|$))`,
    // "using CRSS numbers", "drawing on CRSS's data", "based on CRSS figures", "on the basis of CRSS data"
    `(?<![\\p{L}])(?:[Uu]sing|[Dd]rawing[ \\u00A0]+on|[Bb]ased[ \\u00A0]+on|[Rr]elying[ \\u00A0]+on|[Oo]n[ \\u00A0]+the[ \\u00A0]+basis[ \\u00A0]+of)[ \\u00A0]+(${NAME})(?:['’]s)?[ \\u00A0]+(?:own[ \\u00A0]+)?${DATA_NOUN}(?![\\p{L}])`,
    // "using data from CRSS", "drawing on figures compiled by CRSS"
    `(?<![\\p{L}])(?:[Uu]sing|[Dd]rawing[ \\u00A0]+on|[Bb]ased[ \\u00A0]+on|[Rr]elying[ \\u00A0]+on|[Oo]n[ \\u00A0]+the[ \\u00A0]+basis[ \\u00A0]+of)[ \\u00A0]+(?:the[ \\u00A0]+)?${DATA_NOUN}[ \\u00A0]+(?:of|from|by|compiled[ \\u00A0]+by)[ \\u00A0]+(${NAME})`,
    // "if we take CRSS at its word": what follows is CRSS's figure, as the speaker relays it.
    `(?<![\\p{L}])(?:[Tt]ak(?:e|es|ing|en)|[Tt]ook)[ \\u00A0]+(${NAME})[ \\u00A0]+at[ \\u00A0]+(?:its|their|his|her)[ \\u00A0]+word(?![\\p{L}])`,
  ].join('|'),
  'gu',
);

/**
 * "claims of 600 attacks", "early media reports of more than 2,000 deaths", "rumours that 3,000
 * died", "earlier estimates of roughly 1,000 deaths": the figure that is what a report says is the reporters', not the writer's, unless the sentence endorses it ("the claim of 500 attacks holds up", "reports
 * that 2,200 died have been borne out"). A name before the noun says whose ("CRSS reports of
 * 1,900 deaths" is CRSS's); a possessive is OWNED_FIGURE's.
 */
function findReportContent(sentence: string, from: number, found: AttributionMention[]): void {
  if (ENDORSED.test(sentence)) return;
  for (const m of sentence.matchAll(REPORT_CONTENT)) {
    if (!reportNoun(m[1]!, m[0], sentence.slice(0, m.index))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    // The figure right after the noun only: where a that-clause ends and the sentence's own
    // verb begins is not marked ("Claims that 1,200 died understate the CRSS count of 1,500").
    found.push({ words: m[1]!.trim(), shape: 'owned', start, end, scopeEnd: end });
  }
}

/** A word with its first letter in either case, for patterns that must keep capitals apart. */
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const REPORT_MODIFIERS = ['the', 'these', 'those', 'such', 'some', 'several', 'many', 'early', 'earlier', 'initial', 'first', 'later', 'repeated', 'persistent', 'widespread', 'frequent', 'recent', 'unconfirmed', 'unverified', 'exaggerated', 'alarming', 'media', 'press', 'news', 'online', 'social-media', 'local', 'foreign', 'international', 'official', 'government', 'militant'];
const REPORT_NOUNS = ['reports', 'claims?', 'rumou?rs', 'allegations?', 'accounts', 'talk', 'speculation', 'suggestions', 'assertions', 'estimates'];
/** Capitalised words that open a sentence or a phrase and name nobody: "Despite reports of…". */
const OPENERS = '(?:Despite|Unlike|Contrary|Amid|Amidst|Notwithstanding|Against|Given|After|Before|Following|With|Without|Beyond|For|From|In|On|At|By|Of|To|And|But|Yet|While|Whereas|Although|Though|As|If|When|Since|Because|There|It|This|That|Even|Only|Also|Still|Then|So|Such|Both|All|Any|No|Many|Most|Few)(?![\\p{L}])';
const REPORT_CONTENT = new RegExp(
  `(?<![\\p{L}'’])((?:(?:${REPORT_MODIFIERS.map(anyCase).join('|')}|(?!${OPENERS})\\p{Lu}[\\p{L}\\p{N}&.-]*)[ \\u00A0]+){0,3}(?:${REPORT_NOUNS.map(anyCase).join('|')}))[ \\u00A0]+(?:of|that)[ \\u00A0]+(?=[^ \\u00A0])`,
  'gu',
);
/**
 * Whether the report word of `words` is a noun, not a verb: "claims", "reports" and "claim"
 * are verbs too ("the ministry claims that…", "some claim that…"). Before "of" they are nouns;
 * before "that" only after an adjective or determiner that no subject ends with ("unconfirmed
 * reports that", "the claim that"), or at the start of a clause or after a preposition
 * ("Despite reports that…") with nothing before them.
 */
function reportNoun(words: string, match: string, before: string): boolean {
  const tokens = words.split(/[ \u00A0]+/);
  const noun = tokens[tokens.length - 1]!.toLowerCase();
  const last = tokens[tokens.length - 2]?.toLowerCase();
  const verbLike = /^(?:claims?|reports|accounts|estimates)$/.test(noun);
  if (!verbLike) return true;
  if (noun === 'claim' && (last === undefined || QUANTIFIERS.has(last))) return false;
  if (/[ \u00A0]of[ \u00A0]+$/u.test(match)) return last !== undefined || !/\p{L}[ \u00A0]*$/u.test(before) || REPORT_NOUN_BEFORE.test(before);
  if (last === undefined) return !/\p{L}[ \u00A0]*$/u.test(before) || REPORT_NOUN_BEFORE.test(before);
  return !QUANTIFIERS.has(last) && !SUBJECT_ENDS.has(last) && !/^\p{Lu}/u.test(tokens[tokens.length - 2]!);
}

/** Words after which a report word with nothing else before it is a noun: a preposition. */
const REPORT_NOUN_BEFORE = /(?<![\p{L}])(?:of|despite|unlike|to|amid|amidst|about|over|on|against|with|by|from|and|or|notwithstanding)[ \u00A0]+$/iu;
/** Modifiers that may end a subject ("the government claims that…"): a verb may follow them. */
const SUBJECT_ENDS = new Set(['government', 'official', 'media', 'press', 'news', 'militant', 'the', 'these', 'those', 'some', 'several', 'many']);

/** A word every REPORT_CONTENT match holds. */
const REPORT_NOUN_WORD = /reports|claim|rumou?rs|allegation|accounts|talk|speculation|suggestions|assertions|estimates/i;
/** A predicate that bears the report out: the writer asserts its figure after all. */
const ENDORSED = /(?<![\p{L}])(?:holds?[ \u00A0]+up|held[ \u00A0]+up|stands?[ \u00A0]+up|borne[ \u00A0]+out|bears?[ \u00A0]+(?:it[ \u00A0]+)?out|(?:(?:since|now|later|fully|largely|broadly|all|each)[ \u00A0]+)?(?:been|was|were|is|are|proved|proven|turned[ \u00A0]+out[ \u00A0]+to[ \u00A0]+be)[ \u00A0]+(?:(?:later|since|now|fully|largely|broadly|all|each|both|subsequently|independently)[ \u00A0]+)?(?:confirmed|verified|corroborated|substantiated|accurate|correct|right|true|vindicated))(?![\p{L}])/iu;

/**
 * Up to six words before a reporting verb, back to the start of their clause: the last
 * punctuation mark or conjunction ("…, as some reported", "…, but CRSS counted").
 */
function subjectBefore(sentence: string, verbStart: number): { words: string; start: number; afterAs: boolean; subordinate: boolean; contrasted: boolean; relative: boolean } | undefined {
  const head = skipAside(blankCitations(sentence.slice(0, verbStart)));
  // A bracket closed before the verb is inside the subject ("… Peace Studies (PIPS) recorded").
  const bracket = head.lastIndexOf('(');
  const openBracket = head.indexOf(')', bracket) < 0 ? bracket : -1;
  const clauseStart = Math.max(openBracket, ...[',', ';', ':', '—', '–'].map((p) => head.lastIndexOf(p))) + 1;
  // Quotation marks left of the subject close a quotation ('"…," an Afghan spokesman said').
  const tokens = [...head.slice(clauseStart).matchAll(/[^ \u00A0]+/g)].filter((t) => !QUOTE_ONLY.test(t[0]));
  let first = 0;
  tokens.forEach((t, i) => {
    // "and" between capitalised words is inside a name ("Centre for Research and Security Studies").
    const inName = t[0] === 'and' && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]![0]) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? '');
    if ((CONJUNCTIONS.has(t[0].toLowerCase()) || SUBORDINATORS.has(t[0].toLowerCase())) && !inName) first = i + 1;
  });
  let words = tokens.slice(first).map((t) => t[0]);
  // "The Ministry of Interior has cited": a perfect tense, not a passive ("was reported").
  while (words.length > 1 && PERFECT.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // A pronoun takes no modifiers: "by one count it claimed" has the subject "it".
  if (words.length > 1 && PRONOUNS.has(words[words.length - 1]!.toLowerCase())) {
    first += words.length - 1;
    words = words.slice(-1);
  }
  // "I counted the district reports": a pronoun and its verb make "reports" a noun (not "I am told").
  if (words.length > 2 && /^(?:I|we|you|he|she|they)$/i.test(words[0]!)) return undefined;
  words = documentSubject(words);
  if (words.length === 0 || words.length > maxSubjectWords(words) || words.some((w) => /\d/.test(w))) return undefined;
  // "…, after months of cross-checking police reports", "…, according to the same report": a
  // phrase opening with a preposition is no subject, and its last word no verb.
  if (PREPOSITIONS.has(words[0]!) || words[0] === 'according') return undefined;
  // "Critics of the CRSS method argue…": the critics speak, not what they are critics of.
  const of = words.findIndex((w) => w === 'of');
  if (of > 0 && OPPONENTS.test(words[of - 1]!)) words = words.slice(0, of);
  // "Both CRSS and PIPS put…": each of the names reports the figure.
  if (words.length > 1 && /^(?:both|all)$/i.test(words[0]!)) words = words.slice(1);
  if (AUXILIARIES.has(words[words.length - 1]!.toLowerCase())) return undefined;
  // "a figure that has since been widely cited": adverbs after an auxiliary make a passive too.
  let kept = words.length;
  while (kept > 0 && PASSIVE_ADVERB.test(words[kept - 1]!)) kept--;
  if (kept < words.length && kept > 0 && BE_FORMS.has(words[kept - 1]!.toLowerCase())) return undefined;
  // "Several commentators have wrongly dated": the subject is the words before the verb group.
  if (kept < words.length && kept > 1 && PERFECT.has(words[kept - 1]!.toLowerCase())) {
    words = words.slice(0, kept);
    while (words.length > 1 && PERFECT.has(words[words.length - 1]!.toLowerCase())) words.pop();
  }
  // "A roughly estimated 1,600", "the most cited count": an article and adverbs are no
  // subject; the participle after them modifies a noun.
  if (words.length >= 2 && /^(?:a|an|the)$/i.test(words[0]!) && words.slice(1).every((w) => /^\p{Ll}+ly$/u.test(w) || DEGREE_ADVERBS.has(w))) return undefined;
  // "a figure that double-counts": a word broken at a hyphen is no subject.
  if (/[-‐‑]$/.test(words[words.length - 1]!)) return undefined;
  // "The table lists 521 attacks": a part of the brief itself reports nothing; "a PIPS table"
  // names whose it is.
  if (DOCUMENT_PARTS.has(words[words.length - 1]!.toLowerCase()) && !NAMED.test(words.join(' '))) return undefined;
  return {
    words: words.join(' '),
    start: clauseStart + tokens[first]!.index,
    afterAs: first > 0 && tokens[first - 1]![0].toLowerCase() === 'as',
    subordinate: first > 0 && SUBORDINATORS.has(tokens[first - 1]![0].toLowerCase()),
    relative: first > 0 && RELATIVES.has(tokens[first - 1]![0].toLowerCase()),
    // "while Punjab, Sindh and ICT recorded": the clause opens before the list of names.
    contrasted: first > 0 ? CONTRASTING.has(tokens[first - 1]![0].toLowerCase()) : LISTED_AFTER_CONTRAST.test(head.slice(0, clauseStart)),
  };
}

/** A word that names someone: an acronym, or a capitalised word that is no article. */
const NAMED = /(?<![\p{L}])(?!(?:The|A|An|This|That|Our)(?![\p{L}]))\p{Lu}(?:\p{Lu}|\p{Ll})/u;

/** Parts of a document, which show what the writer put in them. */
const DOCUMENT_PARTS = new Set(['table', 'chart', 'graph', 'figure', 'map', 'list', 'annex', 'appendix', 'box', 'panel', 'section', 'column', 'row']);

/**
 * Conjunctions that open a subordinate clause, which ends at its comma ("While X reported N, …",
 * "Whatever the TTP claims, the real number was N").
 */
const SUBORDINATORS = new Set(['while', 'whereas', 'where', 'although', 'though', 'because', 'whatever']);
/** Relative pronouns opening a relative clause. */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Conjunctions opening a clause that contrasts with what came before it. */
const CONTRASTING = new Set(['but', 'while', 'whereas', 'yet', 'although', 'though']);
/** A contrasting conjunction and names listed before a subject's clause: "…, while Punjab,". */
const LISTED_AFTER_CONTRAST = /(?<![\p{L}])(?:but|while|whereas|yet|although|though)(?:[ \u00A0]+\p{Lu}[\p{L}\p{N}.'’-]*)+(?:,(?:[ \u00A0]+\p{Lu}[\p{L}\p{N}.'’-]*)+)*,[ \u00A0]*$/u;

/**
 * "The BLA intensified its attacks; it claimed 150 of them": a pronoun subject in a later
 * clause stands for the sentence's opening subject when that is a name (an acronym or several
 * capitalised words, not one capitalised at the sentence start: "Terrorism surged; it
 * claimed…" is the writer's), never an opening phrase ("In Balochistan, …").
 */
function antecedentBefore(sentence: string, pronounStart: number): string | undefined {
  const m = OPENING_NAME.exec(sentence);
  if (!m || m[0].length >= pronounStart || !/[;,:—–]/.test(sentence.slice(m[0].length, pronounStart))) return undefined;
  const name = m[1]!;
  const capitalised = name.split(/[ \u00A0]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w));
  return /\p{Lu}{2}/u.test(name) || capitalised.length > 1 ? name : undefined;
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/**
 * "PIPS published its own tally for 2024. It put the attacks at 521.": a pronoun opening a
 * sentence stands for the name that opened the sentence before as its subject (a name, as
 * `antecedentBefore` takes it, followed by its verb).
 */
function subjectOfPrevious(before: string): string | undefined {
  const starts = [...before.replace(/[ \u00A0]+$/u, '').matchAll(SENTENCE_BREAK)];
  const previous = before.slice(starts.length > 1 ? starts[starts.length - 2]!.index + starts[starts.length - 2]![0].length : 0);
  const m = OPENING_NAME.exec(previous);
  if (!m || !/^[ \u00A0]+\p{Ll}/u.test(previous.slice(m[0].length))) return undefined;
  const name = m[1]!;
  const capitalised = name.split(/[ \u00A0]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w));
  return /\p{Lu}{2}/u.test(name) || capitalised.length > 1 ? name : undefined;
}

/** How far back the sentence before a pronoun is looked for. */
const PREVIOUS_REACH = 400;
/** The end of a sentence: its closing mark and the spaces after it (the last one ends `before`). */
const SENTENCE_BREAK = /[.!?]["”’)]*(?:[ \u00A0]+|$)/gu;
/** Nothing before the pronoun but opening quotation marks. */
const OPENS_WITH_SUBJECT = /^[ \u00A0"“‘']*$/u;
const OPENING_NAME = new RegExp(`^[ \\u00A0"“‘']*(?!(?:In|On|At|By|For|From|After|Before|During|Since|With|Across|Over|Under|Throughout|Despite|Unlike|When|While|Although|Though|As|If|Because|Overall|Yet|But|And|So|Then|Still|According)(?![\\p{L}]))(${NAME})`, 'u');

/**
 * "this brief relies on CRSS, which counted 1,712", "ISPR figures, which put 2024 attacks at
 * 380, differ…", "the spokesman who put the toll at 1,300": a relative pronoun right before the
 * reporting verb is its subject, so the verb's subject is the noun phrase the pronoun follows:
 * a name with any nouns after it ("the CRSS data"), or up to three lower-case words after a
 * determiner ("the army's tally"). A pronoun with its own subject after it ("which CRSS put
 * at 520") is left to `subjectBefore`.
 */
function relativeAntecedent(sentence: string, verbStart: number): { words: string; start: number } | undefined {
  const pronoun = RELATIVE_BEFORE.exec(sentence.slice(0, verbStart));
  if (!pronoun) return undefined;
  const head = sentence.slice(0, pronoun.index).replace(/[, \u00A0]+$/u, '');
  const clauseStart = Math.max(-1, ...[...head.matchAll(CLAUSE_BREAK)].map((m) => m.index)) + 1;
  const tokens = [...head.slice(clauseStart).matchAll(/[^ \u00A0,]+/g)].filter((t) => !QUOTE_ONLY.test(t[0]));
  // "CRSS, an Islamabad think tank that counted 434 attacks": an indefinite appositive
  // describes the name before its comma, which is who counted.
  const described = /^an?$/i.test(tokens[0]?.[0] ?? '') && head[clauseStart - 1] === ',' ? NAME_BEFORE_COMMA.exec(head.slice(0, clauseStart - 1)) : null;
  if (described) return { words: described[1]!, start: described.index + described[0].length - described[1]!.length };
  const first = nounPhraseStart(tokens.map((t) => t[0]));
  if (first === undefined) return undefined;
  return { words: tokens.slice(first).map((t) => t[0]).join(' '), start: clauseStart + tokens[first]!.index };
}

/** A name ending the text, at its clause's start: the sentence's, or after a break or conjunction. */
const NAME_BEFORE_COMMA = new RegExp(`(?:^|[;:—–(]|(?<![\\p{L}])(?:and|but|while|whereas|as|that)[ \\u00A0]+)[ \\u00A0"“‘']*(${NAME})$`, 'u');

/** A comma that is no digit group's ("1,400"), or a stronger break. */
const CLAUSE_BREAK = /,(?!\d)|[;:—–()]/g;

/**
 * Where the noun phrase ending `words` starts: up to three lower-case nouns ("ministry
 * numbers", "army's tally"), after a name ("ISPR", "Centre for Research and Security Studies")
 * and a determiner, or after a determiner, a preposition or nothing ("relies on officials").
 */
function nounPhraseStart(words: readonly string[]): number | undefined {
  let i = words.length;
  while (i > 0 && words.length - i < 3 && isLowerNoun(words[i - 1]!)) i--;
  const nouns = i;
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  while (i > 0 && (capitalised(words[i - 1]) || (NAME_JOINERS.has(words[i - 1]!) && i < nouns && capitalised(words[i - 2])))) i--;
  const before = words[i - 1]?.toLowerCase();
  if (before !== undefined && (DETERMINERS.has(before) || QUANTIFIERS.has(before))) return i - 1;
  if (i === words.length) return undefined;
  return i < nouns || before === undefined || PREPOSITIONS.has(before) || CONJUNCTIONS.has(before) ? i : undefined;
}

/** "which", "who" or "that" right before the verb (after any perfect auxiliary or adverb). */
const RELATIVE_BEFORE = /(?<=[\p{L}\p{N}'’)][ \u00A0]*,?[ \u00A0]+)(?:which|who|that)[ \u00A0]+(?:(?:has|have|had|also|later|then|initially|previously|earlier)[ \u00A0]+)*$/u;

/** A lower-case word that may be part of a noun phrase: no preposition, conjunction or determiner. */
function isLowerNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Ll}[\p{L}'’-]*$/u.test(word) && !NAME_JOINERS.has(lower) && !CONJUNCTIONS.has(lower) && !DETERMINERS.has(lower) && !QUANTIFIERS.has(lower) && !PREPOSITIONS.has(lower);
}

const PREPOSITIONS = new Set(['on', 'upon', 'in', 'to', 'from', 'with', 'at', 'by', 'unlike', 'like', 'than', 'against', 'over', 'under', 'after', 'before', 'of', 'for', 'about', 'into', 'via']);

/**
 * A relative clause between commas ends at its closing comma ("ISPR figures, which put … at
 * 380, differ from the CRSS total of 444"); a comma inside a figure ("1,400") or before the
 * next item of a list of figures ("which counted 380 attacks, 1,300 deaths and…") does not end it;
 * a year after the comma is no such item ("…reported 2,000 deaths, the true 2024 toll…").
 */
function relativeClauseLength(after: string): number {
  const end = /,(?!\d)(?![ \u00A0]+(?:and[ \u00A0]+)?(?:[\p{Ll}-]+[ \u00A0]+){0,2}?(?!(?:19|20)\d\d(?![\d,]))\d)|;|[ \u00A0](?:but|while|whereas|yet)(?![\p{L}])/u.exec(after);
  return end ? end.index : after.length;
}

/**
 * "Government spokespeople, for their part, cited", "the Interior Ministry, which tends to
 * publish lower numbers than CRSS, reported", "a third group, counting only militant-claimed
 * attacks, found", "PICSS, a separate Islamabad think tank, counted": a short aside, an
 * indefinite appositive (up to seven words, names allowed) or a relative clause between
 * commas stands between a subject and its verb; the subject is before it.
 */
function skipAside(head: string): string {
  const m = ASIDE.exec(head);
  if (m) return head.slice(0, m.index) + ' '.repeat(m[0].length);
  // "A separate think tank, PICSS, counted": a description before the name is an aside too.
  const d = DESCRIBED_NAME.exec(head);
  return d ? head.slice(0, d.index) + ' '.repeat(d[1]!.length) + d[2]! + ' '.repeat(d[0].length - d[1]!.length - d[2]!.length) : head;
}

const ASIDE = /,[ \u00A0]+(?:(?:which|who|whose)(?:[ \u00A0]+[\p{L}\p{N}'’-]+){1,20}|(?:an?|one|another)(?:[ \u00A0]+[\p{L}'’-]+){1,6}|\p{Ll}[\p{L}'’-]*(?:[ \u00A0]+[\p{L}'’-]+){0,3}),[ \u00A0]*$/u;
/** A clause-opening description, then the name it describes between commas, ending the text. */
const DESCRIBED_NAME = new RegExp(`(?<=^|[;:—–][ \\u00A0]*)((?:[AaTt]he|[Aa]n?|[Oo]ne|[Aa]nother)(?:[ \\u00A0]+\\p{Ll}[\\p{L}'’-]*){1,4},[ \\u00A0]+)(${NAME}),[ \\u00A0]*$`, 'u');
const QUOTE_ONLY = /^["“”'‘’]+$/u;
/** People set against what follows their "of": critics, opponents, sceptics, rivals. */
const OPPONENTS = /^(?:critics|opponents|sceptics|skeptics|detractors|rivals|doubters|challengers)$/i;
const DEGREE_ADVERBS = new Set(['most', 'least', 'more', 'less', 'much', 'often', 'oft', 'widely', 'best', 'frequently']);
const PERFECT = new Set(['has', 'have', 'had', 'also', 'repeatedly', 'since', 'previously', 'earlier', 'initially']);

/**
 * Six words, or more when they are an organisation's name: capitalised words joined by
 * of/for/and/the/on/in/& with an optional acronym in brackets ("the Pakistan Institute for
 * Conflict and Security Studies (PICSS)").
 */
function maxSubjectWords(words: readonly string[]): number {
  const name = words.every((w, i) => /^\p{Lu}|^\(\p{Lu}+\)$/u.test(w) || NAME_JOINERS.has(w) || (i === 0 && /^the$/i.test(w)));
  return name ? 12 : 6;
}

const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/**
 * "500 attacks were recorded by the Pakistan Institute for Conflict and Security Studies": the agent
 * of a passive reporting verb, bound to the figures before it. The agent is a name (capitalised words
 * with their joiners and a bracketed acronym) or up to four lower-case words ("by local media"). A
 * phrase of time or place may come between ("the 544 recorded in 2024 by CRSS"). Attacks "claimed
 * by" a group, or "most of them", are its deeds, not its count ("600 attacks, most of them claimed by
 * the TTP"); a figure owned before ("Its headline figure of 1,900 was cited by all") is its owner's.
 */
const PASSIVE = /(?<![\p{L}])(?:recorded|reported|counted|documented|estimated|tallied|compiled|registered|logged|(?<!(?:['’]s|(?<![\p{L}])(?:[Ii]ts|[Tt]heir))[ \u00A0](?:[\p{L}-]+[ \u00A0]+){0,2}?(?:figures?|tall(?:y|ies)|counts?|estimates?|totals?|numbers?)(?![\p{L}])[^.;:!?]*?)cited|(?<!(?:of[ \u00A0]+(?:them|which|these|those)|attacks|bombings|killings|assaults|strikes|raids|ambushes)[ \u00A0]+)claimed|put[ \u00A0]+at[ \u00A0]+\S+)(?:[ \u00A0]+(?:in|during|for|over|throughout|across)[ \u00A0]+[^,;:.!?]{1,25}?)?[ \u00A0]+by[ \u00A0]+((?:the[ \u00A0]+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \u00A0]+(?:(?:of|for|and|the|on|in|&)[ \u00A0]+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*(?:[ \u00A0]+\(\p{Lu}[\p{L}]*\))?|(?:[\p{Ll}-]+[ \u00A0]+){0,3}[\p{Ll}-]+))/gu;

function findPassives(sentence: string, from: number, found: AttributionMention[]): void {
  for (const m of [...sentence.matchAll(PASSIVE), ...sentence.matchAll(MEDIUM_PASSIVE)]) {
    const start = from + m.index;
    const clause = lastMatch(SUBORDINATE_CLAUSE, sentence.slice(0, m.index));
    found.push({ words: (m[1] ?? m[2])!.trim(), shape: 'passive', start, end: start + m[0].length, scopeEnd: start, ...(clause >= 0 && { scopeStart: from + clause }) });
    // "Deaths recorded by PIPS in 2024 rose to 2,000": an agent of the subject's participle
    // reports the figures of the predicate after it too.
    if (!countedSubject(sentence.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end));
    found.push({ words: (m[1] ?? m[2])!.trim(), shape: 'clause', start, end: from + end, scopeEnd: from + (contrast ? end + contrast.index : sentence.length), afterOnly: true });
  }
}

/**
 * Where a passive's own clause starts: a semicolon or colon, or a comma before a word that
 * opens a subordinate or contrasting clause. Not ", and", which also ends a list of figures
 * ("380 attacks, 1,300 deaths, and 50 bombings were recorded by…").
 */
const SUBORDINATE_CLAUSE = /[;:]|,[ \u00A0]+(?:when|where|while|whereas|but|yet|which|after|before|since|although|though|as|until|once)(?![\p{L}])/giu;

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

const CONJUNCTIONS = new Set(['as', 'but', 'and', 'while', 'whereas', 'that', 'which', 'who', 'although', 'though', 'because', 'whatever']);
const ACCORDING = /(?<![\p{L}])(?:[Aa]ccording to|[Pp]er(?=[ \u00A0](?:the[ \u00A0])?\p{Lu}))[ \u00A0]+([^,;:\d]{2,80}?)(?=[ \u00A0]*(?:[,;:]|\d|[.!?]*["'”’)]*[ \u00A0]*$))/gu;
const APOSTROPHE_S = /['’]s[ \u00A0]/u;
/**
 * "by the interior ministry's count", "by our reading of the CRSS data", "by the reckoning of
 * CRSS": whose reckoning (1: our or my, 2: a possessive, none after "the") and, when given,
 * whose data it reads or whose reckoning it is (3); or "by some unofficial counts", "by one
 * estimate": others', unnamed (4). A comma after the phrase is optional ("by one count it
 * claimed 150"), except after "of X", whose end only punctuation marks.
 */
const BY_RECKONING = /(?<![\p{L}])[Bb]y[ \u00A0]+(?:(?:(our|my)[ \u00A0]+|((?:the[ \u00A0]+)?(?:[\p{L}&.-]+[ \u00A0]+){0,3}?[\p{L}&.-]+)['’]s?[ \u00A0]+|the[ \u00A0]+)(?:own[ \u00A0]+)?(?:count|counts|reckoning|estimates?|tally|reading|calculations?|figures?|numbers|data)(?:[ \u00A0]+of[ \u00A0]+([^,;:.!?\d]{2,60}?)(?=[ \u00A0]*(?:[,;:.!?)—–]|$))|(?=[ \u00A0]*(?:[,;:.!?)—–]|$)|[ \u00A0]+(?!of[ \u00A0])[\p{L}\p{N}]))|((?:some|one|other|several|certain|various|many|multiple)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+)?(?:counts?|estimates?|tally|tallies|accounts?|reckonings?|calculations?|figures))(?=[ \u00A0]*(?:[,;:.!?)—–]|$)|[ \u00A0]+(?!of[ \u00A0])[\p{L}\p{N}]))/gu;
// The name never opens with a capitalised preposition: "By CRSS's count" names CRSS.
const POSSESSIVE = /(?!(?:By|In|On|At|For|From|With|Per|Under|After|Unlike)[ \u00A0])(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&.-]*)*)['’]s[ \u00A0]+(?:own[ \u00A0]+)?(?:figures?|data|count|tally|estimates?|report|numbers|statistics|database)(?![\p{L}])/gu;
// Verbs of saying ("a columnist wrote that…", "one witness testified that…", "the answer states that…"), of keeping a record ("internal
// reporting logged 1,130 incidents", "a third group found 1,100 deaths"), of holding a view ("critics argue
// that…", "officials gave a figure of…"), of publishing one ("PICSS published a lower tally of 1,166 deaths",
// "released figures showing…", "quoted a figure of"; only before such an object, as "released 20 hostages" publishes nothing), of
// speaking of a figure ("posts spoke of 700 attacks"), of dating an event ("state media dated the retaliation
// to December 27"), of putting a figure on something ("the ministry put the number of attacks in 2024 at 500",
// not "the surge put 2024 at the top"; "estimates place the takeover in 2020"), of describing it ("described
// the retaliation as having begun on …": what follows "as"), of passing a figure around ("have been throwing
// around 3,000", "circulated a figure of") and of phrasing it ("…, as one submission put it"). A hyphen before
// the verb makes it part of another word ("double-counts").
const VERB = /(?<![\p{L}‐‑-])(?:(?:reported|reports|report|said|says|say|claimed|claims|claim|estimated|estimates|estimate|counted|counts|recorded|documented|logged|logs|tallied|listed|lists|list|stated|noted|notes|cited|cites|cite|told|argued|argues|argue|contended|contends|contend|maintained|maintains|maintain|insisted|insists|insist|asserted|asserts|assert|alleged|alleges|allege|testified|testifies|testify|gave|gives|give|found|finds)|(?:published|publishes|released|releases|issued|issues|offered|offers|provided|provides|produced|produces|circulated|circulates|circulate|floated|floats|touted|touts|quoted|quotes|quote)(?=[ \u00A0]+(?:(?:a|an|the|its|their|his|her|our)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,2}?(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|totals?|numbers?|data|statistics)|(?:[\p{Ll}-]+[ \u00A0]+)?(?:figures|numbers|data|statistics|estimates))(?![\p{L}]))|(?:speak|spoke|speaks|spoken|talk|talks|talked|wrote|writes)[ \u00A0]+(?:of|about)|(?:wrote|writes|write|states|state)(?=[ \u00A0]+that(?![\p{L}]))|(?:dated|dates|date)(?=[ \u00A0]+(?:(?:the|its|their|this|that|these|those|it|them)(?![\p{L}])|\p{Lu}[\p{L}.&-]*(?:[ \u00A0]\p{Lu}[\p{L}.&-]*)*['’]s?[ \u00A0])(?:[^.;:!?]{0,60}?)?[ \u00A0]to[ \u00A0])|(?:(?:have|has|had|are|is|was|were|been)[ \u00A0]+)*(?:throwing|throw|throws|threw|thrown|tossing|tossed|bandying|bandied)[ \u00A0]+(?:around|about)|(?:described|describes|describe|characteri[sz]ed|characteri[sz]es|portrayed|portrays)[ \u00A0]+[^.;:!?]{0,60}?[ \u00A0]as(?=[ \u00A0])|(?<=(?<![\p{L}])as[ \u00A0][^,;:.!?]{1,80}[ \u00A0])put(?=[ \u00A0]+it(?![\p{L}]))|(?<!(?:(?<![\p{L}])(?:took|take|takes|taking|taken|in|of|out|its|their|the|a|an|first|second|third|last|top)|['’]s)[ \u00A0]+)(?:placed|places|place)(?=[ \u00A0]+(?:[^.;:!?]{0,60}?[ \u00A0])?(?:in|on)[ \u00A0]+(?:(?:early|late|mid)[ \u00A0-]+)?(?:(?:19|20)\d\d(?!\d|,\d)|\d{1,2}(?:st|nd|rd|th)?[ \u00A0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?[ \u00A0]+\d))|(?:put|puts|placed|places|place|pegged|pegs)(?=[ \u00A0]+(?:[^.;:!?]{0,60}?[ \u00A0])?at[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,3}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\p{L}+teen)(?![\p{L}]))))(?![\p{L}])/giu;
// A stem of every VERB alternative, with VERB's flags so that case folding agrees: no
// VERB match without one of these.
const VERB_STEM = /report|said|say|claim|estimat|count|record|document|logged|logs|tallied|list|stated|noted|notes|cite|told|argu|contend|maintain|insist|assert|alleg|testif|gave|give|publish|releas|issue|offer|provid|produc|put|(?:speak|spoke|speaks|talk|talks|talked|wrote|writes)[ \u00A0]+(?:of|about)|wrote[ \u00A0]+that|write[s]?[ \u00A0]+that|states?[ \u00A0]+that|found|finds|date[ds]?[ \u00A0]+(?:the|its|their|th|it|\p{Lu})|plac|pegs|pegged|circulat|float|tout|quot|throw|threw|toss|bandi|bandy|describ|characteri|portray/iu;
/** Verbs of saying that take a clause ("Kabul said killed civilians"). */
const SAYING = /^(?:said|says|say|claim|claims|claimed|alleges?|alleged|estimates?|estimated|insists?|insisted|maintains?|maintained|argues?|argued|contends?|contended|asserts?|asserted)$/i;
/** A finite verb right after the verb of saying: the relative clause's own predicate. */
const PREDICATE_NEXT = /^[ \u00A0]+(?:\p{Ll}+ed|was|were|is|are|had|has|have|left|hit|struck|took|began|rose|fell|stood)(?![\p{L}])/u;
/**
 * A participial clause of harm between commas that ends right before a trailing subject
 * (", killing dozens, ", ", wounding at least 1,000, "): its toll is what the subject reports.
 */
const HARM_BEFORE = /,[ \u00A0]+(?:killing|wounding|injuring|leaving|displacing)[ \u00A0](?:[^,;:]|,(?=\d))*,[ \u00A0]*["“‘']*$/u;
/** Participles before "by" ("most of them claimed by the TTP") have no subject: PASSIVE reads them. */
const PARTICIPLE = /^(?:recorded|reported|counted|documented|estimated|tallied|logged|cited|claimed)$/i;
const DESCRIBING = /^[ \u00A0]*(?:describ|characteri|portray)/i;
const OPINION = /^(?:argue|contend|maintain|insist|assert|allege|describ|characteri|portray)/i;
const FINDING = /^f(?:ound|inds)$/i;
/** Nothing but the sentence's closing marks. */
const SENTENCE_END = /^[ \u00A0]*[.!?]*["'”’)]*[ \u00A0]*$/u;
const CONTRAST = /,?[ \u00A0]+(?:but|while|whereas|yet)(?![\p{L}])|;/iu;
/** An adverb between an auxiliary and its participle ("been widely cited", "was since reported"). */
const PASSIVE_ADVERB = /^(?:\p{Ll}+ly|since|also|often|now|later|long|much|all|each|both)$/u;
/** Forms of "be" before a participle: a passive, whose subject reports nothing. */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'have', 'has', 'not', 'the', 'a', 'an']);

/**
 * The attribution of each figure of one sentence (`spans` in reading order): the most local
 * mention that governs it, as described at the top of this file.
 */
export function bindAttributions(
  mentions: readonly AttributionMention[],
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<string | undefined> {
  const bound: Array<string | undefined> = spans.map(() => undefined);
  const rank: number[] = spans.map(() => 0);
  const quotations = mentions.filter((m) => m.shape === 'quoted');
  for (const m of mentions) {
    if (m.shape === 'sentence') {
      // After a semicolon it governs its own clause, if it has figures after it there.
      const from = m.scopeStart !== undefined && spans.some((s) => s.start >= m.end && s.start < m.scopeEnd) ? m.scopeStart : -1;
      spans.forEach((s, i) => { if (s.start > from && s.start < m.scopeEnd) give(bound, rank, i, m.words, RANK.sentence); });
    } else if (m.shape === 'passive') {
      const from = m.scopeStart ?? -1;
      spans.forEach((s, i) => { if (s.start > from && s.end <= m.start) give(bound, rank, i, m.words, RANK.passive); });
    } else if (m.shape === 'as') {
      let before = -1;
      spans.forEach((s, i) => { if (s.end <= m.start) before = i; });
      give(bound, rank, before >= 0 ? before : spans.findIndex((s) => s.start >= m.end), m.words, RANK.as);
    } else if (m.shape === 'owned') {
      give(bound, rank, spans.findIndex((s) => s.start >= m.end && s.start < m.end + OWNED_REACH), m.words, RANK.owned);
    } else if (m.shape === 'quoted') {
      spans.forEach((s, i) => { if (s.start >= m.start && s.end <= m.end) give(bound, rank, i, m.words, RANK.quoted); });
    } else {
      const after = spans.map((s, i) => (s.start >= m.end && s.start < m.scopeEnd ? i : -1)).filter((i) => i >= 0);
      const governed = after.length > 0 || m.afterOnly ? after : spans.map((s, i) => (s.end <= m.start && s.start > (m.scopeStart ?? -1) ? i : -1)).filter((i) => i >= 0);
      // A speaker who relays a source inside the quotation ("If we take CRSS at its word, 544
      // attacks…") gives that source's figure: the relay is more local than the quotation.
      const level = m.shape === 'relayed' && quotations.some((q) => q.start <= m.start && m.end <= q.end) ? RANK.quoted + 0.5 : RANK[m.shape];
      for (const i of governed) give(bound, rank, i, m.words, level);
    }
  }
  return bound;
}

/**
 * How local each shape is: a figure takes the most local mention that governs it. A pronoun
 * subject no name was found for yields to any other mention ("by one count it claimed 150").
 */
const RANK: Record<AttributionMention['shape'], number> = { pronoun: 0.5, sentence: 1, clause: 2, relayed: 3, passive: 4, as: 5, quoted: 6, owned: 7 };
/** How far after "X's estimate of" its figure may start (past a hedge: "of some 2,100"). */
const OWNED_REACH = 24;

/** Binds `words` to span `i` unless a more local mention already has it (`rank`). */
function give(bound: Array<string | undefined>, rank: number[], i: number, words: string, level: number): void {
  if (i >= 0 && i < bound.length && level > rank[i]!) {
    bound[i] = words;
    rank[i] = level;
  }
}
