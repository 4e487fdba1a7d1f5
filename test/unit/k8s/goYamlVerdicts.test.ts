/**
 * YAML that kubectl reads (go-yaml, through sigs.k8s.io/yaml) must not be a syntax error here,
 * and what it refuses must be one. Each row gives kubectl's verdict: go-yaml's scanner skips tabs
 * as white space inside flow collections and after a key's colon, does not check the indentation
 * of lines inside a flow collection, and folds quoted scalars continued at any column; it refuses
 * tabs that indent block content and unclosed collections or quotes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { findNodeAtPath } from '../../../server/src/core/parse/tree';

interface Row {
  name: string;
  yaml: string;
  kubectl: 'accepts' | 'rejects';
  /** the value kubectl reads, when it accepts */
  value?: unknown;
}

const rows: Row[] = [
  {
    name: 'tab-indented lines inside a flow mapping item',
    yaml: 'containers:\n  - {\n\tname: web,\n\timage: "nginx:1.27"\n    }\n',
    kubectl: 'accepts',
    value: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
  },
  {
    name: 'tabs before nested flow content and the closing brace',
    yaml: 'spec:\n  ports: [\n\t{ port: 80 },\n\t{ port: 443 }\n\t]\n',
    kubectl: 'accepts',
    value: { spec: { ports: [{ port: 80 }, { port: 443 }] } },
  },
  {
    name: 'a tab after the colon of a block key',
    yaml: 'kind:\tPod\nname: x\n',
    kubectl: 'accepts',
    value: { kind: 'Pod', name: 'x' },
  },
  {
    name: 'a flow mapping whose lines sit left of the item',
    yaml: 'items:\n  - { a: 1,\nb: 2 }\n',
    kubectl: 'accepts',
    value: { items: [{ a: 1, b: 2 }] },
  },
  {
    name: 'a double-quoted scalar continued at column 0',
    yaml: 'metadata:\n  annotations:\n    note: "one\ntwo"\n',
    kubectl: 'accepts',
    value: { metadata: { annotations: { note: 'one two' } } },
  },
  {
    name: 'a tab inside a quoted value is kept',
    yaml: 'items:\n  - { a: "x\ty" }\n',
    kubectl: 'accepts',
    value: { items: [{ a: 'x\ty' }] },
  },
  { name: 'a tab indenting block content', yaml: 'metadata:\n\tname: x\n', kubectl: 'rejects' },
  { name: 'a tab indenting a block sequence item', yaml: 'items:\n\t- a\n', kubectl: 'rejects' },
  { name: 'a flow mapping never closed', yaml: 'items:\n  - {\n\ta: 1,\n', kubectl: 'rejects' },
  { name: 'a quote never closed', yaml: 'a: "open\nb: c\n', kubectl: 'rejects' },
  {
    name: 'a block scalar holding a brace and tabs stays text',
    yaml: 'script: |\n  {\n  \tx\n  }\nnext: 1\n',
    kubectl: 'accepts',
    value: { script: '{\n\tx\n}\n', next: 1 },
  },
];

for (const r of rows) {
  test(`kubectl ${r.kubectl}: ${r.name}`, () => {
    const f = analyzeText('file:///t/m.yaml', r.yaml, 'yaml');
    const errors = f.docs.flatMap((d) => d.syntaxErrors).filter((e) => e.severity === 'error');
    if (r.kubectl === 'rejects') {
      assert.ok(errors.length > 0, 'kubectl refuses this, so must we');
      return;
    }
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
    );
    if (r.value !== undefined) assert.deepEqual(f.docs[0].value, r.value);
  });
}

test('offsets inside a relaxed flow mapping point into the original text', () => {
  const text = 'containers:\n  - {\n\tname: web,\n\timage: "nginx:1.27"\n    }\n';
  const f = analyzeText('file:///t/m.yaml', text, 'yaml');
  const image = findNodeAtPath(f.docs[0].root, ['containers', 0, 'image'])!;
  assert.equal(text.slice(image.offset, image.offset + image.length), '"nginx:1.27"');
  const name = findNodeAtPath(f.docs[0].root, ['containers', 0, 'name'])!;
  assert.equal(text.slice(name.offset, name.offset + name.length), 'web');
});
