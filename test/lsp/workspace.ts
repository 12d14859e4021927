/** A fresh copy of test/fixtures/workspace per suite, so tests can edit its fact bases. */
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixtureWorkspace } from '../support/fixtureWorkspace';
import { fileUri } from './client';

export interface Workspace {
  root: string;
  briefPath: string;
  briefUri: string;
  briefText: string;
  extraPath: string;
  extraUri: string;
  extraText: string;
  dispose(): void;
}

export function copyWorkspace(): Workspace {
  const root = copyFixtureWorkspace('policy-brief-lsp-');
  const briefPath = path.join(root, 'briefs', 'brief.md');
  const extraPath = path.join(root, 'extra.facts.yaml');
  return {
    root,
    briefPath,
    briefUri: fileUri(briefPath),
    briefText: readFileSync(briefPath, 'utf8'),
    extraPath,
    extraUri: fileUri(extraPath),
    extraText: readFileSync(extraPath, 'utf8'),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The 0-based line of the first line of `file` containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not in ${file}`);
  return index;
}
