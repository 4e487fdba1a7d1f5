/**
 * The diagnostics scheduler: a keystroke re-checks the other open files (cross-file rules) but
 * sends only the answers that changed; a file's own edit is always answered. Driven with a fake
 * connection and document list, so "D was re-checked and nothing was sent" can be observed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { DiagnosticsScheduler, sameDiagnostics } from '../../../server/src/lsp/diagnostics';
import { LanguageService } from '../../../server/src/core/service';
import { nodeRuntime } from '../../../server/src/node/runtime';

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
const account = (name: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n`;

function setup() {
  const docs = new Map<string, TextDocument>();
  const sent: { uri: string; codes: string[] }[] = [];
  const checked: string[] = [];
  const service = new LanguageService({ runtime: nodeRuntime() });
  // the scheduler validates through diagnosticsSteps: count its runs per file
  const steps = service.diagnosticsSteps.bind(service);
  service.diagnosticsSteps = function* (uri) {
    checked.push(uri);
    return yield* steps(uri);
  };
  /** how many of the open files the index held at each send */
  const indexedAtSend: number[] = [];
  const connection = {
    sendDiagnostics: (p: { uri: string; diagnostics: { code?: unknown }[] }) => {
      sent.push({ uri: p.uri, codes: p.diagnostics.map((d) => String(d.code)) });
      indexedAtSend.push([...docs.keys()].filter((u) => service.workspace.has(u)).length);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
  } as unknown as Connection;
  const documents = { get: (u: string) => docs.get(u), all: () => [...docs.values()] } as unknown as TextDocuments<TextDocument>;
  const scheduler = new DiagnosticsScheduler(connection, documents, service, () => {}, 5);
  const put = (uri: string, text: string) => {
    const old = docs.get(uri);
    docs.set(uri, TextDocument.create(uri, 'yaml', (old?.version ?? 0) + 1, text));
    scheduler.schedule(uri);
  };
  /** wait (with a deadline) until `pred` holds */
  const until = async (pred: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { sent, checked, put, until, service, indexedAtSend, scheduler };
}

const missing = (s: { codes: string[] }) => s.codes.filter((c) => c === 'k8s/missing-reference').length;

test('a re-check caused by another file is sent only when its answer changed', async () => {
  const { sent, checked, put, until } = setup();
  const D = 'file:///ws/web.yaml';
  const S = 'file:///ws/accounts.yaml';
  put(D, deployment('web', 'web-sa'));
  put(S, account('nobody'));
  await until(() => sent.some((s) => s.uri === D) && sent.some((s) => s.uri === S), 'first answers');
  const lastD = () => sent.filter((s) => s.uri === D).at(-1)!;
  // opened together: D's first check already saw S (openBurst.ts), and it was its only one
  assert.equal(missing(lastD()), 1);
  assert.equal(checked.filter((u) => u === D).length, 1);

  // an edit in S that does not concern D: D is checked again, nothing is sent for it
  let sentD = sent.filter((s) => s.uri === D).length;
  let checkedD = checked.filter((u) => u === D).length;
  put(S, account('someone'));
  await until(() => checked.filter((u) => u === D).length > checkedD, 'D re-checked');
  assert.equal(sent.filter((s) => s.uri === D).length, sentD, 'unchanged answer not sent');
  assert.ok(sent.at(-1)!.uri === S || sent.some((s) => s.uri === S), 'S itself is answered');

  // an edit in S that fixes D's reference: D's new answer is sent
  sentD = sent.filter((s) => s.uri === D).length;
  checkedD = checked.filter((u) => u === D).length;
  put(S, account('web-sa'));
  await until(() => sent.filter((s) => s.uri === D).length > sentD, 'D answered');
  assert.equal(missing(lastD()), 0);
});

test("a file's own edit is answered even when its diagnostics do not change", async () => {
  const { sent, put, until } = setup();
  const D = 'file:///ws/own.yaml';
  put(D, deployment('own', 'own-sa'));
  await until(() => sent.some((s) => s.uri === D), 'first answer');
  put(D, deployment('own', 'own-sa') + '\n');
  await until(() => sent.filter((s) => s.uri === D).length === 2, 'the answer to the edit');
  assert.deepEqual(sent[1].codes, sent[0].codes);
});

test('an unchanged answer is recognised field by field; any changed field is not', () => {
  const d = (message: string, line = 1, tags?: number[]) => ({
    range: { start: { line, character: 2 }, end: { line, character: 5 } },
    severity: 1 as const,
    code: 'k8s/x',
    source: 'ecs-eks-architect',
    message,
    ...(tags ? { tags: tags as (1 | 2)[] } : {}),
  });
  assert.ok(sameDiagnostics([d('a'), d('b')], [d('a'), d('b')]));
  assert.ok(sameDiagnostics([], []));
  assert.ok(!sameDiagnostics([d('a')], [d('a'), d('b')]), 'count');
  assert.ok(!sameDiagnostics([d('a')], [d('b')]), 'message');
  assert.ok(!sameDiagnostics([d('a', 1)], [d('a', 2)]), 'range');
  assert.ok(!sameDiagnostics([d('a', 1, [2])], [d('a', 1)]), 'tags');
  assert.ok(!sameDiagnostics([d('a')], [{ ...d('a'), severity: 2 }]), 'severity');
  assert.ok(!sameDiagnostics([d('a')], [{ ...d('a'), code: 'k8s/y' }]), 'code');
});

test('the first keystroke after a slow first check (a big file opened) is not held back by it', async () => {
  const { sent, put, until } = setup();
  const D = 'file:///ws/big.yaml';
  const text = Array.from({ length: 400 }, (_, i) => deployment(`app${i}`, `sa${i}`)).join('---\n');
  put(D, text);
  await until(() => sent.some((s) => s.uri === D), 'first answer');
  // the wait before a validation follows the file's last validation time; the first one parsed everything
  const waits: number[] = [];
  const real = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: () => void, ms?: number) => {
    waits.push(ms ?? 0);
    return real(fn, ms);
  }) as typeof setTimeout;
  try {
    put(D, text.replace('app0', 'apq0'));
  } finally {
    globalThis.setTimeout = real;
  }
  assert.equal(waits[0], 1, "validated at the next turn, not after the first check's duration");
  await until(() => sent.filter((s) => s.uri === D).length === 2, 'the answer to the edit');
  // later keystrokes wait as long as the last (incremental) check took, as before
  const again: number[] = [];
  globalThis.setTimeout = ((fn: () => void, ms?: number) => {
    again.push(ms ?? 0);
    return real(fn, ms);
  }) as typeof setTimeout;
  try {
    put(D, text.replace('app0', 'apr0'));
  } finally {
    globalThis.setTimeout = real;
  }
  assert.ok(again[0] >= 1);
  await until(() => sent.filter((s) => s.uri === D).length === 3, 'the answer to the second edit');
});

test('files opened together are all indexed before the first is diagnosed, and end with the answers of a fresh start', async () => {
  const { sent, put, until, service, indexedAtSend } = setup();
  const uris = Array.from({ length: 20 }, (_, i) => `file:///ws/app${i}.yaml`);
  // each Deployment names the account of the next file: an early check sees it missing
  uris.forEach((u, i) => put(u, deployment(`app${i}`, `sa${(i + 1) % uris.length}`) + '---\n' + account(`sa${i}`)));
  await until(() => uris.every((u) => sent.some((s) => s.uri === u)), 'every file answered');
  // diagnosing each file against an index one file larger than the last rebuilt every shared lookup per file
  assert.equal(indexedAtSend[0], uris.length, 'the first answer waited for all the opened files to be indexed');
  const fresh = new LanguageService({ runtime: nodeRuntime(), store: service.store });
  for (const u of uris) fresh.update(u, service.workspace.get(u)!.text, 'yaml', 1);
  for (const u of uris) {
    const last = sent.filter((s) => s.uri === u).at(-1)!;
    assert.deepEqual(
      last.codes,
      fresh.diagnostics(u).map((f) => f.code),
      u,
    );
    assert.equal(missing(last), 0, `${u}: its account is in the next file`);
  }
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('files opened a few ms apart are validated once each, when the opens pause, their cross-file answers right the first time', async () => {
  const { sent, checked, put, until, scheduler } = setup();
  const uris = Array.from({ length: 8 }, (_, i) => `file:///ws/trickle${i}.yaml`);
  // each file runs as the account of the next: validated as it came, it found that account missing
  // (the pauses are shorter than the burst's quiet time, BURST_QUIET_MS: one burst)
  for (const [i, u] of uris.entries()) {
    put(u, deployment(`t${i}`, `sa${(i + 1) % uris.length}`) + '---\n' + account(`sa${i}`));
    await pause(5);
  }
  // the first, opened alone, may have been validated at once and checked again later: its last answer counts
  const lastOfFirst = () => sent.filter((s) => s.uri === uris[0]).at(-1);
  await until(
    () => uris.every((u) => sent.some((s) => s.uri === u)) && !scheduler.busy && missing(lastOfFirst()!) === 0,
    'every file answered, the first one right',
  );
  const wrongFirst = uris.slice(1).filter((u) => missing(sent.find((s) => s.uri === u)!) > 0);
  assert.deepEqual(wrongFirst, [], 'first answers that did not see the next file');
  for (const u of uris.slice(1)) {
    assert.equal(sent.filter((s) => s.uri === u).length, 1, `${u}: one answer`);
    assert.equal(checked.filter((c) => c === u).length, 1, `${u}: one validation`);
  }
});

test('opens that never pause are still validated (a burst is cut after MAX_BURST_MS)', async () => {
  const { sent, put } = setup();
  const first = 'file:///ws/stream0.yaml';
  const deadline = Date.now() + 15_000;
  for (let i = 0; !sent.some((s) => s.uri === first); i++) {
    assert.ok(Date.now() < deadline, 'the first file of an endless stream of opens was never validated');
    put(`file:///ws/stream${i}.yaml`, account(`s${i}`));
    await pause(5);
  }
});

test('a re-check finds nothing to do while the index and the settings are those of the last answer', async () => {
  const { sent, checked, put, until, scheduler, service } = setup();
  const D = 'file:///ws/again.yaml';
  put(D, deployment('again', 'again-sa'));
  await until(() => sent.some((s) => s.uri === D) && !scheduler.busy, 'first answer');
  const before = checked.length;
  // start-up indexing that found nothing new, or settings pushed again unchanged
  service.configure({ ...service.settings });
  scheduler.scheduleAll();
  await until(() => !scheduler.busy, 'the re-check');
  assert.equal(checked.length, before, 'nothing it read had changed');
  // a setting that changes the answer is a reason to check again
  service.configure({ ...service.settings, rules: { 'k8s/missing-reference': 'off' } });
  scheduler.scheduleAll();
  await until(() => sent.filter((s) => s.uri === D).length === 2, 'the answer under the new settings');
  assert.equal(missing(sent.at(-1)!), 0);
});
