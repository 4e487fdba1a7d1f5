/** The upgrade-readiness report and its CLI forms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasK8sSchema, service } from '../helpers';
import { upgradeReport } from '../../../../server/src/core/k8s/versions/upgrade';
import { upgradeJson, upgradeMarkdown, upgradeText } from '../../../../server/src/cli/upgradeFormat';
import { parseArgs, UsageError } from '../../../../server/src/cli/args';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

const files = {
  'shop/cluster.yaml':
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\n  version: "1.31"\n',
  'shop/apps/flow.yaml':
    'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: mine\nspec:\n  priorityLevelConfiguration:\n    name: workload-low\n',
  'shop/apps/web.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{ port: 80 }]\n',
};

test('upgrade report: what stops working on the new version, per file and object, with the change to make', { skip }, () => {
  const ls = service(files);
  const uris = Object.keys(files).map((f) => `file:///ws/${f}`);
  const r = upgradeReport(ls, uris, '1.32');
  assert.deepEqual(r.from, { '1.31': 2 });
  assert.equal(r.objects, 2);
  assert.equal(r.items.length, 1);
  const [i] = r.items;
  assert.equal(i.uri, 'file:///ws/shop/apps/flow.yaml');
  assert.equal(i.object, 'FlowSchema mine');
  assert.equal(i.severity, 'breaks');
  assert.equal(i.alreadyFailing, false);
  assert.match(i.fix, /flowcontrol\.apiserver\.k8s\.io\/v1`/);
  // staying on 1.31: deprecated, not broken
  assert.deepEqual(
    upgradeReport(ls, uris, '1.31').items.map((x) => x.severity),
    ['deprecated'],
  );
  assert.match(upgradeText(r, '/'), /BREAKS {2}FlowSchema mine/);
  assert.match(upgradeMarkdown(r, '/'), /^# Upgrade to Kubernetes 1\.32\n/);
  assert.equal(JSON.parse(upgradeJson(r, '/')).items[0].line, 1);
});

test('upgrade report: a kind the target version does not serve yet (a downgrade or a manifest ahead of the cluster)', { skip }, () => {
  const ls = service({
    'vac.yaml': 'apiVersion: storage.k8s.io/v1\nkind: VolumeAttributesClass\nmetadata:\n  name: fast\ndriverName: ebs.csi.aws.com\n',
  });
  const r = upgradeReport(ls, ['file:///ws/vac.yaml'], '1.33');
  assert.equal(r.items.length, 1);
  assert.match(r.items[0].problem, /`VolumeAttributesClass` in `storage\.k8s\.io\/v1` is not served before Kubernetes 1\.34/);
});

test("upgrade report: a List's items are objects of their own, the List is none", { skip }, () => {
  const text =
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\n    kind: FlowSchema\n    metadata:\n      name: mine\n  - apiVersion: v1\n    kind: Service\n    metadata: { name: web }\n';
  const ls = service({ 'list.yaml': text });
  const r = upgradeReport(ls, ['file:///ws/list.yaml'], '1.32');
  assert.equal(r.objects, 2);
  assert.deepEqual(
    r.items.map((i) => [i.object, i.severity, i.line]),
    [['FlowSchema mine', 'breaks', 3]],
  );
});

test('CLI: upgrade-check needs --to; lint takes --kubernetes-version', () => {
  assert.deepEqual(parseArgs(['upgrade-check', '--to', '1.35', 'k8s']), {
    command: 'upgrade-check',
    format: 'text',
    paths: ['k8s'],
    to: '1.35',
    config: undefined,
  });
  assert.throws(() => parseArgs(['upgrade-check', 'k8s']), UsageError);
  assert.throws(() => parseArgs(['upgrade-check', '--to', 'next', 'k8s']), UsageError);
  const lint = parseArgs(['lint', '--kubernetes-version', 'v1.33.2', 'k8s']);
  assert.equal(lint.command === 'lint' && lint.kubernetesVersion, '1.33');
});
