/** The spec files' layout (cfn/specLines.ts): a header line, then one JSON entry per line, each parsed on first use. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SpecLines } from '../../../server/src/core/cfn/specLines';
import { CfnSpec, specOf } from '../../../server/src/core/cfn/spec';
import type { SchemaStore } from '../../../server/src/core/schema/store';
import { nodeRuntime } from '../../../server/src/node/runtime';

const file = (header: unknown, ...entries: string[]): string => [JSON.stringify(header), ...entries].join('\n') + '\n';

test('resources by name, property types by index after them', () => {
  const s = SpecLines.read(
    file({ v: '1', r: ['AWS::A::B', 'AWS::C::D'] }, '{"p":{"X":["s"]},"a":[]}', '{"p":{},"a":["Arn"]}', '{"Y":["i",1]}', '{"Z":["b"]}'),
  )!;
  assert.equal(s.version, '1');
  assert.deepEqual(s.resourceNames, ['AWS::A::B', 'AWS::C::D']);
  assert.deepEqual(s.resource('AWS::A::B'), { p: { X: ['s'] }, a: [] });
  assert.deepEqual(s.resource('AWS::C::D'), { p: {}, a: ['Arn'] });
  assert.deepEqual(s.propertyType(0), { Y: ['i', 1] });
  assert.deepEqual(s.propertyType(1), { Z: ['b'] });
  // the same object each time: parsed once
  assert.equal(s.propertyType(1), s.propertyType(1));
});

test('what the file lacks reads as missing, never as another entry', () => {
  const s = SpecLines.read(file({ v: '1', r: ['AWS::A::B'] }, '{"p":{},"a":[]}', '{"Y":["s"]}'))!;
  for (const name of ['AWS::Nope::Nope', '__proto__', 'constructor', 'toString', '']) assert.equal(s.resource(name), undefined, name);
  for (const i of [-1, 1, 2, 1.5, NaN, Infinity]) assert.equal(s.propertyType(i), undefined, String(i));
});

test('a damaged entry is missing, its neighbours are not', () => {
  const s = SpecLines.read(file({ v: '1', r: ['AWS::A::B', 'AWS::C::D'] }, '{"p":{', '{"p":{},"a":["Arn"]}', 'not json', '{"Z":["b"]}'))!;
  assert.equal(s.resource('AWS::A::B'), undefined);
  assert.deepEqual(s.resource('AWS::C::D'), { p: {}, a: ['Arn'] });
  assert.equal(s.propertyType(0), undefined);
  assert.deepEqual(s.propertyType(1), { Z: ['b'] });
});

test('a file without this header (damaged, empty or the older one-object layout) is no spec', () => {
  for (const text of [
    '',
    '\n',
    'garbage',
    '[1,2]',
    'null',
    '{"v":"1"}',
    '{"v":1,"r":[]}',
    '{"v":"1","r":[1]}',
    JSON.stringify({ v: '1', r: { 'AWS::A::B': '{}' }, t: [] }),
  ])
    assert.equal(SpecLines.read(text), undefined, text);
  const store = { source: { cfnSpec: () => 'garbage' } } as unknown as SchemaStore;
  assert.equal(specOf(store), undefined);
});

test('docs come from their own file, read on first use; a damaged docs file gives no docs', () => {
  let reads = 0;
  const spec = new CfnSpec(SpecLines.read(file({ v: '1', r: ['AWS::A::B'] }, '{"p":{"X":["s"]},"a":[]}', '{"Y":["s"]}'))!, () => {
    reads++;
    return file({ v: '1', r: ['AWS::A::B'] }, '["A thing.",{"X":"The X."}]', '{"Y":"The Y."}');
  });
  assert.equal(reads, 0);
  assert.equal(spec.resourceDoc('AWS::A::B'), 'A thing.');
  assert.equal(spec.propertyDoc({ resource: 'AWS::A::B' }, 'X'), 'The X.');
  assert.equal(spec.propertyDoc({ typeIndex: 0 }, 'Y'), 'The Y.');
  assert.equal(spec.propertyDoc({ typeIndex: 0 }, 'constructor'), undefined);
  assert.equal(reads, 1);
  const broken = new CfnSpec(SpecLines.read(file({ v: '1', r: [] }))!, () => 'not json');
  assert.equal(broken.resourceDoc('AWS::A::B'), undefined);
});

const source = nodeRuntime().schemas;
const built = source.cfnSpec?.() !== undefined;
test('the generated files have this layout and every entry parses', { skip: !built && 'no build (dist/schemas)' }, () => {
  for (const [name, text] of [
    ['spec', source.cfnSpec?.()],
    ['docs', source.cfnDocs?.()],
  ] as const) {
    const s = SpecLines.read(text ?? '');
    assert.ok(s, name);
    assert.ok(s.resourceNames.length > 1000, name);
    for (const r of s.resourceNames) assert.notEqual(s.resource(r), undefined, `${name} ${r}`);
    const types = text!.split('\n').filter(Boolean).length - 1 - s.resourceNames.length;
    assert.ok(types > 1000, name);
    for (let i = 0; i < types; i++) assert.notEqual(s.propertyType(i), undefined, `${name} type ${i}`);
    assert.equal(s.propertyType(types), undefined, name);
  }
  const service = SpecLines.read(source.cfnSpec!()!)!.resource<{ p: Record<string, unknown> }>('AWS::ECS::Service');
  assert.ok(service && 'TaskDefinition' in service.p);
});
