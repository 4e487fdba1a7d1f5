import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, tpl } from './helpers';

const ID = 'cfn/condition';

test('Condition on resources and outputs, in Fn::If and in condition functions, names a condition', () => {
  const y = tpl(
    '  A:\n    Type: AWS::S3::Bucket\n    Condition: IsPrd\n    Properties:\n      BucketName: !If [IsProd, a, !If [Nope, b, c]]\n',
    'Conditions:\n  IsProd: !Equals [a, b]\n  Both: !And [!Condition IsProd, !Condition Missing]\n',
  );
  assert.deepEqual(
    findings(ID, y).map((f) => y.slice(f.offset, f.offset + f.length)),
    ['IsPrd', 'Nope', 'Missing'],
  );
  const j =
    '{"Conditions":{"C":{"Fn::Not":[{"Condition":"D"}]}},"Resources":{"A":{"Type":"AWS::S3::Bucket"}},"Outputs":{"O":{"Value":"x","Condition":"C"}}}';
  assert.deepEqual(
    findings(ID, j, 't.json').map((f) => j.slice(f.offset, f.offset + f.length)),
    ['D'],
  );
});
