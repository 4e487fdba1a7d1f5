import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, spanOf } from '../helpers';

const sa = (arn: string) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  annotations:\n    eks.amazonaws.com/role-arn: ${arn}\n`;

test('eks/irsa-annotation: malformed role ARNs, each with the reason', () => {
  const cases: [string, RegExp][] = [
    ['arn:aws:iam::12345:role/app', /12 digits/],
    ['arn:aws:iam::123456789012:user/bob', /IAM user/],
    ['my-role', /full ARN/],
    ['arn:aws:iam:us-east-1:123456789012:role/app', /no region/],
  ];
  for (const [arn, why] of cases) {
    const text = sa(arn);
    const f = run('eks/irsa-annotation', text);
    assert.equal(f.length, 1, arn);
    assert.equal(spanOf(text, f[0]), arn);
    assert.match(f[0].message, why);
  }
});

test('eks/irsa-annotation: valid ARNs (all partitions, paths) and placeholders pass', () => {
  for (const arn of [
    'arn:aws:iam::123456789012:role/app',
    'arn:aws-cn:iam::123456789012:role/path/to/app',
    'arn:aws-us-gov:iam::123456789012:role/a.b@c',
    '${ROLE_ARN}',
    'arn:aws:iam::<ACCOUNT_ID>:role/app',
  ]) {
    assert.equal(run('eks/irsa-annotation', sa(arn)).length, 0, arn);
  }
});
