import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/service-network-configuration';
const uri = 'file:///ws/service.json';
const net = { awsvpcConfiguration: { subnets: ['subnet-1'] } };

test('awsvpc task definition without networkConfiguration fires', () => {
  const others = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask()) }];
  assert.equal(run(ID, json({ serviceName: 's', taskDefinition: 'web:3', desiredCount: 1 }), { uri, others }).length, 1);
  assert.equal(run(ID, json({ serviceName: 's', taskDefinition: 'web', networkConfiguration: net }), { uri, others }).length, 0);
});

test('Fargate launch type without a task definition in the workspace still needs subnets', () => {
  assert.equal(run(ID, json({ serviceName: 's', taskDefinition: 'other', launchType: 'FARGATE' }), { uri }).length, 1);
});

test('bridge task with networkConfiguration fires; the fix removes it', () => {
  const others = [{ uri: 'file:///ws/task-definition.json', text: json(ec2Task()) }];
  const bad = json({
    serviceName: 's',
    taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
    networkConfiguration: net,
  });
  assertFix(ID, bad, json({ serviceName: 's', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7' }), {
    uri,
    others,
  });
});
