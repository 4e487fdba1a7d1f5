/**
 * The cluster's own version through the server: editing `metadata.version` of the eksctl config
 * beside a manifest re-checks the manifest against the new version.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, type Diagnostic } from './client';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const notServed = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'k8s/not-served-yet');

test('changing the eksctl config version from 1.33 to 1.34 removes the VolumeAttributesClass error beside it', async () => {
  const cluster = 'file:///virtual/versions/shop/cluster.yaml';
  const vac = 'file:///virtual/versions/shop/storage/vac.yaml';
  client.open(
    cluster,
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\n  version: "1.33"\n',
  );
  client.open(
    vac,
    'apiVersion: storage.k8s.io/v1\nkind: VolumeAttributesClass\nmetadata:\n  name: gp3-fast\ndriverName: ebs.csi.aws.com\nparameters:\n  iops: "6000"\n',
  );
  const first = notServed(await client.diagnostics(vac, (d) => notServed(d).length === 1));
  assert.match(first[0].message, /arrives in Kubernetes 1\.34; this cluster runs 1\.33/);
  assert.deepEqual(first[0].range.start, { line: 0, character: 12 });
  // "1.33" → "1.34": the 3 at line 5, character 15
  client.change(cluster, { start: { line: 5, character: 15 }, end: { line: 5, character: 16 } }, '4');
  const after = await client.diagnostics(vac, (d) => notServed(d).length === 0);
  assert.deepEqual(notServed(after), []);
  // the status item names the version and where it comes from
  const info = await client.request<{ kubernetesVersion?: string }>('ecsEksArchitect/documentInfo', { uri: vac, offset: 0 });
  assert.equal(info.kubernetesVersion, '1.34 (from the eksctl config cluster.yaml)');
});
