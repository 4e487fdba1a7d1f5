/**
 * Cluster settings apply to a manifest only where the workspace ties them (k8s/clusterScope.ts):
 * the false alarm from a repository of example eksctl configs, and the three ties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run, type Files } from '../helpers';

const config = (name: string, ns: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: us-west-2\nfargateProfiles:\n  - name: fp-${ns}\n    selectors:\n      - namespace: ${ns}\n`;
const addon = deployment({
  name: 'node-agent',
  podSpec: '      hostNetwork: true\n      containers:\n        - { name: agent, image: "public.ecr.aws/x/agent:1.0" }',
});

/** dozens of example configs, one of which has a profile for namespace default */
function examples(): Files {
  const files: Files = {};
  for (let i = 0; i < 30; i++) files[`examples/${String(i).padStart(2, '0')}-cluster/cluster.yaml`] = config(`ex${i}`, `team-${i}`);
  files['examples/22-fargate/cluster.yaml'] = config('fargate-demo', 'default');
  return files;
}

test('an add-on manifest is not judged by the Fargate profile of an unrelated example config', () => {
  const files = { 'addons/node-agent.yaml': addon, ...examples() };
  assert.deepEqual(
    run('eks/fargate-privileged', files).map((f) => f.message),
    [],
  );
});

test('a manifest under the config folder is judged by its Fargate profile', () => {
  const files = { 'examples/22-fargate/app.yaml': addon, ...examples() };
  const found = run('eks/fargate-privileged', files);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /fp-default/);
});

test('with exactly one cluster in the workspace, its profiles apply everywhere', () => {
  const files = { 'addons/node-agent.yaml': addon, 'infra/cluster.yaml': config('prod', 'default') };
  assert.equal(run('eks/fargate-privileged', files).length, 1);
});

test('a kustomization listing both ties them', () => {
  const files: Files = {
    'deploy/app/node-agent.yaml': addon,
    'infra/a/cluster.yaml': config('a', 'default'),
    'infra/b/cluster.yaml': config('b', 'other'),
    'deploy/kustomization.yaml': 'resources:\n  - app/node-agent.yaml\n  - ../infra/a/cluster.yaml\n',
  };
  assert.equal(run('eks/fargate-privileged', files).length, 1);
  delete files['deploy/kustomization.yaml'];
  assert.equal(run('eks/fargate-privileged', files).length, 0);
});
