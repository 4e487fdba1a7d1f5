/** The JSON/YAML edit helpers: the result parses and only the intended bytes change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYamlValue } from 'yaml';
import { analyzeText } from '../../../server/src/core/analyze';
import { findNodeAtPath, findProperty } from '../../../server/src/core/parse/tree';
import type { FileLanguage } from '../../../server/src/core/types';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { insertProperty, insertProperties } from '../../../server/src/core/edit/insertProperty';
import { removeProperties, removeProperty } from '../../../server/src/core/edit/removeProperty';
import { replaceValue } from '../../../server/src/core/edit/replaceValue';
import { unwrapValue } from '../../../server/src/core/edit/unwrap';

function file(text: string, language: FileLanguage = 'json') {
  const f = analyzeText(language === 'json' ? 'file:///x.json' : 'file:///x.yaml', text, language);
  return { f, root: f.docs[0].root! };
}
const reparse = (text: string, lang: FileLanguage) => (lang === 'json' ? JSON.parse(text) : parseYamlValue(text));

test('JSON insert: end, after a key, into an empty object, on one line', () => {
  const { f, root } = file('{\n  "a": 1,\n  "b": {}\n}');
  assert.equal(applyEdits(f.text, [insertProperty(f, root, 'c', 'x')]), '{\n  "a": 1,\n  "b": {},\n  "c": "x"\n}');
  assert.equal(applyEdits(f.text, [insertProperty(f, root, 'c', 2, { after: ['a'] })]), '{\n  "a": 1,\n  "c": 2,\n  "b": {}\n}');
  const b = findNodeAtPath(root, ['b'])!;
  assert.equal(
    applyEdits(f.text, [insertProperty(f, b, 'k', [1, 2])]),
    '{\n  "a": 1,\n  "b": {\n    "k": [\n      1,\n      2\n    ]\n  }\n}',
  );
  const one = file('{"a": 1}');
  assert.equal(
    applyEdits(one.f.text, [
      insertProperties(one.f, one.root, [
        ['b', true],
        ['c', null],
      ]),
    ]),
    '{"a": 1, "b": true, "c": null}',
  );
  const first = file('{\n  "a": 1\n}');
  assert.equal(applyEdits(first.f.text, [insertProperty(first.f, first.root, 'z', 0, { first: true })]), '{\n  "z": 0,\n  "a": 1\n}');
});

test('JSON remove: first, middle, last, several, all — commas stay right', () => {
  const text = '{\n  "a": 1,\n  "b": 2,\n  "c": 3,\n  "d": 4\n}';
  const { f, root } = file(text);
  const p = (k: string) => findProperty(root, k)!;
  const cases: [string[], unknown][] = [
    [['a'], { b: 2, c: 3, d: 4 }],
    [['b'], { a: 1, c: 3, d: 4 }],
    [['d'], { a: 1, b: 2, c: 3 }],
    [['a', 'b', 'd'], { c: 3 }],
    [['a', 'c'], { b: 2, d: 4 }],
    [['a', 'b', 'c', 'd'], {}],
  ];
  for (const [keys, want] of cases) {
    const out = applyEdits(text, removeProperties(f, root, keys.map(p)));
    assert.deepEqual(JSON.parse(out), want, keys.join(','));
  }
  assert.equal(applyEdits(text, removeProperty(f, p('b'))), '{\n  "a": 1,\n  "c": 3,\n  "d": 4\n}');
});

test('YAML insert and remove keep the block layout, also on a dash line', () => {
  const text = 'items:\n  - name: a\n    port: 80\n  - name: b\nother: 1\n';
  const { f, root } = file(text, 'yaml');
  const item = findNodeAtPath(root, ['items', 0])!;
  const ins = applyEdits(text, [insertProperty(f, item, 'essential', true)]);
  assert.equal(ins, 'items:\n  - name: a\n    port: 80\n    essential: true\n  - name: b\nother: 1\n');
  const rmName = applyEdits(text, removeProperty(f, findProperty(item, 'name')!));
  assert.deepEqual(reparse(rmName, 'yaml'), { items: [{ port: 80 }, { name: 'b' }], other: 1 });
  const rmPort = applyEdits(text, removeProperty(f, findProperty(item, 'port')!));
  assert.equal(rmPort, 'items:\n  - name: a\n  - name: b\nother: 1\n');
  const nested = applyEdits(text, [insertProperty(f, root, 'opts', { a: 'x', b: ['y'] })]);
  assert.deepEqual(reparse(nested, 'yaml'), { items: [{ name: 'a', port: 80 }, { name: 'b' }], other: 1, opts: { a: 'x', b: ['y'] } });
});

test('YAML flow maps and scalars that need quotes', () => {
  const text = 'a: {x: 1}\nb: plain\n';
  const { f, root } = file(text, 'yaml');
  const flow = findNodeAtPath(root, ['a'])!;
  assert.deepEqual(reparse(applyEdits(text, [insertProperty(f, flow, 'y', 'two')]), 'yaml'), { a: { x: 1, y: 'two' }, b: 'plain' });
  const b = findNodeAtPath(root, ['b'])!;
  for (const v of ['yes', '0123', 'a: b', 'ok', '1.5', '']) {
    assert.deepEqual(reparse(applyEdits(text, [replaceValue('yaml', b, v)]), 'yaml').b, v, v);
  }
});

test('unwrap dedents and drops the named properties', () => {
  const text = '{\n  "taskDefinition": {\n    "family": "w",\n    "revision": 3,\n    "cpu": "256"\n  }\n}\n';
  const { f, root } = file(text);
  const inner = findNodeAtPath(root, ['taskDefinition'])!;
  const out = applyEdits(text, [unwrapValue(f, root, inner, [findProperty(inner, 'revision')!])]);
  assert.equal(out, '{\n  "family": "w",\n  "cpu": "256"\n}\n');
});
