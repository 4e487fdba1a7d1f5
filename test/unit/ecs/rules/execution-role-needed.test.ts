import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, assertFix } from '../helpers';

const ID = 'ecs/execution-role-needed';
const logs = {
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'p' },
  },
};

test('Fargate + awslogs without execution role is an error, with a fix', () => {
  const t = fargateTask({}, logs);
  delete t.executionRoleArn;
  const bad = json(t);
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assertFix(
    ID,
    bad,
    bad.replace('"family": "web",', '"family": "web",\n  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",'),
  );
  assert.equal(run(ID, json(fargateTask({}, logs))).length, 0);
});

test('Fargate + private ECR image without execution role is a warning', () => {
  const t = fargateTask({}, { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1' });
  delete t.executionRoleArn;
  const f = run(ID, json(t));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
});
