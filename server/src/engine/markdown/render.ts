/**
 * Parses one section with remark and keeps only its rendered prose, with exact offsets.
 *
 * What is prose: paragraphs, headings, table cells, list items, blockquote and footnote
 * content, and the text inside emphasis, strong, strikethrough and link text. What is not:
 * front matter, code, URLs (including an autolink's visible text, which *is* its URL),
 * definitions, HTML and image alt text. Inline code, images, HTML, autolinks and footnote
 * calls inside prose become one U+FFFC so the words around them never join.
 */
import type { Nodes, PhrasingContent, RootContent, TableRow } from 'mdast';
import { appendAligned, Run } from './align.js';
import { literalAutolinks } from './autolinks.js';
import { normalizeLabel } from './definitions.js';
import { parseRuns, type ParseRun } from './gfm.js';
import type { HtmlComment, ProseBlockKind } from './model.js';
import { frontMatterEnd } from './sections.js';

/** A block with offsets relative to the start of its section and a section-local group. */
export interface LocalBlock {
  kind: ProseBlockKind;
  depth: number;
  text: string;
  offsets: number[];
  group: number;
}

export interface SectionProse {
  blocks: LocalBlock[];
  /** Comments with offsets relative to the section. */
  comments: HtmlComment[];
  /** Number of groups the section used (local groups are `0 … groups-1`). */
  groups: number;
  /** Link and footnote (`^label`) definitions in the section: normalized label → as written. */
  defines: Map<string, string>;
}

export const OBJECT_REPLACEMENT = '\uFFFC';

/**
 * `source` is the section; `suffix` stand-in definitions appended after it (nothing from it
 * is kept); `frontMatter` says the section starts the document with closed front matter;
 * `runs` how to parse it (gfm.ts).
 */
export function renderSection(
  source: string,
  suffix: string,
  frontMatter: boolean,
  runs: (markdown: string) => ParseRun[] = parseRuns,
): SectionProse {
  const renderer = new Renderer(source);
  const markdown = frontMatter ? blankFrontMatter(source) : source;
  for (const run of runs(markdown)) {
    renderer.base = run.start;
    renderer.limit = run.end;
    const text = markdown.slice(run.start, run.end);
    renderer.flow(run.parser.parse(run.parser.resolvesReferences ? text + suffix : text).children, -1);
  }
  return { blocks: renderer.blocks, comments: renderer.comments, groups: renderer.groups, defines: renderer.defines };
}

/**
 * The source with its front matter turned into blank lines of the same length, so remark
 * sees none of it and every offset after it stays the same. Front matter is never prose,
 * and blank lines at the start of a document are nothing to remark either, so this parses
 * as remark-frontmatter would, without one more processor (gfm.ts says why that matters).
 */
function blankFrontMatter(source: string): string {
  const end = frontMatterEnd(source);
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

class Renderer {
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
