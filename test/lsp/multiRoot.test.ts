/** Multi-root: each brief sees its own folder's fact bases plus the default; others only the default. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, positionOf, TestClient } from './client';
import { copyWorkspace, type Workspace } from './workspace';

describe('LSP: multi-root workspaces', () => {
  let client: TestClient;
  let ws: Workspace;
  let second: string;
  const text = 'NACTA briefed the TTP file.\n';

  before(async () => {
    ws = copyWorkspace();
    second = mkdtempSync(path.join(os.tmpdir(), 'policy-brief-second-'));
    client = new TestClient();
    await client.initialize([ws.root, second]);
    await client.loaded;
  });
  after(async () => {
    await client.stop();
    ws.dispose();
    rmSync(second, { recursive: true, force: true });
  });

  const hover = async (uri: string, needle: string) => {
    await client.open(uri, text);
    const result = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, needle, 0, 1),
    });
    return result?.contents.value;
  };

  it("uses a folder's own fact bases only for its documents", async () => {
    assert.match((await hover(fileUri(path.join(ws.root, 'a.md')), 'NACTA')) ?? '', /National Counter Terrorism Authority/);
    assert.equal(await hover(fileUri(path.join(second, 'b.md')), 'NACTA'), undefined);
  });

  it('gives documents outside every folder the default fact base', async () => {
    assert.match((await hover('untitled:Untitled-1', 'TTP')) ?? '', /Tehreek-i-Taliban Pakistan/);
  });
});
