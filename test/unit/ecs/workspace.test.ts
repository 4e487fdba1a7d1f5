/** Cross-document rules follow both files as they change; settings switch rules off or re-level them by id. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { json, fargateTask, ec2Task } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';

const TASK = 'file:///ws/task-definition.json';
const SVC = 'file:///ws/service.json';
const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const service = (containerName: string, containerPort = 80) =>
  json({
    serviceName: 'web',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    loadBalancers: [{ targetGroupArn: tg, containerName, containerPort }],
  });
const codes = (ls: LanguageService, uri: string) => ls.diagnostics(uri).map((f) => f.code);

test('service ↔ task definition: the service result follows edits to either file', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  ls.update(SVC, service('api'));
  // no task definition yet: only the "not in the workspace" hint
  assert.deepEqual(codes(ls, SVC), ['ecs/service-task-definition-missing']);
  ls.update(TASK, json(fargateTask()));
  assert.deepEqual(codes(ls, SVC), ['ecs/service-load-balancer-container']);
  // fix it in the task definition (rename the container)…
  ls.update(TASK, json(fargateTask({}, { name: 'api' })));
  assert.deepEqual(codes(ls, SVC), []);
  // …break it from the service side (a port the container does not map)…
  ls.update(SVC, service('api', 8080));
  assert.deepEqual(codes(ls, SVC), ['ecs/service-load-balancer-container']);
  // …and from the task side again: the task turns bridge/EC2, so Fargate + awsvpc settings no longer fit
  ls.update(SVC, service('api'));
  ls.update(TASK, json(ec2Task({}, { name: 'api' })));
  assert.deepEqual(codes(ls, SVC).sort(), ['ecs/service-network-configuration', 'ecs/service-task-compatibility']);
  ls.remove(TASK);
  assert.deepEqual(codes(ls, SVC), ['ecs/service-task-definition-missing']);
});

test('task definition ↔ service: a load-balanced service makes fixed bridge host ports worth a note', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  ls.update(TASK, json(ec2Task({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] })));
  assert.deepEqual(codes(ls, TASK), []);
  ls.update(
    SVC,
    json({ serviceName: 'web', taskDefinition: 'web:2', loadBalancers: [{ targetGroupArn: tg, containerName: 'app', containerPort: 80 }] }),
  );
  const f = ls.diagnostics(TASK).filter((x) => x.code === 'ecs/dynamic-port-mode');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  ls.remove(SVC);
  assert.deepEqual(codes(ls, TASK), []);
});

test('service ↔ cluster: capacity providers are checked against the cluster file', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const CL = 'file:///ws/cluster.json';
  ls.update(TASK, json(fargateTask()));
  ls.update(
    SVC,
    json({
      serviceName: 'web',
      cluster: 'prod',
      taskDefinition: 'web',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    }),
  );
  ls.update(CL, json({ clusterName: 'prod', capacityProviders: ['FARGATE'] }));
  assert.deepEqual(codes(ls, SVC), ['ecs/service-capacity-provider-cluster']);
  ls.update(CL, json({ clusterName: 'prod', capacityProviders: ['FARGATE', 'FARGATE_SPOT'] }));
  assert.deepEqual(codes(ls, SVC), []);
});

test('settings: a rule can be switched off or re-levelled by id', () => {
  const bad = json(fargateTask({ cpu: '256', memory: '4096' }));
  const base = new LanguageService({ runtime: nodeRuntime() });
  base.update(TASK, bad);
  assert.deepEqual(
    base.diagnostics(TASK).map((f) => `${f.code} ${f.severity}`),
    ['ecs/fargate-cpu-memory error'],
  );

  const off = new LanguageService({ runtime: nodeRuntime(), settings: { rules: { 'ecs/fargate-cpu-memory': 'off' } } });
  off.update(TASK, bad);
  assert.deepEqual(off.diagnostics(TASK), []);

  const warn = new LanguageService({
    runtime: nodeRuntime(),
    settings: { rules: { 'ecs/fargate-cpu-memory': 'warning', 'ecs/image-reference': 'off' } },
  });
  warn.update(TASK, json(fargateTask({ cpu: '256', memory: '4096' }, { image: 'nginx' })));
  assert.deepEqual(
    warn.diagnostics(TASK).map((f) => `${f.code} ${f.severity}`),
    ['ecs/fargate-cpu-memory warning'],
  );

  // turning a rule that explains a schema error off brings the schema's own report back: still one report
  const roleOff = new LanguageService({ runtime: nodeRuntime(), settings: { rules: { 'ecs/role-arn-field': 'off' } } });
  roleOff.update(TASK, json(fargateTask({ taskRoleArn: 'arn:aws:iam::123456789012:policy/x' })));
  assert.deepEqual(
    roleOff.diagnostics(TASK).map((f) => f.code),
    ['schema'],
  );
});
