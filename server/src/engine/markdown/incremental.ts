/**
 * Parses a document section by section and remembers each section's prose by its text, so
 * after an edit only the sections whose text changed are parsed again; the others' blocks
 * are reused with their offsets shifted to where the section now starts.
 *
 * Offsets arrays are shared between successive results (a section that did not move keeps
 * the very same arrays), so consumers must treat a ProseDocument as immutable.
 */
import { definitionSuffix, guessDefinedLabels, referencedLabels } from './definitions.js';
import { refusal } from './guard.js';
import type { HtmlComment, ProseBlock, ProseDocument, SkippedRegion } from './model.js';
import { renderSection, type SectionProse } from './render.js';
import { frontMatterEnd, splitSections, type Section } from './sections.js';
import { finish, type Steps } from '../steps.js';

/** Everything known about one section text; reused whenever that text appears again. */
interface CachedSection {
  readonly text: string;
  /** Parse with front matter: only at offset 0, and only if closed (see render.ts). */
  readonly frontMatter: boolean;
  /** Labels the section might use, so it can be given the definitions it needs. */
  readonly refers: readonly string[];
  /** Definitions the section seems to hold, until it is parsed (then `prose.defines`). */
  readonly guessedDefines: ReadonlyMap<string, string>;
  /** Why remark must not parse it (too deep or too large), if so. */
  readonly refusal?: string;
  /** The stand-in definitions `prose` was parsed with (they change if a definition does). */
  suffix?: string;
  prose?: SectionProse;
  /** Blocks' absolute offsets by section start, from this parse and the previous one. */
  placed: Map<number, number[][]>;
  previous: Map<number, number[][]>;
  generation: number;
}

export interface ParseStats {
  sections: number;
  /** Sections handed to remark in the last parse. */
  parsed: number;
  /** Sections whose cached prose was reused. */
  reused: number;
  /** Sections refused as too deep or too large. */
  skipped: number;
}

/** A section of the last parsed document and the blocks it rendered to. */
export interface ProseSection {
  start: number;
  end: number;
  /** Its blocks are `doc.blocks[blockStart, blockEnd)` (none when skipped). */
  blockStart: number;
  blockEnd: number;
  /**
   * Stands for what the section renders to: the same object for as long as its text and
   * the definitions it was parsed with are unchanged, so later stages can cache on it.
   */
  content: object;
}

export class ProseParser {
  private cache = new Map<string, CachedSection>();
  private generation = 0;
  lastStats: ParseStats = { sections: 0, parsed: 0, reused: 0, skipped: 0 };
  /** The sections of the last parsed document, in order. */
  lastSections: ProseSection[] = [];

  parse(text: string): ProseDocument {
    return finish(this.steps(text));
  }

  /**
   * `parse`, one step per section handed to remark (steps.ts). Abandoning it part-way leaves
   * the parser usable: its cache then holds the sections parsed so far, `lastSections` the
   * last document parsed to the end.
   */
  *steps(text: string): Steps<ProseDocument> {
    const sections = splitSections(text).flatMap((section) =>
      // Isolate what remark must not see, so the prose around it in the section is kept.
      refusal(section) ? splitSections(text, section.start, section.end, true) : [section]);
    yield;
    const entries = this.entries(text, sections);
    const parsed = new Set<CachedSection>();
    yield;

    // Parse with the definitions we believe the document has; parsing tells us the real
    // ones, and the rare section whose stand-ins were wrong is parsed once more.
    let defined = documentDefinitions(entries);
    for (let pass = 0; pass < 2; pass++) {
      for (const entry of entries) {
        if (entry.refusal) continue;
        const suffix = definitionSuffix(entry.refers, defined);
        if (entry.prose && entry.suffix === suffix) continue;
        entry.prose = renderSection(entry.text, suffix, entry.frontMatter);
        entry.suffix = suffix;
        entry.placed = new Map();
        entry.previous = new Map();
        parsed.add(entry);
        yield;
      }
      const found = documentDefinitions(entries);
      if (sameKeys(found, defined)) break;
      defined = found;
    }

    const assembler = new Assembler();
    this.lastSections = sections.map((section, index) => {
      const entry = entries[index];
      const blockStart = assembler.blockCount;
      if (entry.refusal) assembler.skipped.push({ start: section.start, end: section.end, reason: entry.refusal });
      else assembler.add(section, entry.prose!, offsetsAt(entry, section.start));
      return { start: section.start, end: section.end, blockStart, blockEnd: assembler.blockCount, content: entry.prose ?? entry };
    });
    const skipped = entries.filter((entry) => entry.refusal).length;
    this.lastStats = { sections: sections.length, parsed: parsed.size, reused: sections.length - skipped - parsed.size, skipped };
    return assembler.document();
  }

  /** The cache entry of each section, keeping only the entries this text still uses. */
  private entries(text: string, sections: Section[]): CachedSection[] {
    const generation = ++this.generation;
    const next = new Map<string, CachedSection>();
    const entries = sections.map((section) => {
      const sectionText = text.slice(section.start, section.end);
      const frontMatter = section.start === 0 && frontMatterEnd(sectionText) > 0;
      const key = (frontMatter ? '^' : '') + sectionText;
      const entry = next.get(key) ?? this.cache.get(key) ?? newEntry(sectionText, section, frontMatter);
      next.set(key, entry);
      if (entry.generation !== generation) {
        entry.previous = entry.placed;
        entry.placed = new Map();
        entry.generation = generation;
      }
      return entry;
    });
    this.cache = next;
    return entries;
  }
}

function newEntry(text: string, section: Section, frontMatter: boolean): CachedSection {
  return {
    text,
    frontMatter,
    refers: referencedLabels(text),
    guessedDefines: guessDefinedLabels(text),
    refusal: refusal(section),
    placed: new Map(),
    previous: new Map(),
    generation: 0,
  };
}

/** All definitions of the document, first one first, as parsed where a section was parsed. */
function documentDefinitions(entries: readonly CachedSection[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const entry of entries) {
    for (const [label, raw] of entry.prose?.defines ?? entry.guessedDefines) {
      if (!defined.has(label)) defined.set(label, raw);
    }
  }
  return defined;
}

function sameKeys(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** The section's blocks' absolute offsets at `start`, reusing arrays when it did not move. */
function offsetsAt(entry: CachedSection, start: number): number[][] {
  const known = entry.placed.get(start) ?? entry.previous.get(start);
  if (known) {
    entry.placed.set(start, known);
    return known;
  }
  const relative = entry.prose!.blocks.map((block) => block.offsets);
  const shifted = start === 0 ? relative : relative.map((offsets) => shift(offsets, start));
  entry.placed.set(start, shifted);
  return shifted;
}

function shift(offsets: readonly number[], by: number): number[] {
  const result = new Array<number>(offsets.length);
  for (let i = 0; i < offsets.length; i++) result[i] = offsets[i] + by;
  return result;
}

/** Builds the document: absolute offsets, document-wide groups, heading context. */
class Assembler {
  private readonly blocks: ProseBlock[] = [];
  private readonly comments: HtmlComment[] = [];
  readonly skipped: SkippedRegion[] = [];
  private groups = 0;
  private heading = '';
  private headingDepth = 0;

  add(section: Section, prose: SectionProse, offsets: number[][]): void {
    prose.blocks.forEach((block, index) => {
      this.blocks.push({
        kind: block.kind,
        depth: block.depth,
        text: block.text,
        offsets: offsets[index],
        heading: this.heading,
        headingDepth: this.headingDepth,
        group: this.groups + block.group,
      });
      if (block.kind === 'heading') {
        this.heading = block.text;
        this.headingDepth = block.depth;
      }
    });
    for (const comment of prose.comments) {
      this.comments.push({ text: comment.text, start: comment.start + section.start, end: comment.end + section.start });
    }
    this.groups += prose.groups;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  document(): ProseDocument {
    return { blocks: this.blocks, comments: this.comments, skipped: this.skipped };
  }
}
