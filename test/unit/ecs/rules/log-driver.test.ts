import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task } from '../helpers';

const ID = 'ecs/log-driver';

test('json-file on Fargate fires; on EC2 it is fine', () => {
  assert.equal(run(ID, json(fargateTask({}, { logConfiguration: { logDriver: 'json-file' } }))).length, 1);
  assert.equal(run(ID, json(ec2Task({}, { logConfiguration: { logDriver: 'json-file' } }))).length, 0);
});

test('awsfirelens without a log router container fires', () => {
  const fl = { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch_logs' } } };
  assert.equal(run(ID, json(fargateTask({}, fl))).length, 1);
  const t = fargateTask({}, fl);
  (t.containerDefinitions as unknown[]).push({
    name: 'log_router',
    image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
    essential: true,
    firelensConfiguration: { type: 'fluentbit' },
  });
  assert.equal(run(ID, json(t)).length, 0);
});
