import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  deleteWorkspaceFile,
  hoverText,
  openDocument,
  poll,
  positionOf,
  waitForDiagnostics,
  waitForHover,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

describe('workspace fact bases', () => {
  before(activateExtension);

  it('makes actors of a workspace fact base (extra.facts.yaml) hoverable', async () => {
    const document = await openDocument('brief.md');
    await waitForHover(document.uri, positionOf(document, 'Frontier Study Group', 0, 3), 'Frontier Study Group');
  });

  it('picks up a fact base created while the editor runs', async () => {
    const document = await openDocument('brief.md');
    const position = positionOf(document, 'Internal notes', 0, 3);
    await writeWorkspaceFile(
      'added.facts.yaml',
      [
        'version: 1',
        'actors:',
        '  - id: internal-notes',
        '    name: Internal notes',
        '    kind: other',
        '    role: A fictional actor added while the end-to-end tests run.',
        '    general: true',
        '',
      ].join('\n'),
    );
    try {
      await waitForHover(document.uri, position, 'fictional actor added');
    } finally {
      await deleteWorkspaceFile('added.facts.yaml');
    }
    await poll('the hover to go once the file is deleted', () => hoverText(document.uri, position), (text) => !text.includes('fictional actor added'));
  });

  it('reports a problem in a broken fact base at the right line', async () => {
    // Line 6 (index 5) holds a kind the schema does not allow.
    const text = [
      'version: 1',
      'actors:',
      '  - id: broken-actor',
      '    name: Broken Actor',
      '    role: An actor whose kind is not one of the allowed kinds.',
      '    kind: spaceship',
      '',
    ].join('\n');
    const uri = await writeWorkspaceFile('broken.facts.yaml', text);
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const diagnostics = await waitForDiagnostics(uri, (found) => found.length > 0, 'a fact base problem');
      assert.ok(
        diagnostics.some((d) => d.range.start.line === 5 && d.message.includes('spaceship')),
        `expected a diagnostic about "spaceship" on line 6: ${diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('; ')}`,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await deleteWorkspaceFile('broken.facts.yaml');
    }
    await waitForDiagnostics(workspaceUri('broken.facts.yaml'), (found) => found.length === 0, 'the problem to clear');
  });
});
