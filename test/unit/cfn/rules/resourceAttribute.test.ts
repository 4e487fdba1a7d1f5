import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/resource-attribute';

test('a key that is not a resource attribute is an error, with the nearest as a fix', () => {
  const y = tpl('  B:\n    Type: AWS::S3::Bucket\n    DependOn: C\n  C:\n    Type: AWS::S3::Bucket\n');
  const [f] = findings(ID, y);
  assert.match(f.message, /did you mean `DependsOn`/);
  assert.match(fixed(y, f), /DependsOn: C/);
});

test('DeletionPolicy and UpdateReplacePolicy take their documented values (JSON)', () => {
  const j = '{"Resources":{"B":{"Type":"AWS::S3::Bucket","DeletionPolicy":"Retain","UpdateReplacePolicy":"Keep"}}}';
  const fs = findings(ID, j, 't.json');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /UpdateReplacePolicy` is one of Delete, Retain, Snapshot/);
});

test('every resource attribute is accepted', () => {
  const y = tpl(
    '  B:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Metadata: {a: 1}\n    CreationPolicy: {}\n    UpdatePolicy: {}\n    Condition: C\n    DependsOn: [D]\n  D:\n    Type: AWS::S3::Bucket\n',
    'Conditions:\n  C: !Equals [a, a]\n',
  );
  assert.deepEqual(findings(ID, y), []);
});
