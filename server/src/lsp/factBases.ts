/**
 * The fact bases of a language server session: the default one plus, per workspace folder,
 * the files matching that folder's `policyBrief.factBases.glob`. Keeps them current from
 * disk (watched file events) and from open editors (live edits win over disk), publishes
 * their problems as diagnostics on the fact base files, and tells the server when the
 * knowledge changed so open briefs are re-checked.
 */
import { promises as fs } from 'node:fs';
import type { Connection, Diagnostic, FileEvent } from 'vscode-languageserver/node';
import { FileChangeType } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { FactBaseProblem } from '../engine';
import { DEFAULT_FACTS_PATH } from '../workspace/defaultFacts';
import { discoverFiles, matchesGlob } from '../workspace/discover';
import { KnowledgeCache, type ScopedKnowledge } from '../workspace/knowledgeFor';
import { FactBaseStore } from '../workspace/store';
import { fileUri, problemToDiagnostic } from './convert';
import type { Folder, Folders } from './folders';
import type { SettingsCache } from './settings';

/** Fact base files larger than this are not read: no real fact base comes near it. */
const MAX_FACT_BASE_BYTES = 10 * 1024 * 1024;

interface Scope {
  glob: string;
  useDefault: boolean;
  files: string[];
}

export interface FactBaseHost {
  connection: Connection;
  folders: Folders;
  settings: SettingsCache;
  /** Text of the open editor for a file path, which wins over the file on disk. */
  openText(path: string): string | undefined;
  /** Progress reporting for long loads, when the client supports it. */
  progress(title: string): Promise<{ report(percent: number, message: string): void; done(): void }>;
}

export class FactBaseService {
  readonly store = new FactBaseStore();
  private readonly knowledge = new KnowledgeCache(this.store);
  private readonly scopes = new Map<string, Scope>();
  private outsideScope: Scope = { glob: '', useDefault: true, files: [] };
  private readonly published = new Set<string>();
  private readonly listeners: Array<() => void> = [];
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly host: FactBaseHost) {}

  /** Called after any change to the knowledge documents may use. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** (Re)discovers and loads every folder's fact bases; later calls queue behind earlier ones. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.loadAll()).catch((e) => this.log(e));
    return this.loading;
  }

  /** Knowledge for the document at `uri`: its closest folder's fact bases plus the default. */
  knowledgeFor(uri: string): ScopedKnowledge {
    const folder = this.host.folders.closest(uri);
    const scope = (folder && this.scopes.get(folder.uri)) ?? this.outsideScope;
    return this.knowledge.get(this.scopeFiles(scope));
  }

  /** Watched file events from the client. */
  async filesChanged(events: readonly FileEvent[]): Promise<void> {
    let changed = false;
    for (const event of events) {
      const uri = URI.parse(event.uri);
      if (uri.scheme !== 'file') continue;
      changed = (await this.fileChanged(uri.fsPath, event.type)) || changed;
    }
    if (changed) this.changed();
  }

  /** An open editor's text of a fact base changed: treat it as the file's content. */
  documentChanged(uri: string, text: string): void {
    const path = URI.parse(uri).fsPath;
    if (!this.store.has(path) && !this.claim(path)) return;
    this.store.set(path, text);
    this.changed();
  }

  /** An editor closed without saving falls back to the file on disk. */
  async documentClosed(uri: string): Promise<void> {
    const path = URI.parse(uri).fsPath;
    if (!this.store.has(path)) return;
    if (await this.readIntoStore(path)) this.changed();
  }

  isFactBase(uri: string): boolean {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' && (this.store.has(parsed.fsPath) || this.owningScopes(parsed.fsPath).length > 0);
  }

  private async loadAll(): Promise<void> {
    const folders = this.host.folders.all();
    const progress = await this.host.progress('Loading fact bases');
    try {
      const window = await this.host.settings.get(undefined);
      this.outsideScope = { glob: '', useDefault: window.factBases.useDefault, files: [] };
      this.scopes.clear();
      const wanted = new Set<string>([DEFAULT_FACTS_PATH]);
      for (const [i, folder] of folders.entries()) {
        progress.report((i / Math.max(folders.length, 1)) * 50, `Searching ${folder.path}`);
        const scope = await this.discover(folder);
        this.scopes.set(folder.uri, scope);
        scope.files.forEach((f) => wanted.add(f));
      }
      for (const file of this.store.files()) if (!wanted.has(file)) this.store.delete(file);
      const files = [...wanted];
      for (const [i, file] of files.entries()) {
        progress.report(50 + (i / files.length) * 50, `Loading ${file}`);
        await this.readIntoStore(file);
      }
      this.knowledge.clear();
    } finally {
      progress.done();
    }
    this.changed();
  }

  private async discover(folder: Folder): Promise<Scope> {
    const settings = await this.host.settings.get(folder.uri);
    const { glob, useDefault } = settings.factBases;
    const found = await discoverFiles(folder.path, glob);
    if (found.truncated) this.host.connection.console.warn(`policy-brief: stopped searching ${folder.path} for fact bases at a cap`);
    // The shipped default may sit inside a folder (developing the extension itself); load it once.
    return { glob, useDefault, files: found.files.filter((f) => f !== DEFAULT_FACTS_PATH) };
  }

  private scopeFiles(scope: Scope): string[] {
    return scope.useDefault ? [DEFAULT_FACTS_PATH, ...scope.files] : scope.files;
  }

  /** Scopes whose glob matches `path`. */
  private owningScopes(path: string): Scope[] {
    return this.host.folders
      .all()
      .map((folder) => ({ folder, scope: this.scopes.get(folder.uri) }))
      .filter(({ folder, scope }) => scope && path !== DEFAULT_FACTS_PATH && matchesGlob(folder.path, scope.glob, path))
      .map(({ scope }) => scope!);
  }

  /** Adds a newly seen file to every scope whose glob matches it; false when none does. */
  private claim(path: string): boolean {
    const scopes = this.owningScopes(path);
    for (const scope of scopes) if (!scope.files.includes(path)) scope.files = [...scope.files, path].sort();
    return scopes.length > 0;
  }

  private async fileChanged(path: string, type: FileChangeType): Promise<boolean> {
    if (type === FileChangeType.Deleted) {
      for (const scope of this.scopes.values()) scope.files = scope.files.filter((f) => f !== path);
      return this.store.delete(path);
    }
    if (path !== DEFAULT_FACTS_PATH && !this.claim(path)) return false;
    if (this.host.openText(path) !== undefined) return false; // the editor's text wins
    return this.readIntoStore(path);
  }

  /** Loads a file from its open editor or from disk; false when it cannot be read. */
  private async readIntoStore(path: string): Promise<boolean> {
    let text = this.host.openText(path);
    if (text === undefined) {
      try {
        const stat = await fs.stat(path);
        if (stat.size > MAX_FACT_BASE_BYTES) {
          this.host.connection.console.warn(`policy-brief: ${path} is too large to be a fact base; ignored`);
          return this.store.delete(path);
        }
        text = await fs.readFile(path, 'utf8');
      } catch (e) {
        this.host.connection.console.error(`policy-brief: cannot read fact base ${path}: ${String(e)}`);
        return this.store.delete(path);
      }
    }
    this.store.set(path, text);
    return true;
  }

  private changed(): void {
    this.publishProblems();
    for (const listener of this.listeners) listener();
  }

  /** Problems of every loaded file: its own parse problems and those found across files. */
  private publishProblems(): void {
    const byFile = new Map<string, FactBaseProblem[]>();
    const seen = new Set<string>();
    const add = (problem: FactBaseProblem) => {
      const key = JSON.stringify(problem);
      if (seen.has(key)) return; // the same cross-file problem comes from every scope
      seen.add(key);
      byFile.set(problem.location.file, [...(byFile.get(problem.location.file) ?? []), problem]);
    };
    for (const file of this.store.files()) this.store.problems(file).forEach(add);
    for (const scope of [...this.scopes.values(), this.outsideScope]) {
      this.knowledge.get(this.scopeFiles(scope)).problems.forEach(add);
    }
    const stale = new Set(this.published);
    this.published.clear();
    for (const [file, problems] of byFile) {
      const uri = fileUri(file);
      const diagnostics: Diagnostic[] = problems.map(problemToDiagnostic);
      void this.host.connection.sendDiagnostics({ uri, diagnostics });
      this.published.add(uri);
      stale.delete(uri);
    }
    for (const uri of stale) void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private log(e: unknown): void {
    this.host.connection.console.error(`policy-brief: loading fact bases failed: ${e instanceof Error ? e.stack : String(e)}`);
  }
}
