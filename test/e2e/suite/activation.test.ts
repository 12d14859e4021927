import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

describe('activation', () => {
  it('activates and starts the language server', async () => {
    await activateExtension();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['policyBrief.restartServer', 'policyBrief.showFactBase', 'policyBrief.showOutput', 'policyBrief.insertRecommendation', 'policyBrief.newBrief']) {
      assert.ok(commands.includes(id), `command ${id} is missing`);
    }
  });
});
