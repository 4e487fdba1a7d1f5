/**
 * Re-checks caused by other files are sent only when their answer changed (see
 * test/unit/perf/scheduler.test.ts); a file's own edit, though, is always answered with its new
 * version, even when the diagnostics stay the same: the editor waits for that version.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/recheck/${name}`;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const deployment = (name: string, sa: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      serviceAccountName: ${sa}
      containers:
        - name: app
          image: nginx:1.27
`;
const missing = (ds: { code: string }[]) => ds.filter((d) => d.code === 'k8s/missing-reference').length;

test("a file's own edit is always answered, even when its diagnostics stay the same", async () => {
  const D = uri('own.yaml');
  client.open(D, deployment('own', 'own-sa'));
  const first = await client.diagnostics(D, (d) => missing(d) === 1);
  const v = client.change(D, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } }, 'own');
  const again = await client.diagnostics(D, () => true, 10_000, v);
  assert.deepEqual(again, first);
});
