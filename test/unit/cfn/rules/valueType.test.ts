import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, tpl } from './helpers';

const ID = 'cfn/value-type';

test('values of the wrong type are errors; numbers and booleans written as strings are accepted as CloudFormation does', () => {
  const y = tpl(
    "  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: soon\n      VisibilityTimeout: '30'\n      FifoQueue: 'true'\n      ContentBasedDeduplication: maybe\n      Tags: {a: b}\n",
  );
  assert.deepEqual(
    findings(ID, y).map((f) => f.message),
    [
      '`DelaySeconds` expects an integer, not the string `soon`.',
      '`ContentBasedDeduplication` expects a boolean, not the string `maybe`.',
      '`Tags` expects a list of tags, not an object.',
    ],
  );
});

test('intrinsic functions are accepted wherever a value is; both branches of Fn::If are checked (JSON)', () => {
  const j =
    '{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"DelaySeconds":{"Ref":"P"},"MessageRetentionPeriod":{"Fn::If":["C",60,"long"]}}}}}';
  assert.deepEqual(
    findings(ID, j, 't.json').map((f) => f.message),
    ['`MessageRetentionPeriod` expects an integer, not the string `long`.'],
  );
});
