/** Completions and the custom requests, over the real protocol (run `npm run build` first). */
import * as assert from 'node:assert/strict';
import type { RecommendationInfo } from '../../server/src/lsp/protocol';
import * as path from 'node:path';
import { fileUri, TestClient, type Range } from './client';
import { copyWorkspace, type Workspace } from './workspace';

interface CompletionItem {
  label: string;
  detail?: string;
  filterText?: string;
  insertTextFormat?: number;
  textEdit: { range: Range; newText: string };
}
interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

const SNIPPET = 2;
const DEFAULT_COUNT = 10;

/** Starts a server as an editor with snippet support would, optionally saying it bundles the snippet file. */
async function startClient(ws: Workspace, initializationOptions?: object): Promise<TestClient> {
  const client = new TestClient();
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: fileUri(ws.root), name: path.basename(ws.root) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { completion: { completionItem: { snippetSupport: true } } },
    },
    initializationOptions,
  });
  await client.connection.sendNotification('initialized', {});
  await client.loaded;
  return client;
}

describe('LSP: completion', () => {
  let ws: Workspace;
  let client: TestClient;
  let bundled: TestClient;
  let plain: TestClient;

  before(async () => {
    ws = copyWorkspace();
    [client, bundled] = await Promise.all([startClient(ws), startClient(ws, { bundledSnippets: true })]);
    // The suite's default client (no snippet support, no options).
    plain = new TestClient();
    await plain.initialize([ws.root]);
    await plain.loaded;
  });
  after(async () => {
    await Promise.all([client, bundled, plain].map((c) => c.stop()));
    ws.dispose();
  });

  let counter = 0;
  /** Opens `text` as a new brief in the workspace and asks for completions at its end. */
  async function completeAtEnd(c: TestClient, text: string): Promise<CompletionList> {
    const uri = fileUri(path.join(ws.root, 'briefs', `completion-${counter++}.md`));
    await c.open(uri, text);
    const lines = text.split('\n');
    return c.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
    });
  }

  it('offers every recommendation of the default and the workspace fact base under Recommendations', async () => {
    const list = await completeAtEnd(client, '# Brief\n\n## Recommendations\n\n- ');
    assert.equal(list.items.length, DEFAULT_COUNT + 1);
    const nacta = list.items.find((i) => i.label.includes('NACTA'));
    assert.ok(nacta, 'the workspace recommendation is offered');
    assert.match(nacta.textEdit.newText, /\(Fixture Press \(2025\), ¶3\)\.\$0$/);
    for (const item of list.items) {
      assert.equal(item.insertTextFormat, SNIPPET);
      assert.equal(item.detail && item.textEdit.newText.includes(item.detail), true, `${item.label} cites ${item.detail}`);
      assert.deepEqual(item.textEdit.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } });
    }
  });

  it('leaves the default fact base recommendations to the bundled snippets', async () => {
    const list = await completeAtEnd(bundled, '## Recommendations\n\n');
    assert.deepEqual(list.items.map((i) => i.label), ['Give NACTA the lead in counter-terrorism coordination']);
    assert.equal((await completeAtEnd(bundled, '')).items.length, 0, 'no skeleton either');
  });

  it('completes an actor name in its canonical spelling', async () => {
    const list = await completeAtEnd(client, '# Brief\n\nPakistan worried about Mutt');
    const item = list.items.find((i) => i.label === 'Amir Khan Muttaqi');
    assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
    assert.equal(item.filterText, 'Muttaqi');
    assert.deepEqual(item.textEdit, {
      range: { start: { line: 2, character: 23 }, end: { line: 2, character: 27 } },
      newText: 'Amir Khan Muttaqi',
    });
    assert.equal(list.isIncomplete, true);
  });

  it('completes a key facts row with the source figure', async () => {
    const list = await completeAtEnd(client, '## Key facts\n\n| Measure | Figure | Source |\n| --- | --- | --- |\n| ');
    const row = list.items.find((i) => i.textEdit.newText.includes('over 1,612'));
    assert.ok(row, JSON.stringify(list.items.map((i) => i.label)));
    assert.equal(row.textEdit.newText, '| Fatalities from terrorist attacks, 2024 | over 1,612 according to CRSS | Ali, Stratheia (2025), ¶7 |');
  });

  it('gives plain text to clients without snippet support, and a skeleton in an empty document', async () => {
    const list = await completeAtEnd(plain, '## Recommendations\n\n');
    assert.ok(list.items.every((i) => i.insertTextFormat !== SNIPPET && !i.textEdit.newText.includes('${')));
    const [skeleton] = (await completeAtEnd(plain, '')).items;
    assert.equal(skeleton?.label, 'New brief skeleton');
    assert.match(skeleton!.textEdit.newText, /^date: \d{4}-\d{2}-\d{2}$/m);
  });

  it('offers nothing in a code block', async () => {
    const list = await completeAtEnd(client, '## Recommendations\n\n```\nMutt');
    assert.equal(list.items.length, 0);
  });
});

describe('LSP: custom requests', () => {
  let ws: Workspace;
  let client: TestClient;

  before(async () => {
    ws = copyWorkspace();
    client = new TestClient();
    await client.initialize([ws.root]);
    await client.loaded;
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('policyBrief/recommendations lists the recommendations a brief can use', async () => {
    const inWorkspace = await client.request<RecommendationInfo[]>('policyBrief/recommendations', { uri: ws.briefUri });
    assert.equal(inWorkspace.length, DEFAULT_COUNT + 1);
    const nacta = inWorkspace.find((r) => r.id === 'nacta-lead')!;
    assert.equal(nacta.citation, 'Fixture Press (2025), ¶3');
    assert.equal(nacta.sourceTitle, 'Fixture source');
    assert.ok(nacta.snippet.endsWith('(Fixture Press (2025), ¶3).$0'));
    assert.ok(nacta.text.endsWith('(Fixture Press (2025), ¶3).'));
    const byDefault = await client.request<RecommendationInfo[]>('policyBrief/recommendations', {});
    assert.equal(byDefault.length, DEFAULT_COUNT);
    assert.ok(byDefault.every((r) => r.summary && r.title && !r.text.includes('${')));
  });

  it('policyBrief/briefSkeleton returns the skeleton as snippet and text', async () => {
    const skeleton = await client.request<{ snippet: string; text: string }>('policyBrief/briefSkeleton', { uri: ws.briefUri });
    assert.match(skeleton.snippet, /^title: \$\{1:/m);
    assert.match(skeleton.text, /over 1,612 according to CRSS/);
    assert.match(skeleton.text, /^  - fixture-source$/m);
  });
});
