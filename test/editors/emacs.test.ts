/**
 * The language server in Emacs: Debian's Emacs with eglot drives it over stdio in batch mode
 * (test/editors/emacs-eglot.el), and we check what Emacs itself received and what applying the
 * preferred quick fix did to the buffer. scripts/setup-e2e.sh installs Emacs and eglot; without
 * them this test fails rather than skipping.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from '../support/fixtureWorkspace';

const BRIEF = `# Brief

The TTP stepped up its campaign. CRSS counted 1,700 fatalities in 2024.
`;

interface Received {
  diagnostics?: { line: number; col: number; end_col: number; type: string; message: string }[];
  hover?: string;
  actions?: string[];
  text_after_fix?: string;
  error?: string;
}

describe('Emacs (eglot) as the LSP client', function () {
  this.timeout(90_000);
  let received: Received;
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policy-brief-emacs-'));
    const brief = path.join(dir, 'brief.md');
    const results = path.join(dir, 'received.json');
    writeFileSync(brief, BRIEF);
    const run = spawnSync('emacs', ['--batch', '-l', path.join(__dirname, 'emacs-eglot.el')], {
      cwd: dir,
      env: { ...process.env, BRIEF: brief, SERVER: path.join(REPO, 'server', 'out', 'server.js'), RESULT_FILE: results, HOME: dir },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.error, undefined, `could not run emacs: ${run.error}`);
    received = JSON.parse(readFileSync(results, 'utf8')) as Received;
    assert.equal(received.error, undefined, `${received.error}\n${run.stderr}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the mismatch warning on exactly the figure', () => {
    const lines = BRIEF.split('\n');
    const line = lines.findIndex((l) => l.includes('1,700'));
    const col = lines[line]!.indexOf('1,700');
    const warning = received.diagnostics!.find((d) => d.line === line && d.col === col);
    assert.ok(warning, JSON.stringify(received.diagnostics));
    assert.equal(warning.end_col, col + '1,700'.length);
    assert.equal(warning.type, 'eglot-warning');
    assert.match(warning.message, /figure-mismatch.*1,612/);
  });

  it('hovers an actor', () => {
    assert.match(received.hover ?? '', /Tehreek-i-Taliban Pakistan/);
  });

  it('offers the quick fixes and applies the source value', () => {
    assert.deepEqual(received.actions?.map((t) => t.replace(/:.*/, '')), [
      "Replace with the source's value",
      'Disable figure-mismatch for this line',
      'Disable figure-mismatch for this file',
    ]);
    assert.equal(received.text_after_fix, BRIEF.replace('1,700', '1,612'));
  });
});
