/**
 * Files that are JSON or YAML but not ECS or Kubernetes documents must get nothing from us:
 * no diagnostics, no completion items, no hover.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  completionLabels,
  fixture,
  flushServer,
  hoverText,
  looksOurs,
  openFile,
  serverReady,
  showDiagnostics,
} from './helpers';

/** labels only our server would offer; none of these words occurs in the ignored fixtures */
const OUR_LABELS = [
  'containerDefinitions',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'requiresCompatibilities',
  'portMappings',
  'apiVersion',
  'metadata',
  'spec',
];
/** words our hover text would use */
const OUR_HOVER = /\b(ECS|EKS|Kubernetes|task definition|Fargate)\b/i;

/** each file with a key to hover and complete on (the caret goes just inside the key) */
const FILES: { path: string[]; key: string; delta: number }[] = [
  { path: ['ignored', 'package.json'], key: '"name"', delta: 1 },
  { path: ['ignored', 'tsconfig.json'], key: '"compilerOptions"', delta: 1 },
  { path: ['ignored', '.github', 'workflows', 'ci.yml'], key: 'jobs:', delta: 0 },
  { path: ['ignored', 'docker-compose.yml'], key: 'services:', delta: 0 },
];

suite('files that are not ours', () => {
  const docs: vscode.TextDocument[] = [];
  const wordSetting = vscode.workspace.getConfiguration('editor');
  let wordBased: unknown;

  suiteSetup(async () => {
    await serverReady();
    // VS Code's own word-based suggestions would echo words from other open files
    wordBased = wordSetting.inspect('wordBasedSuggestions')?.globalValue;
    await wordSetting.update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Global);
    for (const f of FILES) docs.push((await openFile(fixture(...f.path))).document);
    await flushServer();
  });
  suiteTeardown(async () => {
    await wordSetting.update('wordBasedSuggestions', wordBased, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  FILES.forEach((f, i) => {
    const name = f.path.join('/');
    test(`${name}: no diagnostics, completion or hover from us`, async () => {
      const doc = docs[i];
      const diags = vscode.languages.getDiagnostics(doc.uri).filter(looksOurs);
      assert.equal(diags.length, 0, `diagnostics: ${showDiagnostics(diags)}`);

      const at = doc.getText().indexOf(f.key);
      assert.ok(at >= 0, `${f.key} not in ${name}`);
      const pos = doc.positionAt(at + f.delta);
      const labels = await completionLabels(doc.uri, pos);
      const leaked = labels.filter((l) => OUR_LABELS.includes(l));
      assert.deepEqual(leaked, [], `completion offered ${leaked.join(', ')}`);

      const hover = await hoverText(doc.uri, doc.positionAt(at + f.delta + 1));
      assert.doesNotMatch(hover, OUR_HOVER, `hover: ${hover}`);
    });
  });
});
