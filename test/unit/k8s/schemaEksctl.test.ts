/**
 * The eksctl ClusterConfig schema (schemas/eksctl-clusterconfig.schema.json): the example and the
 * real-world configs (shared/realworld/eksctl, see ../realworld.ts) pass, mistakes eksctl rejects are caught, hover and completion use it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageService } from '../../../server/src/core/service';
import { EKSCTL_ID } from '../../../server/src/core/schema/store';
import { packageRoot } from '../../../server/src/node/packageRoot';
import type { Finding } from '../../../server/src/core/types';
import { spanOf, store } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { realworldDir, unlessRealworld } from '../realworld';

const REALWORLD = realworldDir('eksctl');

function lint(text: string): Finding[] {
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  ls.update('file:///ws/cluster.yaml', text);
  return ls.diagnostics('file:///ws/cluster.yaml').filter((f) => f.code === 'schema' || f.code === 'placeholder');
}

const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: eu-west-1
  version: "1.31"
  tags: { team: web }
vpc:
  cidr: 10.10.0.0/16
  nat: { gateway: HighlyAvailable }
  clusterEndpoints: { publicAccess: true, privateAccess: true }
iam:
  withOIDC: true
  serviceAccounts:
    - metadata: { name: ebs-csi-controller-sa, namespace: kube-system }
      wellKnownPolicies: { ebsCSIController: true }
      roleName: shop-ebs-csi
    - metadata: { name: s3-reader, namespace: apps }
      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
  podIdentityAssociations:
    - namespace: apps
      serviceAccountName: orders
      permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess]
managedNodeGroups:
  - name: general
    instanceTypes: [m6i.large, m7i.large]
    spot: true
    minSize: 2
    desiredCapacity: 3
    maxSize: 6
    volumeSize: 50
    privateNetworking: true
    labels: { role: general }
    taints:
      - { key: dedicated, value: general, effect: NoSchedule }
    updateConfig: { maxUnavailable: 1 }
nodeGroups:
  - name: legacy
    instanceType: m5.large
    desiredCapacity: 1
    taints: { dedicated: "legacy:NoSchedule" }
fargateProfiles:
  - name: batch
    selectors:
      - namespace: batch
        labels: { runtime: fargate }
addons:
  - name: vpc-cni
    version: latest
  - name: eks-pod-identity-agent
cloudWatch:
  clusterLogging:
    enableTypes: [api, audit]
    logRetentionInDays: 30
`;

test('eksctl: a full config with node groups, Fargate, IRSA, Pod Identity and add-ons has no schema errors', () => {
  assert.deepEqual(lint(CLUSTER), []);
});

/** schema errors in eksctl config files (upstream placeholders aside) */
function schemaErrors(files: string[]): string[] {
  const bad: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const x of lint(text)) {
      // reviewed: `id: vpc-xxxxxxxxxxxxxxxxx`, an upstream placeholder eksctl would reject
      if (f.endsWith('eks-gpu-p4de-odcr-vpc.yaml') && spanOf(text, x) === 'vpc-xxxxxxxxxxxxxxxxx') continue;
      if (x.severity === 'error') bad.push(`${f}: ${spanOf(text, x)} — ${x.message}`);
    }
  }
  return bad;
}

test('eksctl: the example config gets no schema errors', () => {
  assert.deepEqual(schemaErrors([join(packageRoot(), 'examples', 'eks', 'cluster.eksctl.yaml')]), []);
});

test('eksctl: the real-world configs get no schema errors (upstream placeholders aside)', { skip: unlessRealworld('eksctl') }, () => {
  const files = readdirSync(REALWORLD)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(REALWORLD, f));
  assert.ok(files.length > 0);
  assert.deepEqual(schemaErrors(files), []);
});

test('eksctl: mistakes eksctl rejects are errors at the exact spot', () => {
  const cases: [string, string, RegExp][] = [
    ['    minSize: 2\n', '    minsize: 2\n', /Unknown field `minsize`: did you mean `minSize`\?/],
    ['  version: "1.31"\n', '  version: 1.31\n', /`version` must be a string, not a number/],
    [
      '      - namespace: batch\n        labels: { runtime: fargate }\n',
      '      - labels: { runtime: fargate }\n',
      /Missing required field `namespace`/,
    ],
    ['    enableTypes: [api, audit]\n', '    enableTypes: [api, audits]\n', /must be one of .*Did you mean "audit"\?/],
    [
      '      - { key: dedicated, value: general, effect: NoSchedule }\n',
      '      - { key: dedicated, value: general, effect: NoSchedul }\n',
      /Did you mean "NoSchedule"/,
    ],
    ['    volumeSize: 50\n', '    volumeSize: "50"\n', /`volumeSize` must be an integer, not a string/],
  ];
  for (const [from, to, message] of cases) {
    assert.ok(CLUSTER.includes(from), from);
    const f = lint(CLUSTER.replace(from, to)).filter((x) => x.severity === 'error');
    assert.equal(f.length, 1, `${to}: ${JSON.stringify(f)}`);
    assert.match(f[0].message, message);
  }
  const noRegion = lint(CLUSTER.replace('  region: eu-west-1\n', ''));
  assert.ok(noRegion.some((x) => /Missing required field `region` in `metadata`/.test(x.message)));
});

test('eksctl: placeholders in text fields are one warning', () => {
  const f = lint(CLUSTER.replace('region: eu-west-1', 'region: ${AWS_REGION}'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].code, 'placeholder');
});

test('eksctl: hover and completion come from the schema, with eksctl.io links', () => {
  assert.equal(store.get(EKSCTL_ID)?.$id, EKSCTL_ID);
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  ls.update('file:///ws/c.yaml', CLUSTER);
  const h = ls.hover('file:///ws/c.yaml', CLUSTER.indexOf('withOIDC') + 2);
  assert.match(h?.markdown ?? '', /OIDC/);
  assert.match(h?.markdown ?? '', /https:\/\/eksctl\.io\/usage\//);
  const text =
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-east-1\nfargateProfiles:\n  - name: fp\n    \n';
  ls.update('file:///ws/d.yaml', text);
  const labels = ls.complete('file:///ws/d.yaml', text.length - 1).map((i) => i.label);
  assert.ok(labels.includes('selectors') && labels.includes('subnets'), labels.join());
  assert.ok(!labels.includes('status'), 'read-only status is not offered');
});
