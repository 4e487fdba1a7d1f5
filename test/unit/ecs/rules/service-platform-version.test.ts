import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, assertFix, spanOf } from '../helpers';

const ID = 'ecs/service-platform-version';
const uri = 'file:///ws/service.json';
const efs = { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED' } }] };
const svc = (pv: string) =>
  json({
    serviceName: 's',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    platformVersion: pv,
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
  });

test('platform 1.3.0 with an EFS task fires at platformVersion; the fix sets LATEST', () => {
  const others = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask(efs)) }];
  const bad = svc('1.3.0');
  const f = run(ID, bad, { uri, others });
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '"1.3.0"');
  assert.match(f[0].message, /EFS/);
  assertFix(ID, bad, svc('LATEST'), { uri, others });
});

test('8 vCPU and ephemeral storage need 1.4.0 too; 1.4.0, LATEST and plain tasks are silent', () => {
  const big = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask({ cpu: '8192', memory: '16384' })) }];
  assert.equal(run(ID, svc('1.3.0'), { uri, others: big }).length, 1);
  const eph = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask({ ephemeralStorage: { sizeInGiB: 50 } })) }];
  assert.equal(run(ID, svc('1.2.0'), { uri, others: eph }).length, 1);
  const others = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask(efs)) }];
  assert.equal(run(ID, svc('1.4.0'), { uri, others }).length, 0);
  assert.equal(run(ID, svc('LATEST'), { uri, others }).length, 0);
  const plain = [{ uri: 'file:///ws/task-definition.json', text: json(fargateTask()) }];
  assert.equal(run(ID, svc('1.3.0'), { uri, others: plain }).length, 0);
  assert.equal(run(ID, svc('1.3.0'), { uri }).length, 0, 'task definition not in the workspace: nothing to say');
});
