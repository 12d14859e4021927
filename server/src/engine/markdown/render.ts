/**
 * Renders one section's prose, with exact offsets, from the runs it is parsed in (gfm.ts).
 *
 * What is prose: paragraphs, headings, table cells, list items, blockquote and footnote
 * content, and the text inside emphasis, strong, strikethrough and link text. What is not:
 * front matter, code, URLs (including an autolink's visible text, which *is* its URL),
 * definitions, HTML and image alt text. Inline code, images, HTML, autolinks and footnote
 * calls inside prose become one U+FFFC so the words around them never join.
 */
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
  const sink = new ProseSink();
  const markdown = frontMatter ? blankFrontMatter(source) : source;
  for (const run of runs(markdown)) {
    const text = markdown.slice(run.start, run.end);
    run.parser.render(run.parser.resolvesReferences ? text + suffix : text, text.length, run.start, sink);
  }
  return { blocks: sink.blocks, comments: sink.comments, groups: sink.groups, defines: sink.defines };
}

/**
 * The source with its front matter turned into blank lines of the same length, so the
 * parser sees none of it and every offset after it stays the same. Front matter is never
 * prose, and blank lines at the start of a document are nothing to Markdown either, so this
 * parses as remark-frontmatter would, without one more extension.
 */
export function blankFrontMatter(source: string): string {
  const end = frontMatterEnd(source);
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

/** Rendered text being built with the source offset of every character. */
export class Run {
  text = '';
  readonly offsets: number[] = [];

  /** Characters that all come from the one source position `offset` (a space, U+FFFC, a reference). */
  push(chars: string, offset: number): void {
    this.text += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset);
  }

  /** Characters copied verbatim from the source starting at `offset`. */
  pushVerbatim(chars: string, offset: number): void {
    this.text += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset + k);
  }
}

/** What parsers render a section into; offsets are relative to the section. */
export class ProseSink {
  readonly blocks: LocalBlock[] = [];
  readonly comments: HtmlComment[] = [];
  readonly defines = new Map<string, string>();
  groups = 0;

  newGroup(): number {
    return this.groups++;
  }

  /**
   * Adds a block whose content ends at `end`. Blocks of nothing but images, code or HTML
   * carry no prose and are dropped; headings always matter, as the context of the blocks
   * below them.
   */
  block(kind: ProseBlockKind, depth: number, run: Run, end: number, group: number): void {
    if (kind !== 'heading' && !/[^\s\uFFFC]/.test(run.text)) return;
    run.offsets.push(end);
    this.blocks.push({ kind, depth, text: run.text, offsets: run.offsets, group });
  }

  define(label: string): void {
    const normalized = normalizeLabel(label);
    if (!this.defines.has(normalized)) this.defines.set(normalized, label);
  }

  /** The HTML comments in `html`, which starts at `start`. */
  commentsIn(html: string, start: number): void {
    for (const match of html.matchAll(/<!--([\s\S]*?)-->/g)) {
      const commentStart = start + match.index;
      this.comments.push({ text: match[1].trim(), start: commentStart, end: commentStart + match[0].length });
    }
  }
}

/** The text of one text node with each literal autolink in it as one U+FFFC (autolinks.ts). */
export function withoutLiteralAutolinks(node: Run): Run {
  const links = literalAutolinks(node.text);
  if (links.length === 0) return node;
  const result = new Run();
  let from = 0;
  for (const [start, end] of links) {
    appendSlice(result, node, from, start);
    result.push(OBJECT_REPLACEMENT, node.offsets[start]!);
    from = end;
  }
  appendSlice(result, node, from, node.text.length);
  return result;
}

function appendSlice(to: Run, from: Run, start: number, end: number): void {
  to.text += from.text.slice(start, end);
  for (let i = start; i < end; i++) to.offsets.push(from.offsets[i]!);
}
