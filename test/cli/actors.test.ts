/** `actors FILE...`: each mention with its hover text, for the README demo. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { copyWorkspace, lineColumn, runCli } from './run';

describe('CLI: actors', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('lists mentions with their hover text, workspace actors included', () => {
    const brief = path.join(ws.root, 'briefs', 'brief.md');
    const r = runCli(['actors', 'briefs/brief.md'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    const at = lineColumn(brief, 'TTP operates');
    assert.match(r.stdout, new RegExp(`^briefs/brief\\.md:${at}: ttp "TTP"\\n {4}.*Tehreek-i-Taliban Pakistan`, 'm'));
    assert.match(r.stdout, /: nacta "NACTA"\n/);
    assert.doesNotMatch(r.stdout, /"STTP"/);
  });

  it('uses only the given fact bases with --no-default-facts', () => {
    const r = runCli(['actors', '--no-default-facts', '--no-workspace-facts', '--facts', 'extra.facts.yaml', 'briefs/brief.md'], ws.root);
    assert.match(r.stdout, /: nacta "NACTA"\n/);
    assert.doesNotMatch(r.stdout, /: ttp /);
  });
});
