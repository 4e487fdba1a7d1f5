import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, spanOf, tpl } from './helpers';

const rule = (pattern: string) =>
  tpl(`  Bucket:
    Type: AWS::S3::Bucket
  OnUpload:
    Type: AWS::Events::Rule
    Properties:
      EventPattern:
${pattern}`);

test('a leaf that is not an array, an unknown operator', () => {
  const t = rule(`        source: aws.s3\n        detail:\n          object:\n            key: [{ startsWith: uploads/ }]\n`);
  const f = findings('cfn/event-pattern', t);
  assert.deepEqual(
    f.map((x) => spanOf(t, x)),
    ['aws.s3', 'startsWith'],
  );
});

test('well-formed patterns, and values that are functions, are silent', () => {
  const t = rule(
    `        source: [aws.s3]\n        detail-type: [Object Created]\n        detail:\n          bucket: { name: [!Ref Bucket] }\n          object: { key: [{ prefix: uploads/ }] }\n`,
  );
  assert.deepEqual(findings('cfn/event-pattern', t), []);
});
