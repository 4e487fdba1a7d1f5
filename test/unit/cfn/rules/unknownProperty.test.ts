import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/unknown-property';

test('an unknown property, at the top or nested, is an error with the nearest name as a fix', () => {
  const y = tpl(
    '  S:\n    Type: AWS::ECS::Service\n    Properties:\n      DesiredCont: 1\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnet: [a]\n',
  );
  const fs = findings(ID, y);
  assert.deepEqual(
    fs.map((f) => f.message),
    [
      '`DesiredCont` is not a property of AWS::ECS::Service: did you mean `DesiredCount`?',
      '`Subnet` is not a property of `AwsvpcConfiguration`: did you mean `Subnets`?',
    ],
  );
  assert.match(fixed(y, fs[0]), /DesiredCount: 1/);
});

test('JSON keys keep their quotes in the fix; intrinsic functions are values, not properties', () => {
  const j =
    '{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueNme":{"Ref":"AWS::StackName"},"DelaySeconds":{"Fn::If":["C",1,{"Ref":"AWS::NoValue"}]}}}}}';
  const [f, ...rest] = findings(ID, j, 't.json');
  assert.equal(rest.length, 0);
  assert.match(fixed(j, f), /"QueueName":\{"Ref"/);
});

test('SAM resources: property names are checked, their values are left to SAM', () => {
  const y =
    'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Runtim: nodejs20.x\n';
  assert.equal(findings(ID, y).length, 1);
  assert.deepEqual(findings('cfn/required-property', y), []);
});

test('a template run through another macro is left alone', () => {
  const y = 'Transform: MyMacro\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Anything: 1\n';
  assert.deepEqual(findings(ID, y), []);
});
