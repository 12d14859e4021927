/**
 * Entry point of the end-to-end suite, loaded by the VS Code extension host as
 * `extensionTestsPath` (compiled to test/e2e/out/suite/index.js by scripts/e2e-run.mjs).
 * The extension host cannot print to the launcher's terminal, so the results go to a JSON
 * file (POLICY_BRIEF_E2E_RESULTS, or test/e2e/out/results.json) that the launcher reads.
 * `run()` rejects when a test failed, so launchers that only see the exit code
 * (@vscode/test-electron) fail too.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
}

export async function run(): Promise<void> {
  const started = Date.now();
  const resultsFile = process.env.POLICY_BRIEF_E2E_RESULTS ?? path.join(__dirname, '..', 'results.json');
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, durationMs: 0, tests: [] };
  try {
    const mochaModule: any = await import('mocha');
    const Mocha = mochaModule.default ?? mochaModule;
    const mocha = new Mocha({
      ui: 'bdd',
      timeout: Number(process.env.POLICY_BRIEF_E2E_TEST_TIMEOUT ?? 60_000),
      color: false,
      reporter: 'spec', // its output lands in the extension host log
      grep: process.env.POLICY_BRIEF_E2E_GREP || undefined,
    });
    const files = (await fs.readdir(__dirname)).filter((name) => name.endsWith('.test.js')).sort();
    for (const file of files) mocha.addFile(path.join(__dirname, file));
    await mocha.loadFilesAsync();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test: any) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (test: any, error: any) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: String(error?.stack ?? error) });
      });
      runner.on('pending', (test: any) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (error) {
    results.failed++;
    results.tests.push({ title: '(loading the suite)', state: 'failed', error: String((error as Error)?.stack ?? error) });
  }
  results.durationMs = Date.now() - started;
  await fs.mkdir(path.dirname(resultsFile), { recursive: true });
  // Written whole, then renamed, so the launcher never reads half a file.
  await fs.writeFile(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
  await fs.rename(`${resultsFile}.tmp`, resultsFile);
  if (results.failed > 0) throw new Error(`${results.failed} end-to-end test(s) failed`);
}
