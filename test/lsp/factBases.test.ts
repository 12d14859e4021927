/**
 * Workspace fact bases: problems as diagnostics at their exact place, the last good version
 * kept in use, and changes picked up from disk events and from open editors.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { positionOf, TestClient } from './client';
import { endSession, startWithBrief, type Workspace } from './workspace';

interface Hover {
  contents: { value: string };
}

const CHANGED = 2;

describe('LSP: workspace fact bases', () => {
  let client: TestClient;
  let ws: Workspace;

  before(async () => ({ client, ws } = await startWithBrief()));
  after(() => endSession({ client, ws }));

  const nactaHover = async () =>
    (
      await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: ws.briefUri },
        position: positionOf(ws.briefText, 'NACTA', 0, 1),
      })
    )?.contents.value ?? '';

  /** Resolves once the brief was re-checked, which follows every fact base change. */
  const briefRechecked = () => client.nextDiagnostics(ws.briefUri);

  it('picks up a change on disk reported by didChangeWatchedFiles', async () => {
    writeFileSync(ws.extraPath, ws.extraText.replace("Pakistan's federal body", 'The renamed federal body'));
    const rechecked = briefRechecked();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.extraUri, type: CHANGED }] });
    await rechecked;
    assert.match(await nactaHover(), /renamed federal body/);
  });

  it('reports a malformed fact base at the exact place and keeps its last good version', async () => {
    writeFileSync(ws.extraPath, ws.extraText.replace('kind: institution', 'kind: warlord'));
    const problems = client.nextDiagnostics(ws.extraUri, (d) => d.length > 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.extraUri, type: CHANGED }] });
    const [problem] = await problems;
    const at = positionOf(ws.extraText, 'institution');
    assert.deepEqual(problem!.range, { start: at, end: { line: at.line, character: at.character + 'warlord'.length } });
    assert.equal(problem!.severity, 1);
    assert.equal(problem!.code, 'schema');
    assert.equal(problem!.source, 'policy-brief');
    assert.match(await nactaHover(), /renamed federal body/);
  });

  it('clears the problems once the file is fixed', async () => {
    writeFileSync(ws.extraPath, ws.extraText);
    const cleared = client.nextDiagnostics(ws.extraUri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.extraUri, type: CHANGED }] });
    await cleared;
    assert.match(await nactaHover(), /Pakistan's federal body/);
  });

  it('treats an open fact base editor as live edits, errors included', async () => {
    const rechecked = briefRechecked();
    await client.open(ws.extraUri, ws.extraText.replace("Pakistan's federal body", 'An edited body'), 'yaml');
    await rechecked;
    assert.match(await nactaHover(), /An edited body/);

    const problems = client.nextDiagnostics(ws.extraUri, (d) => d.some((x) => x.code === 'yaml-syntax'));
    await client.change(ws.extraUri, ws.extraText.replace('    aliases:\n', '    aliases: [\n'));
    const diagnostics = await problems;
    assert.ok(diagnostics.every((d) => d.range.start.line >= 10), 'problems sit where the edit broke the file');
    assert.match(await nactaHover(), /An edited body/);

    // Closing without saving falls back to the file on disk.
    const reverted = client.nextDiagnostics(ws.extraUri, (d) => d.length === 0);
    await client.close(ws.extraUri);
    await reverted;
    assert.match(await nactaHover(), /Pakistan's federal body/);
  });

  it('completes actor ids in the reference fields of an open fact base, its own ids included', async () => {
    const text = ws.extraText.replace('related: [pakistan]', 'related: [pakistan, na]');
    await client.open(ws.extraUri, text, 'yaml');
    const position = positionOf(text, 'pakistan, na]', 0, 'pakistan, na'.length);
    const list = await client.request<{ items: { label: string; textEdit: { range: unknown; newText: string } }[] }>(
      'textDocument/completion',
      { textDocument: { uri: ws.extraUri }, position },
    );
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('nacta') && labels.includes('ttp'), JSON.stringify(labels));
    const nacta = list.items.find((i) => i.label === 'nacta')!;
    assert.deepEqual(nacta.textEdit.range, { start: { line: position.line, character: position.character - 2 }, end: position });
    await client.close(ws.extraUri);
  });
});
