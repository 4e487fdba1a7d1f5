import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/secrets-need-execution-role';

test('secrets without an execution role fire; the fix adds a placeholder role', () => {
  const bad = json(ec2Task({ taskRoleArn: 'arn:aws:iam::111122223333:role/app' }, { secrets: [{ name: 'X', valueFrom: '/x' }] }));
  assert.equal(run(ID, bad).length, 1);
  assertFix(
    ID,
    bad,
    bad.replace(
      '"taskRoleArn": "arn:aws:iam::111122223333:role/app"',
      '"taskRoleArn": "arn:aws:iam::111122223333:role/app",\n  "executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"',
    ),
  );
  assert.equal(
    run(ID, json(ec2Task({ executionRoleArn: 'arn:aws:iam::111122223333:role/exec' }, { secrets: [{ name: 'X', valueFrom: '/x' }] })))
      .length,
    0,
  );
});
