import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run, spanOf } from '../helpers';

test('k8s/selector-mismatch: selector label missing from the template', () => {
  const text = deployment({ selector: { app: 'web', tier: 'front' }, labels: { app: 'web' } });
  const f = run('k8s/selector-mismatch', text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(spanOf(text, f[0]), 'front');
  assert.match(f[0].message, /`tier: front` is missing/);
});

test('k8s/selector-mismatch: different value, and matchExpressions', () => {
  const f = run('k8s/selector-mismatch', deployment({ selector: { app: 'api' }, labels: { app: 'web' } }));
  assert.match(f[0].message, /`app` is `api` in the selector but `web` in the template/);
  const expr = deployment({ labels: { app: 'web' } }).replace(
    '    matchLabels:\n      app: web',
    '    matchExpressions:\n      - { key: app, operator: In, values: [api] }',
  );
  assert.equal(run('k8s/selector-mismatch', expr).length, 1);
});

test('k8s/selector-mismatch: silent when matching, on a subset, and on kustomize patches', () => {
  assert.equal(run('k8s/selector-mismatch', deployment({ selector: { app: 'web' }, labels: { app: 'web', v: '2' } })).length, 0);
  const patch = deployment({ selector: { app: 'x' }, labels: { app: 'web' } });
  assert.equal(
    run('k8s/selector-mismatch', { 'overlay/dep.yaml': patch, 'overlay/kustomization.yaml': 'patches:\n  - path: dep.yaml\n' }).length,
    0,
  );
});
