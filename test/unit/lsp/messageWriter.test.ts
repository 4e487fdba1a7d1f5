/**
 * The stdio writer (node/messageWriter.ts): messages sent in one run of code leave in one write,
 * each framed as JSON-RPC over a stream expects, in order, including those sent while a write is
 * still under way; vscode-jsonrpc's own reader reads back exactly what was sent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { BatchingStreamWriter } from '../../../server/src/node/messageWriter';
import { JsonList } from '../../../server/src/lsp/jsonList';

/** a stream that keeps each write, and calls back only when told (a pipe the client drains late) */
class SlowStream extends Writable {
  readonly chunks: Buffer[] = [];
  private readonly held: (() => void)[] = [];
  constructor(private readonly hold: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk)); // a copy: the writer may reuse its buffer after the callback
    if (this.hold) this.held.push(() => cb());
    else cb();
  }
  release(): void {
    for (const cb of this.held.splice(0)) cb();
  }
}

const publish = (i: number): Message =>
  ({
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: `file:///ws/f${i}-é.yaml`, version: 1, diagnostics: i % 2 ? [] : [{ message: `m${i} 😀`, range: {} }] },
  }) as unknown as Message;

/** the messages vscode-jsonrpc's reader finds in `bytes` */
async function readBack(bytes: Buffer, count: number): Promise<unknown[]> {
  const input = new PassThrough();
  const reader = new StreamMessageReader(input);
  const got: unknown[] = [];
  const done = new Promise<void>((resolve) =>
    reader.listen((m) => {
      got.push(m);
      if (got.length === count) resolve();
    }),
  );
  input.end(bytes);
  await done;
  reader.dispose();
  return got;
}

test('messages sent together leave in one write, framed and in order', async () => {
  const stream = new SlowStream(false);
  const writer = new BatchingStreamWriter(stream);
  const sent = Array.from({ length: 50 }, (_, i) => publish(i));
  await Promise.all(sent.map((m) => writer.write(m)));
  // the library's writer made two writes per message (header, then body)
  assert.equal(stream.chunks.length, 1);
  assert.deepEqual(await readBack(Buffer.concat(stream.chunks), sent.length), sent);
});

test('messages sent while a write is under way follow it, in order, in the next write', async () => {
  const stream = new SlowStream(true);
  const writer = new BatchingStreamWriter(stream);
  const sent: Message[] = [];
  const send = (m: Message) => (sent.push(m), writer.write(m));
  const first = send(publish(0));
  await new Promise((r) => setImmediate(r));
  assert.equal(stream.chunks.length, 1);
  // the first write has not called back: these wait, however many turns pass
  const later = [1, 2, 3].map((i) => send(publish(i)));
  await new Promise((r) => setImmediate(r));
  const big = send({ jsonrpc: '2.0', id: 1, result: 'x'.repeat(200_000) } as Message);
  await new Promise((r) => setImmediate(r));
  assert.equal(stream.chunks.length, 1);
  stream.release();
  await first;
  await new Promise((r) => setImmediate(r));
  assert.equal(stream.chunks.length, 2);
  stream.release();
  await Promise.all([...later, big]);
  assert.deepEqual(await readBack(Buffer.concat(stream.chunks), sent.length), sent);
});

test('a kept JSON list is spliced into its response, and the next batch reuses the buffers', async () => {
  const stream = new SlowStream(false);
  const writer = new BatchingStreamWriter(stream);
  const list = new JsonList(['{"a":1},{"a":2}', '', '{"a":3}']);
  const msgs = [{ jsonrpc: '2.0', id: 2, result: list } as unknown as Message, publish(1)];
  for (let round = 0; round < 3; round++) await Promise.all(msgs.map((m) => writer.write(m)));
  const back = await readBack(Buffer.concat(stream.chunks), 6);
  const expected = [{ jsonrpc: '2.0', id: 2, result: [{ a: 1 }, { a: 2 }, { a: 3 }] }, publish(1)];
  assert.deepEqual(back, [...expected, ...expected, ...expected]);
});

test('a failed write rejects its batch and is reported', async () => {
  const stream = new Writable({ write: (_c, _e, cb) => cb(new Error('pipe closed')) });
  stream.on('error', () => undefined);
  const writer = new BatchingStreamWriter(stream);
  const errors: Error[] = [];
  writer.onError(([e]) => errors.push(e));
  await assert.rejects(writer.write(publish(0)), /pipe closed/);
  assert.ok(errors.some((e) => /pipe closed/.test(e.message)));
});
