/**
 * The per-kind tables the first diagnosis of a big manifest shares between documents: names by
 * namespace and near-name guesses (k8s/names.ts), Service selection from the rarest label
 * (k8s/selection.ts) and the value the schema sees (k8s/prepare.ts). Each must answer as the plain
 * computation does, and again after the workspace changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesInNamespace, nearNameInNamespace } from '../../../server/src/core/k8s/names';
import { selectedWorkloads, selectsAny } from '../../../server/src/core/k8s/selection';
import { prepareK8sValue } from '../../../server/src/core/k8s/prepare';
import { nearName } from '../../../server/src/core/text/nearName';
import type { DocUnit } from '../../../server/src/core/types';
import { serviceWith, uri } from '../helpers';

const configMap = (name: string, ns?: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}data:\n  A: b\n`;

test('namesInNamespace: names a reference from the namespace can reach, in index order, the same list until the kind changes', () => {
  const ls = serviceWith({
    'a.yaml': configMap('alpha', 'shop'),
    'b.yaml': configMap('beta'),
    'c.yaml': configMap('gamma', 'other'),
  });
  const ws = ls.workspace;
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', 'shop'), ['alpha', 'beta']);
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', undefined), ['alpha', 'beta', 'gamma']);
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', ''), ['alpha', 'beta', 'gamma']);
  assert.deepEqual(namesInNamespace(ws, 'Secret', 'shop'), []);
  const first = namesInNamespace(ws, 'ConfigMap', 'shop');
  assert.equal(namesInNamespace(ws, 'ConfigMap', 'shop'), first, 'kept while no ConfigMap changes');
  ls.update(uri('b.yaml'), configMap('delta'));
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', 'shop'), ['alpha', 'delta']);
  ls.remove(uri('a.yaml'));
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', 'shop'), ['delta']);
});

test('nearNameInNamespace: the guess nearName makes over the same names, made again when the kind changes', () => {
  const ls = serviceWith({ 'a.yaml': configMap('orders', 'shop') });
  const ws = ls.workspace;
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), undefined);
  ls.update(uri('b.yaml'), configMap('storefront-web', 'shop'));
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), 'storefront-web');
  // another namespace does not see it
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'other', 'storefront'), undefined);
  // extra names (kustomize generators) take part, as in nearName
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'other', 'storefront', new Set(['storefront-api'])), 'storefront-api');
  ls.update(uri('c.yaml'), configMap('storefront-api', 'shop'));
  // two near names now: no guess, as nearName says
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), undefined);
  for (const [name, ns] of [
    ['storefrnt', 'shop'],
    ['order', 'shop'],
    ['orders-db', undefined],
    ['x', 'shop'],
  ] as const)
    assert.equal(nearNameInNamespace(ws, 'ConfigMap', ns, name), nearName(name, namesInNamespace(ws, 'ConfigMap', ns)));
});

test("nearNameInNamespace: an edit that leaves the kind's names as they were keeps the table and its guesses; a rename or a move does not", () => {
  const ls = serviceWith({ 'a.yaml': configMap('orders', 'shop'), 'b.yaml': configMap('storefront-web', 'shop') });
  const ws = ls.workspace;
  const list = namesInNamespace(ws, 'ConfigMap', 'shop');
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), 'storefront-web');
  // a value edited: a new ConfigMap document, the same names (a keystroke re-parses the next document too)
  ls.update(uri('b.yaml'), configMap('storefront-web', 'shop').replace('A: b', 'A: c'));
  assert.equal(namesInNamespace(ws, 'ConfigMap', 'shop'), list, 'the same table');
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), 'storefront-web');
  // renamed: a new table, and the guess follows
  ls.update(uri('b.yaml'), configMap('storefront-api', 'shop'));
  assert.notEqual(namesInNamespace(ws, 'ConfigMap', 'shop'), list);
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), 'storefront-api');
  // the same name in another namespace: out of reach
  ls.update(uri('b.yaml'), configMap('storefront-api', 'other'));
  assert.equal(nearNameInNamespace(ws, 'ConfigMap', 'shop', 'storefront'), undefined);
  assert.deepEqual(namesInNamespace(ws, 'ConfigMap', 'shop'), ['orders']);
});

const deployment = (name: string, labels: Record<string, string>, ns?: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  template:\n    metadata:\n      labels:\n${Object.entries(
    labels,
  )
    .map(([k, v]) => `        ${k}: "${v}"\n`)
    .join('')}    spec:\n      containers:\n        - name: a\n          image: nginx:1.27\n`;

test('selectsAny: some workload is selected exactly when selectedWorkloads finds one', () => {
  const ls = serviceWith({
    'a.yaml': deployment('a', { app: 'web', tier: 'front' }, 'shop'),
    'b.yaml': deployment('b', { app: 'web', tier: 'back' }),
    'c.yaml': deployment('c', { 'a=b': 'c' }, 'other'),
  });
  const ws = ls.workspace;
  const cases: [string | undefined, Record<string, string>][] = [
    ['shop', { app: 'web' }],
    ['shop', { app: 'web', tier: 'back' }],
    ['other', { app: 'web', tier: 'front' }],
    ['other', { a: 'b=c' }],
    ['other', { 'a=b': 'c' }],
    [undefined, { tier: 'middle' }],
    [undefined, {}],
  ];
  for (const [ns, selector] of cases)
    assert.equal(selectsAny(ws, ns, selector), selectedWorkloads(ws, ns, selector).length > 0, JSON.stringify([ns, selector]));
  assert.equal(selectsAny(ws, 'other', { tier: 'back' }), true);
  ls.update(uri('b.yaml'), deployment('b', { app: 'api' }));
  assert.equal(selectsAny(ws, 'other', { tier: 'back' }), false, 'a changed workload is seen');
});

const unit = (value: unknown) => ({ value }) as unknown as DocUnit;

test('prepareK8sValue: drops nulls and patch directives, keeps everything else, never changes the document', () => {
  const clean = { a: 1, b: [{ c: 'x' }, 2, null], d: { e: true } };
  const before = JSON.stringify(clean);
  assert.equal(prepareK8sValue(unit(clean)), clean, 'nothing to drop: the value itself');
  const dirty = { a: 1, n: null, spec: { keep: [1, { $patch: 'delete', x: null, y: 2 }], $retainKeys: ['y'], s: 's' }, z: { k: 'v' } };
  const text = JSON.stringify(dirty);
  const out = prepareK8sValue(unit(dirty)) as Record<string, unknown>;
  assert.deepEqual(out, { a: 1, spec: { keep: [1, { y: 2 }], s: 's' }, z: { k: 'v' } });
  assert.deepEqual(Object.keys(out), ['a', 'spec', 'z'], 'key order kept');
  assert.equal(out.z, dirty.z, 'an untouched subtree is shared');
  assert.equal(JSON.stringify(dirty), text);
  assert.equal(JSON.stringify(clean), before);
});
