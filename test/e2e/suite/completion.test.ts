import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  defaultRecommendations,
  deleteWorkspaceFile,
  insertTextOf,
  labelOf,
  openDocument,
  poll,
  revertActiveEditor,
  writeWorkspaceFile,
  type DefaultRecommendation,
} from './helpers';

/** A workspace fact base with one recommendation: the server offers it, as it does every non-bundled one. */
const WORKSPACE_FACT_BASE = 'writing-aids.facts.yaml';
const WORKSPACE_RECOMMENDATION = 'Fund a border observatory';

/** The empty line in the middle of the three under "## Recommendations" in writing.md. */
function recommendationsLine(document: vscode.TextDocument): number {
  const heading = document.getText().split('\n').indexOf('## Recommendations');
  assert.ok(heading >= 0, 'writing.md has no "## Recommendations" heading');
  assert.equal(document.lineAt(heading + 2).text, '', 'the line to complete on is not empty');
  return heading + 2;
}

async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list?.items ?? [];
}

/** The items that offer `recommendation`: the bundled snippet ("rec-<id>") or a server item (its title). */
function itemsFor(items: vscode.CompletionItem[], recommendation: DefaultRecommendation): vscode.CompletionItem[] {
  return items.filter((item) => labelOf(item) === recommendation.title || labelOf(item) === `rec-${recommendation.id}`);
}

describe('recommendation completions', () => {
  before(activateExtension);
  after(async () => {
    await deleteWorkspaceFile(WORKSPACE_FACT_BASE).catch(() => undefined);
    await closeAllEditors();
  });

  it('offer every recommendation of the default fact base exactly once under "## Recommendations"', async () => {
    const recommendations = await defaultRecommendations();
    assert.ok(recommendations.length > 0, 'the default fact base has no recommendations');
    await writeWorkspaceFile(
      WORKSPACE_FACT_BASE,
      [
        'version: 1',
        'sources:',
        '  - id: e2e-institute',
        '    title: A source that exists only in the end-to-end tests',
        '    citation: "E2E Institute (2025), ¶{paragraph}"',
        'recommendations:',
        '  - id: border-observatory',
        `    title: ${WORKSPACE_RECOMMENDATION}`,
        '    summary: A fictional recommendation of the end-to-end tests.',
        '    body: Pakistan should fund a border observatory.',
        '    source: e2e-institute',
        '    paragraph: 3',
        '',
      ].join('\n'),
    );
    const document = await openDocument('writing.md');
    const position = new vscode.Position(recommendationsLine(document), 0);
    // The workspace recommendation can only come from the language server: once it is
    // offered, the server's answer is in the list beside VS Code's bundled snippets.
    const items = await poll(
      'the language server to offer the workspace recommendation',
      () => completionsAt(document, position),
      (found) => found.some((item) => labelOf(item) === WORKSPACE_RECOMMENDATION),
    );
    for (const recommendation of recommendations) {
      const offered = itemsFor(items, recommendation);
      assert.equal(offered.length, 1, `"${recommendation.title}" is offered ${offered.length} times: ${offered.map(labelOf).join(', ')}`);
      assert.ok(
        insertTextOf(offered[0]!).includes(`(${recommendation.citation}).`),
        `"${recommendation.title}" does not insert its citation: ${insertTextOf(offered[0]!)}`,
      );
    }
    // No other item is a paragraph citing the default source (no duplicate under another
    // label); the "brief" skeleton cites it too, but in its key facts table.
    const citing = items.filter((item) => /\(Ali, Stratheia \(2025\), ¶\d+\)\.(?:\$0)?$/.test(insertTextOf(item)));
    assert.equal(citing.length, recommendations.length, citing.map(labelOf).join(', '));
  });

  it('inserts a well-formed paragraph with its citation', async () => {
    const [first] = await defaultRecommendations();
    const document = await openDocument('writing.md');
    const editor = vscode.window.activeTextEditor!;
    const line = recommendationsLine(document);
    const position = new vscode.Position(line, 0);
    const items = await poll(
      `a completion for "${first!.title}"`,
      () => completionsAt(document, position),
      (found) => itemsFor(found, first!).length > 0,
    );
    const item = itemsFor(items, first!)[0]!;
    const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(insertTextOf(item));
    editor.selection = new vscode.Selection(position, position);
    assert.ok(await editor.insertSnippet(snippet, position));
    try {
      const paragraph = document.lineAt(line).text;
      // One sentence-case line, placeholders at their defaults, no snippet syntax left over,
      // and the citation inside the closing full stop.
      assert.match(paragraph, /^[A-Z]/, paragraph);
      assert.doesNotMatch(paragraph, /\$\{|\$\d|\|\}/, paragraph);
      assert.ok(paragraph.endsWith(`(${first!.citation}).`), paragraph);
      assert.equal(paragraph.split(first!.citation).length, 2, `the citation occurs more than once: ${paragraph}`);
      // A paragraph of its own: blank lines around it, the rest of the document untouched.
      assert.equal(document.lineAt(line - 1).text, '');
      assert.equal(document.lineAt(line + 1).text, '');
      assert.equal(document.lineAt(line - 2).text, '## Recommendations');
    } finally {
      await revertActiveEditor();
    }
  });
});
