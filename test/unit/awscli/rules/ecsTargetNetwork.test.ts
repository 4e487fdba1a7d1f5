import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings, underlined, targets, schedule, ARN, FARGATE_TASK, EC2_TASK } from '../helpers';

const ID = 'awscli/ecs-target-network';
const VPC = { awsvpcConfiguration: { Subnets: ['subnet-0123456789abcdef0'] } };

test('an awsvpc task without NetworkConfiguration is reported on EcsParameters, for rules and schedules', () => {
  const ls = workspace({
    'targets.json': targets({ TaskDefinitionArn: ARN.task('resizer') }),
    'schedule.json': schedule({ TaskDefinitionArn: ARN.task('resizer') }),
    'resizer.json': FARGATE_TASK,
  });
  for (const file of ['targets.json', 'schedule.json']) {
    const [f] = findings(ls, file, ID);
    assert.match(f.message, /"resizer" uses the awsvpc network mode/);
    assert.equal(underlined(ls, file, f), '"EcsParameters"');
  }
});

test('Fargate without a known task definition needs it too; a bridge task must not have it', () => {
  const ls = workspace({
    'fargate.json': targets({ TaskDefinitionArn: ARN.task('elsewhere'), LaunchType: 'FARGATE' }),
    'bridge.json': targets({ TaskDefinitionArn: ARN.task('report'), NetworkConfiguration: VPC }),
    'report.json': EC2_TASK,
  });
  assert.match(findings(ls, 'fargate.json', ID)[0].message, /Fargate tasks use the awsvpc/);
  const [f] = findings(ls, 'bridge.json', ID);
  assert.match(f.message, /"bridge" network mode/);
  assert.equal(underlined(ls, 'bridge.json', f), '"NetworkConfiguration"');
});

test('awsvpc with NetworkConfiguration is silent', () => {
  const ls = workspace({
    'targets.json': targets({ TaskDefinitionArn: ARN.task('resizer'), NetworkConfiguration: VPC }),
    'resizer.json': FARGATE_TASK,
  });
  assert.deepEqual(findings(ls, 'targets.json', ID), []);
});
