import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  completionLabels,
  fileDiagramNaming,
  nodeIdOf,
  ourDiagnostics,
  replaceFirst,
  REPO_ROOT,
  revertAndClose,
  serverReady,
  showDiagnostics,
  waitFor,
} from './helpers';

const TEMPLATE = path.join(REPO_ROOT, 'examples', 'cloudformation', 's3-upload-to-fargate.yaml');

suite('CloudFormation templates', () => {
  let editor: vscode.TextEditor;
  suiteSetup(async () => {
    await serverReady();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(TEMPLATE));
    editor = await vscode.window.showTextDocument(doc, { preview: false });
  });
  suiteTeardown(() => revertAndClose(editor));

  test('the example template has no errors; a wrong !Ref is one, on the name, with a suggestion', async () => {
    const doc = editor.document;
    assert.equal(doc.languageId, 'yaml');
    // the server has caught up with the template when its hover answers; then no errors is "none"
    const errors = () => ourDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const refLine = 'TaskDefinitionArn: !Ref ProcessorTask';
    const edited = await replaceFirst(editor, refLine, 'TaskDefinitionArn: !Ref ProcessorTsk');
    const wrong = await waitFor(
      () => errors().find((d) => d.range.start.line === edited.start.line && /ProcessorTsk/.test(d.message)),
      'an error on the wrong !Ref',
      20_000,
      () => showDiagnostics(ourDiagnostics(doc.uri)),
    );
    assert.match(wrong.message, /ProcessorTask/, 'names the logical id it may have meant');
    assert.equal(doc.getText(wrong.range), 'ProcessorTsk');
    await replaceFirst(editor, 'TaskDefinitionArn: !Ref ProcessorTsk', refLine);
    await waitFor(
      () => errors().length === 0,
      'no errors once the !Ref is right again',
      20_000,
      () => showDiagnostics(ourDiagnostics(doc.uri)),
    );
  });

  test('completes the properties of a resource type', async () => {
    const anchor = 'BillingMode: PAY_PER_REQUEST';
    const added = await replaceFirst(editor, anchor, `${anchor}\n      `);
    const pos = added.end;
    let last: string[] = [];
    const labels = await waitFor(
      async () => {
        last = await completionLabels(editor.document.uri, pos);
        return last.includes('TableName') && last;
      },
      'DynamoDB table properties',
      20_000,
      () => last.slice(0, 40).join(', ') || '(none)',
    );
    assert.ok(labels.includes('StreamSpecification'), labels.slice(0, 40).join(', '));
    assert.ok(!labels.includes('BillingMode'), 'a property already written is not offered again');
    await replaceFirst(editor, `${anchor}\n      `, anchor);
  });

  test('the diagram of the template draws the EventBridge rule → task definition edge', async () => {
    const text = await fileDiagramNaming(
      editor,
      ['EventBridge rule UploadRule', 'Task definition upload-processor'],
      "the template's diagram on the clipboard",
    );
    const rule = nodeIdOf(text, 'EventBridge rule UploadRule');
    const task = nodeIdOf(text, 'Task definition upload-processor');
    const bucket = nodeIdOf(text, 'S3 bucket UploadBucket');
    assert.ok(rule && task && bucket, text);
    assert.match(text, new RegExp(`${rule} -->\\|"runs 1 task on FARGATE"\\| ${task}\\b`));
    assert.match(text, new RegExp(`${bucket} -->\\|"Object Created"\\| ${rule}\\b`));
  });
});
