/**
 * Words and sentences of a block's prose, as the linker needs them: every word with its range
 * in the block text and a crude stem, so that "retaliated", "retaliation" and "retaliatory"
 * or "attacks" and "attacked" meet on one key without a dictionary.
 */

export interface Word {
  /** Range in the block text. */
  start: number;
  end: number;
  /** As written, lower-cased. */
  lower: string;
  stem: string;
}

/** Past forms the suffix rules cannot reach. "struck" joins "strike" ("struck TTP hideouts"). */
const IRREGULAR: Record<string, string> = {
  came: 'come',
  took: 'take',
  taken: 'take',
  struck: 'strike',
  died: 'die',
  dying: 'die',
  seized: 'seize',
};

/**
 * Prose repeats its words: lower-casing and stemming each distinct word once, and sharing the
 * resulting strings, keeps big briefs fast and light on garbage.
 */
const normalised = new Map<string, { lower: string; stem: string }>();
const MAX_CACHED_WORDS = 50_000;

function normalise(word: string): { lower: string; stem: string } {
  let cached = normalised.get(word);
  if (cached === undefined) {
    if (normalised.size >= MAX_CACHED_WORDS) normalised.clear();
    cached = { lower: word.toLowerCase(), stem: computeStem(word) };
    normalised.set(word, cached);
  }
  return cached;
}

export function stem(word: string): string {
  return normalise(word).stem;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/[-‐‑–—]/g, '');
  w = IRREGULAR[w] ?? w;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && (w.endsWith('ion') || w.endsWith('ory'))) w = w.slice(0, -3);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The words of `text`, or of its part from `from` to `to` (a word starting before `to` is
 * whole). A word is what /[\p{L}\p{N}](?:[\p{L}\p{N}'’‐‑-]*[\p{L}\p{N}])?/gu matches: letters
 * and digits, joined by apostrophes and hyphens inside. Scanned by hand because this runs
 * over every sentence with a claim, and the regex's match arrays showed in profiles.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  // As the /u regex did: a start inside a surrogate pair backs up to the pair.
  let i = from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1)) ? from - 1 : from;
  while (i < to) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(code)) {
      i += size;
      continue;
    }
    const start = i;
    let end = i + size;
    // Greedy over letters, digits and joiners; the word ends at its last letter or digit.
    for (let j = end; j < text.length; ) {
      const next = text.codePointAt(j)!;
      const nextSize = next > 0xffff ? 2 : 1;
      if (isLetterOrDigit(next)) end = j += nextSize;
      else if (JOINERS.has(next)) j += nextSize;
      else break;
    }
    const { lower, stem } = normalise(text.slice(start, end));
    out.push({ start, end, lower, stem });
    i = end;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const JOINERS = new Set([..."'’‐‑-"].map((c) => c.codePointAt(0)!));

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Stems of a term as listed in a fact base ("lives lost" → ["liv", "lost"]). */
export function termStems(term: string): string[] {
  return words(term).map((w) => w.stem);
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b(?:Dr|Mr|Mrs|Ms|St|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|pp|p|para|cf|e\.g|i\.e|U\.S|U\.K|etc)|\b[A-Z])$/;

/**
 * Sentence ranges of a block. A period, question or exclamation mark ends a sentence when
 * followed by space and it is not inside a figure or date (`protected`, e.g. "Dec. 25") and
 * does not end a known abbreviation. Semicolons end a sentence too: they join clauses whose
 * figures and years do not govern each other.
 */
export function sentences(text: string, protectedRanges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.!?;]+(?=\s|$)/g;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (protectedRanges.some(([s, e]) => at >= s && at < e)) continue;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
    const end = at + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
