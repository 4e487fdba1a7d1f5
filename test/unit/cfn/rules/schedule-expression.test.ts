import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, spanOf, tpl } from './helpers';

const rule = (type: string, expr: string, head = '') =>
  tpl(`  Every:\n    Type: ${type}\n    Properties:\n      ScheduleExpression: ${expr}\n`, head);

test('invalid rate and cron expressions on rules and schedules', () => {
  const t = rule('AWS::Events::Rule', "'rate(1 hours)'");
  const f = findings('cfn/schedule-expression', t);
  assert.equal(f.length, 1);
  assert.equal(spanOf(t, f[0]), "'rate(1 hours)'");
  assert.match(f[0].message, /rate\(1 hour\)/);
  assert.match(findings('cfn/schedule-expression', rule('AWS::Scheduler::Schedule', "'cron(0 12 * * *)'"))[0].message, /6/);
  assert.match(findings('cfn/schedule-expression', rule('AWS::Events::Rule', "'at(2027-01-01T00:00:00)'"))[0].message, /Scheduler/);
});

test('valid ones, and a parameter whose value is valid, are silent', () => {
  assert.deepEqual(findings('cfn/schedule-expression', rule('AWS::Events::Rule', "'cron(0 12 ? * MON-FRI *)'")), []);
  assert.deepEqual(findings('cfn/schedule-expression', rule('AWS::Scheduler::Schedule', "'at(2027-01-01T00:00:00)'")), []);
  const head = `Parameters:\n  Every:\n    Type: String\n    Default: rate(5 minutes)\n`;
  assert.deepEqual(findings('cfn/schedule-expression', rule('AWS::Events::Rule', '!Ref Every', head)), []);
});
