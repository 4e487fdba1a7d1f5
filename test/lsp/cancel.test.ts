/**
 * Rapid typing: stale validations are dropped, no diagnostics for an old version are published
 * after a newer one, and the last diagnostics are those of the last text. Cancelled requests
 * answer "cancelled" instead of running.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TestClient, type Diagnostic } from './client';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
});

type Pos = { line: number; character: number };
const shape = (d: Diagnostic[]) =>
  d
    .map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.code} ${x.message}`)
    .sort();

/** the versions published for uri, in arrival order, must never go down */
function assertNoStale(uri: string): number[] {
  const versions = client.published.filter((p) => p.uri === uri && p.version !== undefined).map((p) => p.version!);
  for (let i = 1; i < versions.length; i++)
    assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}: ${versions.join(',')}`);
  return versions;
}

/** diagnostics of `text` opened fresh under another name (the reference for the final state) */
async function fresh(text: string, name: string): Promise<string[]> {
  const uri = `file:///virtual/cancel/fresh-${name}`;
  client.open(uri, text);
  return shape(await client.diagnostics(uri));
}

/** Types `typed` one character at a time at `at` (a position on one line), without waiting. */
function typeAt(uri: string, at: Pos, typed: string): number {
  let v = 0;
  for (let i = 0; i < typed.length; i++) {
    const p = { line: at.line, character: at.character + i };
    v = client.change(uri, { start: p, end: p }, typed[i]);
  }
  return v;
}

test('a burst of keystrokes: fewer validations than edits, none stale, the last one matches the text', async () => {
  const uri = 'file:///virtual/cancel/burst-task-definition.json';
  const head = '{\n  "family": "web",\n  "networkMode": "';
  const tail = '",\n  "containerDefinitions": [{ "name": "a", "image": "nginx:1.27" }]\n}';
  client.open(uri, head + tail);
  await client.diagnostics(uri);
  const before = client.published.length;
  const typed = 'awsvpx-and-some-more-characters-to-type';
  const last = typeAt(uri, { line: 2, character: head.length - head.lastIndexOf('\n') - 1 }, typed);
  const final = await client.diagnostics(uri, () => true, 10_000, last);
  const versions = assertNoStale(uri);
  const during = client.published.slice(before).filter((p) => p.uri === uri).length;
  assert.ok(during < typed.length, `${during} publications for ${typed.length} keystrokes`);
  assert.equal(versions[versions.length - 1], last);
  assert.ok(
    shape(final).some((d) => /networkMode/.test(d)),
    shape(final).join('\n'),
  );
  assert.deepEqual(shape(final), await fresh(head + typed + tail, 'burst-task-definition.json'));
});

test('typing with pauses in a 1,000-document YAML stream (checked in slices): never a stale publication, final state right', async () => {
  const uri = 'file:///virtual/cancel/stream.yaml';
  const docs = Array.from(
    { length: 1000 },
    (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  ports:\n    - port: 80\n`,
  );
  let text = docs.join('---\n');
  assert.ok(text.length > 64 * 1024, 'big enough to be validated in slices');
  client.open(uri, text);
  await client.diagnostics(uri);
  // edit document 150's port, one keystroke at a time, letting the server run between some of them
  const line = 150 * 8 + 6;
  const lines = text.split('\n');
  assert.equal(lines[line], '    - port: 80');
  let last = 0;
  const typed = 'abc8080x';
  for (let i = 0; i < typed.length; i++) {
    const p = { line, character: 14 + i };
    last = client.change(uri, { start: p, end: p }, typed[i]);
    if (i % 3 === 0) await new Promise((r) => setImmediate(r));
  }
  lines[line] = '    - port: 80' + typed;
  text = lines.join('\n');
  const final = await client.diagnostics(uri, () => true, 20_000, last);
  assertNoStale(uri);
  assert.ok(
    shape(final).some((d) => d.startsWith(`${line}:`)),
    'the edited port is flagged',
  );
  assert.deepEqual(shape(final), await fresh(text, 'stream.yaml'));
});

test('a request cancelled before it runs answers "cancelled"', async () => {
  const uri = 'file:///virtual/cancel/hover-task-definition.json';
  client.open(uri, '{\n  "family": "web",\n  "containerDefinitions": []\n}');
  await client.diagnostics(uri);
  // a workspace whose diagram takes a while: the hover and its cancellation arrive while it is drawn
  const apps = 'file:///virtual/cancel/apps.yaml';
  client.open(
    apps,
    Array.from(
      { length: 1500 },
      (_, i) =>
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\n  namespace: n${i % 40}\nspec:\n  selector: { matchLabels: { app: d${i} } }\n  template:\n    metadata: { labels: { app: d${i} } }\n    spec:\n      containers: [{ name: c, image: "nginx:1.27" }]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\n  namespace: n${i % 40}\nspec:\n  selector: { app: d${i} }\n  ports: [{ port: 80 }]\n`,
    ).join('---\n'),
  );
  await client.diagnostics(apps, () => true, 60_000);
  const t = performance.now();
  // two of them: the server reads the cancellation while it is still busy with the first
  const diagram = client.request<{ stats: { nodes: number } }>('ecsEksArchitect/diagram', {});
  const diagram2 = client.request<{ stats: { nodes: number } }>('ecsEksArchitect/diagram', { direction: 'TB' });
  const source = new CancellationTokenSource();
  const pending = client.conn.sendRequest(
    'textDocument/hover',
    { textDocument: { uri }, position: { line: 1, character: 4 } },
    source.token,
  );
  source.cancel();
  await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
  const { stats } = await diagram;
  assert.ok(stats.nodes > 1000, `${stats.nodes} nodes`);
  assert.equal((await diagram2).stats.nodes, stats.nodes);
  // and the next one is answered
  const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 1, character: 4 },
  });
  assert.match(h!.contents.value, /family/);
  console.log(`# the diagram that kept the server busy took ${(performance.now() - t).toFixed(0)} ms`);
});
