/**
 * Who a sentence attributes its figures to. Only the words are captured ("some outlets",
 * "the Center for Research and Security Studies (CRSS)"): whether an attributed figure is
 * the writer's own claim is the checker's decision.
 *
 * Three shapes, from the most local to the widest:
 * - "as X reported" binds to the figure just before it ("not 1,700, as some reported, but 1,612");
 * - "X reported / said / put it at / …" binds to the figures after it up to a contrast
 *   ("but", "while", ";") or, when none follow, to those before it ("…, CRSS said.");
 * - "according to X", "per X", "X's figures", "by X's count", "by the reckoning of X" bind to
 *   the whole sentence. A reckoning of someone's data is theirs: "by our reading of the CRSS
 *   data" is CRSS's, and "by our count" alone the writer's ("our").
 */
export interface AttributionMention {
  words: string;
  shape: 'as' | 'clause' | 'sentence' | 'passive';
  /** Text range of the whole attributing phrase. */
  start: number;
  end: number;
  /** For clauses: where the figures it governs stop (a contrast or the sentence end). */
  scopeEnd: number;
  /**
   * A verb of opinion ("argue", "insist") governs the clause it introduces only: "…1,500
   * fatalities…, the centre insists, because…" says why, it does not report the figure again.
   */
  afterOnly?: boolean;
}

export function findAttributions(text: string, from: number, to: number): AttributionMention[] {
  const sentence = text.slice(from, to);
  const found: AttributionMention[] = [];
  for (const m of sentence.matchAll(ACCORDING)) {
    const start = from + m.index;
    found.push({ words: m[1]!.trim(), shape: 'sentence', start, end: start + m[0].length, scopeEnd: to });
  }
  // POSSESSIVE needs "'s " and its scan is slow; most sentences have no possessive.
  if (APOSTROPHE_S.test(sentence)) for (const m of sentence.matchAll(POSSESSIVE)) {
    const start = from + m.index;
    found.push({ words: m[1]!, shape: 'sentence', start, end: start + m[0].length, scopeEnd: to });
  }
  if (/[ \u00A0]by[ \u00A0]/.test(sentence)) findPassives(sentence, from, found);
  if (/(?:^|[ \u00A0])[Bb]y[ \u00A0]/.test(sentence)) for (const m of sentence.matchAll(BY_RECKONING)) {
    const start = from + m.index;
    // "by the count" with no "of X" names nobody.
    const words = (m[3] ?? m[1] ?? m[2])?.trim();
    if (words) found.push({ words, shape: 'sentence', start, end: start + m[0].length, scopeEnd: to });
  }
  // VERB's lookbehind is tried at every position; this plain scan is ~8× cheaper and most
  // sentences hold none of the verbs.
  const verbs = VERB_STEM.test(sentence) ? [...sentence.matchAll(VERB)] : [];
  verbs.forEach((m, i) => {
    const verbStart = m.index + (m[0].length - m[0].trimStart().length);
    const next = verbs[i + 1];
    // "media reports claimed": "reports" is part of the subject of "claimed".
    if (next && /^[ \u00A0]*$/.test(sentence.slice(m.index + m[0].length, next.index))) return;
    const subject = subjectBefore(sentence, verbStart);
    if (!subject) return;
    const end = m.index + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end));
    found.push({
      words: subject.words,
      shape: subject.afterAs ? 'as' : 'clause',
      start: from + subject.start,
      end: from + end,
      scopeEnd: contrast ? from + end + contrast.index : to,
      ...(OPINION.test(m[0].trim()) && { afterOnly: true }),
    });
  });
  return found;
}

/**
 * Up to six words before a reporting verb, back to the start of their clause: the last
 * punctuation mark or conjunction ("…, as some reported", "…, but CRSS counted").
 */
function subjectBefore(sentence: string, verbStart: number): { words: string; start: number; afterAs: boolean } | undefined {
  const head = skipAside(sentence.slice(0, verbStart));
  const clauseStart = Math.max(...[',', ';', ':', '(', '—', '–'].map((p) => head.lastIndexOf(p))) + 1;
  const tokens = [...head.slice(clauseStart).matchAll(/[^ \u00A0]+/g)];
  let first = 0;
  tokens.forEach((t, i) => {
    // "and" between capitalised words is inside a name ("Centre for Research and Security Studies").
    const inName = t[0] === 'and' && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]![0]) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? '');
    if (CONJUNCTIONS.has(t[0].toLowerCase()) && !inName) first = i + 1;
  });
  const words = tokens.slice(first).map((t) => t[0]);
  // "The Ministry of Interior has cited": a perfect tense, not a passive ("was reported").
  while (words.length > 1 && PERFECT.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 0 || words.length > maxSubjectWords(words) || words.some((w) => /\d/.test(w))) return undefined;
  if (AUXILIARIES.has(words[words.length - 1]!.toLowerCase())) return undefined;
  // "a figure that double-counts": a word broken at a hyphen is no subject.
  if (/[-‐‑]$/.test(words[words.length - 1]!)) return undefined;
  return {
    words: words.join(' '),
    start: clauseStart + tokens[first]!.index,
    afterAs: first > 0 && tokens[first - 1]![0].toLowerCase() === 'as',
  };
}

/**
 * "Government spokespeople, for their part, cited", "the Interior Ministry, which tends to
 * publish lower numbers than CRSS, reported": a short aside or a relative clause between
 * commas stands between a subject and its verb; the subject is before it.
 */
function skipAside(head: string): string {
  const m = ASIDE.exec(head);
  return m ? head.slice(0, m.index) + ' '.repeat(m[0].length) : head;
}

const ASIDE = /,[ \u00A0]+(?:(?:which|who|whose)(?:[ \u00A0]+[\p{L}\p{N}'’-]+){1,12}|\p{Ll}[\p{L}'’]*(?:[ \u00A0]+[\p{L}'’]+){0,3}),[ \u00A0]*$/u;
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
 * "500 attacks were recorded by the Pakistan Institute for Conflict and Security Studies": the
 * agent of a passive reporting verb, bound to the figures before it. The agent is a name
 * (capitalised words with their joiners and a bracketed acronym) or up to four lower-case words
 * ("by some outlets", "by local media").
 */
const PASSIVE = /(?<![\p{L}])(?:recorded|reported|counted|documented|estimated|tallied|compiled|registered|logged|cited|claimed|put[ \u00A0]+at[ \u00A0]+\S+)[ \u00A0]+by[ \u00A0]+((?:the[ \u00A0]+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \u00A0]+(?:(?:of|for|and|the|on|in|&)[ \u00A0]+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*(?:[ \u00A0]+\(\p{Lu}[\p{L}]*\))?|(?:[\p{Ll}-]+[ \u00A0]+){0,3}[\p{Ll}-]+))/gu;

function findPassives(sentence: string, from: number, found: AttributionMention[]): void {
  for (const m of sentence.matchAll(PASSIVE)) {
    const start = from + m.index;
    found.push({ words: m[1]!.trim(), shape: 'passive', start, end: start + m[0].length, scopeEnd: start });
  }
}

const CONJUNCTIONS = new Set(['as', 'but', 'and', 'while', 'whereas', 'that', 'which', 'who', 'although', 'though', 'because']);
const ACCORDING = /(?<![\p{L}])(?:[Aa]ccording to|[Pp]er(?=[ \u00A0](?:the[ \u00A0])?\p{Lu}))[ \u00A0]+([^,;:\d]{2,80}?)(?=[ \u00A0]*(?:[,;:]|\d|[.!?]*["'”’)]*[ \u00A0]*$))/gu;
const APOSTROPHE_S = /['’]s[ \u00A0]/u;
/**
 * "by the interior ministry's count", "by our reading of the CRSS data", "by the reckoning of
 * CRSS": whose reckoning (1: our or my, 2: a possessive, none after "the") and, when given,
 * whose data it reads or whose reckoning it is (3).
 */
const BY_RECKONING = /(?<![\p{L}])[Bb]y[ \u00A0]+(?:(our|my)[ \u00A0]+|((?:the[ \u00A0]+)?(?:[\p{L}&.-]+[ \u00A0]+){0,3}?[\p{L}&.-]+)['’]s?[ \u00A0]+|the[ \u00A0]+)(?:own[ \u00A0]+)?(?:count|counts|reckoning|estimates?|tally|reading|calculations?|figures?|numbers|data)(?:[ \u00A0]+of[ \u00A0]+([^,;:.!?\d]{2,60}?))?(?=[ \u00A0]*(?:[,;:.!?)]|$))/gu;
// The name never opens with a capitalised preposition: "By CRSS's count" names CRSS.
const POSSESSIVE = /(?!(?:By|In|On|At|For|From|With|Per|Under|After|Unlike)[ \u00A0])(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&.-]*)*)['’]s[ \u00A0]+(?:own[ \u00A0]+)?(?:figures?|data|count|tally|estimates?|report|numbers|statistics|database)(?![\p{L}])/gu;
// Verbs of saying and of holding a view ("critics argue that…", "officials gave a figure of…").
// A hyphen before the verb makes it part of another word ("double-counts").
const VERB = /(?<![\p{L}‐‑-])(?:(?:reported|reports|report|said|says|say|claimed|claims|claim|estimated|estimates|estimate|counted|counts|recorded|documented|stated|noted|cited|cites|cite|told|argued|argues|argue|contended|contends|contend|maintained|maintains|maintain|insisted|insists|insist|asserted|asserts|assert|alleged|alleges|allege|gave|gives|give)|puts?[ \u00A0]+(?:it|the[ \u00A0]+\p{L}+)[ \u00A0]+at)(?![\p{L}])/giu;
// A stem of every VERB alternative, with VERB's flags so that case folding agrees: no
// VERB match without one of these.
const VERB_STEM = /report|said|say|claim|estimat|count|record|document|stated|noted|cite|told|argu|contend|maintain|insist|assert|alleg|gave|give|put/iu;
const OPINION = /^(?:argue|contend|maintain|insist|assert|allege)/i;
const CONTRAST = /,?[ \u00A0]+(?:but|while|whereas|yet)(?![\p{L}])|;/iu;
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
  for (const m of mentions) {
    if (m.shape === 'sentence') {
      spans.forEach((_, i) => give(bound, rank, i, m.words, 1));
    } else if (m.shape === 'passive') {
      spans.forEach((s, i) => { if (s.end <= m.start) give(bound, rank, i, m.words, 2); });
    } else if (m.shape === 'as') {
      let before = -1;
      spans.forEach((s, i) => { if (s.end <= m.start) before = i; });
      give(bound, rank, before >= 0 ? before : spans.findIndex((s) => s.start >= m.end), m.words, 3);
    } else {
      const after = spans.map((s, i) => (s.start >= m.end && s.start < m.scopeEnd ? i : -1)).filter((i) => i >= 0);
      const governed = after.length > 0 || m.afterOnly ? after : spans.map((s, i) => (s.end <= m.start ? i : -1)).filter((i) => i >= 0);
      for (const i of governed) give(bound, rank, i, m.words, 2);
    }
  }
  return bound;
}

/** Binds `words` to span `i` unless a more local mention already has it (`rank`). */
function give(bound: Array<string | undefined>, rank: number[], i: number, words: string, level: number): void {
  if (i >= 0 && i < bound.length && level > rank[i]!) {
    bound[i] = words;
    rank[i] = level;
  }
}
