/**
 * Files opened together (one burst, as an editor restoring its tabs sends them) are validated
 * once the opens pause, each once, against an index that holds all of them: one publish per file,
 * its cross-file findings right the first time. A file opened alone afterwards is not held back.
 * The server's scheduling counts (ECS_EKS_ARCHITECT_DEBUG_SCHEDULING, scheduleStats.ts) say when
 * it has gone idle, so the test waits for notifications, never for a fixed time.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, type Diagnostic } from './client';
import { IndexChangedNotification } from '../../shared/src/requests';

let client: TestClient;
const uri = (name: string) => `file:///virtual/burst/${name}`;
before(async () => {
  client = new TestClient(['--stdio'], { ECS_EKS_ARCHITECT_DEBUG_SCHEDULING: '1' });
  await client.initialize();
  // the server has asked for its settings and indexed: the connection has nothing left to send
  await client.waitFor(() => client.notified.includes(IndexChangedNotification.method), 'the start-up index');
});
after(async () => {
  await client.stop();
});

/** a Deployment `app<i>` running as account `sa<next>`, and the account `sa<i>` */
const appAndAccount = (i: number, next: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app${i}
spec:
  selector:
    matchLabels:
      app: app${i}
  template:
    metadata:
      labels:
        app: app${i}
    spec:
      serviceAccountName: sa${next}
      containers:
        - name: app
          image: nginx:1.27
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa${i}
`;
const missing = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'k8s/missing-reference').length;
const schedulingLines = () => client.logs.filter((l) => l.startsWith('[debug] scheduling:'));
/** the counts of the scheduler's next idle line after `seen` lines */
async function nextIdle(seen: number): Promise<Record<string, number>> {
  await client.waitFor(() => schedulingLines().length > seen, 'the scheduler to go idle');
  const line = schedulingLines()[seen];
  const n = (re: RegExp) => Number(re.exec(line)?.[1]);
  return { first: n(/\((\d+) first/), rechecks: n(/(\d+) re-checks/), held: n(/(\d+) opens held/) };
}

test('files opened together get one publish each, their cross-file findings right the first time; a lone open is not held', async () => {
  const N = 12;
  const files = Array.from({ length: N }, (_, i) => ({ uri: uri(`app${i}.yaml`), text: appAndAccount(i, i + 1) }));
  const seen = schedulingLines().length;
  // each file runs as the account of the next one: validated before the next was open, it found it missing
  client.openTogether(files);
  const counts = await nextIdle(seen);
  assert.deepEqual(counts, { first: N, rechecks: 0, held: N }, schedulingLines()[seen]);
  for (const [i, f] of files.entries()) {
    const sent = client.published.filter((p) => p.uri === f.uri);
    assert.equal(sent.length, 1, `${f.uri}: one publish`);
    // the last file's account sa<N> exists nowhere
    assert.equal(missing(sent[0].diagnostics), i === N - 1 ? 1 : 0, f.uri);
  }

  // one file opened alone, in a quiet workspace: validated at once, its reference found
  const lone = uri('lone.yaml');
  client.open(lone, appAndAccount(N, 0));
  const alone = await nextIdle(seen + 1);
  assert.equal(alone.held, 0, schedulingLines()[seen + 1]);
  assert.equal(missing(await client.diagnostics(lone)), 0);
});
