/**
 * What the linker reads around a claim, computed once per block that has claims: the block's
 * words, where fact terms are written in it, its sentences, its claims; and for table cells
 * the cells of the same row and the header cell of the same column.
 */
import type { Claim } from '../claims/model';
import type { ProseBlock, ProseDocument } from '../markdown/model';
import type { FactIndex, TermHit } from './factIndex';
import { sentences, words, type Word } from './text';
import { firstIndexWhere } from '../sorted';

export interface BlockContext {
  index: number;
  block: ProseBlock;
  words: Word[];
  hits: TermHit[];
  sentences: [number, number][];
  /** The block's claims in text order. */
  claims: Claim[];
  /** Per-sentence facts that several claims of a sentence ask for, computed once. */
  memo: Map<string, unknown>;
}

/** `compute` once per block and key (a sentence start, say). */
export function memo<T>(ctx: BlockContext, key: string, compute: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = compute();
  ctx.memo.set(key, value);
  return value;
}

/** Position in the block text of a source offset inside the block. */
export function textIndex(block: ProseBlock, offset: number): number {
  const o = block.offsets;
  let lo = 0;
  let hi = o.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (o[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a claim's phrase (its hedge words with it) starts in its block's text, never after the figure. */
export function phraseStartOf(ctx: BlockContext, claim: Claim): number {
  return Math.min(textIndex(ctx.block, claim.phraseStart), claim.textStart);
}

/** Where a claim's phrase (its hedge and unit words with it) ends in its block's text, never before the figure. */
export function phraseEndOf(ctx: BlockContext, claim: Claim): number {
  return Math.max(claim.textEnd, textIndex(ctx.block, claim.phraseEnd));
}

/** Where a claim stands in `ctx.claims`, which are in text order. */
export function claimIndex(ctx: BlockContext, claim: Claim): number {
  return firstIndexWhere(ctx.claims, (c) => c.textStart >= claim.textStart);
}

export function sentenceAt(ctx: BlockContext, pos: number): [number, number] {
  return ctx.sentences.find(([s, e]) => pos >= s && pos < e) ?? [0, ctx.block.text.length];
}

/** Where a table cell sits: the other cells of its row and the header cell of its column. */
export interface CellPlace {
  row: number[];
  header?: number;
  /** The blocks of the rows above its own, the header row included. */
  above: [number, number];
}

/** Lazily built contexts for the blocks of one document. */
export class DocumentContext {
  private readonly contexts = new Map<number, BlockContext>();
  private cells?: Map<number, CellPlace>;

  /** Only blocks `[from, to)` are read; tables must lie wholly inside or outside. */
  constructor(
    readonly doc: ProseDocument,
    readonly index: FactIndex,
    private readonly claimsByBlock: Map<number, Claim[]>,
    private readonly from = 0,
    private readonly to = doc.blocks.length,
  ) {}

  block(i: number): BlockContext {
    let ctx = this.contexts.get(i);
    if (!ctx) {
      const block = this.doc.blocks[i]!;
      const claims = this.claimsByBlock.get(i) ?? [];
      const protectedRanges = claims.map((c): [number, number] => [c.textStart, c.textEnd]);
      const spans = withItemLabel(block, claims, sentences(block.text, protectedRanges));
      // Only sentences with a claim are read (a block without claims is a table cell read for
      // its row's sake, and is read whole).
      // Plain loops: every block with a claim comes here, and flatMap's intermediate arrays
      // showed in profiles of big briefs.
      const ws: Word[] = [];
      for (const [s, e] of spans) {
        if (claims.length > 0 && !claims.some((c) => c.textStart >= s && c.textStart < e)) continue;
        for (const w of words(block.text, s, e)) ws.push(w);
      }
      ctx = { index: i, block, words: ws, hits: this.index.hits(ws), sentences: spans, claims, memo: new Map() };
      this.contexts.set(i, ctx);
    }
    return ctx;
  }

  /** Whether block `i` is one this context may read (the range checked together). */
  inRange(i: number): boolean {
    return i >= this.from && i < this.to;
  }

  /**
   * A table is a run of consecutive table cells whose rows have consecutive groups (two
   * tables a blank line apart have no block between them); its first row is the header. Columns are
   * counted by a cell's position in its row, so a header is only trusted when the row has as
   * many cells as the header row; a header with fewer cells is taken to have left its first
   * (the corner above the row labels) empty.
   */
  cell(i: number): CellPlace | undefined {
    if (!this.cells) this.cells = tableCells(this.doc, this.from, this.to);
    return this.cells.get(i);
  }
}

function tableCells(doc: ProseDocument, from: number, to: number): Map<number, CellPlace> {
  const out = new Map<number, CellPlace>();
  const blocks = doc.blocks;
  for (let i = from; i < to; ) {
    if (blocks[i]!.kind !== 'tableCell') {
      i++;
      continue;
    }
    const rows: number[][] = [];
    for (; i < to && blocks[i]!.kind === 'tableCell'; i++) {
      const last = rows[rows.length - 1];
      const lastGroup = last && blocks[last[0]!]!.group;
      if (lastGroup === blocks[i]!.group) last!.push(i);
      else if (lastGroup === undefined || blocks[i]!.group === lastGroup + 1) rows.push([i]);
      else break;
    }
    const header = rows[0]!;
    for (const [r, row] of rows.entries()) {
      // "| | 2024 | 2025 (Q1) |": an empty cell gives no block, and the header cell left empty
      // is the corner above the row labels, so a header short of cells lines up from the right.
      const corner = r > 0 && row.length > header.length ? row.length - header.length : 0;
      row.forEach((cell, col) => {
        const aligned = r > 0 && (row.length === header.length || (corner > 0 && col >= corner));
        out.set(cell, { row: row.filter((c) => c !== cell), header: aligned ? header[col - corner] : undefined, above: [header[0]!, row[0]!] });
      });
    }
  }
  return out;
}

/**
 * "4. **2021.** The Taliban come to power …": a list item that opens with a date or year alone,
 * ended by a period, labels the sentence after it, which says what happened then; the two are
 * read as one sentence.
 */
function withItemLabel(block: ProseBlock, claims: readonly Claim[], spans: [number, number][]): [number, number][] {
  if (block.kind !== 'listItem' || spans.length < 2) return spans;
  const [s, e] = spans[0]!;
  const label = claims.find((c) => c.textStart >= s && c.textStart < e);
  if (!label || (label.kind !== 'date' && label.kind !== 'year') || !LABEL_BEFORE.test(block.text.slice(s, label.textStart)) || !LABEL_AFTER.test(block.text.slice(label.textEnd, e))) return spans;
  return [[s, spans[1]![1]], ...spans.slice(2)];
}

/** A label's date alone, or with its weekday: "Friday, 20 December 2024.", "24 December 2024 (Tuesday)." */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
const LABEL_BEFORE = new RegExp(String.raw`^[ \u00A0]*(?:${WEEKDAY}\.?,?[ \u00A0]+)?$`, 'u');
const LABEL_AFTER = new RegExp(String.raw`^[ \u00A0]*(?:\(${WEEKDAY}\)[ \u00A0]*)?\.[ \u00A0]*$`, 'u');
