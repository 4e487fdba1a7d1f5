import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, fixture, openFile, waitFor } from './helpers';

suite('activation', () => {
  suiteTeardown(closeAllEditors);

  test('the extension is installed from this repo', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    assert.equal(ext.packageJSON.publisher, 'ecs-eks-architect');
  });

  test('opening a task definition activates it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // it may already be active if VS Code opened a JSON file first; what matters is that it ends up active
    console.log(`      (active before opening: ${ext.isActive})`);
    await openFile(fixture('ecs', 'wrong-type-taskdef.json'));
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`, 60_000);
  });
});
