/**
 * What the API server rejects, over LSP: a rule beyond the schema reported at the value and
 * gone once the value is fixed, and a near-miss reference with its quick fix.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/api-validation/${name}`;

before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  selector:
    matchLabels: { app: storefront }
  template:
    metadata:
      labels: { app: storefront }
    spec:
      containers:
        - name: web
          image: public.ecr.aws/nginx/nginx:1.27
          ports:
            - containerPort: 70000
          envFrom:
            - configMapRef: { name: storefront }
`;

test('containerPort 70000 is an error at the value (k8s/port-values), gone once it is a port', async () => {
  client.open(uri('deploy.yaml'), DEPLOYMENT);
  const diags = await client.diagnostics(uri('deploy.yaml'), (d) => d.some((x) => x.code === 'k8s/port-values'));
  const d = diags.find((x) => x.code === 'k8s/port-values')!;
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, { start: { line: 15, character: 29 }, end: { line: 15, character: 34 } });
  assert.match(d.message, /70000.*1–65535/);
  const version = client.change(uri('deploy.yaml'), d.range, '7000');
  await client.diagnostics(uri('deploy.yaml'), (x) => !x.some((y) => y.code === 'k8s/port-values'), 10_000, version);
});

test('a ConfigMap reference one word short of an existing name: warning "did you mean" with a quick fix', async () => {
  client.open(uri('config.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: storefront-web\ndata:\n  MODE: prod\n');
  const diags = await client.diagnostics(uri('deploy.yaml'), (d) =>
    d.some((x) => x.code === 'k8s/missing-reference' && /did you mean/.test(x.message)),
  );
  const d = diags.find((x) => x.code === 'k8s/missing-reference')!;
  assert.equal(d.severity, 2);
  assert.equal(d.message, 'ConfigMap `storefront` is not in the workspace; did you mean `storefront-web`?');
  assert.equal(d.range.start.line, 17);
  const actions = await client.request<{ title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]>(
    'textDocument/codeAction',
    { textDocument: { uri: uri('deploy.yaml') }, range: d.range, context: { diagnostics: [d] } },
  );
  const fix = actions.find((a) => a.title === 'Change to "storefront-web"');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.edit?.changes?.[uri('deploy.yaml')]?.[0]?.newText, 'storefront-web');
});
