/**
 * A CloudFormation template over LSP: diagnostics (with an edit that clears one), definition,
 * references, rename (inside `!Sub` strings too) and completion of a property and a logical id.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, type Diagnostic } from './client';

let client: TestClient;
const URI = 'file:///virtual/cfn/stack.yaml';
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Location {
  uri: string;
  range: Range;
}

const T = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Prefix:
    Type: String
    Default: app
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${Prefix}-jobs'
  Topic:
    Type: AWS::SNS::Topic
    DependsOn: Jobs
    Properties:
      TopicName: !GetAtt Jobs.QueueName
      DisplayName: !Sub '\${Jobs.Arn} in \${AWS::Region}'
  Alerts:
    Type: AWS::SNS::Subscription
    Properties:
      Protocol: sqs
      Endpoint: !GetAtt Jobs.Arn
      TopicArn: !Ref Topc
Outputs:
  JobsUrl:
    Value: !Ref Jobs
`;

const pos = (text: string, needle: string, delta = 0) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const slice = (text: string, r: Range) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
const lineOf = (text: string, needle: string) => pos(text, needle).line;
const refErrors = (d: Diagnostic[]) => d.filter((x) => x.code === 'cfn/ref');

before(async () => {
  client = new TestClient();
  await client.initialize();
  client.open(URI, T);
  await client.diagnostics(URI, (d) => refErrors(d).length > 0);
});
after(async () => {
  await client.stop();
});

test('diagnostics: an unknown Ref is an error with "did you mean"; fixing the name clears it', async () => {
  const [d, ...rest] = refErrors(await client.diagnostics(URI));
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 1);
  assert.match(d.message, /`Topc` is not a parameter, a resource or a pseudo parameter of this template: did you mean `Topic`\?/);
  assert.equal(slice(T, d.range), 'Topc');
  const start = pos(T, '!Ref Topc', 5);
  const v = client.change(URI, { start, end: { line: start.line, character: start.character + 4 } }, 'Topic');
  const after = await client.diagnostics(URI, () => true, 10_000, v);
  assert.deepEqual(refErrors(after), []);
});

test('definition: from !Ref, !GetAtt and a ${…} of !Sub to the logical id or parameter', async () => {
  const def = (needle: string, delta: number) =>
    client.request<Location[]>('textDocument/definition', { textDocument: { uri: URI }, position: pos(T, needle, delta) });
  for (const [needle, delta, line] of [
    ['Value: !Ref Jobs', 13, lineOf(T, '  Jobs:')],
    ['!GetAtt Jobs.QueueName', 9, lineOf(T, '  Jobs:')],
    ['${Jobs.Arn}', 3, lineOf(T, '  Jobs:')],
    ["'${Prefix}-jobs'", 4, lineOf(T, '  Prefix:')],
  ] as const) {
    const r = await def(needle, delta);
    assert.equal(r.length, 1, needle);
    assert.equal(r[0].uri, URI);
    assert.equal(r[0].range.start.line, line, needle);
  }
});

test('references: every Ref, GetAtt, Sub and DependsOn of a logical id, and the declaration when asked', async () => {
  const r = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: URI },
    position: pos(T, '  Jobs:', 3),
    context: { includeDeclaration: true },
  });
  const lines = r.map((l) => l.range.start.line).sort((a, b) => a - b);
  assert.deepEqual(lines, [
    lineOf(T, '  Jobs:'),
    lineOf(T, 'DependsOn: Jobs'),
    lineOf(T, '!GetAtt Jobs.QueueName'),
    lineOf(T, '${Jobs.Arn}'),
    lineOf(T, 'Endpoint: !GetAtt Jobs.Arn'),
    lineOf(T, 'Value: !Ref Jobs'),
  ]);
  assert.ok(r.every((l) => slice(T, l.range) === 'Jobs'));
});

test('rename: a logical id with its references, inside !Sub too; a name that is no logical id is refused', async () => {
  const position = pos(T, '  Jobs:', 3);
  const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', {
    textDocument: { uri: URI },
    position,
  });
  assert.equal(prep.placeholder, 'Jobs');
  const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', {
    textDocument: { uri: URI },
    position,
    newName: 'WorkQueue',
  });
  const edits = edit.changes[URI];
  assert.equal(edits.length, 6);
  assert.ok(edits.every((e) => e.newText === 'WorkQueue' && slice(T, e.range) === 'Jobs'));
  assert.ok(
    edits.some((e) => e.range.start.line === lineOf(T, '${Jobs.Arn}') && e.range.start.character === pos(T, '${Jobs.Arn}', 2).character),
  );
  await assert.rejects(
    client.request('textDocument/rename', { textDocument: { uri: URI }, position, newName: 'work-queue' }),
    /logical ID/,
  );
});

test('completion: a property of the resource type, and logical ids after !Ref', async () => {
  const U = 'file:///virtual/cfn/complete.yaml';
  const text = T.replace('      Protocol: sqs\n', '      Protocol: sqs\n      Filter\n').replace('TopicArn: !Ref Topc', 'TopicArn: !Ref ');
  client.open(U, text);
  await client.diagnostics(U);
  type Items = { items: { label: string }[] } | { label: string }[];
  const labels = async (needle: string, delta: number) => {
    const r = await client.request<Items>('textDocument/completion', { textDocument: { uri: U }, position: pos(text, needle, delta) });
    return (Array.isArray(r) ? r : r.items).map((i) => i.label);
  };
  const props = await labels('      Filter\n', 12);
  assert.ok(props.includes('FilterPolicy') && props.includes('RawMessageDelivery') && !props.includes('Protocol'), props.join());
  const ids = await labels('TopicArn: !Ref ', 15);
  assert.ok(ids.includes('Topic') && ids.includes('Prefix') && ids.includes('AWS::Region'), ids.join());
});
