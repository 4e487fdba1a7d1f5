import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../helpers';

const pvc = (cls: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  storageClassName: ${cls}\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n`;
const sc =
  'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: ebs.csi.aws.com\nparameters:\n  type: gp3\n';

test('k8s/pvc-storageclass-missing: a typo next to defined classes is a warning, an unknown class a hint', () => {
  const f = run('k8s/pvc-storageclass-missing', { 'pvc.yaml': pvc('fsat'), 'sc.yaml': sc });
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /did you mean `fast`/);
  assert.equal(f[0].fixes?.[0].edits[0].newText, 'fast');
  assert.equal(run('k8s/pvc-storageclass-missing', { 'pvc.yaml': pvc('efs-sc'), 'sc.yaml': sc })[0].severity, 'hint');
  assert.equal(run('k8s/pvc-storageclass-missing', pvc('custom'))[0].severity, 'hint');
});

test('k8s/pvc-storageclass-missing: silent for defined and preinstalled classes', () => {
  assert.equal(run('k8s/pvc-storageclass-missing', { 'pvc.yaml': pvc('fast'), 'sc.yaml': sc }).length, 0);
  assert.equal(run('k8s/pvc-storageclass-missing', pvc('gp2')).length, 0);
});
