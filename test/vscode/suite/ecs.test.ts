/**
 * ECS in a real VS Code: the Fargate size rule on exactly the memory value, its quick fix applied
 * through the editor (the whole document compared afterwards, then the diagnostic gone), and the
 * memory completion that depends on the cpu written in the same document.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabels, openFile, ourDiagnostics, serverReady, showDiagnostics, waitFor, writeTemp } from './helpers';

const task = (cpu: string, memory: string, family: string) => `{
  "family": "${family}",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "${cpu}",
  "memory": "${memory}",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "essential": true, "portMappings": [{ "containerPort": 80 }] }
  ]
}
`;
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('ecs', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('ecs/fargate-cpu-memory on the memory value; its quick fix rewrites only that value', async () => {
    const { file } = writeTemp('ecs-size-task-definition.json', task('512', '512', 'ecs-size'));
    const { document: doc } = await openFile(file);
    const start = doc.getText().indexOf('"512"', doc.getText().indexOf('"memory"'));
    const expected = new vscode.Range(doc.positionAt(start), doc.positionAt(start + '"512"'.length));
    const hit = await waitFor(
      () => ourDiagnostics(doc.uri).find((d) => codeOf(d) === 'ecs/fargate-cpu-memory'),
      'ecs/fargate-cpu-memory on the task definition',
      30_000,
      () => showDiagnostics(vscode.languages.getDiagnostics(doc.uri)),
    );
    assert.ok(hit.range.isEqual(expected), `range ${showDiagnostics([hit])}`);
    assert.equal(hit.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(ourDiagnostics(doc.uri).map(codeOf), ['ecs/fargate-cpu-memory'], 'reported once, nothing else');

    const actions = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          hit.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        return list?.find((a) => a.title === 'Set memory to 1024 (1 GiB)') && list;
      },
      'the "Set memory to 1024" quick fix',
      20_000,
    );
    const fix = actions.find((a) => a.title === 'Set memory to 1024 (1 GiB)')!;
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused');
    assert.equal(doc.getText(), task('512', '1024', 'ecs-size'));
    await waitFor(
      () => ourDiagnostics(doc.uri).length === 0,
      'the diagnostic to clear after the fix',
      20_000,
      () => showDiagnostics(ourDiagnostics(doc.uri)),
    );
  });

  test('memory completion offers only the Fargate sizes valid for the chosen cpu', async () => {
    const text = task('2048', '‸', 'ecs-complete');
    const { file, offset } = writeTemp('ecs-complete-task-definition.json', text);
    const { document: doc } = await openFile(file);
    const pos = doc.positionAt(offset);
    const want = Array.from({ length: 13 }, (_, i) => String(4096 + i * 1024));
    let last: string[] = [];
    await waitFor(
      async () => {
        last = (await completionLabels(doc.uri, pos)).filter((l) => /^\d+$/.test(l)).sort((a, b) => Number(a) - Number(b));
        return last.length > 0;
      },
      'memory values',
      20_000,
      () => last.join(', ') || '(none)',
    );
    assert.deepEqual(last, want);
  });
});
