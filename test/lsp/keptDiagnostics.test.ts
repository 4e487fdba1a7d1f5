/**
 * Diagnostics over --stdio are spliced from kept per-document JSON (lsp/keptDiagnostics.ts); over
 * --node-ipc they are plain objects. Both must publish the same diagnostics for a multi-document
 * file, after edits that keep, move and change its documents' findings.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

const U = 'file:///virtual/kept/all.yaml';
const deployment = (n: string) => `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: web-${n}
  # Grüße · 😀
  # more
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: nginx
`;
const service = (n: string) => `apiVersion: v1
kind: Service
metadata:
  name: svc-${n}
spec:
  selector: { app: nothing-${n} }
  ports: [{ port: 80 }]
`;
const TEXT = ['a', 'b', 'c', 'd'].flatMap((n) => [deployment(n), service(n)]).join('---\n');

const clients = [new TestClient(['--stdio']), new TestClient(['--node-ipc'])];
after(() => Promise.all(clients.map((c) => c.stop())));

/** the position of the `nth` occurrence of `what` (plus `plus` characters) */
function at(what: string, nth = 0, plus = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(what, i + 1);
  i += plus;
  const line = TEXT.slice(0, i).split('\n').length - 1;
  return { line, character: i - (TEXT.lastIndexOf('\n', i - 1) + 1) };
}

test('diagnostics: the same over stdio (kept JSON) and IPC (plain), as edits keep, move and change documents', async () => {
  await Promise.all(clients.map((c) => c.initialize()));
  for (const c of clients) c.open(U, TEXT);
  const [opened, ipcOpened] = await Promise.all(clients.map((c) => c.diagnostics(U)));
  assert.ok(opened.length >= 8, 'findings in every document');
  assert.deepEqual(opened, ipcOpened);
  const edits: [string, { start: ReturnType<typeof at>; end: ReturnType<typeof at> }, string][] = [
    // the last Deployment's image gets a tag: one finding goes, the other documents are kept
    ['tagged', { start: at('image: nginx', 3, 12), end: at('image: nginx', 3, 12) }, ':1.27'],
    // a comment line becomes two, same length: nothing moves in offsets, everything after it in lines
    ['split', { start: at('Grüße', 0), end: at('Grüße', 0, 2) }, '\n#'],
    // a line added at the top: every document moves
    ['top', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# top\n'],
  ];
  let version = 1;
  for (const [what, range, text] of edits) {
    for (const c of clients) version = c.change(U, range, text);
    const [d, ipc] = await Promise.all(clients.map((c) => c.diagnostics(U, () => true, 10_000, version)));
    assert.deepEqual(d, ipc, what);
  }
  const last = clients[0].published.at(-1)!.diagnostics;
  assert.ok(
    last.some((d) => d.range.start.line > 60),
    'positions far down the file',
  );
});
