/** ECS references in both directions: service → task definition (family, family:revision, ARN) and cluster; containers → containers and volumes; load balancer → container. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ws } from './helpers';

const TASK = `{
  "family": "shop-web",
  "networkMode": "bridge",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "memory": 256,
      "portMappings": [{ "containerPort": 80 }],
      "links": ["cache:redis"],
      "dependsOn": [{ "containerName": "cache", "condition": "START" }],
      "volumesFrom": [{ "sourceContainer": "cache" }],
      "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }]
    },
    { "name": "cache", "image": "redis:7", "memory": 128 }
  ],
  "volumes": [{ "name": "data" }]
}`;

const service = (td: string, name = 'web-svc') => `{
  "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/shop",
  "serviceName": "${name}",
  "taskDefinition": "${td}",
  "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "web", "containerPort": 80 }]
}`;

const CLUSTER = `{ "clusterName": "shop" }`;

const files = {
  'task.json': TASK,
  'svc-family.json': service('shop-web', 'a'),
  'svc-revision.json': service('shop-web:3', 'b'),
  'svc-arn.json': service('arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-web:3', 'c'),
  'cluster.json': CLUSTER,
};

test('service taskDefinition → the task definition, written as family, family:revision or ARN', () => {
  const ws = new Ws(files);
  for (const f of ['svc-family.json', 'svc-revision.json', 'svc-arn.json'])
    assert.deepEqual(ws.definition(f, 'shop-web', 2), ['task.json: shop-web'], f);
});

test('task definition family → every service that runs it, the family part of each', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.references('task.json', '"shop-web"'), [
    'svc-arn.json: shop-web @4',
    'svc-family.json: shop-web @4',
    'svc-revision.json: shop-web @4',
  ]);
});

test('service cluster (ARN) → the cluster, and back', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('svc-family.json', 'cluster/shop', 9), ['cluster.json: shop']);
  assert.equal(ws.references('cluster.json', '"shop"').length, 3);
});

test('links, dependsOn, volumesFrom → the container; mountPoints → the volume', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('task.json', '"cache:redis"', 2), ['task.json: cache']);
  assert.deepEqual(ws.definition('task.json', '"containerName": "cache"', 19), ['task.json: cache']);
  assert.deepEqual(ws.definition('task.json', '"sourceContainer": "cache"', 21), ['task.json: cache']);
  assert.deepEqual(ws.definition('task.json', '"sourceVolume": "data"', 18), ['task.json: data']);
  // and back: the container's users, the volume's users
  assert.deepEqual(ws.references('task.json', '"name": "cache"', 10), [
    'task.json: cache @10',
    'task.json: cache @11',
    'task.json: cache @12',
  ]);
  assert.deepEqual(ws.references('task.json', '"name": "data"', 10), ['task.json: data @13']);
});

test('loadBalancers containerName → the container of the task definition the service runs, and back', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('svc-family.json', '"containerName": "web"', 19), ['task.json: web']);
  assert.deepEqual(ws.references('task.json', '"name": "web"', 10), [
    'svc-arn.json: web @5',
    'svc-family.json: web @5',
    'svc-revision.json: web @5',
  ]);
});

test('a role ARN → every document using it', () => {
  const role = 'arn:aws:iam::123456789012:role/app';
  const ws = new Ws({
    'a.json': `{ "family": "a", "taskRoleArn": "${role}", "containerDefinitions": [] }`,
    'b.json': `{ "family": "b", "executionRoleArn": "${role}", "containerDefinitions": [] }`,
    'sa.yaml': `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  annotations:\n    eks.amazonaws.com/role-arn: ${role}\n`,
  });
  assert.deepEqual(ws.references('a.json', 'role/app'), [`a.json: ${role} @1`, `b.json: ${role} @1`, `sa.yaml: ${role} @6`]);
});

test('nothing resolves to a task definition the workspace lacks; a bad document does not throw', () => {
  const ws = new Ws({
    'svc.json': service('other'),
    'broken.json': '{ "family": ',
    'td.json': '{ "family": 3, "containerDefinitions": [1, {}] }',
  });
  assert.deepEqual(ws.definition('svc.json', '"other"'), []);
  assert.deepEqual(ws.ls.documentSymbols('file:///ws/broken.json'), []);
  assert.doesNotThrow(() => ws.ls.documentSymbols('file:///ws/td.json'));
});
