/**
 * A definite reference to a document ("the report", "the published report", "the year-end
 * tally") names nobody by itself. It refers to the document someone was said to publish earlier
 * in the paragraph ("The interior ministry released its annual report. According to the
 * report, …"), or to someone's document named there ("CRSS's annual report … the report");
 * with neither, it is the brief's own source, which the checker treats as the writer's voice.
 */

/**
 * An author-year citation names a document by its year: "(Khan, 2025)", "(Khan 2025)", "(Khan,
 * 2025, p. 4)", "(e.g., Siddiqa, 2024)", "[Khan 2025]", "(Khan and Ali, 2025; Shah, 2023)",
 * "Khan (2025) shows". Its year dates the publication, not any event the sentence names.
 */
export function citedYear(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  // Both forms close their bracket right after the year (or go on to a page); most years do
  // not, and the patterns before them are tried at every position.
  if (!CITATION_CLOSE.test(after)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (AUTHOR_IN_BRACKETS.test(before)) return true;
  // "Khan (2025) shows": a name, the year alone in brackets; "the fall of Kabul (2020)" is a
  // place's, after a preposition.
  return AUTHOR_BEFORE_BRACKET.test(before) && /^\)/u.test(after);
}

const NAME = "\\p{Lu}[\\p{L}'’-]+";
/** Up to the year inside the brackets: an optional "e.g.", "see", "cf.", authors, a comma. */
const AUTHOR_IN_BRACKETS = new RegExp(`[([;][ \\u00A0]*(?:(?:e\\.g\\.|cf\\.|see(?:[ \\u00A0]+also)?),?[ \\u00A0]+)?${NAME}(?:[ \\u00A0]+et[ \\u00A0]+al\\.|(?:,?[ \\u00A0]+(?:and|&)[ \\u00A0]+${NAME}))?,?[ \\u00A0]+$`, 'u');
/** After the year: a letter ("2025a"), then the bracket's end, another citation, or a page. */
const CITATION_CLOSE = /^[a-z]?(?:[)\];]|,[ \u00A0]*(?:pp?|para|ch|fig|table)\.?[ \u00A0]*\d)/u;
/** "Khan (", "Khan et al. (": a name not after a preposition or article, then the bracket. */
const AUTHOR_BEFORE_BRACKET = new RegExp(`(?:^|[.!?][ \\u00A0]+|(?<![\\p{L}])(?!(?:of|in|to|from|since|the|by|at|on|for)[ \\u00A0])\\p{Ll}+[ \\u00A0]+|[,;:][ \\u00A0]+)${NAME}(?:[ \\u00A0]+et[ \\u00A0]+al\\.)?[ \\u00A0]*\\($`, 'u');

/** The head noun of a definite document reference, or undefined for any other words. */
function documentHead(words: string): string | undefined {
  const m = DEFINITE_DOCUMENT.exec(words.trim());
  return m ? singular(m[1]!.toLowerCase()) : undefined;
}

/**
 * Who published the document `words` refers to, named in `text` before `before` (the
 * reference's position); undefined when `words` is no such reference or nobody is named.
 */
export function publisherOf(words: string, text: string, before: number): string | undefined {
  const head = documentHead(words);
  if (!head) return undefined;
  const window = text.slice(Math.max(0, before - REACH), before);
  let publisher: { at: number; name: string } | undefined;
  for (const pattern of [PUBLISHED, OWNED]) {
    for (const m of window.matchAll(pattern)) {
      if (singular(m[2]!.toLowerCase()) !== head) continue;
      const name = m[1]!.trim();
      if (name && (!publisher || m.index > publisher.at)) publisher = { at: m.index, name };
    }
  }
  return publisher?.name;
}

/** How far back in the paragraph a publisher is looked for. */
const REACH = 600;
const DOCUMENTS = '(reports?|tally|tallies|counts?|surveys?|study|studies|datasets?|databases?|data|figures|statistics|reviews?|assessments?|yearbooks?)';
/** "the report", "the published report", "this year-end tally": a determiner, two modifiers at most. */
const DEFINITE_DOCUMENT = new RegExp(`^(?:the|this|that)[ \\u00A0]+(?:[\\p{Ll}-]+[ \\u00A0]+){0,2}?${DOCUMENTS}$`, 'iu');
/**
 * "The interior ministry released its annual report", "CRSS publishes an annual security
 * report": the subject of a verb of publishing, from its clause's start, and the document.
 */
const PUBLISHED = new RegExp(
  `(?:^|[.!?;:][ \\u00A0]+)((?:[^\\s.!?;:,]+[ \\u00A0]+){1,12}?)(?:publish|publishes|published|release|releases|released|issue|issues|issued|compile|compiles|compiled|produce|produces|produced)[ \\u00A0]+(?:[^.!?;]{0,60}?[ \\u00A0])?${DOCUMENTS}(?![\\p{L}])`,
  'giu',
);
/** "CRSS's annual report", "the Interior Ministry's tally": a capitalised name and its document. */
const OWNED = new RegExp(`(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}\\p{N}&.-]*)*)['’]s[ \\u00A0]+(?:[\\p{L}-]+[ \\u00A0]+){0,3}?${DOCUMENTS}(?![\\p{L}])`, 'gu');

function singular(noun: string): string {
  if (noun.endsWith('ies')) return noun.slice(0, -3) + 'y';
  return noun.endsWith('s') && noun !== 'statistics' ? noun.slice(0, -1) : noun;
}
