/** `actors FILE...`: each mention with its hover text, for the README demo. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { copyWorkspace, lineColumn, runCli } from './run';

describe('CLI: actors', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('lists mentions, with the hover text under each actor\'s first mention, workspace actors included', () => {
    const brief = path.join(ws.root, 'briefs', 'brief.md');
    const r = runCli(['actors', 'briefs/brief.md'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    const first = lineColumn(brief, 'TTP');
    assert.match(r.stdout, new RegExp(`^briefs/brief\\.md:${first}: ttp "TTP"\\n {4}\\*\\*Tehreek-i-Taliban Pakistan\\*\\*`, 'm'));
    const later = lineColumn(brief, 'TTP operates');
    assert.match(r.stdout, new RegExp(`^briefs/brief\\.md:${later}: ttp "TTP"\\nbriefs/`, 'm'));
    assert.match(r.stdout, /: nacta "NACTA"\n/);
    assert.doesNotMatch(r.stdout, /"STTP"/);
  });

  it('uses only the given fact bases with --no-default-facts', () => {
    const r = runCli(['actors', '--no-default-facts', '--no-workspace-facts', '--facts', 'extra.facts.yaml', 'briefs/brief.md'], ws.root);
    assert.match(r.stdout, /: nacta "NACTA"\n/);
    assert.doesNotMatch(r.stdout, /: ttp /);
  });
});
