import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, tpl } from './helpers';

const ID = 'cfn/find-in-map';

test('FindInMap names a mapping and, when literal, keys it has; keys computed by a function are not checked', () => {
  const y = tpl(
    '  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: !FindInMap [Sizes, prod, Delay]\n      MaximumMessageSize: !FindInMap [Sizes, prd, Delay]\n      MessageRetentionPeriod: !FindInMap [Sizes, !Ref AWS::Region, Delay]\n      VisibilityTimeout: !FindInMap [Size, prod, Delay]\n      ReceiveMessageWaitTimeSeconds: !FindInMap [Sizes, prod, Dlay]\n',
    'Mappings:\n  Sizes:\n    prod: { Delay: 1 }\n',
  );
  assert.deepEqual(
    findings(ID, y).map((f) => y.slice(f.offset, f.offset + f.length)),
    ['prd', 'Size', 'Dlay'],
  );
  const j =
    '{"Mappings":{"M":{"a":{"b":"c"}}},"Resources":{"A":{"Type":"AWS::SNS::Topic","Properties":{"TopicName":{"Fn::FindInMap":["M","a","x"]}}}}}';
  assert.equal(findings(ID, j, 't.json').length, 1);
});
