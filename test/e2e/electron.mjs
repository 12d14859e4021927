#!/usr/bin/env node
// Runs the end-to-end suite in a desktop VS Code with @vscode/test-electron, for people who
// have one installed. CI uses scripts/e2e-run.mjs instead: test-electron downloads VS Code,
// which these machines cannot do, so here it is given an installed VS Code instead.
//
//   VSCODE_EXECUTABLE=/path/to/code node test/e2e/electron.mjs
//
// Build first (`npm run build`). Prints `N passed, N failed` like the CI runner.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { compileSuite, copyWorkspace, root } from '../../scripts/e2e-compile.mjs';

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  console.error(
    'test/e2e/electron.mjs: set VSCODE_EXECUTABLE to a desktop VS Code binary, e.g.\n' +
      '  VSCODE_EXECUTABLE=/usr/share/code/code node test/e2e/electron.mjs\n' +
      '  VSCODE_EXECUTABLE="/Applications/Visual Studio Code.app/Contents/MacOS/Electron" node test/e2e/electron.mjs\n' +
      'Without a desktop VS Code, run `node scripts/e2e-run.mjs` (VS Code server + headless Chromium).',
  );
  process.exit(2);
}

const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'policy-brief-e2e-electron-'));
const workspace = await copyWorkspace(path.join(temp, 'workspace'));
const resultsFile = path.join(temp, 'results.json');
let exitCode = 1;
try {
  const extensionTestsPath = await compileSuite();
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    extensionTestsEnv: { POLICY_BRIEF_E2E_RESULTS: resultsFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(temp, 'user-data')],
  }).catch(() => undefined); // a failing suite rejects; the results file tells what failed
  const results = JSON.parse(await fs.readFile(resultsFile, 'utf8'));
  for (const test of results.tests) {
    console.log(`${test.state === 'passed' ? 'ok  ' : test.state === 'failed' ? 'FAIL' : 'skip'} ${test.title}`);
    if (test.error) console.log(test.error.replace(/^/gm, '     '));
  }
  console.log(`${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  exitCode = results.failed === 0 && results.passed > 0 ? 0 : 1;
} catch (error) {
  console.error(`test/e2e/electron.mjs: ${error?.message ?? error}`);
  console.log('0 passed, 1 failed');
} finally {
  await fs.rm(temp, { recursive: true, force: true });
}
process.exit(exitCode);
