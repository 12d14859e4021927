/**
 * The remark processors sections are parsed with: CommonMark plus GFM footnotes,
 * strikethrough and task lists, and tables only in the runs of a section that can hold one;
 * runs of plain prose get their tree without remark (plain.ts).
 * GFM's literal autolinks are never enabled (autolinks.ts finds those far cheaper).
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
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Root } from 'mdast';
import { isPlain, plainParser } from './plain.js';
import { splitSections } from './sections.js';

export interface MarkdownParser {
  parse(text: string): Root;
  /** Whether reference links in the text can resolve, so it needs the definitions it refers to. */
  readonly resolvesReferences: boolean;
}

/** micromark's names for the constructs a processor leaves out. */
const LITERAL_AUTOLINKS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];
const TABLE = 'table';

const withTables: MarkdownParser = build(LITERAL_AUTOLINKS);
const withoutTables: MarkdownParser = build([...LITERAL_AUTOLINKS, TABLE]);

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

/** `source` as one run with all of GFM: the reference parse the runs must agree with (tests). */
export function oneRun(source: string): ParseRun[] {
  return [{ start: 0, end: source.length, parser: withTables }];
}

function build(left: readonly string[]): MarkdownParser {
  const processor = unified().use(remarkParse).use(remarkGfm).use(withoutConstructs, new Set(left)).freeze();
  return { parse: (text) => processor.parse(text), resolvesReferences: true };
}

type Extension = Record<string, unknown>;

/**
 * Removes micromark constructs by name from the extensions registered so far, and the literal
 * autolinks' tree transform. micromark's own `disable.null` option would still try each
 * disabled construct at every character before refusing it.
 */
function withoutConstructs(this: Processor, names: ReadonlySet<string>): void {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: unknown[] };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    const kept: Extension = {};
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
