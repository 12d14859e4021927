/**
 * Splits a Markdown document into sections that parse the same on their own as they do
 * inside the whole document, so each can be parsed (and cached) independently.
 *
 * Why hand-written: remark/micromark only parse whole documents, and their cost grows faster
 * than the input (long paragraphs, deep nesting). No library splits Markdown into
 * independent top-level blocks with offsets, and mdast positions only exist after the
 * expensive parse we are trying to avoid. This is a cheap line scanner that knows just
 * enough block structure to never cut inside something that spans lines.
 *
 * A cut is allowed before a line that starts at column 0 and either is an ATX heading or
 * follows a blank line. Such a line always starts a new top-level block, except inside a
 * fenced code block, an HTML block, or front matter, which the scanner tracks. Front
 * matter is only recognised at offset 0 and always stays in the first section.
 *
 * Cuts are content-defined (a hash of the line after the cut) once a section has
 * `MIN_SECTION` characters, so an edit moves at most the cuts next to it and the sections
 * after it keep their exact text, which is what the incremental parser caches on.
 */

export interface Section {
  start: number;
  end: number;
  /**
   * Deepest container nesting seen on a line of the section (blockquote markers plus list
   * levels, estimated from markers and indentation); the parser refuses very deep sections.
   */
  nesting: number;
}

/** Below this size a section is never cut, so a document is not parsed in tiny pieces. */
const MIN_SECTION = 2048;
/** Above this size a section is cut at the next allowed place, whatever the hash says. */
const MAX_SECTION = 8192;

/** A fenced code block or HTML block that is open at the current line. */
interface OpenBlock {
  /** True when the line ends the block. */
  closes(line: string): boolean;
  /**
   * Opened inside a list item (indented at least as far as its content): any line at
   * column 0 ends the item and with it the block, closing fence or not.
   */
  inListItem: boolean;
}

const FENCE_OPEN = /^( {0,3})(`{3,}(?!.*`)|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LIST_MARKER = /^( {0,3})((?:[-+*]|\d{1,9}[.)])[ \t]+)/;
/** HTML blocks of kinds 1–5 run until an end marker, whatever blank lines come between. */
const HTML_RAW_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** HTML blocks of kinds 6–7 run until a blank line. */
const HTML_TAG_OPEN = /^ {0,3}<\/?[A-Za-z]/;

/**
 * Sections of `text[from, to)` (`from` must be 0 or a section start). With `everyCut`, cuts
 * at every allowed place regardless of size, to isolate a part remark must not be given.
 */
export function splitSections(text: string, from = 0, to = text.length, everyCut = false): Section[] {
  const sections: Section[] = [];
  let sectionStart = from;
  let nesting = 0;
  let open: OpenBlock | undefined;
  let htmlUntilBlank = false;
  let previousBlank = false;
  /** Content column of the list item opened by the last column-0 list marker, if any. */
  let listContent = -1;

  let lineStart = from === 0 ? frontMatterEnd(text) : from;
  while (lineStart < to) {
    const { end: lineEnd, next } = lineAt(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const blank = isBlank(line);
    const column0 = !blank && line.charCodeAt(0) !== 32 && line.charCodeAt(0) !== 9;

    if (open?.inListItem && column0) open = undefined;
    if (blank) htmlUntilBlank = false;

    if (open) {
      if (open.closes(line)) open = undefined;
    } else if (!blank) {
      const cutHere =
        column0 && lineStart > sectionStart && !htmlUntilBlank &&
        (previousBlank || ATX_HEADING.test(line));
      if (cutHere && (everyCut || shouldCut(text, sectionStart, lineStart))) {
        sections.push({ start: sectionStart, end: lineStart, nesting });
        sectionStart = lineStart;
        nesting = 0;
      }
      if (column0) listContent = listContentColumn(line, previousBlank, listContent);
      open = opensBlock(line, listContent);
      if (!open && HTML_TAG_OPEN.test(line)) htmlUntilBlank = true;
      nesting = Math.max(nesting, nestingOf(line));
    }
    previousBlank = blank;
    lineStart = next;
  }
  if (sectionStart < to || sections.length === 0) {
    sections.push({ start: sectionStart, end: to, nesting });
  }
  return sections;
}

function shouldCut(text: string, sectionStart: number, lineStart: number): boolean {
  const size = lineStart - sectionStart;
  if (size < MIN_SECTION) return false;
  return size >= MAX_SECTION || lineHash(text, lineStart) % 4 === 0;
}

/** A small hash of the first characters of the line, to pick cuts by content. */
function lineHash(text: string, lineStart: number): number {
  let hash = 0;
  const end = Math.min(text.length, lineStart + 32);
  for (let i = lineStart; i < end; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash >>> 0;
}

/** End of the front matter the text starts with (a closed `---` or `+++` block), or 0. */
export function frontMatterEnd(text: string): number {
  const fence = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!fence) return 0;
  const closing = fence[1] === '---' ? /^---[ \t]*$/ : /^\+\+\+[ \t]*$/;
  let lineStart = fence[0].length;
  while (lineStart < text.length) {
    const { end, next } = lineAt(text, lineStart);
    if (closing.test(text.slice(lineStart, end))) return next;
    lineStart = next;
  }
  return 0;
}

function lineAt(text: string, start: number): { end: number; next: number } {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10) return { end, next: end + 1 };
    if (c === 13) return { end, next: text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1 };
    end++;
  }
  return { end, next: end };
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Tracks the list item a column-0 line opens, so an indented fence can be told apart from a
 * top-level one. A lazy continuation line (column 0 right after text) keeps the item open.
 */
function listContentColumn(line: string, previousBlank: boolean, current: number): number {
  const marker = LIST_MARKER.exec(line);
  if (marker) return marker[1].length + marker[2].length;
  return previousBlank || ATX_HEADING.test(line) ? -1 : current;
}

function opensBlock(line: string, listContent: number): OpenBlock | undefined {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const indent = fence[1].length;
    const marker = fence[2];
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    return {
      closes: (next) => closing.test(next),
      inListItem: indent > 0 && listContent >= 0 && indent >= listContent,
    };
  }
  for (const [start, end] of HTML_RAW_OPEN) {
    if (!start.test(line)) continue;
    if (end.test(line.slice(line.indexOf('<') + 2))) return undefined;
    return { closes: (next) => end.test(next), inListItem: listContent >= 0 && line.charCodeAt(0) === 32 };
  }
  return undefined;
}

/** Blockquote markers and list markers at the start of a line, each with what follows it. */
const CONTAINER_PREFIX = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * Container depth a line opens: its blockquote and list markers, plus one level per two
 * columns of indentation when it has a marker (nested list items are indented per level).
 */
function nestingOf(line: string): number {
  let depth = 0;
  CONTAINER_PREFIX.lastIndex = 0;
  while (CONTAINER_PREFIX.exec(line)) depth++;
  return depth === 0 ? 0 : depth + Math.floor(columns(/^[ \t]*/.exec(line)![0]) / 2);
}

function columns(prefix: string): number {
  let column = 0;
  for (const c of prefix) column += c === '\t' ? 4 - (column % 4) : 1;
  return column;
}
