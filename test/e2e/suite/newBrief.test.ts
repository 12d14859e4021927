import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

describe('New Brief command', () => {
  before(activateExtension);

  it('opens an untitled brief holding the skeleton of the default fact base', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The command resolves after the skeleton is inserted into the editor it opened.
    await vscode.commands.executeCommand('policyBrief.newBrief');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor is active after New Brief');
    try {
      const { document } = editor;
      assert.equal(document.uri.scheme, 'untitled');
      assert.equal(document.languageId, 'policy-brief');
      const text = document.getText();
      assert.match(text, /^---\ntitle: Title of the brief\n/);
      const today = new Date();
      const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
      assert.ok(text.includes(`date: ${iso}`), 'the date variable is not filled in');
      const headings = text.split('\n').filter((line) => line.startsWith('## '));
      assert.deepEqual(headings, ['## Summary', '## Background', '## Key facts', '## Analysis', '## Recommendations', '## Sources']);
      assert.ok(
        text.includes('| Fatalities from terrorist attacks, 2024 | over 1,612 according to CRSS | Ali, Stratheia (2025), ¶7 |'),
        'the key facts table lacks the fatalities row',
      );
      assert.doesNotMatch(text, /\$\{|\$\d/);
      // Inserted as a snippet: the title placeholder is selected for typing.
      assert.equal(document.getText(editor.selection), 'Title of the brief');
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
