/**
 * The reference the prose renderer is tested against: remark's mdast tree, configured as
 * gfm.ts configures micromark, walked node by node, each text value aligned with the source
 * to find its offsets. This was the product's renderer before it rendered micromark's events
 * directly (markdown/events.ts); it is kept here because it reads remark's own tree.
 */
import type { Nodes, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { literalAutolinks } from '../../server/src/engine/markdown/autolinks';
import { normalizeLabel } from '../../server/src/engine/markdown/definitions';
import { remarkWithTables } from '../../server/src/engine/markdown/gfm';
import type { HtmlComment, ProseBlockKind } from '../../server/src/engine/markdown/model';
import { blankFrontMatter, OBJECT_REPLACEMENT, Run, type LocalBlock } from '../../server/src/engine/markdown/render';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** The blocks of a whole section (front matter blanked when `frontMatter`) parsed in one piece by remark. */
export function remarkProse(source: string, frontMatter: boolean): LocalBlock[] {
  const markdown = frontMatter ? blankFrontMatter(source) : source;
  const renderer = new TreeRenderer(source);
  renderer.limit = markdown.length;
  renderer.flow((remarkWithTables.parse(markdown) as Root).children, -1);
  return renderer.blocks;
}


class TreeRenderer {
  readonly blocks: LocalBlock[] = [];
  readonly comments: HtmlComment[] = [];
  readonly defines = new Map<string, string>();
  groups = 0;

  /** Where in `source` the run being rendered starts (its nodes' offsets are relative to it) and ends. */
  base = 0;
  limit = 0;

  constructor(private readonly source: string) {}

  /** Block content; `listGroup` is the group of the innermost list item, or -1 outside lists. */
  flow(nodes: readonly RootContent[], listGroup: number): void {
    for (const node of nodes) {
      if (this.start(node) >= this.limit) return;
      switch (node.type) {
        case 'heading':
          this.block('heading', node.depth, node.children, node, this.groups++);
          break;
        case 'paragraph':
          if (listGroup >= 0) this.block('listItem', 0, node.children, node, listGroup);
          else this.block('paragraph', 0, node.children, node, this.groups++);
          break;
        case 'table':
          this.groups++;
          for (const row of node.children) this.row(row);
          break;
        case 'listItem':
          this.flow(node.children, this.groups++);
          break;
        case 'list':
        case 'blockquote':
          this.flow(node.children, listGroup);
          break;
        case 'definition':
          this.define(node.label ?? node.identifier);
          break;
        case 'footnoteDefinition':
          this.define(`^${node.label ?? node.identifier}`);
          this.flow(node.children, -1);
          break;
        case 'html':
          this.collectComments(node);
          break;
        // code, yaml, toml, thematicBreak: never prose.
      }
    }
  }

  private define(label: string): void {
    const normalized = normalizeLabel(label);
    if (!this.defines.has(normalized)) this.defines.set(normalized, label);
  }

  private row(row: TableRow): void {
    const group = this.groups++;
    for (const cell of row.children) this.block('tableCell', 0, cell.children, cell, group);
  }

  private block(kind: ProseBlockKind, depth: number, children: PhrasingContent[], node: Nodes, group: number): void {
    const run = new Run();
    const contentEnd = this.inline(children, run, this.start(node));
    // Paragraphs of nothing but images, code or HTML carry no prose; headings always
    // matter, as the context of the blocks below them.
    if (kind !== 'heading' && !/[^\s\uFFFC]/.test(run.text)) return;
    run.offsets.push(contentEnd);
    this.blocks.push({ kind, depth, text: run.text, offsets: run.offsets, group });
  }

  /**
   * Appends the phrasing `nodes` of a node starting at `from`; returns where the last one
   * ends (`from` when there is none). `inLink`: inside link text, where bare URLs are not
   * links (as in GFM).
   */
  private inline(nodes: readonly PhrasingContent[], run: Run, from: number, inLink = false): number {
    let cursor = from;
    for (const node of nodes) {
      const at = this.start(node);
      switch (node.type) {
        case 'text':
          if (inLink) appendAligned(this.source, at, this.end(node), node.value, run);
          else this.text(node.value, at, this.end(node), run);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.inline(node.children, run, at, inLink);
          break;
        case 'link':
        case 'linkReference':
          // `[text](url)` and `[text][ref]` show their text; an autolink shows its URL.
          if (this.source[at] === '[') this.inline(node.children, run, at, true);
          else run.push(OBJECT_REPLACEMENT, at);
          break;
        case 'break':
          run.push(' ', at);
          break;
        case 'html':
          this.collectComments(node);
          run.push(OBJECT_REPLACEMENT, at);
          break;
        default:
          // inlineCode, image, imageReference, footnoteReference.
          run.push(OBJECT_REPLACEMENT, at);
      }
      cursor = this.end(node);
    }
    return cursor;
  }

  /** A text node's `value` from `source[from, to)`, each literal autolink in it as one U+FFFC. */
  private text(value: string, from: number, to: number, run: Run): void {
    let i = 0;
    let j = from;
    for (const [linkStart, linkEnd] of literalAutolinks(value)) {
      if (i < linkStart) j = appendAligned(this.source, j, to, value.slice(i, linkStart), run);
      run.push(OBJECT_REPLACEMENT, j);
      // Aligned only to find where the link ends in the source (escapes, references).
      j = appendAligned(this.source, j, to, value.slice(linkStart, linkEnd), new Run());
      i = linkEnd;
    }
    if (i < value.length) appendAligned(this.source, j, to, i === 0 ? value : value.slice(i), run);
  }

  private collectComments(node: Nodes): void {
    const from = this.start(node);
    const html = this.source.slice(from, Math.min(this.end(node), this.limit));
    for (const match of html.matchAll(/<!--([\s\S]*?)-->/g)) {
      const commentStart = from + match.index;
      this.comments.push({ text: match[1].trim(), start: commentStart, end: commentStart + match[0].length });
    }
  }

  private start(node: Nodes): number {
    return (node.position?.start.offset ?? 0) + this.base;
  }

  private end(node: Nodes): number {
    return (node.position?.end.offset ?? 0) + this.base;
  }
}


const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** How many characters of a line we compare to pick where its content starts. */
const LINE_CHECK = 64;

/**
 * Appends `value`, rendered from `source[start, end)`, to `run`; line endings become one
 * space. Returns where in the source the value ended.
 */
function appendAligned(source: string, start: number, end: number, value: string, run: Run): number {
  let j = start;
  let i = 0;
  while (i < value.length) {
    const same = verbatimLength(source, j, end, value, i);
    if (same > 0) {
      run.pushVerbatim(value.slice(i, i + same), j);
      i += same;
      j += same;
      continue;
    }
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) {
      while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      if (source[j] !== '\n' && source[j] !== '\r') return appendUnaligned(value, i, j, end, run);
      i += c === 13 && value.charCodeAt(i + 1) === 10 ? 2 : 1;
      run.push(' ', j);
      j += source[j] === '\r' && source[j + 1] === '\n' ? 2 : 1;
      j = contentStart(source, j, end, value, i);
      continue;
    }
    const unit = decodeAt(source, j, end);
    if (!value.startsWith(unit.text, i)) return appendUnaligned(value, i, j, end, run);
    run.push(unit.text, j);
    i += unit.text.length;
    j += unit.width;
  }
  return j;
}

/** How many characters from here are plain copies of the source (the common, fast case). */
function verbatimLength(source: string, j: number, end: number, value: string, i: number): number {
  let k = 0;
  while (i + k < value.length && j + k < end) {
    const c = value.charCodeAt(i + k);
    // Backslashes, ampersands and line endings may be escapes, references and breaks.
    if (c !== source.charCodeAt(j + k) || c === 92 || c === 38 || c === 10 || c === 13) break;
    k++;
  }
  return k;
}

/**
 * Where the rendered content of a continuation line starts. The prefix is made of spaces,
 * tabs and `>`; usually all of it is markup, but a lazy line can begin with a literal `>`,
 * so we take the longest prefix after which the source decodes to the value's line.
 */
function contentStart(source: string, lineStart: number, end: number, value: string, i: number): number {
  let prefixEnd = lineStart;
  while (prefixEnd < end && (source[prefixEnd] === ' ' || source[prefixEnd] === '\t' || source[prefixEnd] === '>')) prefixEnd++;
  let lineEnd = i;
  while (lineEnd < value.length && lineEnd - i < LINE_CHECK && value[lineEnd] !== '\n' && value[lineEnd] !== '\r') lineEnd++;
  const line = value.slice(i, lineEnd);
  for (let p = prefixEnd; p >= lineStart; p--) {
    if (decodesTo(source, p, end, line)) return p;
  }
  return prefixEnd;
}

function decodesTo(source: string, j: number, end: number, expected: string): boolean {
  let i = 0;
  while (i < expected.length) {
    if (j >= end) return false;
    const unit = decodeAt(source, j, end);
    if (!expected.startsWith(unit.text, i)) return false;
    i += unit.text.length;
    j += unit.width;
  }
  return true;
}

/** The rendered text of the source at `j` and how many source characters produce it. */
function decodeAt(source: string, j: number, end: number): { text: string; width: number } {
  const c = source[j];
  if (c === '\\' && j + 1 < end && ASCII_PUNCTUATION.test(source[j + 1])) return { text: source[j + 1], width: 2 };
  if (c === '&') {
    CHARACTER_REFERENCE.lastIndex = j;
    const match = CHARACTER_REFERENCE.exec(source);
    if (match && CHARACTER_REFERENCE.lastIndex <= end) {
      const decoded = match[1] !== undefined ? decodeNumericCharacterReference(match[1], 10)
        : match[2] !== undefined ? decodeNumericCharacterReference(match[2], 16)
        : decodeNamedCharacterReference(match[3]);
      if (decoded !== false) return { text: decoded, width: match[0].length };
    }
  }
  // micromark replaces NUL with U+FFFD.
  if (c === '\0') return { text: '\uFFFD', width: 1 };
  return { text: c, width: 1 };
}

/**
 * Should not happen; if the source ever disagrees with the value, keep the value's text
 * (so no prose is lost) with offsets that stay inside the node, in order.
 */
function appendUnaligned(value: string, i: number, j: number, end: number, run: Run): number {
  let offset = Math.min(j, end);
  for (; i < value.length; i++) {
    const c = value[i];
    if (c === '\n' && value[i - 1] === '\r') continue;
    run.push(c === '\n' || c === '\r' ? ' ' : c, offset);
    offset = Math.min(offset + 1, end);
  }
  return offset;
}
