import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings, underlined, targets, ARN, FARGATE_TASK, EC2_TASK } from '../helpers';

const ID = 'awscli/ecs-target-fargate';
const VPC = { awsvpcConfiguration: { Subnets: ['subnet-0123456789abcdef0'] } };

test('launch type FARGATE on an EC2-only task definition is reported on the launch type', () => {
  const ls = workspace({
    'targets.json': targets({ TaskDefinitionArn: ARN.task('report'), LaunchType: 'FARGATE', NetworkConfiguration: VPC }),
    'report.json': EC2_TASK,
  });
  const [f] = findings(ls, 'targets.json', ID);
  assert.match(f.message, /"report" does not list FARGATE/);
  assert.equal(underlined(ls, 'targets.json', f), '"FARGATE"');
});

test('a Fargate task definition, EC2 launch type or an unknown task definition is silent', () => {
  const ls = workspace({
    'ok.json': targets({ TaskDefinitionArn: ARN.task('resizer'), LaunchType: 'FARGATE', NetworkConfiguration: VPC }),
    'ec2.json': targets({ TaskDefinitionArn: ARN.task('report'), LaunchType: 'EC2' }),
    'unknown.json': targets({ TaskDefinitionArn: ARN.task('x'), LaunchType: 'FARGATE', NetworkConfiguration: VPC }),
    'resizer.json': FARGATE_TASK,
    'report.json': EC2_TASK,
  });
  for (const f of ['ok.json', 'ec2.json', 'unknown.json']) assert.deepEqual(findings(ls, f, ID), [], f);
});
