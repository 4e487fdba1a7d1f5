/** Choosing the version a manifest is checked against, and what the rules say at that version. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasK8sSchema, run, service } from '../helpers';
import { targetFor } from '../../../../server/src/core/k8s/versions/target';
import { defaultSettings } from '../../../../server/src/core/types';
import { parseSettings } from '../../../../server/src/core/settings';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

const cluster = (version: string, name = 'shop') =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: eu-west-1\n  version: "${version}"\n`;
const vac = `apiVersion: storage.k8s.io/v1
kind: VolumeAttributesClass
metadata:
  name: gp3-fast
driverName: ebs.csi.aws.com
parameters:
  iops: "6000"
`;

test('target: the eksctl config of the same folder tree wins, the deepest shared folder first', () => {
  const ls = service({
    'shop/cluster.yaml': cluster('1.33'),
    'shop/apps/vac.yaml': vac,
    'other/cluster.yaml': cluster('1.35', 'other'),
  });
  const t = targetFor(ls.workspace, 'file:///ws/shop/apps/vac.yaml', { ...defaultSettings, kubernetesVersion: '1.30' });
  assert.equal(t.version, '1.33');
  assert.equal(t.source, 'eksctl');
  assert.equal(t.cluster, 'shop');
});

test('target: a kustomization listing the manifest and an eksctl config picks that config', () => {
  const ls = service({
    'deploy/kustomization.yaml': 'resources:\n  - ../clusters/b.yaml\n  - ../apps/vac.yaml\n',
    'clusters/a.yaml': cluster('1.32', 'a'),
    'clusters/b.yaml': cluster('1.34', 'b'),
    'apps/vac.yaml': vac,
  });
  assert.equal(targetFor(ls.workspace, 'file:///ws/apps/vac.yaml', defaultSettings).cluster, 'b');
});

test('target: the setting when no eksctl config, else the default (newest in EKS standard support)', () => {
  const ls = service({ 'vac.yaml': vac });
  const set = targetFor(ls.workspace, 'file:///ws/vac.yaml', parseSettings({ kubernetes: { version: '1.32' } }));
  assert.deepEqual(set, { version: '1.32', source: 'setting' });
  assert.deepEqual(targetFor(ls.workspace, 'file:///ws/vac.yaml', parseSettings({ kubernetes: { version: 'nonsense' } })), {
    version: '1.35',
    source: 'default',
  });
});

test('k8s/not-served-yet: a kind newer than the cluster is an error naming the version that brings it', { skip }, () => {
  const found = run('k8s/not-served-yet', { 'vac.yaml': vac, 'cluster.yaml': cluster('1.33') });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.match(found[0].message, /`VolumeAttributesClass` in `storage\.k8s\.io\/v1` arrives in Kubernetes 1\.34; this cluster runs 1\.33/);
  assert.deepEqual(run('k8s/not-served-yet', { 'vac.yaml': vac, 'cluster.yaml': cluster('1.34') }), []);
});

test('k8s/not-served-yet: a field newer than the cluster, at the key, with its path', { skip }, () => {
  const csi = `apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata:
  name: ebs.csi.aws.com
spec:
  attachRequired: true
  nodeAllocatableUpdatePeriodSeconds: 60
`;
  const found = run('k8s/not-served-yet', { 'csi.yaml': csi, 'cluster.yaml': cluster('1.32') });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /`spec\.nodeAllocatableUpdatePeriodSeconds` arrives in Kubernetes 1\.33; this cluster runs 1\.32/);
  assert.equal(csi.slice(found[0].offset, found[0].offset + found[0].length), 'nodeAllocatableUpdatePeriodSeconds');
  // nested in a pod template: a 1.34 field under a Deployment
  const dep = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      hostnameOverride: web-0
      containers:
        - name: web
          image: nginx:1.27
`;
  const nested = run('k8s/not-served-yet', { 'dep.yaml': dep, 'cluster.yaml': cluster('1.33') });
  assert.deepEqual(
    nested.map((f) => f.message.split(' arrives')[0]),
    ['`spec.template.spec.hostnameOverride`'],
  );
});

test('k8s/removed-api is relative to the target: deprecated (warning) before the removal, error from it on', { skip }, () => {
  const fs = `apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
kind: FlowSchema
metadata:
  name: mine
spec:
  priorityLevelConfiguration:
    name: workload-low
`;
  const before = run('k8s/removed-api', { 'fs.yaml': fs, 'cluster.yaml': cluster('1.31') });
  assert.equal(before.length, 1);
  assert.equal(before[0].severity, 'warning');
  assert.match(before[0].message, /deprecated: Kubernetes 1\.32 removes it .*flowcontrol\.apiserver\.k8s\.io\/v1/);
  const after = run('k8s/removed-api', { 'fs.yaml': fs, 'cluster.yaml': cluster('1.32') });
  assert.equal(after[0].severity, 'error');
  assert.match(after[0].message, /removed in Kubernetes 1\.32: this cluster runs 1\.32/);
});
