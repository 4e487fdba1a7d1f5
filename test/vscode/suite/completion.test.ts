import * as assert from 'node:assert/strict';
import { closeAllEditors, completionLabels, openFile, serverReady, waitFor, writeTemp } from './helpers';

/** opens `text` (caret at `‸`) as a temp file and waits until completion there offers all of `want` */
async function completeUntil(name: string, text: string, want: string[]): Promise<string[]> {
  const { file, offset } = writeTemp(name, text);
  const { document: doc } = await openFile(file);
  const pos = doc.positionAt(offset);
  let last: string[] = [];
  return waitFor(
    async () => {
      last = await completionLabels(doc.uri, pos);
      return want.every((w) => last.includes(w)) && last;
    },
    `completion items ${want.join(', ')} in ${name}`,
    20_000,
    () => last.slice(0, 40).join(', ') || '(none)',
  );
}

suite('completion', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('container definition keys inside a container object', async () => {
    const labels = await completeUntil(
      'complete-keys-taskdef.json',
      `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      ‸
    }
  ]
}
`,
      ['portMappings', 'image'],
    );
    // keys of the task definition itself belong one level up
    assert.ok(!labels.includes('containerDefinitions'), 'offered containerDefinitions inside a container');
  });

  test('networkMode values', async () => {
    const labels = await completeUntil(
      'complete-enum-taskdef.json',
      `{
  "family": "web",
  "networkMode": "‸",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "essential": true }]
}
`,
      ['awsvpc'],
    );
    for (const mode of ['bridge', 'host', 'none']) assert.ok(labels.includes(mode), `missing networkMode ${mode}`);
  });
});
