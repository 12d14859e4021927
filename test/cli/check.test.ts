/** `check PATH...`: exit codes, the three output formats, fact base options, folders, suppression. */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyWorkspace, lineColumn, REPO, runCli } from './run';

const BRIEF = path.join('briefs', 'brief.md');

describe('CLI: check', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(ws.root, relative)), { recursive: true });
    writeFileSync(path.join(ws.root, relative), text);
  };

  it('reports a wrong figure compiler-style and exits 1', () => {
    const r = runCli(['check', BRIEF], ws.root);
    assert.equal(r.code, 1, r.stderr);
    const at = lineColumn(path.join(ws.root, BRIEF), '1,700');
    assert.match(r.stdout, new RegExp(`^briefs/brief\\.md:${at}: warning: .*1,612.* \\[figure-mismatch\\]$`, 'm'));
    assert.doesNotMatch(r.stdout, /1,600/);
  });

  it('exits 0 for a brief the sources support', () => {
    write('ok.md', 'CRSS counted more than 1,600 fatalities in 2024.\n');
    const r = runCli(['check', 'ok.md'], ws.root);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^0 findings/m);
  });

  it('honours suppression comments', () => {
    const text = readFileSync(path.join(ws.root, BRIEF), 'utf8').replace('\n# ', '\n<!-- policy-brief-disable figure-mismatch -->\n\n# ');
    write(BRIEF, text);
    assert.equal(runCli(['check', BRIEF], ws.root).code, 0);
  });

  it('recurses into folders, skipping node_modules and .git', () => {
    write('nested/deeper/also.md', 'Pakistan saw 1,700 fatalities in 2024.\n');
    write('node_modules/pkg/readme.md', 'Pakistan saw 1,700 fatalities in 2024.\n');
    write('.git/notes.md', 'Pakistan saw 1,700 fatalities in 2024.\n');
    const r = runCli(['check', '.'], ws.root);
    assert.equal(r.code, 1);
    const files = [...r.stdout.matchAll(/^([^:\n]+):\d+:\d+: /gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(files)].sort(), ['briefs/brief.md', 'nested/deeper/also.md']);
  });

  it('loads fact bases of the workspace\'s own repository only, not of clones inside it', () => {
    // An older clone of this project inside the workspace defines the same ids.
    write('clones/copy/.git/HEAD', 'ref: refs/heads/main\n');
    const older = `# an older copy\n${readFileSync(path.join(REPO, 'server', 'facts', 'default.facts.yaml'), 'utf8')}`;
    write('clones/copy/server/facts/default.facts.yaml', older);
    const r = runCli(['check', BRIEF], ws.root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /duplicate/i);
  });

  it('prints JSON', () => {
    const r = runCli(['check', '--format', 'json', BRIEF], ws.root);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files, ['briefs/brief.md']);
    const [finding] = json.findings;
    assert.equal(finding.check, 'figure-mismatch');
    assert.equal(finding.severity, 'warning');
    assert.equal(`${finding.line}:${finding.column}`, lineColumn(path.join(ws.root, BRIEF), '1,700'));
    assert.equal(finding.endColumn - finding.column, '1,700'.length);
    assert.equal(finding.fact.id, 'crss-2024-fatalities');
  });

  it('prints SARIF 2.1.0 for code scanning', () => {
    const r = runCli(['check', '--format=sarif', BRIEF], ws.root);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'policy-brief');
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.ok(ruleIds.includes('figure-mismatch'));
    const [result] = run.results;
    assert.equal(result.ruleId, 'figure-mismatch');
    assert.equal(ruleIds[result.ruleIndex], 'figure-mismatch');
    assert.equal(result.level, 'warning');
    assert.equal(typeof result.message.text, 'string');
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, 'briefs/brief.md');
    assert.equal(`${region.startLine}:${region.startColumn}`, lineColumn(path.join(ws.root, BRIEF), '1,700'));
    assert.equal(region.endLine, region.startLine);
    assert.equal(region.endColumn - region.startColumn, '1,700'.length);
  });

  it('checks against --facts files instead of the default with --no-default-facts', () => {
    const bare = runCli(['check', '--no-default-facts', '--no-workspace-facts', BRIEF], ws.root);
    assert.equal(bare.code, 0, bare.stdout + bare.stderr);
    // Not named *.facts.yaml, so only --facts loads it.
    write('custom/facts.yaml', readFileSync(path.join(REPO, 'server', 'facts', 'default.facts.yaml'), 'utf8'));
    const r = runCli(['check', '--no-default-facts', '--facts', 'custom/facts.yaml', BRIEF], ws.root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /\[figure-mismatch\]/);
  });

  it('exits 2 when a fact base has errors', () => {
    write('broken.facts.yaml', 'version: 1\nactors: [\n');
    const r = runCli(['check', BRIEF], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^broken\.facts\.yaml:\d+:\d+: error: .* \[yaml-syntax\]$/m);
  });
});
