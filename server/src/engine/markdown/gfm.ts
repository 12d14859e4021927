/**
 * How sections are parsed: remark's configuration (remark-parse with remark-gfm) minus two
 * constructs, run by micromark, remark's own tokenizer, whose events are rendered to prose
 * straight away (events.ts); runs of plain prose are rendered without a parser (plain.ts).
 * CommonMark plus GFM footnotes, strikethrough and task lists everywhere, and tables only in
 * the runs of a section that can hold one. GFM's literal autolinks are never enabled
 * (autolinks.ts finds those far cheaper).
 *
 * Why not `processor.parse`: it builds an mdast tree we only walk once, costing about a
 * third of the parse, and it sets the parser and the tree builder up again on every call
 * (some 40 µs, when a section is parsed in several runs). The micromark parser built here
 * is reused: a parse only resets the two fields micromark keeps per document.
 *
 * Why tables apart: the table construct is tried at the start of every line of every
 * paragraph, ~30% of a parse of the generated brief, yet a table can only start in a block
 * that has a delimiter row (`|---|:-:|`). So a section is cut at every safe place
 * (sections.ts) and consecutive pieces are parsed together, with tables only where one of
 * them has such a row. Why only two processors, built once: each processor has its own
 * construct tables, and micromark's hot functions slow down as they see more of them;
 * measured, a processor per construct set (the previous design) lost most of what it saved.
 * Footnotes and strikethrough cost little when absent (tried at `[^` and `~` only).
 * test/engine/prose.test.ts compares whole documents parsed with all of GFM.
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Extension, ParseContext } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { renderEvents } from './events.js';
import { isPlain, plainParser } from './plain.js';
import type { ProseSink } from './render.js';
import { splitSections } from './sections.js';

export interface MarkdownParser {
  /**
   * Renders `markdown` into `sink`, offsets shifted by `base`; from `limit` on, `markdown`
   * holds stand-in definitions (definitions.ts), which are read but not rendered.
   */
  render(markdown: string, limit: number, base: number, sink: ProseSink): void;
  /** Whether reference links in the text can resolve, so it needs the definitions it refers to. */
  readonly resolvesReferences: boolean;
}

/** micromark's names for the constructs a processor leaves out. */
const LITERAL_AUTOLINKS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];
const TABLE = 'table';

/** remark with GFM as configured here: the reference the renderer must agree with (tests). */
export const remarkWithTables = configured(LITERAL_AUTOLINKS);
const withTables: MarkdownParser = micromarkParser(remarkWithTables);
const withoutTables: MarkdownParser = micromarkParser(configured([...LITERAL_AUTOLINKS, TABLE]));

/** A line that could be a table delimiter row (`|---|:-:|`), possibly in a quote or list item. */
const DELIMITER_ROW = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*[-:| \t]*-[-:| \t]*$/m;

function mayHoldTable(source: string): boolean {
  return source.includes('|') && DELIMITER_ROW.test(source);
}

/** A run `[start, end)` of a section and the processor to parse it with. */
export interface ParseRun {
  start: number;
  end: number;
  parser: MarkdownParser;
}

/**
 * `source` (a section, front matter blanked) as runs to parse one after the other: pieces
 * cut at every safe place, grouped by whether they are plain prose (plain.ts), may hold a
 * table, or neither.
 */
export function parseRuns(source: string): ParseRun[] {
  const tables = mayHoldTable(source);
  const runs: ParseRun[] = [];
  for (const piece of splitSections(source, 0, source.length, true)) {
    const text = source.slice(piece.start, piece.end);
    const parser = isPlain(text) ? plainParser : tables && mayHoldTable(text) ? withTables : withoutTables;
    const last = runs[runs.length - 1];
    if (last?.parser === parser) last.end = piece.end;
    else runs.push({ start: piece.start, end: piece.end, parser });
  }
  return runs;
}

/** `source` as one run with all of GFM as configured: what the runs must agree with (tests). */
export function oneRun(source: string): ParseRun[] {
  return [{ start: 0, end: source.length, parser: withTables }];
}

function configured(left: readonly string[]): Processor {
  return unified().use(remarkParse).use(remarkGfm).use(withoutConstructs, new Set(left)).freeze() as unknown as Processor;
}

function micromarkParser(processor: Processor): MarkdownParser {
  const extensions = (processor.data() as { micromarkExtensions?: Extension[] }).micromarkExtensions ?? [];
  const parser: ParseContext & { gfmFootnotes?: string[] } = parse({ extensions });
  return {
    resolvesReferences: true,
    render(markdown, limit, base, sink) {
      // What micromark's parser learns about one document (see micromark/lib/parse.js and
      // the footnote extension); everything else in it is fixed configuration.
      parser.defined = [];
      parser.lazy = {};
      parser.gfmFootnotes = [];
      const events = postprocess(parser.document().write(preprocess()(markdown, undefined, true)));
      renderEvents(events, markdown, limit, base, sink);
    },
  };
}

type ExtensionTable = Record<string, unknown>;

/**
 * Removes micromark constructs by name from the extensions registered so far, and the literal
 * autolinks' tree transform. micromark's own `disable.null` option would still try each
 * disabled construct at every character before refusing it.
 */
function withoutConstructs(this: Processor, names: ReadonlySet<string>): void {
  const data = this.data() as { micromarkExtensions?: ExtensionTable[]; fromMarkdownExtensions?: unknown[] };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    const kept: ExtensionTable = {};
    for (const [field, byCode] of Object.entries(extension)) {
      if (!byCode || typeof byCode !== 'object' || Array.isArray(byCode)) {
        kept[field] = byCode;
        continue;
      }
      const constructs: Record<string, unknown[]> = {};
      for (const [code, list] of Object.entries(byCode as Record<string, unknown>)) {
        const left = (Array.isArray(list) ? list : [list]).filter((c) => !names.has((c as { name?: string })?.name ?? ''));
        if (left.length > 0) constructs[code] = left;
      }
      kept[field] = constructs;
    }
    return kept;
  });
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat(Infinity)
    .filter((extension) => !(extension as { enter?: Record<string, unknown> }).enter?.literalAutolink);
}
