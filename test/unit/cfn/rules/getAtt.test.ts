import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/get-att';

test('GetAtt names a resource and an attribute of its type, in both forms', () => {
  const y = tpl(
    "  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !GetAtt Q.QueueName\n      DisplayName: !GetAtt [Q, Arnn]\n      Tags:\n        - Key: !GetAtt Qu.Arn\n          Value: !Sub '${Q.Url}'\n",
  );
  const fs = findings(ID, y);
  assert.deepEqual(
    fs.map((f) => `${y.slice(f.offset, f.offset + f.length)}: ${f.message}`),
    [
      'Arnn: AWS::SQS::Queue has no attribute `Arnn`: did you mean `Arn`?',
      'Qu: `Qu` is not a resource of this template: did you mean `Q`?',
      'Url: AWS::SQS::Queue has no attribute `Url`: did you mean `QueueUrl`?',
    ],
  );
  assert.match(fixed(y, fs[0]), /\[Q, Arn\]/);
});

test('JSON string form, parameters, custom resources and nested stacks', () => {
  const j = JSON.stringify({
    Parameters: { P: { Type: 'String' } },
    Resources: {
      C: { Type: 'Custom::Thing' },
      S: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'x' } },
      T: {
        Type: 'AWS::SNS::Topic',
        Properties: {
          TopicName: { 'Fn::GetAtt': 'C.Anything' },
          DisplayName: { 'Fn::GetAtt': ['S', 'Outputs.Vpc'] },
          FifoTopic: { 'Fn::GetAtt': ['P', 'x'] },
        },
      },
    },
  });
  assert.deepEqual(
    findings(ID, j, 't.json').map((f) => f.message),
    ["`P` is a parameter: Fn::GetAtt reads attributes of resources. Use `Ref` for a parameter's value."],
  );
});
