/**
 * The packaged extension (`npm run package`): what goes into the .vsix, and that the server and
 * CLI inside it work on their own, with no node_modules beside them (esbuild must have bundled
 * every runtime dependency). Runs after the build, like the LSP and CLI tests.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import yauzl from 'yauzl';
import { fileUri, REPO, TestClient } from '../lsp/client';

const VSCE = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Unpacks every file of the zip at `zipPath` under `into`; returns the entry names. */
function unzip(zipPath: string, into: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(names));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            const target = path.join(into, entry.fileName);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);
  let dir: string;
  let files: string[];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'policy-brief-vsix-'));
    const vsix = path.join(dir, 'policy-brief.vsix');
    // The same options as `npm run package`, whose build step has already run.
    const packed = spawnSync(
      process.execPath,
      [VSCE, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', vsix],
      { cwd: REPO, encoding: 'utf8', timeout: 100_000 },
    );
    assert.equal(packed.status, 0, packed.stderr + packed.stdout);
    files = await unzip(vsix, path.join(dir, 'unpacked'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the bundles, the default fact base and the declarative parts, and no sources or tests', () => {
    for (const required of [
      'extension/package.json',
      'extension/client/out/extension.js',
      'extension/server/out/server.js',
      'extension/server/out/cli.js',
      'extension/server/facts/default.facts.yaml',
      'extension/server/facts/factbase.schema.json',
      'extension/snippets/policy-brief.code-snippets',
      'extension/syntaxes/policy-brief-claims.injection.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/LICENSE.txt',
    ]) {
      assert.ok(files.includes(required), `${required} is missing from ${files.join(', ')}`);
    }
    const unwanted = files.filter((f) => /node_modules\/|\/src\/|^extension\/test\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('runs its language server with nothing else installed and flags a wrong figure', async () => {
    const server = path.join(dir, 'unpacked', 'extension', 'server', 'out', 'server.js');
    const client = new TestClient(server);
    try {
      await client.initialize([]);
      await client.loaded;
      const uri = fileUri(path.join(dir, 'brief.md'));
      await client.open(uri, 'CRSS counted 1,700 fatalities in 2024.\n');
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(diagnostics.map((d) => d.code), ['figure-mismatch']);
      assert.match(diagnostics[0]!.message, /1,612/);
    } finally {
      await client.stop();
    }
  });

  it('runs its CLI with nothing else installed', () => {
    const brief = path.join(dir, 'check-me.md');
    writeFileSync(brief, 'The airstrikes on TTP hideouts in Afghanistan came on 25 December 2024.\n');
    const cli = path.join(dir, 'unpacked', 'extension', 'server', 'out', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'check', brief], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /December 24, 2024.*\[date-mismatch\]/);
  });
});
