/**
 * Renders micromark's events for one run of a section into prose blocks (render.ts says
 * what is prose), with the exact source offset of every character.
 *
 * Why from events and not from remark's tree: the events are what mdast-util-from-markdown
 * builds the tree from, and they already carry exact offsets, while the tree's text values
 * lose them (escapes and references decoded, container prefixes dropped) and had to be
 * aligned with the source again. Where the tree's text is decided by a rule of its own, the
 * rule is followed here: text nodes merge data, escapes, references and line endings, and
 * end at any other node (literal autolinks are found per text node); a hard break takes the
 * line ending after it; the line ending before a setext underline is not text; the space
 * after a task list check is dropped. test/engine/prose.test.ts compares the result with
 * remark's tree on whole briefs, before and after random damage.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Token } from 'micromark-util-types';
import type { ProseBlockKind } from './model.js';
import { OBJECT_REPLACEMENT, type ProseSink, Run, withoutLiteralAutolinks } from './render.js';

interface OpenBlock {
  kind: ProseBlockKind;
  depth: number;
  group: number;
  run: Run;
  /** Where the block's last direct child ends (its start while it has none). */
  end: number;
}

/** Inline constructs that only wrap text: their content is prose, their markers are not. */
const WRAPPERS = new Set(['emphasis', 'strong', 'strikethrough', 'link']);
/** Inline constructs shown as one U+FFFC: what they show is not prose, or not text. */
const OBJECTS = new Set(['image', 'codeText', 'htmlText', 'autolink', 'gfmFootnoteCall']);
/** Blocks that are never prose. */
const NOT_PROSE = new Set(['codeFenced', 'codeIndented', 'thematicBreak', 'tableDelimiterRow']);

/**
 * Renders `events` of `markdown` (whose stand-in definitions start at `limit`) into `sink`,
 * offsets shifted by `base`.
 */
export function renderEvents(events: readonly Event[], markdown: string, limit: number, base: number, sink: ProseSink): void {
  new EventRenderer(markdown, limit, base, sink).render(events);
}

class EventRenderer {
  private block?: OpenBlock;
  /** The text node being built, if any. */
  private textNode?: Run;
  /** The group of the item of each open list, or -1 (also for footnote definitions, which start afresh). */
  private readonly listGroups: number[] = [];
  private rowGroup = -1;
  /** Depth of wrappers around the current position in the block, and of links among them. */
  private wrapped = 0;
  private linked = 0;
  /**
   * What takes the next line ending, which is then not text: a hard break (whose node it
   * ends) or a setext heading's underline.
   */
  private lineEndingTakenBy?: 'break' | 'underline';
  /** The character after a task list check is its separator, not text. */
  private afterTaskCheck = false;
  /** Skipping a construct until this token exits. */
  private skipping?: Token;

  constructor(
    private readonly markdown: string,
    private readonly limit: number,
    private readonly base: number,
    private readonly sink: ProseSink,
  ) {}

  render(events: readonly Event[]): void {
    let depth = 0;
    for (let i = 0; i < events.length; i++) {
      const [kind, token] = events[i]!;
      if (kind === 'exit') {
        depth--;
        if (this.skipping) {
          if (token === this.skipping) this.skipping = undefined;
        } else {
          this.exit(token);
        }
        continue;
      }
      // The stand-in definitions after `limit` only make references resolve.
      if (depth === 0 && token.start.offset >= this.limit) return;
      depth++;
      if (!this.skipping) this.enter(token, events, i);
    }
  }

  private enter(token: Token, events: readonly Event[], index: number): void {
    const block = this.block;
    if (block) {
      this.enterInline(block, token);
      return;
    }
    // GFM's token types are strings the core types do not list.
    switch (token.type as string) {
      case 'atxHeading':
      case 'setextHeading':
        this.open('heading', this.sink.newGroup(), token);
        break;
      case 'paragraph': {
        const listGroup = this.listGroups.at(-1) ?? -1;
        if (listGroup >= 0) this.open('listItem', listGroup, token);
        else this.open('paragraph', this.sink.newGroup(), token);
        break;
      }
      case 'table':
        this.sink.newGroup();
        break;
      case 'tableRow':
        this.rowGroup = this.sink.newGroup();
        break;
      case 'tableHeader':
      case 'tableData':
        this.open('tableCell', this.rowGroup, token);
        break;
      case 'listOrdered':
      case 'listUnordered':
      case 'gfmFootnoteDefinition':
        this.listGroups.push(-1);
        break;
      case 'listItemPrefix':
        this.listGroups[this.listGroups.length - 1] = this.sink.newGroup();
        this.skipping = token;
        break;
      case 'definition':
        this.sink.define(this.labelIn(events, index, 'definitionLabelString'));
        this.skipping = token;
        break;
      case 'gfmFootnoteDefinitionLabel':
        this.sink.define(`^${this.labelIn(events, index, 'gfmFootnoteDefinitionLabelString')}`);
        this.skipping = token;
        break;
      case 'htmlFlow':
        this.comments(token);
        this.skipping = token;
        break;
      default:
        if (NOT_PROSE.has(token.type)) this.skipping = token;
    }
  }

  private enterInline(block: OpenBlock, token: Token): void {
    const type: string = token.type;
    const start = token.start.offset;
    if (type === 'data') {
      this.text(block, this.markdown.slice(start, token.end.offset), start, token.end.offset);
    } else if (type === 'characterEscape') {
      this.decoded(block, this.markdown[token.end.offset - 1]!, token);
    } else if (type === 'characterReference') {
      this.decoded(block, this.reference(token), token);
    } else if (type === 'lineEnding') {
      if (this.lineEndingTakenBy) {
        if (this.lineEndingTakenBy === 'break' && this.wrapped === 0) block.end = token.end.offset;
        this.lineEndingTakenBy = undefined;
      } else {
        this.text(block, ' ', start, token.end.offset, true);
      }
    } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      this.object(block, ' ', token);
      this.lineEndingTakenBy = 'break';
    } else if (WRAPPERS.has(type)) {
      this.flush(block);
      this.wrapped++;
      if (type === 'link') this.linked++;
    } else if (OBJECTS.has(type)) {
      if (type === 'htmlText') this.comments(token);
      this.object(block, OBJECT_REPLACEMENT, token);
    } else if (type === 'resource' || type === 'reference' || type === 'atxHeadingSequence' || type === 'setextHeadingLine') {
      if (type === 'atxHeadingSequence' && block.depth === 0) block.depth = token.end.offset - start;
      if (type === 'setextHeadingLine') block.depth = this.markdown[this.sequenceStart(token)] === '=' ? 1 : 2;
      this.skipping = token;
    } else if (type === 'taskListCheck') {
      this.afterTaskCheck = true;
      this.skipping = token;
    }
    // Everything else (markers, prefixes, whitespace around content) is not text.
  }

  private exit(token: Token): void {
    const block = this.block;
    if (!block) {
      if (token.type === 'listOrdered' || token.type === 'listUnordered' || token.type === 'gfmFootnoteDefinition') {
        this.listGroups.pop();
      }
      return;
    }
    const type: string = token.type;
    if (WRAPPERS.has(type)) {
      this.flush(block);
      this.wrapped--;
      if (type === 'link') this.linked--;
      if (this.wrapped === 0) block.end = token.end.offset;
    } else if (type === 'setextHeadingText') {
      this.flush(block);
      this.lineEndingTakenBy = 'underline';
    } else if (type === 'atxHeading' || type === 'setextHeading' || type === 'paragraph' || type === 'tableHeader' || type === 'tableData') {
      this.flush(block);
      this.sink.block(block.kind, block.depth, block.run, this.base + block.end, block.group);
      this.block = undefined;
      this.lineEndingTakenBy = undefined;
      this.afterTaskCheck = false;
    }
  }

  private open(kind: ProseBlockKind, group: number, token: Token): void {
    this.block = { kind, depth: 0, group, run: new Run(), end: token.start.offset };
  }

  /** Text of the current text node: `chars` from `[start, end)`, verbatim unless `fromOneOffset`. */
  private text(block: OpenBlock, chars: string, start: number, end: number, fromOneOffset = false): void {
    if (this.afterTaskCheck) {
      this.afterTaskCheck = false;
      chars = chars.slice(1);
      start++;
      if (!chars) return;
    }
    const node = (this.textNode ??= new Run());
    if (fromOneOffset) node.push(chars, this.base + start);
    else node.pushVerbatim(chars.includes('\0') ? chars.replaceAll('\0', '\uFFFD') : chars, this.base + start);
    if (this.wrapped === 0) block.end = end;
  }

  /** An escape or reference: its decoded characters, all at its first offset. */
  private decoded(block: OpenBlock, chars: string, token: Token): void {
    this.text(block, chars, token.start.offset, token.end.offset, true);
    this.skipping = token;
  }

  /** A node of its own shown as `chars`: it ends the text node before it. */
  private object(block: OpenBlock, chars: string, token: Token): void {
    this.flush(block);
    block.run.push(chars, this.base + token.start.offset);
    if (this.wrapped === 0) block.end = token.end.offset;
    this.skipping = token;
  }

  private flush(block: OpenBlock): void {
    const node = this.textNode;
    if (!node) return;
    this.textNode = undefined;
    // GFM does not link URLs inside link text.
    const shown = this.linked > 0 ? node : withoutLiteralAutolinks(node);
    block.run.text += shown.text;
    for (const offset of shown.offsets) block.run.offsets.push(offset);
  }

  private reference(token: Token): string {
    const source = this.markdown.slice(token.start.offset, token.end.offset);
    const decoded = source[1] === '#'
      ? decodeNumericCharacterReference(source.slice(source[2] === 'x' || source[2] === 'X' ? 3 : 2, -1), source[2] === 'x' || source[2] === 'X' ? 16 : 10)
      : decodeNamedCharacterReference(source.slice(1, -1));
    return decoded === false ? source : decoded;
  }

  /** The label as written: the text of the first `type` token after `index`. */
  private labelIn(events: readonly Event[], index: number, type: string): string {
    for (let i = index + 1; i < events.length; i++) {
      const token = events[i]![1];
      if (token.type === type) return this.markdown.slice(token.start.offset, token.end.offset);
    }
    return '';
  }

  private sequenceStart(line: Token): number {
    let at = line.start.offset;
    while (this.markdown[at] === ' ' || this.markdown[at] === '\t') at++;
    return at;
  }

  private comments(token: Token): void {
    const start = token.start.offset;
    this.sink.commentsIn(this.markdown.slice(start, Math.min(token.end.offset, this.limit)), this.base + start);
  }
}
