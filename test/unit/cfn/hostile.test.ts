/** Hostile templates: unknown tags, circular references, a megabyte of resources. They finish, and nothing throws. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Ws, uri } from '../nav/helpers';

/** a hang guard, not a budget: a shared, loaded machine parses 1 MB of YAML in seconds; the bench measures */
const DEADLINE_MS = 90_000;

function everything(ws: Ws, file: string): void {
  const u = uri(file);
  ws.ls.diagnostics(u);
  const text = ws.files[file];
  for (const at of [0, Math.floor(text.length / 2), text.length - 2]) {
    ws.ls.hover(u, at);
    ws.ls.complete(u, at);
    ws.ls.definition(u, at);
    ws.ls.references(u, at, true);
  }
}

test('unknown and misplaced tags, broken intrinsics and circular references', () => {
  const text = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  A:
    Type: AWS::SNS::Topic
    DependsOn: B
    Properties:
      TopicName: !GetAtt B.TopicName
      DisplayName: !Bogus [1, 2]
      Tags: !Ref
      KmsMasterKeyId: !GetAtt
      FifoTopic: !If
      ContentBasedDeduplication: !Sub [1, 2, 3]
      DataProtectionPolicy: { "Fn::GetAtt": { "a": 1 }, "Ref": [] }
  B:
    Type: !Ref A
    DependsOn: [A, !Sub '\${A}', { Ref: A }]
    Properties: !GetAtt A.TopicName
  ? [weird, key]
  : 1
Outputs: !Ref A
`;
  const ws = new Ws({ 'h.yaml': text });
  const start = Date.now();
  everything(ws, 'h.yaml');
  const d = ws.ls.diagnostics(uri('h.yaml'));
  assert.ok(d.every((f) => f.code !== 'rule-error'));
  assert.ok(Date.now() - start < DEADLINE_MS);
});

test('a megabyte of resources that refer to each other in a ring', () => {
  const n = 6000;
  const parts = ["AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"];
  for (let i = 0; i < n; i++)
    parts.push(
      `  Topic${i}:\n    Type: AWS::SNS::Topic\n    DependsOn: Topic${(i + 1) % n}\n    Properties:\n      TopicName: !Sub '\${Topic${(i + 1) % n}.TopicName}-x'\n      DisplayName: !GetAtt [Topic${(i + n - 1) % n}, TopicName]\n`,
    );
  const text = parts.join('');
  assert.ok(text.length > 1_000_000, `${text.length}`);
  const start = Date.now();
  const ws = new Ws({ 'big.yaml': text });
  everything(ws, 'big.yaml');
  assert.deepEqual(
    ws.ls.diagnostics(uri('big.yaml')).filter((f) => f.severity === 'error'),
    [],
  );
  assert.ok(Date.now() - start < DEADLINE_MS, `${Date.now() - start} ms`);
});
