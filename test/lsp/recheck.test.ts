/**
 * A keystroke in one file re-checks the other open files (cross-file rules), but only answers
 * that changed are sent again: with hundreds of open files, re-sending every file's unchanged
 * diagnostics on every keystroke would flood the editor.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/recheck/${name}`;
before(async () => { client = new TestClient(); await client.initialize(); });
after(async () => { await client.stop(); });

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
const account = (name: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
`;
const missing = (ds: { code: string }[]) => ds.filter((d) => d.code === 'k8s/missing-reference').length;

test('re-checks caused by another file send only changed answers', async () => {
  const D = uri('web.yaml');
  const T = uri('jobs.yaml');
  const S = uri('accounts.yaml');
  client.open(D, deployment('web', 'web-sa'));
  client.open(T, deployment('jobs', 'jobs-sa'));
  client.open(S, account('nobody'));
  await client.diagnostics(D, (d) => missing(d) === 1);
  await client.diagnostics(T, (d) => missing(d) === 1);
  await client.diagnostics(S);
  const start = client.published.length;
  const forD = () => client.published.slice(start).filter((p) => p.uri === D);

  // the account becomes jobs-sa: T's answer changes, D's does not
  const nameRange = { start: { line: 3, character: 8 }, end: { line: 3, character: 14 } };
  client.change(S, nameRange, 'jobs-sa');
  await client.diagnostics(T, (d) => missing(d) === 0);
  // now it becomes web-sa: both change
  client.change(S, { start: nameRange.start, end: { line: 3, character: 15 } }, 'web-sa');
  await client.diagnostics(D, (d) => missing(d) === 0);
  await client.diagnostics(T, (d) => missing(d) === 1);
  assert.equal(forD().length, 1, `D was sent once, when its answer changed: ${JSON.stringify(forD().map((p) => p.diagnostics.map((x) => x.code)))}`);
});

test('a file\'s own edit is always answered, even when its diagnostics stay the same', async () => {
  const D = uri('own.yaml');
  client.open(D, deployment('own', 'own-sa'));
  const first = await client.diagnostics(D, (d) => missing(d) === 1);
  const v = client.change(D, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } }, 'own');
  const again = await client.diagnostics(D, () => true, 10_000, v);
  assert.deepEqual(again, first);
});
