import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, shown, tpl } from './helpers';

const ID = 'cfn/required-property';

test('a missing required property is reported on the Properties key (or the type when there are none)', () => {
  assert.deepEqual(shown(ID, tpl('  P:\n    Type: AWS::SQS::QueuePolicy\n')), [
    '[AWS::SQS::QueuePolicy] AWS::SQS::QueuePolicy requires `PolicyDocument` and `Queues`: add them under `Properties`.',
  ]);
  assert.deepEqual(shown(ID, tpl('  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      Protocol: email\n')), [
    '[Properties] AWS::SNS::Subscription requires `TopicArn`: add it.',
  ]);
});

test('nested property types have their required properties too; an intrinsic stands for the whole object (JSON)', () => {
  const j =
    '{"Resources":{"T":{"Type":"AWS::DynamoDB::Table","Properties":{"KeySchema":[{"AttributeName":"id"}],"AttributeDefinitions":{"Fn::If":["C",[],[]]}}}}}';
  const fs = findings(ID, j, 't.json');
  assert.deepEqual(
    fs.map((f) => f.message),
    ['`KeySchema` requires `KeyType`: add it.'],
  );
});
