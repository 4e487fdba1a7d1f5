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

/** an EventBridge put-targets input that runs examples/ecs/web-task-definition.json (family shop-web) */
const TARGETS = path.join(REPO_ROOT, 'examples', 'aws-cli', 'receipts-uploaded-targets.json');
const ARN_PREFIX = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/';

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

suite('AWS CLI inputs (EventBridge put-targets)', () => {
  let editor: vscode.TextEditor;
  suiteSetup(async () => {
    await serverReady();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(TARGETS));
    editor = await vscode.window.showTextDocument(doc, { preview: false });
  });
  suiteTeardown(() => revertAndClose(editor));

  test("completes TaskDefinitionArn with the workspace's task definitions, in the document's region and account", async () => {
    const written = `"TaskDefinitionArn": "${ARN_PREFIX}shop-web"`;
    const emptied = await replaceFirst(editor, written, '"TaskDefinitionArn": ""');
    const pos = emptied.end.translate(0, -1); // between the quotes
    let last: string[] = [];
    const labels = await waitFor(
      async () => {
        last = await completionLabels(editor.document.uri, pos);
        return last.includes(`${ARN_PREFIX}shop-web`) && last;
      },
      'the task definitions of examples/ecs as ARNs',
      20_000,
      () => last.slice(0, 40).join(', ') || '(none)',
    );
    assert.ok(labels.includes(`${ARN_PREFIX}shop-worker`), labels.join(', '));
    await replaceFirst(editor, '"TaskDefinitionArn": ""', written);
  });

  test('deleting RoleArn makes awscli/ecs-target-role an error on EcsParameters; putting it back clears it', async () => {
    const doc = editor.document;
    const errors = () => ourDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const roleLine = '"RoleArn": "arn:aws:iam::123456789012:role/shop-events-run-task",';
    const at = doc.getText().indexOf(roleLine);
    assert.ok(at >= 0, 'the example has a RoleArn');
    const line = doc.lineAt(doc.positionAt(at).line);
    const removed = line.rangeIncludingLineBreak;
    const lineText = doc.getText(removed);
    assert.ok(await editor.edit((e) => e.delete(removed)), 'the edit applied');
    const missing = await waitFor(
      () => errors().find((d) => codeOf(d) === 'awscli/ecs-target-role'),
      'awscli/ecs-target-role once RoleArn is gone',
      20_000,
      () => showDiagnostics(ourDiagnostics(doc.uri)),
    );
    assert.match(doc.getText(missing.range), /EcsParameters/);
    assert.match(missing.message, /RoleArn/);
    assert.ok(await editor.edit((e) => e.insert(removed.start, lineText)), 'the line is back');
    await waitFor(
      () => errors().length === 0,
      'no errors once RoleArn is back',
      20_000,
      () => showDiagnostics(ourDiagnostics(doc.uri)),
    );
  });

  test('the diagram of the file draws the EventBridge rule → task definition edge', async () => {
    const text = await fileDiagramNaming(
      editor,
      ['EventBridge rule receipts-uploaded', 'Task definition shop-web'],
      "the put-targets input's diagram on the clipboard",
    );
    const rule = nodeIdOf(text, 'EventBridge rule receipts-uploaded');
    const task = nodeIdOf(text, 'Task definition shop-web');
    assert.ok(rule && task, text);
    assert.match(text, new RegExp(`${rule} -->\\|"runs task in shop"\\| ${task}\\b`));
  });
});
