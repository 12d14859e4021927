/**
 * Shared helpers for the end-to-end suite, which runs inside a real VS Code extension host.
 * Every wait here is on an event or on the server's own answer, bounded by a deadline;
 * nothing sleeps for a fixed time hoping the editor has caught up.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';

export const EXTENSION_ID = 'policy-brief.policy-brief';

interface PolicyBriefApi {
  whenReady(): Promise<void>;
}

/** Activates the extension under test and waits until its language server has started. */
export async function activateExtension(): Promise<PolicyBriefApi> {
  const extension = vscode.extensions.getExtension<PolicyBriefApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test instance`);
  const api = await extension.activate();
  await api.whenReady();
  return api;
}

/** The URI of a file in the test workspace (a temporary copy of test/e2e/workspace). */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test instance has no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openDocument(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position of the `occurrence`-th (0-based) whole-word match of `word`, `offset` characters in. */
export function positionOf(document: vscode.TextDocument, word: string, occurrence = 0, offset = 1): vscode.Position {
  const pattern = new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  const matches = [...document.getText().matchAll(pattern)];
  assert.ok(matches.length > occurrence, `"${word}" occurs ${matches.length} times in ${document.uri.path}`);
  return document.positionAt(matches[occurrence]!.index! + offset);
}

/**
 * Calls `probe` until `accept` takes its value or the deadline passes. For questions only
 * the server can answer (a hover, a definition) there is no event to wait on, so we ask
 * again, with a short pause between asks so the extension host is not flooded.
 */
export async function poll<T>(
  what: string,
  probe: () => Thenable<T> | Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? String(lastError) : JSON.stringify(last)?.slice(0, 500);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last answer: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 250)));
  }
}

/** The text of every hover VS Code collects at `position` (all providers, Markdown joined). */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Waits until the hover at `position` contains `expected`. */
export function waitForHover(uri: vscode.Uri, position: vscode.Position, expected: string, timeoutMs?: number): Promise<string> {
  return poll(`a hover containing "${expected}"`, () => hoverText(uri, position), (text) => text.includes(expected), timeoutMs);
}

export async function definitions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const result =
    (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      uri,
      position,
    )) ?? [];
  return result.map((item) => ('targetUri' in item ? new vscode.Location(item.targetUri, item.targetSelectionRange ?? item.targetRange) : item));
}

/**
 * Resolves with the diagnostics of `uri` once `accept` takes them: checks the current ones,
 * then re-checks on every onDidChangeDiagnostics event for that URI.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; have: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Writes a file in the test workspace (the language server hears of it through its file watcher). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteWorkspaceFile(relativePath: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceUri(relativePath), { useTrash: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A recommendation of the default fact base, read from the shipped file (the source of truth). */
export interface DefaultRecommendation {
  id: string;
  title: string;
  /** "Ali, Stratheia (2025), ¶12", from the source's citation template. */
  citation: string;
}

export async function defaultRecommendations(): Promise<DefaultRecommendation[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test instance`);
  const file = vscode.Uri.joinPath(extension.extensionUri, 'server', 'facts', 'default.facts.yaml');
  const factBase = parseYaml(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as {
    sources: { id: string; citation: string }[];
    recommendations: { id: string; title: string; source: string; paragraph: number }[];
  };
  return factBase.recommendations.map((recommendation) => {
    const source = factBase.sources.find((s) => s.id === recommendation.source);
    assert.ok(source, `recommendation ${recommendation.id} cites an unknown source`);
    return {
      id: recommendation.id,
      title: recommendation.title,
      citation: source.citation.replace('{paragraph}', String(recommendation.paragraph)),
    };
  });
}

/**
 * Accepts the active item of the quick pick a command shows, until `done` settles. A quick
 * pick has no event of its own and accepting before it is shown is a no-op, so this retries,
 * waiting on `done` (or 200 ms) between tries.
 */
export async function acceptQuickPickUntil<T>(done: Promise<T>, what: string, timeoutMs = 20_000): Promise<T> {
  let settled = false;
  const tracked = done.finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms accepting the quick pick for ${what}`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([tracked, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  return tracked;
}

/** Resolves with the next change of `document`'s text that `accept` takes. */
export function waitForTextChange(
  document: vscode.TextDocument,
  accept: (text: string) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !accept(document.getText())) return;
      cleanup();
      resolve(document.getText());
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; text: ${JSON.stringify(document.getText().slice(0, 500))}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
  });
}

/** The text of a completion item's label, whichever form the provider gave it. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The text a completion item inserts (snippet syntax for snippet items). */
export function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText ?? labelOf(item);
  return typeof text === 'string' ? text : text.value;
}

/** Reverts the active editor's document to its saved text (the fixtures are shared by tests). */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
