import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, spanOf } from '../helpers';

const ID = 'ecs/service-load-balancer-container';
const uri = 'file:///ws/service.json';
const others = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask()) }];
const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const svc = (lb: Record<string, unknown>) =>
  json({
    serviceName: 's',
    taskDefinition: 'web',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    loadBalancers: [{ targetGroupArn: tg, ...lb }],
  });

test('unknown container or unmapped port fires at the value', () => {
  const badName = svc({ containerName: 'api', containerPort: 80 });
  const f = run(ID, badName, { uri, others });
  assert.equal(f.length, 1);
  assert.equal(spanOf(badName, f[0]), '"api"');
  const badPort = svc({ containerName: 'app', containerPort: 8080 });
  assert.equal(spanOf(badPort, run(ID, badPort, { uri, others })[0]), '8080');
  assert.equal(run(ID, svc({ containerName: 'app', containerPort: 80 }), { uri, others }).length, 0);
});

test('a target group without container name/port fires even without the task definition', () => {
  assert.equal(run(ID, svc({}), { uri }).length, 1);
});
