import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run, spanOf } from '../helpers';

const pod = (container: string) => `      containers:\n        - name: app\n${container}`;

test('k8s/image-latest: :latest and untagged images; digests and versions pass', () => {
  const text = deployment({
    podSpec: pod(
      '          image: nginx:latest\n        - name: b\n          image: registry:5000/team/app\n        - name: c\n          image: nginx@sha256:abc\n        - name: d\n          image: localhost:5000/app:1.2\n',
    ),
  });
  const f = run('k8s/image-latest', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['nginx:latest', 'registry:5000/team/app'],
  );
});

test('k8s/missing-resources: lists what is missing; silent when set', () => {
  const f = run(
    'k8s/missing-resources',
    deployment({ podSpec: pod('          image: nginx:1\n          resources:\n            requests: { cpu: 100m }\n') }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0].message, /memory request, memory limit/);
  assert.equal(run('k8s/missing-resources', deployment()).length, 0);
});

test('k8s/missing-probes: warning on Deployments; silent on Jobs and when probes are set', () => {
  const f = run('k8s/missing-probes', deployment({ podSpec: pod('          image: nginx:1\n') }));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /no readinessProbe or livenessProbe.*Add them/);
  assert.equal(run('k8s/missing-probes', deployment()).length, 0);
  const job =
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: a\n          image: busybox:1\n';
  assert.equal(run('k8s/missing-probes', job).length, 0);
});
