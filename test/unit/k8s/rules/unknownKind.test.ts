import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, service } from '../helpers';

test('k8s/unknown-kind: a custom resource without its CRD gets only a hint, and no schema error', () => {
  // Argo CD: not among the add-ons whose schemas are bundled (Karpenter's NodePool is, since issue 16)
  const text = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: default\nspec:\n  anything: [1, 2]\n';
  const all = service({ 'np.yaml': text }).diagnostics('file:///ws/np.yaml');
  assert.ok(
    all.every((f) => f.severity === 'hint' || f.severity === 'information'),
    JSON.stringify(all),
  );
});

test('k8s/unknown-kind: a misspelt built-in kind is an error with a fix', () => {
  const f = run('k8s/unknown-kind', 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /did you mean `Deployment`/);
  const g = run('k8s/unknown-kind', 'apiVersion: v1\nkind: Ingress\nmetadata:\n  name: x\n');
  assert.match(g[0].message, /networking\.k8s\.io\/v1/);
});

test('k8s/unknown-kind: silent on known kinds and on kinds whose CRD is in the workspace', () => {
  assert.equal(run('k8s/unknown-kind', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n').length, 0);
  // the legacy kube-scheduler policy file borrows `apiVersion: v1` but is not an API object
  assert.equal(run('k8s/unknown-kind', 'apiVersion: v1\nkind: Policy\npredicates:\n  - name: PodFitsPorts\n').length, 0);
  const crd = `apiVersion: apiextensions.k8s.io/v1
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
`;
  assert.equal(
    run('k8s/unknown-kind', { 'w.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n', 'crd.yaml': crd }).length,
    0,
  );
});
