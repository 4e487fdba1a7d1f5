import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings, underlined, schedule } from '../helpers';

const ID = 'awscli/schedule-expression';

test('a five-field cron and a rate with a singular unit are reported on the expression', () => {
  const ls = workspace({
    'rule.json': { Name: 'n', ScheduleExpression: 'cron(0 2 * * *)' },
    'rate.json': { Name: 'n', ScheduleExpression: 'rate(5 minute)' },
  });
  const [f] = findings(ls, 'rule.json', ID);
  assert.match(f.message, /5 fields; cron\(…\) takes 6/);
  assert.equal(underlined(ls, 'rule.json', f), '"cron(0 2 * * *)"');
  assert.match(findings(ls, 'rate.json', ID)[0].message, /plural/);
});

test('at(…) is a Scheduler expression: fine in create-schedule, not in put-rule', () => {
  const ls = workspace({
    'rule.json': { Name: 'n', ScheduleExpression: 'at(2027-01-31T09:00:00)' },
    'schedule.json': schedule({ TaskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/x' }, 'at(2027-01-31T09:00:00)'),
  });
  assert.equal(findings(ls, 'rule.json', ID).length, 1);
  assert.equal(findings(ls, 'schedule.json', ID).length, 0);
});

test('valid expressions and placeholders are silent', () => {
  const ls = workspace({
    'a.json': { Name: 'n', ScheduleExpression: 'cron(0 12 ? * MON-FRI *)' },
    'b.json': { Name: 'n', ScheduleExpression: 'rate(1 day)' },
    'c.json': { Name: 'n', ScheduleExpression: '${SCHEDULE}' },
  });
  for (const f of ['a.json', 'b.json', 'c.json']) assert.deepEqual(findings(ls, f, ID), [], f);
});
