/**
 * The mdast of plain prose: runs of a section made only of ATX headings and paragraphs in
 * which no Markdown construct can start, without running micromark on them.
 *
 * Why hand-written: in the briefs analysts write, about three quarters of the text is
 * paragraphs with no markup at all (measured on the example and corpus briefs), and for those
 * remark's work (tokenizing every character, then building the tree) is the largest single
 * cost of a check. Such a paragraph's mdast is known without parsing: one text node whose
 * value is its lines as written. `isPlain` admits only text whose parse cannot be anything
 * else, conservatively: any character that can begin inline syntax anywhere, and any line that
 * could open or interrupt a block, sends the run to remark instead. test/engine/prose.test.ts
 * checks that both give the same prose.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { MarkdownParser } from './gfm.js';

/**
 * Characters that can start inline syntax (escapes, code, emphasis, strikethrough, links,
 * images, HTML, autolinks, character references, table cells), a CR that does not start a
 * CRLF (so lines end in LF or CRLF only) and control characters micromark rewrites.
 */
const INLINE_SYNTAX = /[\\`*_~[\]<&|\0-\x08\x0b\x0c\x0e-\x1f]|\r(?!\n)/;
/**
 * A paragraph line that is not plain: indented (code, or continuing a container), opening a
 * block (ATX or setext heading, blockquote, list, thematic break, fence, HTML, table), or
 * ending in whitespace (a hard break; trailing spaces are not in the text).
 */
const NOT_PLAIN_LINE = /^(?:[ \t#>+*=_`~<|-]|\d{1,9}[.)])|[ \t]$/;
/** An ATX heading with plain content and no closing sequence. */
const PLAIN_HEADING = /^(#{1,6})[ \t]+([^# \t](?:[^#]*[^# \t])?)$/;
const BLANK = /^[ \t]*$/;
const LINE_ENDING = /\r?\n/;

/** Whether `markdown` is only plain headings and paragraphs (and blank lines). */
export function isPlain(markdown: string): boolean {
  if (INLINE_SYNTAX.test(markdown)) return false;
  for (const line of markdown.split(LINE_ENDING)) {
    if (!BLANK.test(line) && NOT_PLAIN_LINE.test(line) && !PLAIN_HEADING.test(line)) return false;
  }
  return true;
}

/** Builds the tree remark would for text `isPlain` accepts. */
export const plainParser: MarkdownParser = {
  resolvesReferences: false,
  parse(markdown: string): Root {
    const tree = new PlainTree();
    let lineStart = 0;
    for (let lineNumber = 1; ; lineNumber++) {
      const newline = markdown.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? markdown.length : markdown.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      tree.line(markdown.slice(lineStart, lineEnd), lineNumber, lineStart, markdown.slice(lineEnd, newline + 1));
      if (newline < 0) return tree.finish();
      lineStart = newline + 1;
    }
  },
};

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The open paragraph: its text so far, lines joined by the line endings between them. */
interface OpenParagraph {
  start: Point;
  end: Point;
  text: string;
  /** The line ending after its last line, kept until another line follows. */
  ending: string;
}

class PlainTree {
  private readonly children: RootContent[] = [];
  private paragraph?: OpenParagraph;

  /** One line without its line ending `ending`; it starts at `offset`. */
  line(text: string, lineNumber: number, offset: number, ending: string): void {
    if (BLANK.test(text)) {
      this.closeParagraph();
      return;
    }
    const heading = PLAIN_HEADING.exec(text);
    if (heading) {
      this.closeParagraph();
      const contentStart = text.indexOf(heading[2]!, heading[1]!.length);
      const node: Heading = {
        type: 'heading',
        depth: heading[1]!.length as Heading['depth'],
        children: [{ type: 'text', value: heading[2]!, position: span(lineNumber, offset, contentStart, text.length) }],
        position: span(lineNumber, offset, 0, text.length),
      };
      this.children.push(node);
      return;
    }
    const end = { line: lineNumber, column: text.length + 1, offset: offset + text.length };
    if (this.paragraph) {
      this.paragraph.text += this.paragraph.ending + text;
      this.paragraph.end = end;
      this.paragraph.ending = ending;
    } else {
      this.paragraph = { start: { line: lineNumber, column: 1, offset }, end, text, ending };
    }
  }

  finish(): Root {
    this.closeParagraph();
    return { type: 'root', children: this.children };
  }

  private closeParagraph(): void {
    const open = this.paragraph;
    if (!open) return;
    this.paragraph = undefined;
    const position = { start: open.start, end: open.end };
    const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: open.text, position }], position };
    this.children.push(node);
  }
}

/** The position of columns `[from, to)` (0-based) of the line that starts at `lineOffset`. */
function span(line: number, lineOffset: number, from: number, to: number) {
  return {
    start: { line, column: from + 1, offset: lineOffset + from },
    end: { line, column: to + 1, offset: lineOffset + to },
  };
}
