/** Outline and workspace symbols, document links, code lenses and inlay hints on the examples' shapes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ws } from './helpers';

const TASK = `{
  "family": "shop-web",
  "taskRoleArn": "arn:aws:iam::123456789012:role/shop-web-task",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-web:1.4.2",
      "memoryReservation": 256,
      "secrets": [{ "name": "DB", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-password-AbCdEf" }],
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/shop-web", "awslogs-region": "eu-west-1" } }
    }
  ],
  "volumes": [{ "name": "uploads", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0" } }]
}`;
const SVC = (name: string) => `{ "serviceName": "${name}", "taskDefinition": "shop-web", "cluster": "shop" }`;
const K8S = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: app, image: nginx:1.27 }]
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`;
const EKSCTL = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
fargateProfiles:
  - name: fp
    selectors: [{ namespace: shop }]
`;

const ws = () => new Ws({ 'task.json': TASK, 'a.json': SVC('a'), 'b.json': SVC('b'), 'app.yaml': K8S, 'cluster.yaml': EKSCTL });

test('outline: one entry per YAML document, containers inside; volumes and ports left to workspace symbols', () => {
  const w = ws();
  const k8s = w.ls.documentSymbols('file:///ws/app.yaml');
  assert.deepEqual(
    k8s.map((s) => [s.name, s.detail, s.children.map((c) => `${c.detail} ${c.name}`)]),
    [
      ['web', 'Deployment · shop', ['container app']],
      ['web', 'Service · shop', []],
    ],
  );
  const ecs = w.ls.documentSymbols('file:///ws/task.json');
  assert.deepEqual(
    ecs.map((s) => [s.name, s.detail, s.children.map((c) => `${c.detail} ${c.name}`)]),
    [['shop-web', 'task definition', ['container web']]],
  );
  // Ctrl+T still finds what the outline leaves out
  assert.deepEqual(
    w.ls.workspaceSymbols('uploads').map((s) => `${s.detail} ${s.name} in ${s.container}`),
    ['volume uploads in shop-web'],
  );
  assert.deepEqual(
    w.ls.documentSymbols('file:///ws/cluster.yaml').map((s) => [s.name, s.children.map((c) => `${c.detail} ${c.name}`)]),
    [['prod', ['Fargate profile fp']]],
  );
  // the range holds the selection (the outline and breadcrumbs need it)
  for (const s of k8s)
    assert.ok(s.range.offset <= s.selection.offset && s.selection.offset + s.selection.length <= s.range.offset + s.range.length);
});

test('workspace symbols: every named object, found by a fuzzy query', () => {
  const w = ws();
  const names = w.ls.workspaceSymbols('shpweb').map((s) => `${s.detail} ${s.name}`);
  assert.deepEqual(names, ['task definition shop-web']);
  assert.ok(w.ls.workspaceSymbols('').length >= 8);
});

test('document links: role, ECR image, secret, log group, EFS → AWS console; apiVersion/kind → API reference', () => {
  const w = ws();
  const links = w.ls
    .documentLinks('file:///ws/task.json')
    .map((l) => w.files['task.json'].slice(l.offset, l.offset + l.length) + ' → ' + l.target);
  assert.deepEqual(links, [
    'arn:aws:iam::123456789012:role/shop-web-task → https://console.aws.amazon.com/iam/home#/roles/details/shop-web-task',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-web:1.4.2 → https://eu-west-1.console.aws.amazon.com/ecr/repositories/private/123456789012/shop-web?region=eu-west-1',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-password-AbCdEf → https://eu-west-1.console.aws.amazon.com/secretsmanager/secret?name=shop%2Fdb-password&region=eu-west-1',
    '/ecs/shop-web → https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fshop-web',
    'fs-0123456789abcdef0 → https://eu-west-1.console.aws.amazon.com/efs/home?region=eu-west-1#/file-systems/fs-0123456789abcdef0',
  ]);
  const k8s = w.ls.documentLinks('file:///ws/app.yaml');
  if (Object.keys(w.ls.store.k8sKinds()).length) {
    assert.equal(k8s.length, 4);
    assert.match(k8s[0].target, /^https:\/\/kubernetes\.io\/docs\/reference\/generated\/kubernetes-api\/v1\.\d+\/#deployment-v1-apps$/);
    assert.match(k8s[2].target, /#service-v1-core$/);
  }
});

test('code lenses: services of a task definition, pods a Service selects, workloads on a Fargate profile', () => {
  const w = ws();
  const titles = (f: string) => w.ls.codeLenses(`file:///ws/${f}`).map((l) => `${l.title} (${l.locations.length})`);
  assert.deepEqual(titles('task.json'), ['used by 2 services (2)']);
  assert.deepEqual(titles('app.yaml'), ['selects 3 pods in Deployment web (1)']);
  assert.deepEqual(titles('cluster.yaml'), ['runs 1 workload (1)']);
});

test('inlay hints: Fargate sizes in vCPU and GiB, the target of a short task definition reference', () => {
  const w = ws();
  const hints = (f: string) =>
    w.ls.inlayHints(`file:///ws/${f}`, 0, w.files[f].length).map((h) => `${w.files[f].slice(h.offset - 6, h.offset)}|${h.label}`);
  assert.deepEqual(hints('task.json'), [' "512"|0.5 vCPU', '"1024"|1 GiB', '": 256|256 MiB']);
  assert.deepEqual(hints('a.json'), ['p-web"|→ shop-web in task.json']);
  // only the requested range
  assert.deepEqual(w.ls.inlayHints('file:///ws/task.json', 0, 10), []);
});
