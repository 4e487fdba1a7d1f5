import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/depends-on';

test('DependsOn names other resources (one or a list); itself is an error', () => {
  const y = tpl('  A:\n    Type: AWS::S3::Bucket\n    DependsOn: [Bb, A]\n  B:\n    Type: AWS::S3::Bucket\n    DependsOn: A\n');
  const fs = findings(ID, y);
  assert.deepEqual(
    fs.map((f) => y.slice(f.offset, f.offset + f.length)),
    ['A', 'Bb'],
  );
  assert.match(fixed(y, fs[1]), /DependsOn: \[B, A\]/);
  const j = '{"Resources":{"A":{"Type":"AWS::S3::Bucket","DependsOn":"Nope"}}}';
  assert.equal(findings(ID, j, 't.json').length, 1);
});
