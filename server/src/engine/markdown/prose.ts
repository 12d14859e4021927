/**
 * The rendered prose of a Markdown document (see model.ts for what that means).
 *
 * Parsed as remark-parse + remark-gfm configure micromark (gfm.ts), rendered from its events
 * (events.ts), YAML and TOML front matter left out (render.ts), one section at a time
 * (sections.ts): micromark's cost grows faster than its input, and sections are what lets the
 * incremental parser reuse work. A one-off parse is the incremental parser with an empty
 * cache, so both always agree.
 */
import { ProseParser } from './incremental.js';
import type { ProseDocument } from './model.js';

export function parseProse(text: string): ProseDocument {
  return new ProseParser().parse(text);
}
