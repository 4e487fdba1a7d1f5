/** Templates as a language: definition, references, rename, Fn::ImportValue across files, completion and hover. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Ws, uri } from '../nav/helpers';
import { analyzeText } from '../../../server/src/core/analyze';

const T = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Prefix:
    Type: String
    Default: app
    Description: Names start with this.
Conditions:
  IsProd: !Equals [!Ref Prefix, prod]
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Condition: IsProd
    Properties:
      QueueName: !Sub '\${Prefix}-jobs'
  Topic:
    Type: AWS::SNS::Topic
    DependsOn: Jobs
    Properties:
      TopicName: !GetAtt Jobs.QueueName
      DisplayName: !Sub '\${Jobs.Arn} in \${AWS::Region}'
Outputs:
  JobsUrl:
    Value: !Ref Jobs
    Export:
      Name: shared-jobs-url
`;

const J = JSON.stringify(
  {
    Resources: {
      Reader: {
        Type: 'AWS::SNS::Topic',
        Properties: { TopicName: { 'Fn::ImportValue': 'shared-jobs-url' }, DisplayName: { Ref: 'Reader' } },
      },
    },
  },
  null,
  2,
);

test('go to definition from Ref, GetAtt, Sub, DependsOn and Condition', () => {
  const ws = new Ws({ 't.yaml': T });
  assert.deepEqual(ws.definition('t.yaml', '${Prefix}', 3), ['t.yaml: Prefix']);
  assert.deepEqual(ws.definition('t.yaml', '!GetAtt Jobs', 10), ['t.yaml: Jobs']);
  assert.deepEqual(ws.definition('t.yaml', '${Jobs.Arn}', 3), ['t.yaml: Jobs']);
  assert.deepEqual(ws.definition('t.yaml', 'DependsOn: Jobs', 12), ['t.yaml: Jobs']);
  assert.deepEqual(ws.definition('t.yaml', 'Condition: IsProd', 12), ['t.yaml: IsProd']);
  assert.equal(ws.line(ws.ls.definition(uri('t.yaml'), ws.at('t.yaml', '!Ref Jobs', 6))[0]), 10);
});

test('find references of a logical id: every form, each once', () => {
  const ws = new Ws({ 't.yaml': T });
  assert.deepEqual(ws.references('t.yaml', '  Jobs:', 3), ['t.yaml: Jobs @17', 't.yaml: Jobs @19', 't.yaml: Jobs @20', 't.yaml: Jobs @23']);
});

test('rename a logical id: declaration and every reference, inside Fn::Sub strings too; names must be logical ids', () => {
  const ws = new Ws({ 't.yaml': T });
  const out = ws.rename('t.yaml', '  Jobs:', 'WorkQueue', 3);
  assert.equal(typeof out, 'object');
  const text = (out as Record<string, string>)['t.yaml'];
  assert.ok(!/\bJobs\b/.test(text.replace(/-jobs/, '')), text);
  assert.match(text, /DisplayName: !Sub '\$\{WorkQueue\.Arn\} in/);
  assert.match(text, /!GetAtt WorkQueue\.QueueName/);
  assert.match(String(ws.rename('t.yaml', '  Jobs:', 'work-queue', 3)), /logical ID/);
  const p = new Ws({ 't.yaml': T }).rename('t.yaml', '  Prefix:', 'NamePrefix', 3) as Record<string, string>;
  assert.match(p['t.yaml'], /\$\{NamePrefix\}-jobs/);
  assert.match(p['t.yaml'], /!Ref NamePrefix, prod/);
});

test('Fn::ImportValue goes to the export of another template in the workspace', () => {
  const ws = new Ws({ 't.yaml': T, 'reader.json': J });
  assert.deepEqual(ws.definition('reader.json', '"shared-jobs-url"', 2), ['t.yaml: shared-jobs-url']);
  assert.deepEqual(ws.references('t.yaml', 'Name: shared', 7), ['reader.json: shared-jobs-url @7']);
});

test('completion: logical ids after Ref, attributes after GetAtt, resource types, properties and allowed values', () => {
  const labels = (text: string, needle: string, delta: number) => {
    const ws = new Ws({ 'c.yaml': text });
    return ws.ls.complete(uri('c.yaml'), ws.at('c.yaml', needle, delta)).map((c) => c.label);
  };
  const ref = labels(T.replace("QueueName: !Sub '${Prefix}-jobs'", 'QueueName: !Ref '), 'QueueName: !Ref ', 16);
  assert.ok(ref.includes('Prefix') && ref.includes('Topic') && ref.includes('AWS::Region'), ref.join());
  const att = labels(T.replace('!GetAtt Jobs.QueueName', '!GetAtt Jobs.'), '!GetAtt Jobs.', 13);
  assert.deepEqual(att.sort(), ['Arn', 'QueueName', 'QueueUrl']);
  const types = labels(T.replace('Type: AWS::SNS::Topic', 'Type: AWS::SNS::'), 'Type: AWS::SNS::', 16);
  assert.ok(types.includes('AWS::SNS::Topic') && types.length > 1000);
  const props = labels(T.replace('      TopicName: !GetAtt', '      Fifo\n      TopicName: !GetAtt'), '      Fifo', 10);
  assert.ok(props.includes('FifoTopic') && props.includes('KmsMasterKeyId') && !props.includes('TopicName'), props.join());
  const values = labels(`Resources:\n  S:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: F\n`, 'LaunchType: F', 13);
  assert.deepEqual(values.sort(), ['EC2', 'EXTERNAL', 'FARGATE']);
});

test('hover: a parameter through a reference, a resource type, a property', () => {
  const ws = new Ws({ 't.yaml': T });
  const md = (needle: string, delta: number) => ws.ls.hover(uri('t.yaml'), ws.at('t.yaml', needle, delta))?.markdown ?? '';
  assert.match(md('!Ref Prefix', 6), /\*\*Prefix\*\* — parameter \(String\)[\s\S]*Names start with this[\s\S]*Default: `"app"`/);
  assert.match(md('Type: AWS::SQS::Queue', 8), /\*\*AWS::SQS::Queue\*\*[\s\S]*docs\.aws\.amazon\.com/);
  assert.match(md('QueueName: !Sub', 2), /\*\*QueueName\*\* — a string/);
});

test('a template model never sees the JSON and YAML forms differently: same references', () => {
  const y = analyzeText(
    'file:///a.yaml',
    'Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !GetAtt A.Arn\n',
    'yaml',
  );
  assert.equal(y.docs[0].kind.family, 'cfn');
});
