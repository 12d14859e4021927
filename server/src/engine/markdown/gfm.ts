/**
 * The remark processor for one section: CommonMark plus only the GFM constructs the section
 * can contain, and never GFM's literal autolinks (autolinks.ts finds those far cheaper).
 *
 * Why per section: each GFM construct costs on every section it is enabled for, whether or
 * not it occurs. The table construct is tried at the start of every line of every paragraph
 * (~20% of a parse), footnotes and strikethrough at every bracket and tilde, literal
 * autolinks at every letter (~40%). A construct can only occur where its marker does, so a
 * section without a table delimiter row is parsed without tables, and so on; the result is
 * the same tree as with all of GFM (test/engine/prose.test.ts compares whole documents).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Root } from 'mdast';

/** GFM constructs as micromark names them, by the feature they belong to. */
const FEATURES = {
  table: ['table'],
  footnote: ['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'],
  strikethrough: ['strikethrough'],
  taskList: ['tasklistCheck'],
} as const;
type Feature = keyof typeof FEATURES;
const LITERAL_AUTOLINKS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];

/** A line that could be a table delimiter row (`|---|:-:|`), possibly in a quote or list item. */
const DELIMITER_ROW = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*[-:| \t]*-[-:| \t]*$/m;

/** Which GFM features `source` could use: each needs its marker somewhere. */
export function gfmFeatures(source: string): Feature[] {
  const features: Feature[] = [];
  if (source.includes('|') && DELIMITER_ROW.test(source)) features.push('table');
  if (source.includes('[^')) features.push('footnote');
  if (source.includes('~')) features.push('strikethrough');
  if (/\[[ \t\r\nxX]\]/.test(source)) features.push('taskList');
  return features;
}

interface Parser {
  parse(text: string): Root;
}
const processors = new Map<string, Parser>();

/** The processor for `source`; `frontMatter` enables YAML and TOML front matter. */
export function processorFor(source: string, frontMatter: boolean): Parser {
  const features = gfmFeatures(source);
  const key = `${frontMatter ? 'fm' : ''}:${features.join(',')}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = build(features, frontMatter);
    processors.set(key, processor);
  }
  return processor;
}

function build(features: Feature[], frontMatter: boolean): Parser {
  // `use` adds to this (unfrozen) processor; plugin order is remark's usual one.
  const processor = unified().use(remarkParse);
  if (features.length > 0) {
    const off = new Set<string>(LITERAL_AUTOLINKS);
    for (const feature of Object.keys(FEATURES) as Feature[]) {
      if (!features.includes(feature)) for (const name of FEATURES[feature]) off.add(name);
    }
    processor.use(remarkGfm).use(withoutConstructs, off);
  }
  if (frontMatter) processor.use(remarkFrontmatter, ['yaml', 'toml']);
  return processor.freeze();
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
