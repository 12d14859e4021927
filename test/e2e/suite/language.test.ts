import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, positionOf, revertActiveEditor, waitForTextChange } from './helpers';

/** Tabs showing a Markdown preview (a webview of the built-in Markdown extension). */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));
}

describe('the policy-brief language (*.brief.md)', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('is the language of *.brief.md files', async () => {
    const document = await openDocument('language.brief.md');
    assert.equal(document.languageId, 'policy-brief');
  });

  it('takes a hyphenated name, a figure and a percentage as one word (its wordPattern)', async () => {
    const document = await openDocument('language.brief.md');
    const wordAt = (doc: vscode.TextDocument, word: string, offset: number): string | undefined => {
      const range = doc.getWordRangeAtPosition(positionOf(doc, word, 0, offset));
      return range && doc.getText(range);
    };
    // The cursor in the last part of each ("Tehreek-i-Tal|iban", "1,6|12", "9|5%").
    assert.equal(wordAt(document, 'Tehreek-i-Taliban', 13), 'Tehreek-i-Taliban');
    assert.equal(wordAt(document, '1,612', 3), '1,612');
    assert.equal(wordAt(document, '95%', 1), '95%');
    // The same text as plain Markdown splits the name: the difference is the language's.
    const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: document.getText() });
    assert.equal(wordAt(markdown, 'Tehreek-i-Taliban', 13), 'Taliban');
  });

  it('continues a list when Enter is typed after an item', async () => {
    const document = await openDocument('language.brief.md');
    const editor = vscode.window.activeTextEditor!;
    const line = document.getText().split('\n').indexOf('- first');
    const end = document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    const changed = waitForTextChange(document, (text) => text.includes('- first\n'), 'the new line');
    await vscode.commands.executeCommand('type', { text: '\n' });
    await changed;
    try {
      assert.equal(document.lineAt(line + 1).text, '- ');
      assert.equal(editor.selection.active.line, line + 1);
      assert.equal(editor.selection.active.character, 2);
    } finally {
      await revertActiveEditor();
    }
  });

  it('opens in the Markdown preview', async () => {
    const document = await openDocument('language.brief.md');
    const opened = new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (previewTabs().length === 0) return;
        cleanup();
        resolve();
      };
      const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('no Markdown preview tab opened within 20 s'));
      }, 20_000);
      const cleanup = (): void => {
        clearTimeout(timer);
        subscription.dispose();
      };
      check();
    });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
    await opened;
    const [tab] = previewTabs();
    assert.match(tab!.label, /language\.brief\.md/);
  });
});
