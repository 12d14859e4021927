import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptQuickPickUntil, activateExtension, closeAllEditors, defaultRecommendations, openDocument, revertActiveEditor, waitForTextChange } from './helpers';

describe('Insert Recommendation command', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('inserts the picked recommendation at the cursor as a snippet, with its citation', async () => {
    const [first] = await defaultRecommendations();
    const document = await openDocument('writing.md');
    const editor = vscode.window.activeTextEditor!;
    const line = document.getText().split('\n').indexOf('## Recommendations') + 2;
    assert.equal(document.lineAt(line).text, '');
    editor.selection = new vscode.Selection(line, 0, line, 0);

    const changed = waitForTextChange(document, (text) => text.includes(first!.citation), 'the recommendation to be inserted');
    const command = vscode.commands.executeCommand('policyBrief.insertRecommendation');
    // The pick lists the recommendations in fact base order: accept the first.
    await acceptQuickPickUntil(changed, 'Insert Recommendation');
    await command;
    try {
      const paragraph = document.lineAt(line).text;
      assert.match(paragraph, /^Pakistan should launch social development programmes in education, healthcare and employment for young people/);
      assert.ok(paragraph.endsWith(`(${first!.citation}).`), paragraph);
      // Inserted as a snippet: the first tab stop (a choice: Pakistan, Islamabad, …) is selected,
      // and Tab moves to the next one.
      assert.equal(document.getText(editor.selection), 'Pakistan');
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.equal(document.getText(editor.selection), 'launch');
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await revertActiveEditor();
    }
  });
});
