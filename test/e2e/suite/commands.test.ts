import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, positionOf, waitForHover } from './helpers';

describe('commands', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('restartServer restarts the server and hovers work again', async () => {
    const document = await openDocument('brief.md');
    await waitForHover(document.uri, positionOf(document, 'TTP'), 'Tehreek-i-Taliban Pakistan');
    await vscode.commands.executeCommand('policyBrief.restartServer');
    const api = await activateExtension(); // whenReady() now waits for the new server
    await api.whenReady();
    await waitForHover(document.uri, positionOf(document, 'TTP'), 'Tehreek-i-Taliban Pakistan');
  });

  it('showFactBase opens a fact base (quick pick when the workspace has its own)', async () => {
    // The test workspace has extra.facts.yaml, so the command shows a quick pick; accept its
    // first item (the default fact base) once the pick is open.
    const opened = new Promise<vscode.TextEditor>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.path.endsWith('.facts.yaml')) {
          subscription.dispose();
          resolve(editor);
        }
      });
    });
    const command = vscode.commands.executeCommand('policyBrief.showFactBase');
    // The pick has no event of its own; accepting before it is shown is a no-op, so retry.
    const state: { editor?: vscode.TextEditor } = {};
    void opened.then((editor) => (state.editor = editor));
    const deadline = Date.now() + 20_000;
    while (!state.editor && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([opened, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    await command;
    const editor = state.editor;
    assert.ok(editor, 'no fact base was opened');
    assert.ok(editor.document.uri.path.endsWith('/server/facts/default.facts.yaml'), editor.document.uri.toString());
  });
});
