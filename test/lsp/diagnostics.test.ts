/** Fact-check diagnostics, quick fixes, suppression comments and severity settings. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_FACTS, fileUri, rangeOf, TestClient, type Diagnostic } from './client';
import { applyEdits, type TextEdit } from './edits';
import { endSession, startWithBrief, type Workspace } from './workspace';

interface CodeAction {
  title: string;
  kind: string;
  edit: { changes: Record<string, TextEdit[]> };
}

const WARNING = 2;
const ERROR = 1;

describe('LSP: diagnostics and quick fixes', () => {
  let client: TestClient;
  let ws: Workspace;
  let wrong: Diagnostic;

  const isWrongFigureIn = (w: Workspace) => (d: Diagnostic) => JSON.stringify(d.range) === JSON.stringify(rangeOf(w.briefText, '1,700'));
  const isWrongFigure = (d: Diagnostic) => isWrongFigureIn(ws)(d);

  before(async () => {
    let diagnostics: Diagnostic[];
    ({ client, ws, diagnostics } = await startWithBrief((d, w) => d.some(isWrongFigureIn(w))));
    wrong = diagnostics.find(isWrongFigure)!;
  });
  after(() => endSession({ client, ws }));

  it('reports a wrong figure as a warning on exactly the figure, linked to the fact', () => {
    assert.equal(wrong.severity, WARNING);
    assert.equal(wrong.source, 'policy-brief');
    assert.equal(typeof wrong.code, 'string');
    assert.match(wrong.message, /1,612/);
    assert.equal(wrong.relatedInformation?.[0]?.location.uri, fileUri(DEFAULT_FACTS));
  });

  it('does not report a figure the source supports', () => {
    const line = rangeOf(ws.briefText, 'more than 1,600').start.line;
    const onLine = client.diagnostics.get(ws.briefUri)!.filter((d) => d.range.start.line === line);
    assert.deepEqual(onLine, []);
  });

  const actionsFor = (diagnostic: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.briefUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });

  it('offers the source value as the preferred quick fix', async () => {
    const actions = await actionsFor(wrong);
    const replace = actions.find((a) => /Replace/.test(a.title));
    assert.ok(replace, `no replace action in ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(replace.kind, 'quickfix');
    const [edit] = replace.edit.changes[ws.briefUri]!;
    assert.deepEqual(edit!.range, wrong.range);
    assert.match(edit!.newText, /1,612/);
  });

  it('offers the quick fixes at a position when the client sends no diagnostics, or ours without their data', async () => {
    const inside = { start: { line: wrong.range.start.line, character: wrong.range.start.character + 2 }, end: { line: wrong.range.start.line, character: wrong.range.start.character + 2 } };
    for (const diagnostics of [[], [{ ...wrong, data: undefined }]]) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ws.briefUri },
        range: inside,
        context: { diagnostics },
      });
      assert.deepEqual(actions.map((a) => a.title.replace(/:.*/, '')), [
        "Replace with the source's value",
        `Disable ${wrong.code} for this line`,
        `Disable ${wrong.code} for this file`,
      ]);
    }
    const elsewhere = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.briefUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(elsewhere, []);
  });

  it('replaces the hedge words too when the hedge itself contradicts the source', async () => {
    const uri = fileUri(path.join(ws.root, 'briefs', 'hedge.md'));
    const text = 'CRSS counted fewer than 1,600 fatalities in 2024.\n';
    await client.open(uri, text);
    const [diagnostic] = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostic!.range, rangeOf(text, '1,600'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] },
    });
    const [edit] = actions.find((a) => /Replace/.test(a.title))!.edit.changes[uri]!;
    assert.equal(applyEdits(text, [edit!]), 'CRSS counted over 1,612 fatalities in 2024.\n');
    await client.close(uri);
  });

  it('disables the check for the next line with a comment that silences it', async () => {
    const action = (await actionsFor(wrong)).find((a) => /for this line/.test(a.title))!;
    const edits = action.edit.changes[ws.briefUri]!;
    assert.deepEqual(edits, [
      {
        range: { start: { line: wrong.range.start.line, character: 0 }, end: { line: wrong.range.start.line, character: 0 } },
        newText: `<!-- policy-brief-disable-next-line ${wrong.code} -->\n`,
      },
    ]);
    const silenced = client.nextDiagnostics(ws.briefUri, (d) => !d.some((x) => x.code === wrong.code));
    await client.change(ws.briefUri, applyEdits(ws.briefText, edits));
    await silenced;
  });

  it('disables the check for the file below the front matter', async () => {
    const action = (await actionsFor(wrong)).find((a) => /for this file/.test(a.title))!;
    const edits = action.edit.changes[ws.briefUri]!;
    assert.deepEqual(edits[0]!.range.start, { line: 3, character: 0 });
    assert.equal(edits[0]!.newText, `<!-- policy-brief-disable ${wrong.code} -->\n`);
    const restored = client.nextDiagnostics(ws.briefUri, (d) => d.some(isWrongFigure));
    await client.change(ws.briefUri, ws.briefText);
    await restored;
    const silenced = client.nextDiagnostics(ws.briefUri, (d) => !d.some((x) => x.code === wrong.code));
    await client.change(ws.briefUri, applyEdits(ws.briefText, edits));
    await silenced;
    await client.change(ws.briefUri, ws.briefText);
    await client.nextDiagnostics(ws.briefUri, (d) => d.some(isWrongFigure));
  });

  it('checks Markdown by the names other editors give it, or by its extension, and nothing else', async () => {
    const text = 'CRSS counted 1,700 fatalities in 2024.\n';
    const checked: [string, string][] = [['gfm', 'a.md'], ['Markdown', 'b.txt'], ['text', 'c.markdown'], ['markdown.pandoc', 'd.page']];
    for (const [languageId, name] of checked) {
      const uri = fileUri(path.join(ws.root, 'briefs', name));
      await client.open(uri, text, languageId);
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(diagnostics.map((d) => d.code), ['figure-mismatch'], `${languageId} ${name}`);
      await client.close(uri);
    }
    // A file that is neither gets no diagnostics: the Markdown one opened after it does, and
    // by then the other would have had its own.
    const notes = fileUri(path.join(ws.root, 'notes.txt'));
    await client.open(notes, text, 'plaintext');
    const after = fileUri(path.join(ws.root, 'briefs', 'after.md'));
    await client.open(after, text);
    await client.waitForDiagnostics(after, (d) => d.length > 0);
    assert.equal(client.diagnostics.get(notes), undefined);
    await client.close(notes);
    await client.close(after);
  });

  it('applies severity settings when the configuration changes', async () => {
    const check = String(wrong.code);
    client.settings = { checks: { severity: { [check]: 'error' } } };
    const asError = client.nextDiagnostics(ws.briefUri, (d) => d.some((x) => x.code === check && x.severity === ERROR));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await asError;

    client.settings = { checks: { severity: { [check]: 'off' } } };
    const off = client.nextDiagnostics(ws.briefUri, (d) => !d.some((x) => x.code === check));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await off;
  });

  it('clears diagnostics when the brief is closed', async () => {
    const cleared = client.nextDiagnostics(ws.briefUri, (d) => d.length === 0);
    await client.close(ws.briefUri);
    await cleared;
  });
});
