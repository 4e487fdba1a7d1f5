import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { findNodeAtPath } from '../../../server/src/core/parse/tree';
import { indentQuotedContinuations, toOriginal } from '../../../server/src/core/parse/goYamlLeniency';

const parse = (text: string) => analyzeText('file:///t/m.yaml', text, 'yaml');

test('a double-quoted value continued at column 0 parses as kubectl reads it', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    note: "line one\nline two"\n    other: y\n';
  const f = parse(text);
  assert.deepEqual(f.docs[0].syntaxErrors, []);
  const v = f.docs[0].value as { metadata: { annotations: Record<string, string> } };
  assert.equal(v.metadata.annotations.note, 'line one line two');
  assert.equal(v.metadata.annotations.other, 'y');
  // offsets point into the original text
  const other = findNodeAtPath(f.docs[0].root, ['metadata', 'annotations', 'other'])!;
  assert.equal(text.slice(other.offset, other.offset + other.length), 'y');
  const note = findNodeAtPath(f.docs[0].root, ['metadata', 'annotations', 'note'])!;
  assert.equal(text.slice(note.offset, note.offset + note.length), '"line one\nline two"');
});

test('single quotes and sequence items, with escaped quotes', () => {
  const text = 'env:\n  - name: A\n    value: \'it\'\'s\n  more\'\n  - name: B\n    value: "say \\"hi\\"\nthere"\n';
  const f = parse(text);
  assert.deepEqual(f.docs[0].syntaxErrors, []);
  assert.deepEqual(f.docs[0].value, {
    env: [
      { name: 'A', value: "it's more" },
      { name: 'B', value: 'say "hi" there' },
    ],
  });
});

test('block scalars holding quotes are left alone', () => {
  const text = 'script: |\n  echo "a\nb: "x\ny"\n';
  const p = indentQuotedContinuations(text);
  // the quote inside the block scalar is not a scalar start; the one after `b:` is
  assert.ok(p);
  assert.deepEqual(p!.inserts, [{ at: text.indexOf('y"'), len: 1 }]);
  assert.equal(p!.text, 'script: |\n  echo "a\nb: "x\n y"\n');
  assert.deepEqual(parse(text).docs[0].value, { script: 'echo "a\n', b: 'x y' });
});

test('real syntax errors stay errors', () => {
  const f = parse('a: "unterminated\nb: [1,\n');
  assert.ok(f.docs[0].syntaxErrors.length > 0);
});

test('toOriginal maps through inserted spaces', () => {
  const ins = [
    { at: 5, len: 2 },
    { at: 10, len: 1 },
  ];
  assert.equal(toOriginal(ins, 4), 4);
  assert.equal(toOriginal(ins, 5), 5);
  assert.equal(toOriginal(ins, 6), 5);
  assert.equal(toOriginal(ins, 7), 5);
  assert.equal(toOriginal(ins, 8), 6);
  assert.equal(toOriginal(ins, 12), 10);
  assert.equal(toOriginal(ins, 13), 10);
  assert.equal(toOriginal(ins, 14), 11);
});
