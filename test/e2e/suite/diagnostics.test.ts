import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openDocument, poll, waitForDiagnostics } from './helpers';

describe('fact-check diagnostics', () => {
  before(activateExtension);

  it('underlines a figure that contradicts the source, and its quick fix puts in the source value', async () => {
    const document = await openDocument('figures.md');
    const isWrongFigure = (d: vscode.Diagnostic) => document.getText(d.range) === '1,700';
    const [warning] = (await waitForDiagnostics(document.uri, (ds) => ds.some(isWrongFigure), 'the 1,700 warning')).filter(isWrongFigure);
    assert.equal(warning!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning!.source, 'policy-brief');
    assert.match(warning!.message, /1,612/);
    assert.match(warning!.message, /CRSS/);
    assert.ok(warning!.relatedInformation?.[0]?.location.uri.path.endsWith('default.facts.yaml'));

    // Nothing on the line whose hedged figure agrees with the source.
    const agreeing = document.getText().split('\n').findIndex((line) => line.startsWith('More than 1,600'));
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line === agreeing), []);

    // Code actions are asked of every provider (the editor's own ones answer too); ask until
    // the language server's answer is among them.
    const actions = await poll(
      'the quick fixes of the 1,700 warning',
      async () =>
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          warning!.range,
          vscode.CodeActionKind.QuickFix.value,
        )) ?? [],
      (found) => found.some((a) => a.isPreferred && a.edit),
      10_000,
    );
    const replace = actions.find((a) => a.isPreferred && a.edit)!;
    assert.match(replace.title, /1,612/);
    assert.ok(await vscode.workspace.applyEdit(replace.edit!));
    assert.match(document.getText(), /CRSS counted 1,612 fatalities in 2024/);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the warning to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
