/**
 * The language server in an editor other than VS Code: Debian's Neovim drives it over stdio
 * (test/editors/neovim.lua) and we check what Neovim itself received. scripts/setup-e2e.sh
 * installs Neovim; without it this test fails rather than skipping.
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
  got_diagnostics?: boolean;
  diagnostics?: { line: number; col: number; end_col: number; severity: number; message: string; code?: string }[];
  hover?: string;
  definition?: { uri: string } | { uri: string }[] | { targetUri: string }[];
  error?: string;
}

describe('Neovim as the LSP client', function () {
  this.timeout(90_000);
  let received: Received;
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policy-brief-nvim-'));
    const brief = path.join(dir, 'brief.md');
    const results = path.join(dir, 'received.json');
    writeFileSync(brief, BRIEF);
    const line = BRIEF.split('\n').findIndex((l) => l.includes('TTP'));
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(__dirname, 'neovim.lua')}`], {
      env: {
        ...process.env,
        BRIEF: brief,
        SERVER: path.join(REPO, 'server', 'out', 'server.js'),
        RESULT_FILE: results,
        HOVER_LINE: String(line),
        HOVER_CHARACTER: String(BRIEF.split('\n')[line]!.indexOf('TTP') + 1),
        XDG_CONFIG_HOME: dir,
        XDG_DATA_HOME: dir,
        XDG_STATE_HOME: dir,
      },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.error, undefined, `could not run nvim: ${run.error}`);
    received = JSON.parse(readFileSync(results, 'utf8')) as Received;
    assert.equal(received.error, undefined, received.error);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the mismatch warning on exactly the figure', () => {
    assert.ok(received.got_diagnostics, 'Neovim received no diagnostics');
    const text = BRIEF.split('\n');
    const line = text.findIndex((l) => l.includes('1,700'));
    const col = text[line]!.indexOf('1,700');
    const warning = received.diagnostics!.find((d) => d.line === line && d.col === col);
    assert.ok(warning, JSON.stringify(received.diagnostics));
    assert.equal(warning.end_col, col + '1,700'.length);
    assert.equal(warning.severity, 2); // vim.diagnostic.severity.WARN
    assert.match(warning.message, /1,612/);
  });

  it('hovers an actor and goes to its definition', () => {
    assert.match(received.hover ?? '', /Tehreek-i-Taliban Pakistan/);
    const targets = Array.isArray(received.definition) ? received.definition : [received.definition];
    const uri = (targets[0] as { uri?: string; targetUri?: string } | undefined);
    assert.match(uri?.uri ?? uri?.targetUri ?? '', /default\.facts\.yaml$/);
  });
});
