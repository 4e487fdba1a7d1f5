/** Rename across files, and the refusals (placeholders, Helm templates, generators, invalid names, names nobody refers to). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ws } from './helpers';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n';
const ING = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: front
spec:
  defaultBackend:
    service:
      name: web
      port: { number: 80 }
`;

test('renaming a Service rewrites the Ingress in another file', () => {
  const ws = new Ws({ 'svc.yaml': SVC, 'ing.yaml': ING });
  const out = ws.rename('svc.yaml', 'name: web', 'storefront', 7);
  assert.equal(typeof out, 'object', String(out));
  const files = out as Record<string, string>;
  assert.equal(files['svc.yaml'], SVC.replace('name: web', 'name: storefront'));
  assert.equal(files['ing.yaml'], ING.replace('name: web', 'name: storefront'));
  // from the reference side too
  assert.deepEqual(Object.keys(ws.rename('ing.yaml', 'name: web', 'shop', 7) as object).sort(), ['ing.yaml', 'svc.yaml']);
});

test('renaming a ConfigMap rewrites every consumer; other namespaces are left alone', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: a\n';
  const pod = (ns: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ${ns}\nspec:\n  containers:\n    - name: c\n      image: x:1\n      envFrom: [{ configMapRef: { name: cfg } }]\n`;
  const ws = new Ws({ 'cm.yaml': cm, 'a.yaml': pod('a'), 'b.yaml': pod('b') });
  const out = ws.rename('cm.yaml', 'name: cfg', 'settings', 7) as Record<string, string>;
  assert.deepEqual(Object.keys(out).sort(), ['a.yaml', 'cm.yaml']);
  assert.match(out['a.yaml'], /name: settings/);
});

test('renaming an ECS family rewrites the family, family:revision and the family inside an ARN', () => {
  const td = '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "x:1", "memory": 64 }] }';
  const ws = new Ws({
    'td.json': td,
    's1.json': '{ "serviceName": "a", "taskDefinition": "web" }',
    's2.json': '{ "serviceName": "b", "taskDefinition": "web:7" }',
    's3.json': '{ "serviceName": "c", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7" }',
  });
  const out = ws.rename('s1.json', '"web"', 'shop-web', 2) as Record<string, string>;
  assert.match(out['td.json'], /"family": "shop-web"/);
  assert.match(out['s1.json'], /"taskDefinition": "shop-web"/);
  assert.match(out['s2.json'], /"taskDefinition": "shop-web:7"/);
  assert.match(out['s3.json'], /task-definition\/shop-web:7"/);
});

test('renaming a container rewrites dependsOn, links and the service load balancer', () => {
  const td = `{ "family": "web", "containerDefinitions": [
  { "name": "app", "image": "x:1", "memory": 64, "links": ["side:s"] },
  { "name": "side", "image": "y:1", "memory": 64, "dependsOn": [{ "containerName": "app", "condition": "START" }] }
] }`;
  const svc = '{ "serviceName": "a", "taskDefinition": "web", "loadBalancers": [{ "containerName": "app", "containerPort": 80 }] }';
  const ws = new Ws({ 'td.json': td, 'svc.json': svc });
  const out = ws.rename('td.json', '"name": "app"', 'web', 10) as Record<string, string>;
  assert.match(out['td.json'], /"name": "web"/);
  assert.match(out['td.json'], /"containerName": "web"/);
  assert.match(out['svc.json'], /"containerName": "web"/);
  const side = ws.rename('td.json', '"side:s"', 'sidecar', 2) as Record<string, string>;
  assert.match(side['td.json'], /"links": \["sidecar:s"\]/);
  assert.match(side['td.json'], /"name": "sidecar"/);
});

test('refused: a name a Helm template also uses', () => {
  const ws = new Ws({
    'svc.yaml': SVC,
    'chart/templates/ing.yaml': ING.replace('name: front', 'name: {{ .Release.Name }}'),
  });
  const r = ws.ls.rename('file:///ws/svc.yaml', ws.at('svc.yaml', 'name: web', 7), 'shop');
  assert.ok('error' in r);
  assert.match(r.error, /template ing\.yaml line 8/);
});

test('refused: a declaration whose name is a placeholder, a workload, a name the workspace lacks, an invalid new name', () => {
  const ws = new Ws({
    'svc.yaml': SVC.replace('name: web', 'name: ${APP}'),
    'dep.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec: {}\n',
    'ing.yaml': ING,
    'ok.yaml': SVC.replace('name: web', 'name: ok'),
  });
  const prep = (file: string, needle: string, delta: number) => ws.ls.prepareRename(`file:///ws/${file}`, ws.at(file, needle, delta));
  assert.match((prep('svc.yaml', '${APP}', 2) as { error: string }).error, /placeholder/);
  assert.match((prep('dep.yaml', 'name: web', 7) as { error: string }).error, /A Deployment cannot be renamed/);
  assert.match((prep('ing.yaml', 'name: web', 7) as { error: string }).error, /not defined in the workspace/);
  assert.match((prep('ing.yaml', 'apiVersion', 2) as { error: string }).error, /Nothing to rename here/);
  assert.deepEqual(prep('ok.yaml', 'name: ok', 7), { offset: ws.at('ok.yaml', 'name: ok', 6), length: 2, name: 'ok' });
  assert.match(ws.rename('ok.yaml', 'name: ok', 'Not_A_Label', 7) as string, /DNS label/);
});

test('refused: a ConfigMap that a kustomize generator makes', () => {
  const ws = new Ws({
    'kustomization.yaml': 'configMapGenerator:\n  - name: cfg\n    literals: [a=b]\n',
    'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n',
  });
  assert.match(ws.rename('cm.yaml', 'name: cfg', 'x', 7) as string, /kustomize generator/);
});
