import { test } from 'node:test';
import assert from 'node:assert/strict';
import { service, store } from './helpers';
import { crdSchema } from '../../../server/src/core/k8s/crd';
import { schemaIdFor } from '../../../server/src/core/families';

const crd = (extra = '') => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: { type: integer, minimum: 1 }
                port: { x-kubernetes-int-or-string: true }
                color: { type: string, enum: [red, blue] }
                extra: { type: object, x-kubernetes-preserve-unknown-fields: true }
${extra}`;

const cr = (spec: string) => `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n${spec}`;
const schemaErrors = (files: Record<string, string>) =>
  service(files)
    .diagnostics('file:///ws/w.yaml')
    .filter((f) => f.code === 'schema');

test('CRD schema validates its custom resources', () => {
  const errs = schemaErrors({ 'w.yaml': cr('  size: 0\n  color: green\n  colour: red\n'), 'crd.yaml': crd() });
  const msgs = errs.map((e) => e.message).join('\n');
  assert.match(msgs, /at least 1/);
  assert.match(msgs, /"red", "blue"/);
  assert.match(msgs, /Unknown field `colour`/);
});

test('int-or-string and preserve-unknown-fields are honoured; required fields reported', () => {
  assert.deepEqual(
    schemaErrors({ 'w.yaml': cr('  size: 2\n  port: http\n  extra: { anything: [1, 2], goes: true }\n'), 'crd.yaml': crd() }),
    [],
  );
  assert.deepEqual(schemaErrors({ 'w.yaml': cr('  size: 2\n  port: 8080\n'), 'crd.yaml': crd() }), []);
  const missing = schemaErrors({ 'w.yaml': cr('  color: red\n'), 'crd.yaml': crd() });
  assert.match(missing[0].message, /Missing required field `size`/);
});

test('a CRD-less custom resource gets no schema errors', () => {
  assert.deepEqual(schemaErrors({ 'w.yaml': cr('  whatever: 1\n') }), []);
});

test('the CRD schema id follows its content: same text, same id; edited text, new id', () => {
  const ls = service({ 'w.yaml': cr('  size: 1\n'), 'crd.yaml': crd() });
  const kind = ls.workspace.get('file:///ws/w.yaml')!.docs[0].kind;
  assert.ok(kind.family === 'k8s');
  const a = crdSchema(ls.workspace, kind)!.id;
  ls.update('file:///ws/other.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
  assert.equal(crdSchema(ls.workspace, kind)!.id, a);
  ls.update('file:///ws/crd.yaml', crd().replace('minimum: 1', 'minimum: 5'), undefined, 2);
  const b = crdSchema(ls.workspace, kind)!.id;
  assert.notEqual(a, b);
  assert.equal(schemaIdFor(kind, store, ls.workspace), b);
  assert.match(ls.diagnostics('file:///ws/w.yaml').filter((f) => f.code === 'schema')[0].message, /at least 5/);
});

test('completion offers the CRD fields', () => {
  const text = cr('  size: 1\n  \n');
  const ls = service({ 'w.yaml': text, 'crd.yaml': crd() });
  const items = ls.complete('file:///ws/w.yaml', text.length - 1).map((i) => i.label);
  assert.ok(items.includes('color'), items.join(','));
  assert.ok(!items.includes('size'));
});

test("a List's item of a CRD's kind is checked against that CRD, and again when the CRD changes", () => {
  const list = (spec: string) =>
    `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: c }\n  - apiVersion: example.com/v1\n    kind: Widget\n    metadata: { name: w }\n    spec: ${spec}\n`;
  const ls = service({ 'w.yaml': list('{ size: 0 }') });
  const errs = () => ls.diagnostics('file:///ws/w.yaml').filter((f) => f.code === 'schema');
  assert.deepEqual(errs(), [], 'no CRD in the workspace: nothing to check the item against');
  ls.update('file:///ws/crd.yaml', crd());
  const found = errs();
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /at least 1/);
  const text = list('{ size: 0 }');
  assert.equal(text.slice(found[0].offset, found[0].offset + found[0].length), '0');
});
