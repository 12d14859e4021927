/** How the CLI names files and finds the workspace root. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Paths as compilers print them: relative to the current folder when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The nearest folder at or above `from` that contains .git; `from` itself when none does. */
export function workspaceRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}
