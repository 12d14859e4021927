/** Where the server and CLI look for workspace fact bases: the workspace's own repository only. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_FACT_BASE_GLOB, discoverFiles, matchesGlob } from '../../server/src/workspace/discover';

describe('workspace fact base discovery', () => {
  let root: string;
  const write = (relative: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), 'version: 1\n');
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'policy-brief-discover-'));
    write('.git/HEAD');
    write('facts/own.facts.yaml');
    write('deep/er/also.facts.yaml');
    write('node_modules/pkg/dep.facts.yaml');
    write('vendor/clone/.git/HEAD');
    write('vendor/clone/facts/other.facts.yaml');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds fact bases below the root but not in node_modules or in other repositories', async () => {
    const { files } = await discoverFiles(root, DEFAULT_FACT_BASE_GLOB);
    assert.deepEqual(files.map((f) => path.relative(root, f).split(path.sep).join('/')), ['deep/er/also.facts.yaml', 'facts/own.facts.yaml']);
  });

  it('claims changed files by the same rule', () => {
    assert.equal(matchesGlob(root, DEFAULT_FACT_BASE_GLOB, path.join(root, 'facts', 'own.facts.yaml')), true);
    assert.equal(matchesGlob(root, DEFAULT_FACT_BASE_GLOB, path.join(root, 'vendor', 'clone', 'facts', 'other.facts.yaml')), false);
    assert.equal(matchesGlob(root, DEFAULT_FACT_BASE_GLOB, path.join(root, 'node_modules', 'pkg', 'dep.facts.yaml')), false);
  });
});
