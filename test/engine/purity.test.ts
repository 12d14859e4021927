import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const engineDir = join(__dirname, '..', '..', 'server', 'src', 'engine');
const forbidden = /^(vscode|vscode-languageserver|vscode-languageserver-[\w-]+|vscode-languageclient|vscode-jsonrpc|node:fs|fs|node:child_process|child_process)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  it('no engine file imports an editor, LSP or file-system module', () => {
    const offenders = sourceFiles(engineDir).flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)];
      return imports.filter((m) => forbidden.test(m[1]!)).map((m) => `${relative(engineDir, file)} imports ${m[1]}`);
    });
    assert.deepEqual(offenders, []);
  });

  it('nothing the engine pulls in transitively is an editor or LSP package', async () => {
    const result = await build({
      entryPoints: [join(engineDir, 'index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(vscode|@vscode)/.test(p));
    assert.deepEqual(inputs, []);
  });

  it('the server and the CLI import the engine only through its index', () => {
    const serverDir = join(engineDir, '..');
    const plumbing = sourceFiles(serverDir).filter((file) => !file.startsWith(engineDir + '/'));
    assert.ok(plumbing.length > 10);
    const offenders = plumbing.flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from\s*['"]([^'"]*\/engine\/[^'"]+)['"]/g)];
      return imports.map((m) => `${relative(serverDir, file)} imports ${m[1]}`);
    });
    assert.deepEqual(offenders, []);
  });
});
