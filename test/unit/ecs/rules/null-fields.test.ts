import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix, spanOf, service } from '../helpers';

const ID = 'ecs/null-fields';
const TASK = 'file:///ws/task-definition.json';

test('null fields: one warning at the first, and a fix that removes them all (whole document compared)', () => {
  const bad = json(fargateTask({ ipcMode: null, taskRoleArn: null }, { secrets: null, extraHosts: null, links: null, memory: null }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(spanOf(bad, f[0]), '"secrets"', 'the first null in the text');
  assert.match(f[0].message, /6 null fields/);
  assertFix(ID, bad, json(fargateTask()));
  assert.equal(run(ID, json(fargateTask())).length, 0);
});

test('nulls count as "not set" everywhere else: no schema error, no rule fires on them', () => {
  const text = json({
    ...fargateTask(
      { ipcMode: null, pidMode: null, executionRoleArn: 'arn:aws:iam::123456789012:role/exec', placementConstraints: [] },
      {
        secrets: null,
        extraHosts: null,
        links: null,
        dnsServers: null,
        linuxParameters: null,
        logConfiguration: null,
        healthCheck: null,
        repositoryCredentials: null,
        memory: null,
        memoryReservation: null,
      },
    ),
  });
  const all = service({ uri: TASK, text }).diagnostics(TASK);
  assert.deepEqual(
    all.map((x) => x.code),
    [ID],
  );
  // the same for a service: a null launchType next to a strategy is not "both"
  const svc = json({
    serviceName: 's',
    launchType: null,
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    role: null,
  });
  const uri = 'file:///ws/service.json';
  assert.deepEqual(
    service({ uri, text: svc })
      .diagnostics(uri)
      .map((x) => x.code),
    [ID],
  );
  // a task without a role and secrets: null is not a secret
  const ec2 = json(ec2Task({ executionRoleArn: null }, { secrets: null }));
  assert.deepEqual(
    service({ uri: TASK, text: ec2 })
      .diagnostics(TASK)
      .map((x) => x.code),
    [ID],
  );
});

test('YAML: null fields are removed line by line', () => {
  const yaml =
    'family: web\ntaskRoleArn: null\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 256\n    user: ~\n';
  assertFix(ID, yaml, 'family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 256\n', {
    uri: 'file:///ws/task-definition.yaml',
  });
});
