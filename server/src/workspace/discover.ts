/**
 * Finds fact base files under a folder. A plain walk with a glob test rather than a glob
 * library so node_modules and .git are never entered and a huge tree is cut off at a cap.
 * Fact bases are searched for only in the folder's own repository: a folder below it with a
 * .git of its own is another project (a clone, a vendored repository) whose facts are not
 * this workspace's, and clones of one project would all define the same ids.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_FACT_BASE_GLOB = '**/*.facts.yaml';
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface DiscoverOptions {
  /** Stop after this many directory entries have been looked at. */
  maxEntries?: number;
  /** Stop after this many matches. */
  maxFiles?: number;
}

export interface Discovery {
  files: string[];
  /** True when a cap stopped the walk early. */
  truncated: boolean;
}

/** Absolute paths of the files under `root` whose root-relative path matches `glob`. */
export async function discoverFiles(root: string, glob: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const isMatch = picomatch(glob, { dot: false });
  return walk(root, (relative) => isMatch(relative), options, true);
}

/** Absolute paths of the Markdown files under `root` (for the CLI's `check FOLDER`). */
export async function discoverMarkdown(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  return walk(root, (relative) => /\.(md|markdown)$/i.test(relative), options, false);
}

async function walk(root: string, accept: (relative: string) => boolean, options: DiscoverOptions, ownRepositoryOnly: boolean): Promise<Discovery> {
  const maxEntries = options.maxEntries ?? 200_000;
  const maxFiles = options.maxFiles ?? 1_000;
  const files: string[] = [];
  const pending = [root];
  let seen = 0;
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folders are skipped, not fatal
    }
    if (ownRepositoryOnly && dir !== root && entries.some((entry) => entry.name === '.git')) continue;
    entries.sort((a, b) => (a.name < b.name ? 1 : -1)); // popped in name order: stable output
    for (const entry of entries) {
      if (++seen > maxEntries || files.length >= maxFiles) return { files: files.sort(), truncated: true };
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && accept(toPosix(path.relative(root, full)))) {
        files.push(full);
      }
    }
  }
  return { files: files.sort(), truncated: false };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Whether `file` (absolute) lies under `root`, in its repository, and matches `glob` relative to it. */
export function matchesGlob(root: string, glob: string, file: string): boolean {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const parts = relative.split(path.sep);
  if (parts.some((part) => SKIPPED_DIRECTORIES.has(part))) return false;
  for (let depth = 1; depth < parts.length; depth++) {
    if (existsSync(path.join(root, ...parts.slice(0, depth), '.git'))) return false;
  }
  return picomatch(glob, { dot: false })(toPosix(relative));
}
