import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix, spanOf } from '../helpers';

const ID = 'ecs/host-port-mismatch';

test('awsvpc with a different hostPort fires at the hostPort value', () => {
  const bad = json(fargateTask({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '8080');
  assert.equal(run(ID, json(fargateTask({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] }))).length, 0);
  assert.equal(run(ID, json(ec2Task({ networkMode: 'bridge' }, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }))).length, 0);
});

test('fixes: set hostPort to containerPort, or remove it', () => {
  const bad = json(fargateTask({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }));
  assertFix(ID, bad, bad.replace('"hostPort": 8080', '"hostPort": 80'));
  assertFix(ID, bad, bad.replace(',\n          "hostPort": 8080', ''), { fixIndex: 1 });
});

test('host mode in YAML: the fix removes the line', () => {
  const yaml =
    'family: web\nnetworkMode: host\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 128\n    portMappings:\n      - containerPort: 80\n        hostPort: 81\n';
  assertFix(ID, yaml, yaml.replace('        hostPort: 81\n', ''), { uri: 'file:///ws/task-definition.yaml', fixIndex: 1 });
  assertFix(ID, yaml, yaml.replace('hostPort: 81', 'hostPort: 80'), { uri: 'file:///ws/task-definition.yaml' });
});
