import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask } from '../helpers';

const ID = 'ecs/secret-value-from';
const secret = (valueFrom: string) => json(fargateTask({}, { secrets: [{ name: 'X', valueFrom }] }));

test('ARNs of the right services and parameter names pass', () => {
  for (const ok of [
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::',
    'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password',
    '/prod/db/password',
    'db-password',
  ])
    assert.equal(run(ID, secret(ok)).length, 0, ok);
});

test('other ARNs and malformed values fire', () => {
  for (const bad of ['arn:aws:kms:us-east-1:123456789012:key/abc', 'arn:aws:secretsmanager:us-east-1:12345:secret:x', 'not a name']) {
    assert.equal(run(ID, secret(bad)).length, 1, bad);
  }
  assert.equal(
    run(ID, json(fargateTask({}, { repositoryCredentials: { credentialsParameter: 'arn:aws:ssm:us-east-1:123456789012:parameter/x' } })))
      .length,
    1,
  );
});
