// Bundles the shipped entry points with esbuild after `tsc -b` has type-checked them.
// The bundles are CommonJS so VS Code (extension host) and plain `node` load them alike;
// ESM-only dependencies (unified, remark) are folded in by esbuild.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: false,
  logLevel: 'warning',
  // The CLI prints its version without reading package.json at run time.
  define: { __POLICY_BRIEF_VERSION__: JSON.stringify(version) },
};

const entries = [
  { in: 'server/src/server.ts', out: 'server/out/server.js' },
  { in: 'server/src/cli.ts', out: 'server/out/cli.js' },
  { in: 'client/src/extension.ts', out: 'client/out/extension.js', external: ['vscode'] },
];

for (const entry of entries) {
  const input = join(root, entry.in);
  if (!existsSync(input)) {
    // Entry points are written by different people; a missing one is not a build failure.
    console.warn(`bundle: skipping ${entry.in} (not found)`);
    continue;
  }
  await build({ ...common, entryPoints: [input], outfile: join(root, entry.out), external: entry.external ?? [] });
}
