import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduleProblem } from '../../../server/src/core/cfn/events/schedule';
import { patternProblems } from '../../../server/src/core/cfn/events/pattern';

test('rate(): a whole number and a unit, singular for 1 and plural above', () => {
  for (const ok of ['rate(1 hour)', 'rate(5 minutes)', 'rate(1 day)', 'rate(30 days)', ' rate(1 minute) '])
    assert.equal(scheduleProblem(ok, 'events'), undefined, ok);
  assert.match(scheduleProblem('rate(1 hours)', 'events')!, /rate\(1 hour\)/);
  assert.match(scheduleProblem('rate(5 minute)', 'events')!, /rate\(5 minutes\)/);
  assert.match(scheduleProblem('rate(0 minutes)', 'events')!, /1 or more/);
  assert.match(scheduleProblem('rate(5 seconds)', 'events')!, /unit/);
  assert.match(scheduleProblem('rate(5)', 'events')!, /VALUE UNIT/);
});

test('cron(): six fields, "?" in exactly one of day-of-month and day-of-week', () => {
  for (const ok of [
    'cron(0 12 * * ? *)',
    'cron(15 10 ? * 6L 2027-2029)',
    'cron(0/5 8-17 ? * MON-FRI *)',
    'cron(0 9 L * ? *)',
    'cron(0 9 ? * 2#1 *)',
    'cron(0 9 15W * ? *)',
    'cron(0 18 ? * MON,WED *)',
  ])
    assert.equal(scheduleProblem(ok, 'events'), undefined, ok);
  assert.match(scheduleProblem('cron(0 12 * * *)', 'events')!, /5 fields; cron\(…\) takes 6/);
  assert.match(scheduleProblem('cron(0 12 * * * *)', 'events')!, /one of them must be "\?"/);
  assert.match(scheduleProblem('cron(0 12 ? * ? *)', 'events')!, /only one of them/);
  assert.match(scheduleProblem('cron(60 12 * * ? *)', 'events')!, /"60" in the minutes field/);
  assert.match(scheduleProblem('cron(0 12 ? * 0 *)', 'events')!, /day-of-week field, which takes 1-7 or SUN-SAT/);
  assert.match(scheduleProblem('cron(0 ? * * ? *)', 'events')!, /only day-of-month and day-of-week/);
  assert.match(scheduleProblem('cron(0/0 12 * * ? *)', 'events')!, /step/);
});

test('at(): Scheduler only, a real date and time', () => {
  assert.equal(scheduleProblem('at(2027-01-31T09:00:00)', 'scheduler'), undefined);
  assert.match(scheduleProblem('at(2027-01-31T09:00:00)', 'events')!, /only EventBridge Scheduler/);
  assert.match(scheduleProblem('at(2027-02-30T09:00:00)', 'scheduler')!, /not a date/);
  assert.match(scheduleProblem('at(2027-01-31 09:00)', 'scheduler')!, /yyyy-mm-dd/);
  assert.match(scheduleProblem('every hour', 'scheduler')!, /rate\(…\), cron\(…\) or at\(…\)/);
});

test('event patterns: arrays at the leaves, known operators', () => {
  const ok = {
    source: ['aws.s3'],
    'detail-type': ['Object Created'],
    detail: {
      bucket: { name: ['uploads'] },
      object: { key: [{ prefix: 'in/' }, { suffix: '.csv' }, { wildcard: '*.json' }], size: [{ numeric: ['>', 0, '<=', 1000] }] },
      reason: [{ 'anything-but': ['x'] }, { exists: true }, { 'equals-ignore-case': 'a' }],
      $or: [{ a: ['1'] }, { b: ['2'] }],
    },
  };
  assert.deepEqual(patternProblems(ok), []);
  const bad = patternProblems({
    source: 'aws.s3',
    detail: { key: [{ startsWith: 'x' }], n: [{ numeric: ['>'] }], e: [{ exists: 'yes' }], z: [] },
  });
  assert.deepEqual(
    bad.map((p) => p.path.join('.')),
    ['source', 'detail.key.0.startsWith', 'detail.n.0.numeric', 'detail.e.0.exists', 'detail.z'],
  );
  assert.equal(patternProblems('text').length, 1);
  assert.equal(patternProblems({}).length, 1);
});
