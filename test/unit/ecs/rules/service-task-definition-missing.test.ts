import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task } from '../helpers';

const ID = 'ecs/service-task-definition-missing';
const uri = 'file:///ws/service.json';

test('a family not in the workspace gets a hint; a known one does not', () => {
  const f = run(ID, json({ serviceName: 's', taskDefinition: 'api:2' }), { uri });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'hint');
  const others = [{ uri: 'file:///ws/task-definition.json', text: json(ec2Task()) }];
  assert.equal(
    run(ID, json({ serviceName: 's', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2' }), { uri, others }).length,
    0,
  );
  assert.equal(run(ID, json({ serviceName: 's', taskDefinition: '${TASK_DEF}' }), { uri }).length, 0);
});
