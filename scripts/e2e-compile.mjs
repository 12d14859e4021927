// Compiles the end-to-end suite (test/e2e/suite/*.ts) to CommonJS in test/e2e/out/suite/,
// one file per source file: the extension host loads it with `vscode` and `mocha` resolved
// at run time. Shared by scripts/e2e-run.mjs and test/e2e/electron.mjs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the path of the compiled suite's index.js (the extensionTestsPath). */
export async function compileSuite() {
  const suiteDir = path.join(root, 'test', 'e2e', 'suite');
  const outDir = path.join(root, 'test', 'e2e', 'out', 'suite');
  await fs.rm(outDir, { recursive: true, force: true });
  const entryPoints = (await fs.readdir(suiteDir)).filter((name) => name.endsWith('.ts')).map((name) => path.join(suiteDir, name));
  await build({
    entryPoints,
    outdir: outDir,
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/** Copies the fixture workspace to `dir` (the tests write files into their workspace). */
export async function copyWorkspace(dir) {
  await fs.cp(path.join(root, 'test', 'e2e', 'workspace'), dir, { recursive: true });
  // Stored as extra.yaml: a *.facts.yaml file inside the repository would be loaded by the CLI
  // run from it. The copy gets the name the extension looks for.
  await fs.rename(path.join(dir, 'extra.yaml'), path.join(dir, 'extra.facts.yaml'));
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await compileSuite());
}
