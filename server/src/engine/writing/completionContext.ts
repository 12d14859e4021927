/**
 * Where the cursor is, as far as writing completions care: which kind of section it is in
 * (Recommendations, Key facts), whether it sits in a key facts table, whether the line is a
 * fresh entry (nothing but a list marker or a table pipe and at most a partial word before
 * the cursor), and which word is being typed in prose.
 *
 * Why not just re-parse: completion runs on every keystroke of documents up to megabytes, so
 * this reads the document's latest prose analysis, which may be older than the text (big
 * documents are analysed after a debounce). Only blocks in the part of the text that did not
 * change since are trusted; from the last of them to the cursor, a cheap line scan tracks
 * code fences, HTML comments and front matter, and finds headings written since.
 */
import type { ProseBlock, ProseDocument } from '../markdown/model';
import { lastIndexWhere } from '../sorted';

export type SectionKind = 'recommendations' | 'keyFacts' | 'other';

/**
 * Headings that introduce recommendations, matched case-insensitively anywhere in the
 * heading text: "Recommendations", "Policy recommendations", "Recommendations for Islamabad",
 * "Recommended actions", "Policy options", "Options for Pakistan", "Way forward", "The road
 * ahead", "Next steps", "What Pakistan should do".
 */
const RECOMMENDATION_HEADINGS =
  /\brecommend(?:ations?|ed)\b|\bpolicy options\b|^options\b|\bway forward\b|\b(?:road|path) ahead\b|\bnext steps\b|\bwhat\b.*\bshould do\b/i;

/**
 * Headings over a brief's figures: "Key facts", "Facts", "Key figures", "Facts and figures",
 * "In numbers", "By the numbers", "Statistics".
 */
const KEY_FACT_HEADINGS = /\bfacts\b|\bfigures\b|\b(?:in|by the) numbers\b|\bstatistics\b/i;

/** A table takes key facts rows when its header names one of these columns. */
const KEY_FACT_COLUMNS = /\b(?:measures?|figures?|values?)\b/i;

export interface EntryContext {
  /** What precedes the entry on its line: a list marker, a table pipe, or nothing. */
  marker: 'list' | 'table' | 'none';
  /** Offset where the entry's text begins: after indentation and list marker; at the pipe of a row. */
  start: number;
}

export interface CompletionContext {
  /** Inside fenced code, front matter or an HTML comment: nothing is offered there. */
  verbatim: boolean;
  /** The kind of the nearest heading above the cursor, or of one of its parent headings. */
  section: SectionKind;
  /** The cursor's line is in, or directly below, a table whose header or heading is about key facts. */
  keyFactsTable: boolean;
  /** Set when the cursor's line can take a new entry (recommendation, key fact). */
  entry?: EntryContext;
  /** The word being typed, when it is in prose: [start, end) with the cursor inside. */
  word?: { start: number; end: number };
}

export interface ContextInput {
  /** The document as it is now. */
  text: string;
  offset: number;
  /** The latest prose analysis and the text it was made from (possibly older than `text`). */
  prose: ProseDocument;
  proseText: string;
}

export function completionContext({ text, offset, prose, proseText }: ContextInput): CompletionContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const fresh = proseText === text;
  // Blocks entirely above the cursor's line, in text that is the same as when it was analysed.
  const trusted = Math.min(lineStart, fresh ? offset : commonPrefix(proseText, text, offset));
  const anchor = lastBlockBefore(prose.blocks, trusted);
  const outline = anchor < 0 ? [] : headingsAbove(prose.blocks, anchor);
  const scanFrom = anchor < 0 ? 0 : Math.min(nextLine(text, blockEnd(prose.blocks[anchor]!)), lineStart);
  const scan = scanLines(text, scanFrom, lineStart, anchor < 0, outline);

  const lineEnd = endOfLine(text, offset);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const verbatim = scan.verbatim || insideInlineVerbatim(before);
  const section = sectionKind(scan.headings);
  const table = tableAbove(text, lineStart);
  const keyFactsTable =
    table !== undefined && (KEY_FACT_COLUMNS.test(table.header) || section === 'keyFacts') && table.rows >= 2;
  if (verbatim) return { verbatim, section, keyFactsTable: false };

  const word = wordAt(text, offset, lineStart, lineEnd);
  // Text typed since the analysis is judged by the line scan and the line itself.
  const inProse = word && (fresh ? isProseChar(prose.blocks, word.start) : !/\]\([^)]*$/.test(before));
  return {
    verbatim,
    section,
    keyFactsTable,
    entry: entryAt(before, after, lineStart),
    word: inProse ? word : undefined,
  };
}

function sectionKind(headings: readonly string[]): SectionKind {
  for (const heading of headings) {
    if (RECOMMENDATION_HEADINGS.test(heading)) return 'recommendations';
    if (KEY_FACT_HEADINGS.test(heading)) return 'keyFacts';
  }
  return 'other';
}

/** Length of the common prefix of `a` and `b`, looking no further than `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  const n = Math.min(a.length, b.length, limit);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function blockEnd(block: ProseBlock): number {
  return block.offsets[block.text.length]!;
}

/** Index of the last block that ends at or before `limit`, or -1. Blocks are in document order. */
function lastBlockBefore(blocks: readonly ProseBlock[], limit: number): number {
  return lastIndexWhere(blocks, (block) => blockEnd(block) <= limit);
}

interface Heading {
  depth: number;
  text: string;
}

/** The nearest heading at or above block `index` and its parents, outermost first. */
function headingsAbove(blocks: readonly ProseBlock[], index: number): Heading[] {
  const headings: Heading[] = [];
  let depth = 7;
  for (let i = index; i >= 0 && depth > 1; i--) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.depth < depth) {
      headings.unshift({ depth: block.depth, text: block.text });
      depth = block.depth;
    }
  }
  return headings;
}

const FENCE = /^\s*(?:>\s*)*(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

interface Scan {
  /** The cursor's line is in a code fence, an HTML comment or front matter. */
  verbatim: boolean;
  /** The nearest heading above the cursor's line and its parents, nearest first. */
  headings: string[];
}

/**
 * Reads the lines from `from` up to (not including) the line at `lineStart`, updating the
 * heading outline (`stack`, outermost first) with the headings it meets. Indented code blocks
 * are not tracked: in briefs, indentation is list continuation far more often.
 */
function scanLines(text: string, from: number, lineStart: number, atDocumentStart: boolean, stack: Heading[]): Scan {
  let fence: RegExp | undefined;
  let comment = false;
  let frontMatter = atDocumentStart && /^(?:---|\+\+\+)[ \t]*$/.test(text.slice(0, endOfLine(text, 0)));
  let start = from;
  if (frontMatter) start = nextLine(text, 0);
  while (start < lineStart) {
    const line = text.slice(start, endOfLine(text, start));
    if (frontMatter) {
      if (/^(?:---|\+\+\+|\.\.\.)[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence) {
      if (fence.test(line)) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else {
      const open = FENCE.exec(line);
      const heading = ATX_HEADING.exec(line);
      if (open) {
        fence = new RegExp(`^\\s*(?:>\\s*)*${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}\\s*$`);
      } else if (heading) {
        const depth = heading[1]!.length;
        while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
        stack.push({ depth, text: (heading[2] ?? '').replace(/[*_`]/g, '') });
      } else {
        const opened = line.lastIndexOf('<!--');
        comment = opened >= 0 && !line.includes('-->', opened + 4);
      }
    }
    start = nextLine(text, start);
  }
  return { verbatim: frontMatter || fence !== undefined || comment, headings: stack.reverse().map((h) => h.text) };
}

/** Inline code or an HTML comment opened earlier on the line and not closed before the cursor. */
function insideInlineVerbatim(before: string): boolean {
  const ticks = before.match(/`+/g)?.length ?? 0;
  const comment = before.lastIndexOf('<!--');
  return ticks % 2 === 1 || (comment >= 0 && !before.includes('-->', comment + 4));
}

/** The table rows (lines starting with "|") directly above the line at `lineStart`, with the first one. */
function tableAbove(text: string, lineStart: number): { header: string; rows: number } | undefined {
  let rows = 0;
  let header = '';
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!/^\s{0,3}\|/.test(line)) break;
    header = line;
    rows++;
    end = start - 1;
  }
  return rows > 0 ? { header, rows } : undefined;
}

const PARTIAL_WORD = '(?:[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\'’-]*)?';
const LIST_ENTRY = new RegExp(`^(\\s*)((?:[-+*]|\\d{1,9}[.)])[ \\t]+)?${PARTIAL_WORD}$`, 'u');
const TABLE_ENTRY = new RegExp(`^(\\s{0,3})\\|[ \\t]*${PARTIAL_WORD}$`, 'u');

/** A line that can take a new entry: nothing after the cursor, at most a marker and a partial word before. */
function entryAt(before: string, after: string, lineStart: number): EntryContext | undefined {
  if (after.trim() !== '') return undefined;
  const list = LIST_ENTRY.exec(before);
  if (list) {
    const marker = list[2] ? 'list' : 'none';
    return { marker, start: lineStart + list[1]!.length + (list[2]?.length ?? 0) };
  }
  const row = TABLE_ENTRY.exec(before);
  return row ? { marker: 'table', start: lineStart + row[1]!.length } : undefined;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The run of letters and digits around the cursor, if the cursor touches one. */
function wordAt(text: string, offset: number, lineStart: number, lineEnd: number): { start: number; end: number } | undefined {
  let start = offset;
  while (start > lineStart && WORD_CHAR.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < lineEnd && WORD_CHAR.test(text[end]!)) end++;
  return start < end ? { start, end } : undefined;
}

/** True when the character at `offset` is rendered prose (not code, a URL, HTML or markup). */
function isProseChar(blocks: readonly ProseBlock[], offset: number): boolean {
  const index = lastIndexWhere(blocks, (block) => block.offsets[0]! <= offset);
  if (index < 0) return false;
  const { offsets, text } = blocks[index]!;
  let lo = 0;
  let hi = text.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = offsets[mid]!;
    if (at === offset) return text[mid] !== '\uFFFC';
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return lineEnd > offset && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

function nextLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}
