/** Semantic tokens for actor mentions, over the real protocol (run `npm run build` first). */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileUri, TestClient } from './client';
import { copyWorkspace, type Workspace } from './workspace';

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes LSP's relative five-integer encoding with the server's legend. */
function decode(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push({
      line,
      character,
      length,
      type: legend.tokenTypes[type]!,
      modifiers: legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit)),
    });
  }
  return tokens;
}

const CHANGED = 2;
const TEXT = [
  '# Brief',
  '',
  'The TTP met Tehreek-i-Taliban',
  'Pakistan leaders; Mottaki spoke.',
  '',
  '```',
  'TTP in code is no mention',
  '```',
  '',
  'NACTA and the Fixture Force.',
].join('\n');

describe('LSP: semantic tokens', () => {
  let ws: Workspace;
  let client: TestClient;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  /** Resolvers waiting for the server's next workspace/semanticTokens/refresh. */
  let onRefresh: Array<() => void> = [];
  let uri: string;

  before(async () => {
    ws = copyWorkspace();
    client = new TestClient();
    client.connection.onRequest('workspace/semanticTokens/refresh', () => {
      onRefresh.forEach((resolve) => resolve());
      onRefresh = [];
      return null;
    });
    const result = await client.connection.sendRequest<{ capabilities: { semanticTokensProvider: { legend: typeof legend } } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: fileUri(ws.root), name: path.basename(ws.root) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, semanticTokens: { refreshSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    legend = result.capabilities.semanticTokensProvider.legend;
    await client.connection.sendNotification('initialized', {});
    await client.loaded;
    uri = fileUri(path.join(ws.root, 'briefs', 'tokens.md'));
    await client.open(uri, TEXT);
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  const full = async () =>
    decode((await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend);

  it('declares the actor token type and the general modifier', () => {
    assert.deepEqual(legend, { tokenTypes: ['actor'], tokenModifiers: ['general'] });
  });

  it('marks every actor mention in prose, one token per line, general aliases modified', async () => {
    assert.deepEqual(await full(), [
      { line: 2, character: 4, length: 3, type: 'actor', modifiers: [] }, // TTP
      { line: 2, character: 12, length: 17, type: 'actor', modifiers: [] }, // Tehreek-i-Taliban…
      { line: 3, character: 0, length: 8, type: 'actor', modifiers: [] }, // …Pakistan
      { line: 3, character: 18, length: 7, type: 'actor', modifiers: ['general'] }, // Mottaki
      { line: 9, character: 0, length: 5, type: 'actor', modifiers: [] }, // NACTA
    ]);
  });

  it('answers a range with the mentions in it', async () => {
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } },
    });
    assert.deepEqual(
      decode(result.data, legend).map((t) => [t.line, t.character, t.length]),
      [
        [2, 12, 17],
        [3, 0, 8],
        [3, 18, 7],
      ],
    );
  });

  it('asks the client to refresh when a fact base changes, and then marks new actors', async () => {
    const force = [
      '  - id: fixture-force',
      '    name: Fixture Force',
      '    kind: military',
      '    role: A force that exists only in the tests.',
      '    aliases: []',
      '    related: []',
      '    general: true',
      '',
    ].join('\n');
    writeFileSync(ws.extraPath, ws.extraText.replace('\nrecommendations:', `${force}\nrecommendations:`));
    const refreshed = new Promise<void>((resolve) => onRefresh.push(resolve));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.extraUri, type: CHANGED }] });
    await refreshed; // mocha's timeout fails the test if it never comes
    const token = (await full()).find((t) => t.line === 9 && t.character === 14);
    assert.deepEqual(token, { line: 9, character: 14, length: 13, type: 'actor', modifiers: ['general'] });
  });
});
