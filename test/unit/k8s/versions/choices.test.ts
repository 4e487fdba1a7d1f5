/** What the editor's upgrade command asks the server: the versions to offer and the linked report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../../server/src/core/service';
import { nodeRuntime } from '../../../../server/src/node/runtime';
import { hasK8sSchema, store } from '../helpers';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

function workspace(today: string) {
  const ls = new LanguageService({ runtime: nodeRuntime(), store, settings: { today } });
  ls.update(
    'file:///w/eks/cluster.yaml',
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\n  version: "1.32"\n',
  );
  ls.update(
    'file:///w/eks/legacy%20db.yaml',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports: [{ port: 5432 }]\n---\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [{ ip: 10.0.0.7 }]\n',
  );
  return ls;
}

test('versions: newest first, the table and the calendar together, EKS support on the given day', { skip }, () => {
  const { versions, today } = workspace('2026-12-02').kubernetesVersions();
  assert.equal(today, '2026-12-02');
  assert.deepEqual(
    versions.map((v) => v.version),
    ['1.36', '1.35', '1.34', '1.33', '1.32', '1.31', '1.30', '1.29'],
  );
  const by = Object.fromEntries(versions.map((v) => [v.version, v]));
  assert.equal(by['1.36'].support, 'unknown');
  assert.equal(by['1.35'].support, 'standard');
  assert.equal(by['1.35'].standardEnds, '2027-03-27');
  assert.equal(by['1.32'].support, 'extended');
  assert.equal(by['1.31'].support, 'ended');
  assert.equal(by['1.32'].objects, 2, 'the two objects beside the 1.32 config run on it');
  // a year later 1.32 has left support too
  assert.equal(
    workspace('2027-04-01')
      .kubernetesVersions()
      .versions.find((v) => v.version === '1.32')?.support,
    'ended',
  );
});

test('report: per file and object, named relative to the workspace folder, each finding linked to its line', { skip }, () => {
  const r = workspace('2026-12-02').upgradeCheck({ to: '1.35', roots: ['file:///w'] });
  assert.equal(r.objects, 2);
  assert.equal(r.breaks, 0);
  assert.equal(r.deprecated, 1);
  assert.match(r.markdown, /^# Upgrade to Kubernetes 1\.35\n/);
  // no `file:` links in the text (code-server opens those on the browser's side): the links come apart, by URI
  assert.match(r.markdown, /\n## eks\/legacy db\.yaml\n/);
  assert.match(r.markdown, /### Endpoints db\n\n- line 8 \*\*Deprecated\*\*/);
  assert.doesNotMatch(r.markdown, /file:/);
  const lines = r.markdown.split('\n');
  const spans = r.links.map((l) => ({ text: lines[l.reportLine].slice(l.start, l.start + l.length), uri: l.uri, line: l.line }));
  assert.deepEqual(spans, [
    { text: 'eks/legacy db.yaml', uri: 'file:///w/eks/legacy%20db.yaml', line: 0 },
    { text: 'line 8', uri: 'file:///w/eks/legacy%20db.yaml', line: 7 },
  ]);
  assert.match(r.markdown, /`discovery\.k8s\.io\/v1` EndpointSlice, labelled `kubernetes\.io\/service-name`/);
  // staying on 1.32: nothing to change
  assert.match(workspace('2026-12-02').upgradeCheck({ to: '1.32' }).markdown, /Nothing to change\./);
  assert.match(workspace('2026-12-02').upgradeCheck({ to: 'latest' }).markdown, /is not a Kubernetes version/);
});
