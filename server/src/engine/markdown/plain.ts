/**
 * Plain prose rendered without a parser: runs of a section made only of ATX headings and
 * paragraphs in which no Markdown construct can start.
 *
 * Why hand-written: in the briefs analysts write, about three quarters of the text is
 * paragraphs with no markup at all (measured on the example and corpus briefs), and for those
 * remark's work (tokenizing every character, then building the tree) is the largest single
 * cost of a check. Such a paragraph's prose is known without parsing: its lines as written.
 * `isPlain` admits only text whose parse cannot be anything else, conservatively: any character that can begin inline syntax anywhere, and any line that
 * could open or interrupt a block, sends the run to remark instead. test/engine/prose.test.ts
 * checks that this gives the prose remark's tree does.
 */
import type { MarkdownParser } from './gfm.js';
import { type ProseSink, Run, withoutLiteralAutolinks } from './render.js';

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

/** Renders text `isPlain` accepts as remark would: each paragraph's lines joined by spaces. */
export const plainParser: MarkdownParser = {
  resolvesReferences: false,
  render(markdown: string, _limit: number, base: number, sink: ProseSink): void {
    let paragraph: Run | undefined;
    let paragraphEnd = 0;
    const closeParagraph = () => {
      if (paragraph) sink.block('paragraph', 0, withoutLiteralAutolinks(paragraph), paragraphEnd, sink.newGroup());
      paragraph = undefined;
    };
    let lineStart = 0;
    for (;;) {
      const newline = markdown.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? markdown.length : markdown.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      const line = markdown.slice(lineStart, lineEnd);
      const heading = PLAIN_HEADING.exec(line);
      if (BLANK.test(line)) {
        closeParagraph();
      } else if (heading) {
        closeParagraph();
        const run = new Run();
        run.pushVerbatim(heading[2]!, base + lineStart + line.indexOf(heading[2]!, heading[1]!.length));
        sink.block('heading', heading[1]!.length, withoutLiteralAutolinks(run), base + lineEnd, sink.newGroup());
      } else {
        // A soft line break is one space, at the line ending.
        if (paragraph) paragraph.push(' ', paragraphEnd);
        else paragraph = new Run();
        paragraph.pushVerbatim(line, base + lineStart);
        paragraphEnd = base + lineEnd;
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
    closeParagraph();
  },
};
