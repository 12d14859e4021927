/**
 * Knowledge for a set of fact base files (a workspace folder's files plus the default),
 * cached until one of those files changes: every document of a folder shares one Knowledge,
 * which in turn lets the analyzer keep one ActorMatcher per folder.
 */
import { buildKnowledge, type Knowledge, type FactBaseFile, type FactBaseProblem } from '../engine';
import type { FactBaseStore } from './store';

export interface ScopedKnowledge {
  knowledge: Knowledge;
  /** Problems across the files (duplicate ids, unknown references), by their own location. */
  problems: FactBaseProblem[];
}

export class KnowledgeCache {
  private readonly cache = new Map<string, { stamp: string; value: ScopedKnowledge }>();

  constructor(private readonly store: FactBaseStore) {}

  get(files: readonly string[]): ScopedKnowledge {
    const key = files.join('\n');
    const stamp = this.store.stamp(files);
    const cached = this.cache.get(key);
    if (cached && cached.stamp === stamp) return cached.value;
    const loaded = files.map((f) => this.store.inUse(f)).filter((f): f is FactBaseFile => f !== undefined);
    const value = buildKnowledge(loaded);
    this.cache.set(key, { stamp, value });
    return value;
  }

  /** Forget scopes that no longer exist (folders removed, globs changed). */
  clear(): void {
    this.cache.clear();
  }
}
