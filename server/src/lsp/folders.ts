/**
 * The workspace folders and which one a document belongs to. Multi-root: a document uses
 * the closest (deepest) folder containing it; documents outside every folder, untitled ones
 * included, belong to none and use the default fact base only.
 */
import * as path from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';

export interface Folder {
  uri: string;
  /** File system path of the folder. */
  path: string;
}

export class Folders {
  private folders: Folder[] = [];

  set(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders
      .map((f) => URI.parse(f.uri))
      .filter((u) => u.scheme === 'file')
      .map((u) => ({ uri: u.toString(), path: u.fsPath }));
  }

  /** Applies a workspace/didChangeWorkspaceFolders event. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => URI.parse(f.uri).toString()));
    const kept = this.folders.filter((f) => !gone.has(f.uri)).map((f) => ({ uri: f.uri, name: '' }));
    this.set([...kept, ...added]);
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The deepest folder containing the file at `uri`, if any. */
  closest(uri: string): Folder | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    let best: Folder | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, parsed.fsPath);
      const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
      if (inside && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }
}
