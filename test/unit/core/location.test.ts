import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { cursorContext } from '../../../server/src/core/complete/location';

function at(text: string, lang: 'json' | 'yaml', uri = 'file:///t/x.' + lang) {
  const i = text.indexOf('|');
  const clean = text.slice(0, i) + text.slice(i + 1);
  return cursorContext(analyzeText(uri, clean, lang), i)!;
}

test('YAML: a new key under a list item mapping', () => {
  const c = at(
    'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          |\n',
    'yaml',
  );
  assert.equal(c.atKey, true);
  assert.deepEqual(c.path, ['spec', 'template', 'spec', 'containers', 0]);
  assert.ok(c.existingKeys.has('name'));
});

test('YAML: a partial key replaces the typed word', () => {
  const c = at('apiVersion: v1\nkind: Service\nspec:\n  sel|\n', 'yaml');
  assert.equal(c.atKey, true);
  assert.deepEqual(c.path, ['spec']);
  assert.equal(c.partial, 'sel');
  assert.equal(c.replace.length, 3);
});

test('YAML: a value position', () => {
  const c = at('apiVersion: v1\nkind: Service\nspec:\n  type: Clu|\n', 'yaml');
  assert.equal(c.atKey, false);
  assert.deepEqual(c.path, ['spec', 'type']);
  assert.equal(c.partial, 'Clu');
});

test('YAML: the second document of a stream', () => {
  const c = at('apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: ConfigMap\n|\n', 'yaml');
  assert.equal(c.doc.index, 1);
  assert.deepEqual(c.path, []);
  assert.ok(c.existingKeys.has('kind'));
});

test('JSON: key and value positions', () => {
  const k = at('{"family": "x", "containerDefinitions": [{"name": "a", |}]}', 'json');
  assert.equal(k.atKey, true);
  assert.deepEqual(k.path, ['containerDefinitions', 0]);
  assert.ok(k.existingKeys.has('name'));
  const v = at('{"networkMode": "aw|"}', 'json');
  assert.equal(v.atKey, false);
  assert.deepEqual(v.path, ['networkMode']);
  assert.equal(v.quoted, true);
});
