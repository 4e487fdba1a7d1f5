import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings, underlined, targets, schedule, ARN, EC2_TASK } from '../helpers';

const ID = 'awscli/ecs-target-task-definition';

test('a task definition missing from the workspace is a hint on the ARN; one present is silent', () => {
  const ls = workspace({
    'targets.json': targets({ TaskDefinitionArn: ARN.task('report') }),
    'schedule.json': schedule({ TaskDefinitionArn: ARN.task('other') }),
    'report.json': EC2_TASK,
  });
  assert.deepEqual(findings(ls, 'targets.json', ID), []);
  const [f] = findings(ls, 'schedule.json', ID);
  assert.equal(f.severity, 'hint');
  assert.match(f.message, /family "other"/);
  assert.equal(underlined(ls, 'schedule.json', f), JSON.stringify(ARN.task('other')));
});

test('an ARN of something else is an error', () => {
  const ls = workspace({ 'targets.json': targets({ TaskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web' }) });
  const [f] = findings(ls, 'targets.json', ID);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /not a task definition ARN/);
});
