import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, shown, tpl } from './helpers';

const ID = 'cfn/resource-type';

test('an AWS:: type that does not exist is an error with the nearest type as a fix (YAML and JSON)', () => {
  const y = tpl('  B:\n    Type: AWS::S3::Buckett\n');
  const [f] = findings(ID, y);
  assert.match(f.message, /did you mean `AWS::S3::Bucket`/);
  assert.match(fixed(y, f), /Type: AWS::S3::Bucket\n/);
  const j = '{"Resources":{"B":{"Type":"AWS::SQS::Queu"}}}';
  const [g] = findings(ID, j, 't.json');
  assert.equal(fixed(j, g), '{"Resources":{"B":{"Type":"AWS::SQS::Queue"}}}');
});

test('a resource without Type is an error; Custom:: and third-party types are taken as written', () => {
  assert.deepEqual(shown(ID, tpl('  B:\n    Properties: {}\n  C:\n    Type: AWS::S3::Bucket\n')), [
    '[B] Resource `B` has no `Type`: add one, such as `AWS::S3::Bucket`.',
  ]);
  assert.deepEqual(findings(ID, tpl('  C:\n    Type: Custom::Seeder\n  D:\n    Type: MyOrg::Thing::Widget\n')), []);
});
