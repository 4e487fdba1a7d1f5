import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/ref';

test('Ref and ${…} in Fn::Sub name a parameter, a resource or a pseudo parameter; the fix is the nearest name', () => {
  const y = tpl(
    "  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${Prefx}-${AWS::Region}-${!Literal}-${B}'\n      Tags:\n        - Key: a\n          Value: !Ref Prefixx\n",
    'Parameters:\n  Prefix:\n    Type: String\n',
  );
  const fs = findings(ID, y);
  assert.deepEqual(
    fs.map((f) => y.slice(f.offset, f.offset + f.length)),
    ['Prefx', 'Prefixx'],
  );
  assert.match(fixed(y, fs[0]), /\$\{Prefix\}-/);
});

test('the long forms in JSON, the [string, {vars}] form of Fn::Sub, and pseudo parameters', () => {
  const j = JSON.stringify({
    Resources: {
      B: {
        Type: 'AWS::S3::Bucket',
        Properties: { BucketName: { 'Fn::Sub': ['${Name}-${AWS::AccountId}-${Nope}', { Name: { Ref: 'AWS::StackName' } }] } },
      },
    },
  });
  assert.deepEqual(
    findings(ID, j, 't.json').map((f) => j.slice(f.offset, f.offset + f.length)),
    ['Nope'],
  );
});

test('SAM templates may name the resources SAM makes', () => {
  const y =
    'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a\n  P:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref FnRole\n';
  assert.deepEqual(findings(ID, y), []);
});
