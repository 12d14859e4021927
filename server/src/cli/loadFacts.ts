/**
 * The fact bases a CLI run uses: the shipped default, the workspace's *.facts.yaml files
 * (like the editor loads them) and any --facts files, merged into one Knowledge.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Knowledge, FactBaseProblem } from '../engine';
import { DEFAULT_FACTS_PATH } from '../workspace/defaultFacts';
import { DEFAULT_FACT_BASE_GLOB, discoverFiles } from '../workspace/discover';
import { KnowledgeCache } from '../workspace/knowledgeFor';
import { FactBaseStore } from '../workspace/store';
import { UsageError, type Options } from './args';
import { workspaceRoot } from './paths';

export interface LoadedFacts {
  files: string[];
  knowledge: Knowledge;
  /** Every problem: each file's own and those across files. */
  problems: FactBaseProblem[];
}

export interface FactSelection {
  defaultFacts: boolean;
  /** Fact base files named on the command line. */
  explicit: string[];
  /** Folder searched for *.facts.yaml, if any. */
  workspace?: string;
}

/** What check and actors load: what the editor would for a brief in the workspace root. */
export function selectionFor(options: Options): FactSelection {
  return {
    defaultFacts: options.defaultFacts,
    explicit: options.facts,
    workspace: options.workspaceFacts ? workspaceRoot(process.cwd()) : undefined,
  };
}

export async function loadFacts(selection: FactSelection): Promise<LoadedFacts> {
  const files: string[] = [];
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!files.includes(resolved)) files.push(resolved);
  };
  if (selection.defaultFacts) add(DEFAULT_FACTS_PATH);
  if (selection.workspace) (await discoverFiles(selection.workspace, DEFAULT_FACT_BASE_GLOB)).files.forEach(add);
  selection.explicit.forEach(add);

  const store = new FactBaseStore();
  for (const file of files) store.set(file, readText(file, 'fact base'));
  const { knowledge, problems } = new KnowledgeCache(store).get(files);
  return { files, knowledge, problems: [...files.flatMap((f) => store.problems(f)), ...problems] };
}

/** Reads a file named by the user, turning "not there" into a usage error. */
export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${what} not found: ${file}` : `cannot read ${what} ${file}: ${(e as Error).message}`);
  }
}
