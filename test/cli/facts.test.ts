/** `facts FILE...`: fact base validation with compiler-style problems. */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyWorkspace, lineColumn, runCli } from './run';

describe('CLI: facts', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('accepts a valid fact base (its references resolved against the default)', () => {
    const r = runCli(['facts', 'extra.facts.yaml'], ws.root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^ok: /m);
  });

  it('reports a problem at its line and column with exit code 2', () => {
    const file = path.join(ws.root, 'extra.facts.yaml');
    const broken = readFileSync(file, 'utf8').replace('kind: institution', 'kind: warlord');
    writeFileSync(file, broken);
    const r = runCli(['facts', 'extra.facts.yaml'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stdout, new RegExp(`^extra\\.facts\\.yaml:${lineColumn(file, 'warlord')}: error: .*warlord.* \\[schema\\]$`, 'm'));
  });

  it('without the default, references to its actors are unknown', () => {
    const r = runCli(['facts', '--no-default-facts', 'extra.facts.yaml'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^extra\.facts\.yaml:\d+:\d+: error: .*pakistan.* \[unknown-reference\]$/m);
  });

  it('names a missing fact base file', () => {
    const r = runCli(['facts', 'missing.facts.yaml'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /fact base not found: .*missing\.facts\.yaml/);
  });
});
