import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, spanOf, tpl } from './helpers';

const rule = (type: string, expr: string, head = '') =>
  tpl(`  Every:\n    Type: ${type}\n    Properties:\n      ScheduleExpression: ${expr}\n`, head);

test('invalid rate and cron expressions on rules and schedules', () => {
  const t = rule('AWS::Events::Rule', "'rate(1 hours)'");
  const f = lint(t, 'cfn/schedule-expression');
  assert.equal(f.length, 1);
  assert.equal(spanOf(t, f[0]), "'rate(1 hours)'");
  assert.match(f[0].message, /rate\(1 hour\)/);
  assert.match(lint(rule('AWS::Scheduler::Schedule', "'cron(0 12 * * *)'"), 'cfn/schedule-expression')[0].message, /6/);
  assert.match(lint(rule('AWS::Events::Rule', "'at(2027-01-01T00:00:00)'"), 'cfn/schedule-expression')[0].message, /Scheduler/);
});

test('valid ones, and a parameter whose value is valid, are silent', () => {
  assert.deepEqual(lint(rule('AWS::Events::Rule', "'cron(0 12 ? * MON-FRI *)'"), 'cfn/schedule-expression'), []);
  assert.deepEqual(lint(rule('AWS::Scheduler::Schedule', "'at(2027-01-01T00:00:00)'"), 'cfn/schedule-expression'), []);
  const head = `Parameters:\n  Every:\n    Type: String\n    Default: rate(5 minutes)\n`;
  assert.deepEqual(lint(rule('AWS::Events::Rule', '!Ref Every', head), 'cfn/schedule-expression'), []);
});
