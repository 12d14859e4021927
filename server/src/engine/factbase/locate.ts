/**
 * Finds where things are in a parsed YAML fact base, so every problem and every entity can point
 * at the exact text it comes from. Paths are those of the plain data (`['facts', 2, 'value']`),
 * which is what the schema validator reports.
 */
import { isAlias, isMap, isSeq, isScalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { FileLocation } from './model';

export type DataPath = readonly (string | number)[];

export class YamlLocator {
  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The location of the text between two offsets. */
  span(start: number, end: number): FileLocation {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    // LineCounter counts from 1; LSP and our model count from 0.
    return { file: this.file, line: from.line - 1, column: from.col - 1, endLine: to.line - 1, endColumn: to.col - 1 };
  }

  /** The value at `path`, or the nearest enclosing value that exists. */
  value(path: DataPath): FileLocation {
    return this.ofNode(this.deepestNode(path));
  }

  /** The key `key` of the map at `path`; the map itself when the key is absent. */
  key(path: DataPath, key: string): FileLocation {
    const node = this.deepestNode(path);
    const pair = isMap(node) ? findPair(node.items, key) : undefined;
    return this.ofNode(isNode(pair?.key) ? pair.key : node);
  }

  private ofNode(node: Node | undefined): FileLocation {
    const range = node?.range;
    if (!range) return this.span(0, 0);
    // A block map's range runs on to the next line; the trailing line breaks are not part of it.
    let end = range[1];
    while (end > range[0] && /\s/.test(this.text[end - 1]!)) end--;
    return this.span(range[0], end);
  }

  private deepestNode(path: DataPath): Node | undefined {
    let node = this.resolve(this.doc.contents);
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next;
    }
    return node;
  }

  private child(node: Node | undefined, segment: string | number): Node | undefined {
    if (isMap(node)) {
      const pair = findPair(node.items, String(segment));
      return isNode(pair?.value) ? this.resolve(pair.value) : undefined;
    }
    if (isSeq(node)) {
      const item = node.items[Number(segment)];
      return isNode(item) ? this.resolve(item) : undefined;
    }
    return undefined;
  }

  /** Follows `*anchor` references to the node they stand for. */
  private resolve(node: Node | null | undefined): Node | undefined {
    if (!node) return undefined;
    return isAlias(node) ? (node.resolve(this.doc) ?? node) : node;
  }
}

function findPair(items: readonly Pair<unknown, unknown>[], key: string): Pair<unknown, unknown> | undefined {
  return items.find((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)) === key);
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}
