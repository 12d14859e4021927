import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, definitions, openDocument, poll, positionOf } from './helpers';

describe('go to definition', () => {
  before(activateExtension);

  it('goes from "TTP" in a brief to the actor in default.facts.yaml', async () => {
    const document = await openDocument('brief.md');
    const locations = await poll(
      'a definition of TTP',
      () => definitions(document.uri, positionOf(document, 'TTP')),
      (found) => found.length > 0,
    );
    const target = locations.find((location) => location.uri.path.endsWith('/server/facts/default.facts.yaml'));
    assert.ok(target, `no definition in default.facts.yaml: ${locations.map((l) => l.uri.toString()).join(', ')}`);
    // It lands on the TTP entry: the target range lies on or next to "id: ttp" / "name: Tehreek-i-Taliban Pakistan".
    const facts = await vscode.workspace.openTextDocument(target.uri);
    const entry = facts.getText().indexOf('- id: ttp\n');
    assert.ok(entry >= 0);
    const entryLine = facts.positionAt(entry).line;
    assert.ok(
      target.range.start.line >= entryLine && target.range.start.line <= entryLine + 2,
      `definition at line ${target.range.start.line + 1}, the ttp entry starts at line ${entryLine + 1}`,
    );
  });
});
