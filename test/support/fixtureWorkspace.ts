import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');

/**
 * Copies test/fixtures/workspace to a fresh temporary folder and returns its path. The
 * fixture's fact base is stored as extra.yaml and becomes extra.facts.yaml only in the copy:
 * a *.facts.yaml file inside the repository would be loaded by the CLI run from it.
 */
export function copyFixtureWorkspace(prefix: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(path.join(REPO, 'test', 'fixtures', 'workspace'), root, { recursive: true });
  renameSync(path.join(root, 'extra.yaml'), path.join(root, 'extra.facts.yaml'));
  return root;
}
