import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, assertFix, spanOf } from '../helpers';

const ID = 'ecs/fargate-network-mode';

test('fires on bridge, silent on awsvpc', () => {
  const bad = json(fargateTask({ networkMode: 'bridge' }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '"bridge"');
  assert.equal(run(ID, json(fargateTask())).length, 0);
  assert.equal(run(ID, json({ ...fargateTask(), requiresCompatibilities: ['EC2'], networkMode: 'bridge' })).length, 0);
});

test('fix replaces the value', () => {
  const bad = json(fargateTask({ networkMode: 'host' }));
  assertFix(ID, bad, bad.replace('"networkMode": "host"', '"networkMode": "awsvpc"'));
});

test('fix inserts networkMode after family when missing (JSON and YAML)', () => {
  const t = fargateTask();
  delete t.networkMode;
  const bad = json(t);
  assertFix(ID, bad, bad.replace('"family": "web",', '"family": "web",\n  "networkMode": "awsvpc",'));
  const yaml =
    'family: web\nrequiresCompatibilities: [FARGATE]\ncpu: "256"\nmemory: "512"\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n';
  assertFix(ID, yaml, yaml.replace('family: web\n', 'family: web\nnetworkMode: awsvpc\n'), { uri: 'file:///ws/task-definition.yaml' });
});

test('a templated network mode is left alone', () => {
  assert.equal(run(ID, json(fargateTask({ networkMode: '${NETWORK_MODE}' }))).length, 0);
});
