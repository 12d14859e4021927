/**
 * A minimal LSP client for the tests: spawns the built server over stdio and speaks raw
 * JSON-RPC, answering the requests the server makes (configuration, registration, progress)
 * and letting tests wait on published diagnostics with a timeout, never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { pathToFileURL } from 'node:url';

export const REPO = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(REPO, 'server', 'out', 'server.js');
export const DEFAULT_FACTS = path.join(REPO, 'server', 'facts', 'default.facts.yaml');

export const fileUri = (file: string) => pathToFileURL(file).href;

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: unknown;
}
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface Waiter {
  uri: string;
  accept: (diagnostics: Diagnostic[], version?: number) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

export class TestClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  /** What workspace/configuration answers for section policyBrief; tests change it. */
  settings: Record<string, unknown> = {};
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly progressTokens: unknown[] = [];
  readonly logs: string[] = [];
  /** Resolves when the server ends its first work done progress (the initial fact base load). */
  readonly loaded: Promise<void>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  /** `server`: the server script to run, the built one unless a test unpacked another. */
  constructor(server = SERVER) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => {
      this.progressTokens.push(p.token);
      return null;
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    let ended!: () => void;
    this.loaded = new Promise((resolve) => (ended = resolve));
    this.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      if (p.value.kind === 'end') ended();
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.accept(p.diagnostics, p.version)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    this.connection.listen();
  }

  async initialize(folders: string[]): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the first diagnostics published for `uri` that `accept` takes (including ones already received). */
  waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && accept(current)) return Promise.resolve(current);
    return this.nextDiagnostics(uri, accept, timeoutMs);
  }

  /** Like waitForDiagnostics but ignores what was published before the call. */
  nextDiagnostics(uri: string, accept: (d: Diagnostic[], version?: number) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      };
      this.waiters.push(waiter);
    });
  }

  open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-range incremental change). */
  change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Replaces `range` with `text` (an incremental change); resolves with the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** Position of the `occurrence`-th (0-based) match of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' #${occurrence} not in text`);
  }
  index += delta;
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, character: index - (before.lastIndexOf('\n') + 1) };
}

/** The range of the `occurrence`-th match of `needle`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  return { start: positionOf(text, needle, occurrence), end: positionOf(text, needle, occurrence, needle.length) };
}
