import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run } from '../helpers';

const hpa = (name: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: h
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: 1
  maxReplicas: 3
`;

test('k8s/hpa-target-missing: warning when Deployments exist but not this one; hint when none are here', () => {
  const f = run('k8s/hpa-target-missing', { 'hpa.yaml': hpa('api'), 'dep.yaml': deployment() });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /found: web/);
  assert.equal(run('k8s/hpa-target-missing', { 'hpa.yaml': hpa('api') })[0].severity, 'hint');
});

test('k8s/hpa-target-missing: silent when the target exists', () => {
  assert.equal(run('k8s/hpa-target-missing', { 'hpa.yaml': hpa('web'), 'dep.yaml': deployment() }).length, 0);
});
