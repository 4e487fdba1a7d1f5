import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/health-check-command';

test('a command without CMD/CMD-SHELL fires; the fix prefixes CMD-SHELL', () => {
  const bad = json(ec2Task({}, { healthCheck: { command: ['curl -f http://localhost/ || exit 1'] } }));
  assert.equal(run(ID, bad).length, 1);
  assertFix(ID, bad, bad.replace('"curl -f', '"CMD-SHELL", "curl -f'));
  assert.equal(run(ID, json(ec2Task({}, { healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] } }))).length, 0);
  assert.equal(run(ID, json(ec2Task({}, { healthCheck: { command: ['CMD'] } }))).length, 1);
});

test('YAML block list: the fix adds a CMD-SHELL item', () => {
  const yaml =
    'family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 128\n    healthCheck:\n      command:\n        - curl -f http://localhost/\n';
  assertFix(ID, yaml, yaml.replace('        - curl', '        - CMD-SHELL\n        - curl'), { uri: 'file:///ws/task-definition.yaml' });
});
