/**
 * Rendered prose of a Markdown document, as runs of text that keep their exact source offsets.
 * Everything the checker and the actor matcher read comes from here, so nothing in front
 * matter, code, inline code, URLs, definitions, HTML or image alt text is ever seen by them.
 */

export type ProseBlockKind = 'paragraph' | 'heading' | 'tableCell' | 'listItem';

export interface ProseBlock {
  kind: ProseBlockKind;
  /** Heading depth for headings; 0 otherwise. */
  depth: number;
  /**
   * The block's prose. Soft line breaks are single spaces, inline code, images and HTML are
   * replaced by a single U+FFFC so words never join across them.
   */
  text: string;
  /**
   * `offsets[i]` is the source offset of `text[i]` (for a decoded escape or character
   * reference, of its `\` or `&`; for a line break, of the line ending or break);
   * `offsets[text.length]` is the end offset. Shared between successive parses: read only.
   */
  offsets: number[];
  /** Text of the nearest heading above the block (empty before the first heading). */
  heading: string;
  /** Depth of that heading (0 when none). */
  headingDepth: number;
  /**
   * Document-wide group number: shared by the cells of one table row and by the paragraphs
   * of one list item (a nested item has its own); every other block has its own. A table
   * takes a number of its own before its rows', so the rows of one table have consecutive
   * numbers and a table right after another (a blank line apart) does not continue them.
   */
  group: number;
}

/**
 * A region of the document that the engine could not treat as prose, with why; the server
 * can show it as information (for example a section skipped because it nests too deeply).
 */
export interface SkippedRegion {
  start: number;
  end: number;
  reason: string;
}

/** An HTML comment in the document; suppression directives live in these. */
export interface HtmlComment {
  /** The comment's content without `<!--` and `-->`, trimmed. */
  text: string;
  start: number;
  end: number;
}

export interface ProseDocument {
  blocks: ProseBlock[];
  comments: HtmlComment[];
  skipped: SkippedRegion[];
}
