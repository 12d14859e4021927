/** Hostile documents must neither crash nor wedge the server. */
import * as assert from 'node:assert/strict';
import { fileUri, positionOf, TestClient } from './client';
import { endSession, startWithBrief, type Workspace } from './workspace';
import { generateBrief } from '../fixtures/markdown/generate';

describe('LSP: robustness', () => {
  let client: TestClient;
  let ws: Workspace;

  before(async () => ({ client, ws } = await startWithBrief()));
  after(() => endSession({ client, ws }));

  const hoverStillWorks = async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, 'The TTP', 0, 5),
    });
    assert.match(hover?.contents.value ?? '', /Tehreek-i-Taliban Pakistan/);
  };

  it('publishes at most 5,000 findings per document, then says how many more there are', async () => {
    const uri = fileUri(`${ws.root}/briefs/many-findings.md`);
    const text = 'CRSS counted 1,700 fatalities in 2024.\n\n'.repeat(5_010);
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0, 60_000);
    assert.equal(diagnostics.length, 5_001);
    assert.ok(diagnostics.slice(0, 5_000).every((d) => d.code === 'figure-mismatch'));
    assert.match(diagnostics[5_000]!.message, /^10 more findings from here on are not shown/);
    await client.close(uri);
  });

  it('survives binary junk', async () => {
    let junk = '';
    for (let i = 0; i < 200_000; i++) junk += String.fromCharCode((i * 7919) % 0xd7ff);
    const uri = fileUri(`${ws.root}/junk.md`);
    await client.open(uri, junk);
    await client.waitForDiagnostics(uri, () => true, 30_000);
    await hoverStillWorks();
  });

  it('keeps answering hovers while a 5 MB document is analysed, then publishes its diagnostics', async function () {
    this.timeout(90_000);
    // Varied text: a section or unit repeated is analysed once, which would make this quick.
    const big = generateBrief(5 * 1024 * 1024);
    const uri = fileUri(`${ws.root}/big.md`);
    const hoverBig = () => client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(big, 'TTP', 0, 1),
    });
    const published = client.waitForDiagnostics(uri, () => true, 85_000);
    let analysing = true;
    published.then(() => (analysing = false), () => (analysing = false));
    await client.open(uri, big);

    // A responsiveness property, so timed; the bound is generous for a loaded 2-core machine
    // (the analysis itself takes seconds, and used to block every request for all of them).
    const rounds: number[] = [];
    while (analysing) {
      const start = performance.now();
      await hoverStillWorks();
      await hoverBig(); // answered at once from no analysis yet, never waited for
      rounds.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await published;
    assert.ok(rounds.length >= 3, `only ${rounds.length} hover rounds during the analysis`);
    assert.ok(Math.max(...rounds) < 1000, `hovers took up to ${Math.round(Math.max(...rounds))} ms during the analysis`);
    assert.match((await hoverBig())?.contents.value ?? '', /Tehreek-i-Taliban Pakistan/);
  });
});
