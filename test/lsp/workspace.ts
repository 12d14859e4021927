/** A fresh copy of test/fixtures/workspace per suite, so tests can edit its fact bases. */
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixtureWorkspace } from '../support/fixtureWorkspace';
import { fileUri, TestClient, type Diagnostic } from './client';

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

/** A suite's server: a fresh workspace copy, a client on it, and a teardown for both. */
export interface Session {
  client: TestClient;
  ws: Workspace;
}

/**
 * Starts the server on a fresh copy of the fixture workspace, opens its brief and waits until
 * the brief is checked (diagnostics `accept` takes), which also means the fact bases are loaded.
 * On failure it stops what it started, so a failed hook leaves no server keeping mocha alive.
 */
export async function startWithBrief(
  accept: (d: Diagnostic[], ws: Workspace) => boolean = (d) => d.length > 0,
): Promise<Session & { diagnostics: Diagnostic[] }> {
  const ws = copyWorkspace();
  const client = new TestClient();
  try {
    await client.initialize([ws.root]);
    await client.open(ws.briefUri, ws.briefText);
    const diagnostics = await client.waitForDiagnostics(ws.briefUri, (d) => accept(d, ws));
    return { client, ws, diagnostics };
  } catch (error) {
    await endSession({ client, ws });
    throw error;
  }
}

/** Ends a session; tolerates one whose start failed (mocha runs `after` hooks regardless). */
export async function endSession({ client, ws }: Partial<Session>): Promise<void> {
  await client?.stop();
  ws?.dispose();
}
