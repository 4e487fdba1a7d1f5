import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, ROOT, caret } from './client';

const fixture = (p: string) => join(ROOT, 'test', 'fixtures', p);
let client: TestClient;

before(async () => {
  client = new TestClient();
  const init = (await client.initialize(join(ROOT, 'examples'))) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.completionProvider);
  assert.ok(init.capabilities.hoverProvider);
});
after(async () => {
  await client.stop();
});

test('a broken task definition gets a diagnostic at the exact value', async () => {
  const path = fixture('ecs/wrong-type-taskdef.json');
  const uri = pathToFileURL(path).toString();
  const text = readFileSync(path, 'utf8');
  client.open(uri, text);
  const diags = await client.diagnostics(uri, (d) => d.length > 0);
  const d = diags.find((x) => x.code === 'schema')!;
  assert.ok(d, JSON.stringify(diags));
  assert.equal(d.source, 'ecs-eks-architect');
  assert.equal(d.severity, 1);
  const lines = text.split('\n');
  assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), '"eighty"');
  assert.match(d.message, /containerPort/);
});

test('completion offers keys of a container definition and networkMode values', async () => {
  const uri = 'file:///virtual/complete-task-definition.json';
  const { text, line, character } = caret(
    '{\n  "family": "x",\n  "containerDefinitions": [\n    {\n      "name": "a",\n      |\n    }\n  ]\n}',
  );
  client.open(uri, text);
  const res = await client.request<{ items: { label: string }[] } | null>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
  });
  const labels = res!.items.map((i) => i.label);
  assert.ok(labels.includes('image'), labels.join(','));
  assert.ok(labels.includes('portMappings'));
  assert.ok(!labels.includes('name'), 'a key already present is not proposed');

  const v = caret('{\n  "family": "x",\n  "networkMode": "|",\n  "containerDefinitions": []\n}');
  const uri2 = 'file:///virtual/enum-task-definition.json';
  client.open(uri2, v.text);
  const res2 = await client.request<{ items: { label: string }[] } | null>('textDocument/completion', {
    textDocument: { uri: uri2 },
    position: { line: v.line, character: v.character },
  });
  assert.deepEqual(
    res2!.items
      .map((i) => i.label)
      .filter((l) => ['awsvpc', 'bridge', 'host', 'none'].includes(l))
      .sort(),
    ['awsvpc', 'bridge', 'host', 'none'],
  );
});

test('hover on a key explains the field', async () => {
  const uri = 'file:///virtual/hover-task-definition.json';
  const text = '{\n  "family": "web",\n  "containerDefinitions": []\n}';
  client.open(uri, text);
  const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 1, character: 4 },
  });
  assert.ok(h, 'hover expected');
  assert.match(h!.contents.value, /family/);
});

test('files that are not ours get nothing: package.json, tsconfig, workflow, compose', async () => {
  for (const name of ['package.json', 'tsconfig.json', '.github/workflows/ci.yml', 'docker-compose.yml']) {
    const path = fixture(`ignored/${name}`);
    const uri = pathToFileURL(path).toString();
    const text = readFileSync(path, 'utf8');
    client.open(uri, text);
    const diags = await client.diagnostics(uri);
    assert.deepEqual(diags, [], name);
    const c = await client.request<{ items: unknown[] } | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 2 },
    });
    assert.equal(c, null, name);
    const h = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    assert.equal(h, null, name);
  }
});

test('bad input never kills the server: truncated, tabs, binary-ish, empty', async () => {
  const cases: [string, string][] = [
    ['file:///virtual/trunc-task-definition.json', '{"family": "web", "containerDefinitions": [ {"name": "a", "ima'],
    ['file:///virtual/tabs.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n'],
    ['file:///virtual/binary.json', '\u0000\u0001\u0002\uFFFD{{{'],
    ['file:///virtual/empty.yaml', ''],
  ];
  for (const [uri, text] of cases) client.open(uri, text);
  await client.diagnostics(cases[0][0], (d) => d.length > 0);
  const tabs = await client.diagnostics(cases[1][0], (d) => d.length > 0);
  assert.ok(tabs.some((d) => d.code === 'syntax'));
  // still answering
  const h = await client.request<unknown>('textDocument/hover', {
    textDocument: { uri: 'file:///virtual/hover-task-definition.json' },
    position: { line: 1, character: 4 },
  });
  assert.ok(h);
});

test('an incremental edit re-validates with the new version only', async () => {
  const uri = 'file:///virtual/edit-task-definition.json';
  client.open(uri, '{\n  "family": "web",\n  "networkMode": "awsvpc",\n  "containerDefinitions": []\n}');
  await client.diagnostics(uri);
  const v = client.change(uri, { start: { line: 2, character: 18 }, end: { line: 2, character: 24 } }, 'awsvpx');
  const d = await client.diagnostics(uri, (x) => x.some((y) => /networkMode/.test(y.message)), 10_000, v);
  assert.ok(d.length > 0);
  const v2 = client.change(uri, { start: { line: 2, character: 18 }, end: { line: 2, character: 24 } }, 'awsvpc');
  await client.diagnostics(uri, (x) => !x.some((y) => /networkMode/.test(y.message)), 10_000, v2);
});
