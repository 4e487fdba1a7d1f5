import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, spanOf } from '../helpers';

test('k8s/removed-api: extensions/v1beta1 Ingress names the release and the replacement', () => {
  const text = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: x\nspec: {}\n';
  const f = run('k8s/removed-api', text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(spanOf(text, f[0]), 'extensions/v1beta1');
  assert.match(f[0].message, /removed in Kubernetes 1\.22/);
  assert.match(f[0].message, /networking\.k8s\.io\/v1/);
});

test('k8s/removed-api: current versions are silent', () => {
  assert.equal(run('k8s/removed-api', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: x\n').length, 0);
});
