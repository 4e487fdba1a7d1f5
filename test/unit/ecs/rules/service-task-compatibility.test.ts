import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, fargateTask } from '../helpers';

const ID = 'ecs/service-task-compatibility';
const uri = 'file:///ws/service.json';
const svc = json({ serviceName: 's', taskDefinition: 'web', capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] });

test('a Fargate service running an EC2-only task definition fires', () => {
  assert.equal(run(ID, svc, { uri, others: [{ uri: 'file:///ws/task-definition.json', text: json(ec2Task()) }] }).length, 1);
  assert.equal(run(ID, svc, { uri, others: [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask()) }] }).length, 0);
  assert.equal(run(ID, svc, { uri }).length, 0);
});
