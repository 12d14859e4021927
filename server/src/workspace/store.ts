/**
 * The fact base files known to a session, each parsed from its latest text. A file whose
 * latest text has errors keeps its last good version in use, so a half-typed edit never
 * empties the hovers or floods briefs with findings.
 */
import { parseFactBase, type FactBaseFile, type FactBaseProblem } from '../engine';

interface Entry {
  /** What the engine uses: the last version without errors, else the latest partial one. */
  inUse?: FactBaseFile;
  /** True when `inUse` came from a text without errors. */
  good: boolean;
  /** Problems of the latest text. */
  problems: FactBaseProblem[];
  /** Changes whenever the entry does, so caches can tell which files changed. */
  revision: number;
}

export class FactBaseStore {
  private readonly entries = new Map<string, Entry>();
  private revisions = 0;

  set(file: string, text: string): void {
    const { data, problems } = parseFactBase(file, text);
    const good = data !== undefined && !problems.some((p) => p.severity === 'error');
    const previous = this.entries.get(file);
    if (good || !previous?.good) {
      // Never good yet: use whatever could be read rather than nothing.
      this.entries.set(file, { inUse: data, good, problems, revision: ++this.revisions });
    } else {
      this.entries.set(file, { ...previous, problems, revision: ++this.revisions });
    }
  }

  delete(file: string): boolean {
    return this.entries.delete(file);
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  inUse(file: string): FactBaseFile | undefined {
    return this.entries.get(file)?.inUse;
  }

  /** A key that changes when any of `files` changes, appears or disappears. */
  stamp(files: readonly string[]): string {
    return files.map((f) => `${f}@${this.entries.get(f)?.revision ?? 0}`).join('\n');
  }

  problems(file: string): FactBaseProblem[] {
    return this.entries.get(file)?.problems ?? [];
  }
}
