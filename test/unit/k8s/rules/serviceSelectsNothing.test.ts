import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run } from '../helpers';

const svc = (sel: string, ns = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  selector:\n    app: ${sel}\n  ports:\n    - port: 80\n`;

test('k8s/service-selects-nothing: warns when the namespace has workloads but none match', () => {
  const f = run('k8s/service-selects-nothing', { 'svc.yaml': svc('wbe'), 'dep.yaml': deployment() });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /app=wbe/);
});

test('k8s/service-selects-nothing: silent when a workload matches or the namespace has no workloads here', () => {
  assert.equal(run('k8s/service-selects-nothing', { 'svc.yaml': svc('web'), 'dep.yaml': deployment() }).length, 0);
  assert.equal(run('k8s/service-selects-nothing', { 'svc.yaml': svc('other') }).length, 0);
  assert.equal(run('k8s/service-selects-nothing', { 'svc.yaml': svc('other', 'a'), 'dep.yaml': deployment({ ns: 'b' }) }).length, 0);
});

test('k8s/service-selects-nothing: judged only against workloads deployed with the Service', () => {
  // a sibling folder (services/ next to deployments/) counts
  assert.equal(
    run('k8s/service-selects-nothing', { 'app/services/svc.yaml': svc('wbe'), 'app/deployments/dep.yaml': deployment() }).length,
    1,
  );
  // an unrelated example elsewhere in the repository, with no namespace: no judgement
  assert.equal(run('k8s/service-selects-nothing', { 'chapter1/svc.yaml': svc('wbe'), 'chapter9/demo/dep.yaml': deployment() }).length, 0);
  // the same explicit namespace anywhere counts
  assert.equal(
    run('k8s/service-selects-nothing', { 'chapter1/svc.yaml': svc('wbe', 'shop'), 'chapter9/demo/dep.yaml': deployment({ ns: 'shop' }) })
      .length,
    1,
  );
  // Helm chart templates: the workloads are templated and unreadable
  assert.equal(
    run('k8s/service-selects-nothing', { 'chart/templates/svc.yaml': svc('wbe'), 'chart/templates/dep.yaml': deployment() }).length,
    0,
  );
});
