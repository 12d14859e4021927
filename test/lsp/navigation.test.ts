/** Hover, definition and references on actor names and figures, over the real protocol. */
import * as assert from 'node:assert/strict';
import { DEFAULT_FACTS, fileUri, positionOf, rangeOf, TestClient, type Range } from './client';
import { endSession, startWithBrief, lineOf, type Workspace } from './workspace';

interface Hover {
  contents: { kind: string; value: string };
  range: Range;
}
interface Location {
  uri: string;
  range: Range;
}

describe('LSP: hover, definition, references', () => {
  let client: TestClient;
  let ws: Workspace;

  before(async () => ({ client, ws } = await startWithBrief()));
  after(() => endSession({ client, ws }));

  const hoverAt = (needle: string, occurrence = 0, delta = 0) =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, needle, occurrence, delta),
    });

  it('reports progress while loading fact bases', () => {
    assert.ok(client.progressTokens.length > 0);
  });

  it('hovers an actor acronym with its canonical name and the exact range', async () => {
    const hover = await hoverAt('The TTP', 0, 5);
    assert.ok(hover, 'expected a hover on TTP');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Tehreek-i-Taliban Pakistan/);
    assert.deepEqual(hover.range, rangeOf(ws.briefText, 'TTP', 1));
  });

  it('does not hover inside a longer word or on plain words', async () => {
    assert.equal(await hoverAt('STTP', 0, 2), null);
    assert.equal(await hoverAt('blast', 0, 2), null);
  });

  it('hovers actors from the workspace fact base', async () => {
    const hover = await hoverAt('NACTA', 0, 1);
    assert.match(hover?.contents.value ?? '', /National Counter Terrorism Authority/);
  });

  it('hovers a checked figure', async () => {
    const hover = await hoverAt('1,700', 0, 1);
    assert.ok(hover, 'expected a hover on the figure');
    assert.match(hover.contents.value, /1,612/);
  });

  it('goes from an actor to its entry in the default fact base', async () => {
    const location = await client.request<Location | null>('textDocument/definition', {
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, 'The TTP', 0, 4),
    });
    assert.equal(location?.uri, fileUri(DEFAULT_FACTS));
    assert.equal(location?.range.start.line, lineOf(DEFAULT_FACTS, '- id: ttp'));
  });

  it('goes from a checked figure to its fact', async () => {
    const location = await client.request<Location | null>('textDocument/definition', {
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, '1,700', 0, 1),
    });
    assert.equal(location?.uri, fileUri(DEFAULT_FACTS));
    assert.equal(location?.range.start.line, lineOf(DEFAULT_FACTS, '- id: crss-2024-fatalities'));
  });

  it('finds references across open briefs, with the declaration when asked', async () => {
    const otherUri = fileUri(`${ws.root}/briefs/other.md`);
    const otherText = 'Talks with the TTP are ruled out.\n';
    await client.open(otherUri, otherText);
    const params = (includeDeclaration: boolean) => ({
      textDocument: { uri: ws.briefUri },
      position: positionOf(ws.briefText, 'The TTP', 0, 4),
      context: { includeDeclaration },
    });
    const withDeclaration = await client.request<Location[]>('textDocument/references', params(true));
    const inBrief = withDeclaration.filter((l) => l.uri === ws.briefUri).map((l) => l.range);
    assert.deepEqual(inBrief, [rangeOf(ws.briefText, 'TTP', 0), rangeOf(ws.briefText, 'TTP', 1), rangeOf(ws.briefText, 'TTP', 3)]);
    assert.deepEqual(
      withDeclaration.filter((l) => l.uri === otherUri).map((l) => l.range),
      [rangeOf(otherText, 'TTP')],
    );
    assert.equal(withDeclaration.filter((l) => l.uri === fileUri(DEFAULT_FACTS)).length, 1);
    const without = await client.request<Location[]>('textDocument/references', params(false));
    assert.equal(without.length, withDeclaration.length - 1);
  });
});
