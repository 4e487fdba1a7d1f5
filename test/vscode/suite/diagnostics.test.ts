import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OUR_SOURCE, closeAllEditors, fixture, openFile, ourDiagnostics, serverReady, showDiagnostics, waitFor } from './helpers';

suite('diagnostics', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('a string containerPort is reported on exactly the value', async () => {
    const { document: doc } = await openFile(fixture('ecs', 'wrong-type-taskdef.json'));
    const start = doc.getText().indexOf('"eighty"');
    assert.ok(start > 0, 'fixture lost its "eighty"');
    const expected = new vscode.Range(doc.positionAt(start), doc.positionAt(start + '"eighty"'.length));

    const hit = await waitFor(
      () => ourDiagnostics(doc.uri).find((d) => d.range.isEqual(expected)),
      `a ${OUR_SOURCE} diagnostic at ${expected.start.line}:${expected.start.character}-${expected.end.line}:${expected.end.character}`,
      30_000,
      () => showDiagnostics(vscode.languages.getDiagnostics(doc.uri)),
    );
    assert.equal(hit.severity, vscode.DiagnosticSeverity.Error, `severity of: ${hit.message}`);
    assert.ok(hit.message.trim().length > 0);
  });
});
