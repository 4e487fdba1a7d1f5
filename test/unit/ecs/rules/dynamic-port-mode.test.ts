import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/dynamic-port-mode';

test('hostPort 0 outside bridge mode is an error', () => {
  const bad = json(fargateTask({}, { portMappings: [{ containerPort: 80, hostPort: 0 }] }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assertFix(ID, bad, bad.replace(',\n          "hostPort": 0', ''));
  assert.equal(run(ID, json(ec2Task({}, { portMappings: [{ containerPort: 80, hostPort: 0 }] }))).length, 0);
});

test('a fixed bridge hostPort behind a load balancer is advice', () => {
  const task = json(ec2Task({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] }));
  const svc = {
    uri: 'file:///ws/service.json',
    text: json({
      serviceName: 'web',
      taskDefinition: 'web',
      loadBalancers: [
        {
          targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc',
          containerName: 'app',
          containerPort: 80,
        },
      ],
    }),
  };
  const f = run(ID, task, { others: [svc] });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(run(ID, task).length, 0); // no service: nothing to say
});
