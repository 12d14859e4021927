/** Help, version, and clear errors for bad command lines. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, runCli } from './run';

describe('CLI: usage', () => {
  it('prints help', () => {
    const r = runCli(['--help'], REPO);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: policy-brief/);
    assert.match(r.stdout, /check PATH/);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const r = runCli(['--version'], REPO);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), version);
  });

  it('rejects unknown options, commands and formats with exit code 2', () => {
    for (const args of [['check', '--bogus', 'x.md'], ['frobnicate', 'x'], ['check', '--format', 'xml', 'x.md'], []]) {
      const r = runCli(args, REPO);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /policy-brief: .*\n.*--help/);
    }
    assert.match(runCli(['check', '--bogus', 'x.md'], REPO).stderr, /unknown option '--bogus'/);
  });

  it('names a missing file', () => {
    const r = runCli(['check', '--no-workspace-facts', 'no-such-brief.md'], REPO);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or folder: no-such-brief\.md/);
  });
});
