import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/describe-output-fields';
const ro = { taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', revision: 3, status: 'ACTIVE' };

test('read-only fields fire; the fix strips them all', () => {
  const bad = json({ ...ro, ...ec2Task(), compatibilities: ['EC2'] });
  assert.equal(run(ID, bad).length, 4);
  assertFix(ID, bad, json(ec2Task()));
  assert.equal(run(ID, json(ec2Task())).length, 0);
});

test('the wrapped shape gets an unwrap fix that leaves a registrable task definition', () => {
  const bad = json({ taskDefinition: { ...ec2Task(), ...ro } });
  const f = run(ID, bad);
  assert.equal(f.length, 4);
  assertFix(ID, bad, json(ec2Task()));
});

test('YAML: unwrap dedents', () => {
  const yaml =
    'taskDefinition:\n  family: web\n  revision: 2\n  containerDefinitions:\n    - name: app\n      image: nginx:1.27\n      memory: 128\n';
  assertFix(ID, yaml, 'family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 128\n', {
    uri: 'file:///ws/task-definition.yaml',
  });
});
