/** Runs the built CLI (server/out/cli.js) in a fresh copy of the fixture workspace. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixtureWorkspace, REPO } from '../support/fixtureWorkspace';

export { REPO };
const CLI = path.join(REPO, 'server', 'out', 'cli.js');

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): Result {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function copyWorkspace(): { root: string; dispose(): void } {
  const root = copyFixtureWorkspace('policy-brief-cli-');
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** 1-based `line:column` of the first `needle` in a file, as compilers print it. */
export function lineColumn(file: string, needle: string): string {
  const text = readFileSync(file, 'utf8');
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return `${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}
