/**
 * The bundled Kubernetes and eksctl schemas end to end over LSP: a schema error in a Deployment
 * at the misspelt key, gone when strict mode is switched off through the settings, back when it
 * is on; an eksctl schema error; a hover with the generated field description.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, ROOT, caret, type Diagnostic } from './client';

const skip = !existsSync(join(ROOT, 'dist', 'schemas', 'kubernetes.json')) && 'dist/schemas/kubernetes.json not generated';
let client: TestClient;
const uri = (name: string) => `file:///virtual/k8s-schema/${name}`;
const spanOf = (text: string, d: Diagnostic) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);

before(async () => {
  client = new TestClient();
  client.settings = { kubernetes: { strict: true } };
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: public.ecr.aws/nginx/nginx:1.27
          poarts:
            - containerPort: 80
`;

test('a misspelt field in a Deployment is a schema error at the key; strict mode off hides it', { skip }, async () => {
  client.open(uri('web.yaml'), DEPLOYMENT);
  const diags = await client.diagnostics(uri('web.yaml'), (d) => d.some((x) => x.code === 'schema'));
  const schema = diags.filter((x) => x.code === 'schema');
  assert.equal(schema.length, 1, JSON.stringify(schema));
  assert.equal(schema[0].severity, 1);
  assert.equal(schema[0].range.start.line, 16);
  assert.equal(spanOf(DEPLOYMENT, schema[0]), 'poarts');
  assert.match(schema[0].message, /did you mean `ports`/);
  // the quick fix renames the key
  const actions = await client.request<{ title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]>(
    'textDocument/codeAction',
    {
      textDocument: { uri: uri('web.yaml') },
      range: schema[0].range,
      context: { diagnostics: [schema[0]] },
    },
  );
  const rename = actions.find((a) => /ports/.test(a.title));
  assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(rename.edit?.changes?.[uri('web.yaml')]?.[0]?.newText, 'ports');

  client.settings = { kubernetes: { strict: false } };
  void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(uri('web.yaml'), (d) => !d.some((x) => x.code === 'schema'));
  client.settings = { kubernetes: { strict: true } };
  void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(uri('web.yaml'), (d) => d.some((x) => x.code === 'schema'));
});

test('a type error in an eksctl ClusterConfig is a schema error at the value', async () => {
  const text =
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\nmanagedNodeGroups:\n  - name: ng\n    desiredCapacity: two\n';
  client.open(uri('cluster.eksctl.yaml'), text);
  const diags = await client.diagnostics(uri('cluster.eksctl.yaml'), (d) => d.some((x) => x.code === 'schema'));
  const d = diags.find((x) => x.code === 'schema')!;
  assert.equal(d.severity, 1);
  assert.equal(spanOf(text, d), 'two');
  assert.match(d.message, /`desiredCapacity` must be an integer/);
});

test('hover on a Deployment field shows the description from the generated schema', { skip }, async () => {
  const c = caret(DEPLOYMENT.replace('  repl', '  re|pl'));
  client.open(uri('hover.yaml'), c.text);
  await client.diagnostics(uri('hover.yaml'));
  const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: uri('hover.yaml') },
    position: { line: c.line, character: c.character },
  });
  assert.ok(h, 'hover expected');
  assert.match(h.contents.value, /\*\*replicas\*\*/);
  assert.match(h.contents.value, /desired pods/);
});
