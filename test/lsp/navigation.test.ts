/**
 * Navigation over LSP: definition, references, prepareRename/rename (with a refusal), document and
 * workspace symbols, document links, code lenses (and their setting), inlay hints (and their setting).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/nav/${name}`;
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Location {
  uri: string;
  range: Range;
}

const TASK = `{
  "family": "shop-web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [{ "name": "web", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-web:1.4.2", "essential": true }]
}`;
const SERVICE = `{
  "serviceName": "shop-web",
  "taskDefinition": "shop-web",
  "loadBalancers": [{ "containerName": "web", "containerPort": 8080 }]
}`;
const K8S = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  replicas: 2
  selector:
    matchLabels: { app: storefront }
  template:
    metadata:
      labels: { app: storefront }
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: storefront
spec:
  selector:
    app: storefront
  ports:
    - port: 80
`;
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: front
spec:
  defaultBackend:
    service:
      name: storefront
      port:
        number: 80
`;
const HELM = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-storefront
data:
  backend: storefront
`;

const pos = (text: string, needle: string, delta = 1) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const slice = (text: string, r: Range) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

before(async () => {
  client = new TestClient();
  await client.initialize();
  for (const [name, text] of [
    ['task.json', TASK],
    ['service.json', SERVICE],
    ['app.yaml', K8S],
    ['ingress.yaml', INGRESS],
  ]) {
    client.open(uri(name), text);
    await client.diagnostics(uri(name));
  }
});
after(async () => {
  await client.stop();
});

test('definition: a service taskDefinition lands on the task definition family', async () => {
  const r = await client.request<Location[]>('textDocument/definition', {
    textDocument: { uri: uri('service.json') },
    position: pos(SERVICE, '"taskDefinition": "shop-web"', 20),
  });
  assert.equal(r.length, 1);
  assert.equal(r[0].uri, uri('task.json'));
  assert.equal(r[0].range.start.line, 1);
  assert.equal(slice(TASK, r[0].range), 'shop-web');
});

test('definition as LocationLinks when the client takes them: the reference underlined, the declaration around the name', async () => {
  const linked = new TestClient();
  linked.textDocumentCapabilities = { definition: { linkSupport: true } };
  try {
    await linked.initialize();
    for (const [name, text] of [
      ['task.json', TASK],
      ['service.json', SERVICE],
    ]) {
      linked.open(uri(name), text);
      await linked.diagnostics(uri(name));
    }
    type Link = { originSelectionRange: Range; targetUri: string; targetRange: Range; targetSelectionRange: Range };
    const [l, ...rest] = await linked.request<Link[]>('textDocument/definition', {
      textDocument: { uri: uri('service.json') },
      position: pos(SERVICE, '"taskDefinition": "shop-web"', 20),
    });
    assert.equal(rest.length, 0);
    assert.equal(slice(SERVICE, l.originSelectionRange), 'shop-web');
    assert.equal(l.targetUri, uri('task.json'));
    assert.equal(slice(TASK, l.targetSelectionRange), 'shop-web');
    const inside = (a: Range, b: Range) =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
      (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    assert.ok(inside(l.targetSelectionRange, l.targetRange), 'the name lies inside the declaration');
    assert.ok(l.targetRange.end.line > l.targetRange.start.line, 'the declaration spans the task definition');
  } finally {
    await linked.stop();
  }
});

test('definition: a Service selector lands on the Deployment; nothing at a plain key', async () => {
  const r = await client.request<Location[]>('textDocument/definition', {
    textDocument: { uri: uri('app.yaml') },
    position: pos(K8S, '  selector:\n    app', 3),
  });
  assert.deepEqual(
    r.map((l) => [l.uri, l.range.start.line]),
    [[uri('app.yaml'), 3]],
  );
  const none = await client.request('textDocument/definition', {
    textDocument: { uri: uri('app.yaml') },
    position: { line: 5, character: 3 },
  });
  assert.equal(none, null);
});

test('references: a Service → the Ingress backend (and itself when asked)', async () => {
  const position = pos(K8S, 'kind: Service\nmetadata:\n  name: storefront', 34);
  const r = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: uri('app.yaml') },
    position,
    context: { includeDeclaration: true },
  });
  assert.deepEqual(
    r.map((l) => [l.uri, l.range.start.line]),
    [
      [uri('app.yaml'), 19],
      [uri('ingress.yaml'), 7],
    ],
  );
});

test('rename: a Service and the Ingress change together; refused where a Helm template uses the name', async () => {
  const position = pos(INGRESS, 'name: storefront', 8);
  const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', {
    textDocument: { uri: uri('ingress.yaml') },
    position,
  });
  assert.equal(prep.placeholder, 'storefront');
  assert.equal(slice(INGRESS, prep.range), 'storefront');
  const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', {
    textDocument: { uri: uri('ingress.yaml') },
    position,
    newName: 'shop',
  });
  assert.deepEqual(Object.keys(edit.changes).sort(), [uri('app.yaml'), uri('ingress.yaml')]);
  assert.deepEqual(
    edit.changes[uri('app.yaml')].map((e) => [e.range.start.line, e.newText]),
    [[19, 'shop']],
  );
  // a Helm template mentioning the name: the rename is refused with the reason
  client.open(uri('chart/templates/cm.yaml'), HELM);
  await client.diagnostics(uri('chart/templates/cm.yaml'));
  await assert.rejects(
    client.request('textDocument/rename', { textDocument: { uri: uri('ingress.yaml') }, position, newName: 'shop' }),
    /appears in the template cm\.yaml line 6/,
  );
  // a Deployment is not renamed here: prepareRename says why
  await assert.rejects(
    client.request('textDocument/prepareRename', { textDocument: { uri: uri('app.yaml') }, position: pos(K8S, 'name: storefront', 8) }),
    /A Deployment cannot be renamed/,
  );
});

test('document symbols: one per YAML document with its containers; workspace symbols find them all', async () => {
  const syms = await client.request<{ name: string; detail: string; kind: number; children?: { name: string }[] }[]>(
    'textDocument/documentSymbol',
    { textDocument: { uri: uri('app.yaml') } },
  );
  assert.deepEqual(
    syms.map((s) => [s.name, s.detail, (s.children ?? []).map((c) => c.name)]),
    [
      ['storefront', 'Deployment', ['web']],
      ['storefront', 'Service', []],
    ],
  );
  const ws = await client.request<{ name: string; location: Location }[]>('workspace/symbol', { query: 'shopweb' });
  assert.deepEqual(ws.map((s) => [s.name, s.location.uri]).sort(), [
    ['shop-web', uri('service.json')],
    ['shop-web', uri('task.json')],
  ]);
});

test('document links: the role and the ECR image open the AWS console (the address on resolve)', async () => {
  type Link = { range: Range; target?: string; tooltip?: string; data?: unknown };
  const list = await client.request<Link[]>('textDocument/documentLink', { textDocument: { uri: uri('task.json') } });
  assert.ok(
    list.every((l) => l.target === undefined && l.data !== undefined && l.tooltip),
    'the list carries tooltips, not addresses',
  );
  const links = await Promise.all(list.map((l) => client.request<Link>('documentLink/resolve', l)));
  // a link whose place no longer holds one is left without an address, not an error
  const stale = await client.request<Link>('documentLink/resolve', {
    ...list[0],
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  });
  assert.equal(stale.target, undefined);
  assert.deepEqual(
    links.map((l) => [slice(TASK, l.range), l.target]),
    [
      [
        'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
        'https://console.aws.amazon.com/iam/home#/roles/details/ecsTaskExecutionRole',
      ],
      [
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-web:1.4.2',
        'https://eu-west-1.console.aws.amazon.com/ecr/repositories/private/123456789012/shop-web?region=eu-west-1',
      ],
    ],
  );
});

test('code lenses: where they stand, then "used by 1 service" with the places on resolve; switched off by the setting', async () => {
  type Lens = { range: Range; data?: unknown; command?: { title: string; command: string; arguments: unknown[] } };
  /** the list, then each lens resolved, as the editor does for the ones on screen */
  const resolved = async (file: string) => {
    const list = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: uri(file) } });
    assert.ok(
      list.every((l) => l.command === undefined && l.data !== undefined),
      'the list carries no titles',
    );
    return Promise.all(list.map((l) => client.request<Lens>('codeLens/resolve', l)));
  };
  const lenses = await resolved('task.json');
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].command?.title, 'used by 1 service');
  assert.equal(lenses[0].command?.command, 'ecsEksArchitect.showReferences');
  const [u, , locations] = lenses[0].command!.arguments as [string, unknown, Location[]];
  assert.equal(u, uri('task.json'));
  assert.deepEqual(
    locations.map((l) => [l.uri, l.range.start.line]),
    [[uri('service.json'), 2]],
  );
  const k8s = await resolved('app.yaml');
  assert.deepEqual(
    k8s.map((l) => l.command?.title),
    ['selects 2 pods in Deployment storefront'],
  );
  // a lens whose place no longer holds a declaration resolves to an empty title, not an error
  const stale = await client.request<Lens>('codeLens/resolve', {
    range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } },
    data: { uri: uri('task.json') },
  });
  assert.equal(stale.command?.title, '');
  client.settings = { codeLens: { enabled: false }, inlayHints: { enabled: false } };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const deadline = Date.now() + 10_000;
  let off: unknown = lenses;
  while (off !== null && Date.now() < deadline)
    off = await client.request('textDocument/codeLens', { textDocument: { uri: uri('task.json') } });
  assert.equal(off, null);
  assert.equal(
    await client.request('textDocument/inlayHint', {
      textDocument: { uri: uri('task.json') },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
    }),
    null,
  );
  client.settings = {};
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
});

test('inlay hints: 0.5 vCPU and 1 GiB next to the sizes; the task definition a short reference resolves to', async () => {
  const deadline = Date.now() + 10_000;
  let hints: { position: { line: number }; label: string }[] | null = null;
  while (!hints && Date.now() < deadline)
    hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri: uri('task.json') },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
    });
  assert.deepEqual(
    hints?.map((h) => [h.position.line, h.label]),
    [
      [4, '0.5 vCPU'],
      [5, '1 GiB'],
    ],
  );
  const svc = await client.request<{ label: string }[]>('textDocument/inlayHint', {
    textDocument: { uri: uri('service.json') },
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  });
  assert.deepEqual(
    svc.map((h) => h.label),
    ['→ shop-web in task.json'],
  );
});
