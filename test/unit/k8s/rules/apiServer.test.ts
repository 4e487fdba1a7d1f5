/**
 * The API-server and eksctl rejections (apiServerCases.ts): each rule fires at the line of the
 * offending field, says what the real tool's message says in its own words, and is silent on
 * the corrected document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiServerCases } from './apiServerCases';
import { fixed, run, service } from '../helpers';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

for (const [id, c] of Object.entries(apiServerCases)) {
  test(`${id} mirrors: ${c.mirrors}`, () => {
    const [file, text] = Object.entries(c.fires)[0];
    const fired = run(id, c.fires);
    assert.ok(fired.length > 0, `${id} did not fire on ${file}`);
    assert.equal(fired[0].severity, 'error');
    assert.equal(lineOf(text, fired[0].offset), c.line, `${id}: ${fired[0].message}`);
    assert.deepEqual(
      run(id, c.silent).map((f) => f.message),
      [],
    );
  });
}

test('k8s/object-header: the fix adds the apiVersion serving the kind; an empty kind is reported; other files stay silent', () => {
  const text = 'kind: Deployment\nmetadata:\n  name: web\n';
  const [f] = run('k8s/object-header', text);
  assert.match(f.message, /apiVersion: apps\/v1/);
  assert.equal(fixed(text, f), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
  assert.match(run('k8s/object-header', 'apiVersion: apps/v1\nkind: ""\nmetadata:\n  name: web\n')[0].message, /no `kind`/);
  // a Helm chart, a kubeconfig-like file, a kind of another tool, a values file: none of ours
  for (const other of [
    'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
    'apiVersion: v1\nclusters: []\n',
    'kind: Cluster\nmetadata:\n  name: x\n',
    'kind: Deployment\nreplicas: 2\n',
  ])
    assert.deepEqual(service({ 'a.yaml': other }).diagnostics('file:///ws/a.yaml'), [], other);
  // the other rules leave such a document alone
  assert.deepEqual(
    service({ 'a.yaml': 'kind: Job\nmetadata:\n  name: j\nspec:\n  backoffLimit: -1\n' })
      .diagnostics('file:///ws/a.yaml')
      .map((d) => d.code),
    ['k8s/object-header'],
  );
});
