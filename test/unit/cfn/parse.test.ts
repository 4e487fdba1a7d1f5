/** Templates: detection, the YAML short forms read as their long forms, the template model and intrinsics. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, languageOf } from '../../../server/src/core/analyze';
import { findNodeAtPath } from '../../../server/src/core/parse/tree';
import { templateOf } from '../../../server/src/core/cfn/template';
import { getAttParts, intrinsicOf, possibleValues, subVariables } from '../../../server/src/core/cfn/intrinsics';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading nested test values
type J = any;

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
    AllowedValues: [dev, prod]
  Size:
    Type: Number
    Default: 2
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Condition: IsProd
    Properties:
      BucketName: !Sub '\${AWS::StackName}-\${Env}'
  Queue:
    Type: AWS::SQS::Queue
    DependsOn: [Bucket]
    Properties:
      DelaySeconds: !Ref Size
      QueueName: !GetAtt Bucket.Arn
      Tags: !If [IsProd, [], !Ref AWS::NoValue]
      A: !GetAtt [Bucket, DomainName]
      B: !Join ['', [!Select [0, !GetAZs ''], !Base64 x, !ImportValue shared-vpc]]
      C: !FindInMap [M, !Ref AWS::Region, Ami]
      D: !Split [',', !Cidr [10.0.0.0/16, 2, 8]]
      E: !Transform { Name: AWS::Include, Parameters: { Location: s3://x } }
      F: !Ref
Outputs:
  Arn:
    Value: !GetAtt Queue.Arn
    Export:
      Name: !Sub '\${AWS::StackName}-arn'
`;

test('every short form parses with no error and becomes its long form', () => {
  const f = analyzeText('file:///t.yaml', YAML, 'yaml');
  const doc = f.docs[0];
  assert.deepEqual(doc.syntaxErrors, []);
  assert.equal(doc.kind.family, 'cfn');
  const props = (doc.value as J).Resources.Queue.Properties;
  assert.deepEqual(props.QueueName, { 'Fn::GetAtt': ['Bucket', 'Arn'] });
  assert.deepEqual(props.A, { 'Fn::GetAtt': ['Bucket', 'DomainName'] });
  assert.deepEqual(props.DelaySeconds, { Ref: 'Size' });
  assert.deepEqual(props.Tags, { 'Fn::If': ['IsProd', [], { Ref: 'AWS::NoValue' }] });
  assert.deepEqual(props.B, {
    'Fn::Join': ['', [{ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, { 'Fn::Base64': 'x' }, { 'Fn::ImportValue': 'shared-vpc' }]],
  });
  assert.deepEqual(props.C, { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Ami'] });
  assert.deepEqual(props.D, { 'Fn::Split': [',', { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }] });
  assert.deepEqual(props.E, { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://x' } } });
  assert.deepEqual(props.F, { Ref: '' });
  assert.deepEqual((doc.value as J).Conditions.IsProd, { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] });
});

test('the long form written by a short form keeps exact offsets: the tag is the key, each GetAtt part its own text', () => {
  const f = analyzeText('file:///t.yaml', YAML, 'yaml');
  const root = f.docs[0].root;
  const at = (n: { offset: number; length: number } | undefined) => n && YAML.slice(n.offset, n.offset + n.length);
  const getAtt = findNodeAtPath(root, ['Resources', 'Queue', 'Properties', 'QueueName'])!;
  assert.equal(at(getAtt), '!GetAtt Bucket.Arn');
  const fn = intrinsicOf(getAtt)!;
  assert.equal(at(fn.key), '!GetAtt');
  const parts = getAttParts(fn.arg);
  assert.equal(at(parts.id), 'Bucket');
  assert.equal(at(parts.attr), 'Arn');
  assert.equal(at(findNodeAtPath(root, ['Resources', 'Queue', 'Properties', 'DelaySeconds', 'Ref'])), 'Size');
  assert.equal(at(findNodeAtPath(root, ['Resources', 'Queue', 'Properties', 'A', 'Fn::GetAtt', 1])), 'DomainName');
});

test('JSON long forms and YAML short forms give the same value', () => {
  const json = JSON.stringify({
    Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::GetAtt': ['B', 'Arn'] }, X: { Ref: 'P' } } } },
  });
  const j = analyzeText('file:///t.json', json, 'json').docs[0];
  const y = analyzeText(
    'file:///t.yaml',
    'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt B.Arn\n      X: !Ref P\n',
    'yaml',
  ).docs[0];
  assert.equal(j.kind.family, 'cfn');
  assert.equal(y.kind.family, 'cfn');
  assert.deepEqual(j.value, y.value);
});

test('YAML that is not a template keeps its tags as before: the tagged scalar, no wrapper', () => {
  const y = analyzeText('file:///x.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: !Ref x\ndata:\n  a: !Custom b\n', 'yaml')
    .docs[0];
  assert.deepEqual(y.syntaxErrors, []);
  assert.equal(y.kind.family, 'k8s');
  assert.deepEqual((y.value as J).metadata, { name: 'x' });
  const plain = analyzeText('file:///x.yaml', 'a: !Sub b\n', 'yaml').docs[0];
  assert.deepEqual(plain.value, { a: 'b' });
  assert.equal(plain.kind.family, 'none');
});

test('unknown tags in a template parse without an error and keep their value', () => {
  const y = analyzeText(
    'file:///t.yaml',
    'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Bogus x\n',
    'yaml',
  ).docs[0];
  assert.deepEqual(y.syntaxErrors, []);
  assert.equal((y.value as J).Resources.B.Properties.BucketName, 'x');
});

test('detection: AWSTemplateFormatVersion, a Resources map of typed entries, SAM, cdk synth output; other documents are refused', () => {
  const kind = (text: string, uri = 'file:///t.json') => analyzeText(uri, text, uri.endsWith('.json') ? 'json' : 'yaml').docs[0].kind;
  assert.deepEqual(kind('{"AWSTemplateFormatVersion":"2010-09-09"}'), { family: 'cfn', sam: false });
  assert.deepEqual(kind('Transform: AWS::Serverless-2016-10-31\nResources: {}\n', 'file:///t.yaml'), { family: 'cfn', sam: true });
  assert.deepEqual(
    kind('{"Resources":{"CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{}}}}', 'file:///cdk.out/App.template.json'),
    { family: 'cfn', sam: false },
  );
  assert.equal(kind('{"Resources":{"a":1}}').family, 'none');
  assert.equal(kind('{"Resources":{"a":{"Type":"nginx"}}}').family, 'none');
  assert.equal(kind('apiVersion: v1\nkind: List\nResources: {}\n', 'file:///k.yaml').family, 'k8s');
});

test('the template model: sections by name, resources with their type, DependsOn and Condition, outputs with exports', () => {
  const doc = analyzeText('file:///t.yaml', YAML, 'yaml').docs[0];
  const t = templateOf(doc)!;
  assert.deepEqual([...t.parameters.keys()], ['Env', 'Size']);
  assert.deepEqual(t.parameters.get('Env')!.allowedValues, ['dev', 'prod']);
  assert.equal(t.resources.get('Bucket')!.type, 'AWS::S3::Bucket');
  assert.equal(t.resources.get('Bucket')!.condition!.value, 'IsProd');
  assert.deepEqual(
    t.resources.get('Queue')!.dependsOn.map((n) => n.value),
    ['Bucket'],
  );
  assert.deepEqual([...t.conditions.keys()], ['IsProd']);
  assert.ok(t.outputs.get('Arn')!.exportName);
  const props = t.resources.get('Queue')!.properties;
  assert.deepEqual(possibleValues(findNodeAtPath(props, ['DelaySeconds']), t), [2]);
  assert.deepEqual(possibleValues(findNodeAtPath(t.root, ['Conditions', 'IsProd', 'Fn::Equals', 0]), t), ['dev', 'prod']);
  assert.equal(possibleValues(findNodeAtPath(props, ['QueueName']), t), undefined);
});

test('Fn::Sub variables: names, attributes, and ${!Literal} escapes', () => {
  assert.deepEqual(
    subVariables('arn:${AWS::Partition}:s3:::${Bucket}/${!NotMe}/${Res.Arn.Sub}').map((v) => [v.name, v.attr]),
    [
      ['AWS::Partition', undefined],
      ['Bucket', undefined],
      ['Res', 'Arn.Sub'],
    ],
  );
});

test('a `.template` file is read as JSON or YAML by its first character, whatever language the editor gives it', () => {
  assert.equal(languageOf('file:///a/batch.template', 'yaml', '{\n  "Resources": {}\n}'), 'json');
  assert.equal(languageOf('file:///a/batch.template', 'yaml', 'Resources: {}\n'), 'yaml');
  assert.equal(languageOf('file:///a/batch.template', undefined, '\uFEFF [1]'), 'json');
  assert.equal(languageOf('file:///a/b.json', 'yaml', '{}'), 'yaml', 'other files follow the editor');
});
