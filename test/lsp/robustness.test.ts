/** Hostile documents must neither crash nor wedge the server. */
import * as assert from 'node:assert/strict';
import { fileUri, positionOf, TestClient } from './client';
import { copyWorkspace, type Workspace } from './workspace';

describe('LSP: robustness', () => {
  let client: TestClient;
  let ws: Workspace;

  before(async () => {
    ws = copyWorkspace();
    client = new TestClient();
    await client.initialize([ws.root]);
    await client.open(ws.briefUri, ws.briefText);
    await client.waitForDiagnostics(ws.briefUri, (d) => d.length > 0);
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  const hoverStillWorks = async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, 'The TTP', 0, 5),
    });
    assert.match(hover?.contents.value ?? '', /Tehreek-i-Taliban Pakistan/);
  };

  it('survives binary junk', async () => {
    let junk = '';
    for (let i = 0; i < 200_000; i++) junk += String.fromCharCode((i * 7919) % 0xd7ff);
    const uri = fileUri(`${ws.root}/junk.md`);
    await client.open(uri, junk);
    await client.waitForDiagnostics(uri, () => true, 30_000);
    await hoverStillWorks();
  });

  it('survives a 5 MB document and still answers hovers', async function () {
    this.timeout(60_000);
    const paragraph = 'The TTP claimed 1,700 fatalities in 2024 while [links](http://x) and `code` abound. ';
    const big = `${paragraph.repeat(40)}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (paragraph.length * 40)));
    const uri = fileUri(`${ws.root}/big.md`);
    await client.open(uri, big);
    await client.waitForDiagnostics(uri, () => true, 55_000);
    await hoverStillWorks();
  });
});
