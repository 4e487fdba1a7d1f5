/** The stdio message encoder: the bytes it writes are the message's JSON, with kept list parts spliced in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageEncoder } from '../../../server/src/lsp/messageEncoder';
import { JsonList, perDocumentList } from '../../../server/src/lsp/jsonList';
import type { Message } from 'vscode-languageserver/node';
import { serviceWith, uri } from '../helpers';

const response = (result: unknown) => ({ jsonrpc: '2.0', id: 7, result }) as Message;
/** the encoder's bytes, copied (the next message reuses its buffer) */
const encoded = (enc: MessageEncoder, msg: Message) => Buffer.from(enc.bytes(msg));

const items = (n: number, name: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => ({ name: name(i), range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } } }));
/** the JSON parts a per-document list would keep: items split into runs, some documents without any */
const partsOf = (list: unknown[], every: number) => {
  const parts: string[] = [];
  for (let i = 0; i < list.length; i += every) parts.push('', JSON.stringify(list.slice(i, i + every)).slice(1, -1));
  return parts;
};

test('messages without a kept list: the same bytes as JSON.stringify in UTF-8', async () => {
  const enc = new MessageEncoder();
  const msgs = [
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'ServiceAccount · rabbitmq é 😀 \u2028' } },
    response(null),
    response(items(3, (i) => `n${i}`)),
    { jsonrpc: '2.0', id: 'x', error: { code: -32800, message: 'Request cancelled' } },
  ] as Message[];
  for (const m of msgs) assert.deepEqual(encoded(enc, m), Buffer.from(JSON.stringify(m), 'utf8'));
});

test('a kept list is spliced into the response: the same JSON value as the plain list, in any characters', async () => {
  const enc = new MessageEncoder();
  const names = ['web', 'ServiceAccount · rabbitmq', 'naïve-é', 'emoji 😀 pair', 'quote " and \\ and \n', ''];
  const list = items(5000, (i) => `${names[i % names.length]}-${i}`);
  for (const every of [1, 7, 5000]) {
    const bytes = encoded(enc, response(new JsonList(partsOf(list, every))));
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), response(list), `runs of ${every}`);
    // the byte count the header announces is the UTF-8 length of the text
    assert.equal(bytes.length, Buffer.byteLength(JSON.stringify(response(list))));
  }
  // empty lists, empty parts only, and a string id
  for (const parts of [[], [''], ['', '']]) {
    const msg = { jsonrpc: '2.0', id: 'abc', result: new JsonList(parts) } as unknown as Message;
    assert.deepEqual(JSON.parse(encoded(enc, msg).toString()), { jsonrpc: '2.0', id: 'abc', result: [] });
  }
});

test('the kept buffer: a big message, then small ones, then one past the size it keeps, each complete', async () => {
  const enc = new MessageEncoder();
  const big = items(20000, (i) => `big-😀-${i}`);
  const long = 'é'.repeat(3 << 20); // 6 MB of UTF-8 in one string: measured, not reserved 3×
  const seq = [response(big), response(['small']), response(new JsonList(partsOf(big, 100))), response([long]), response([1, 2])];
  for (const m of seq) {
    const plain = JSON.parse(JSON.stringify(m)) as unknown;
    assert.deepEqual(JSON.parse(encoded(enc, m).toString('utf8')), plain);
  }
  const huge = response(['x'.repeat(9 << 20)]);
  assert.equal(encoded(enc, huge).length, JSON.stringify(huge).length);
  assert.deepEqual(JSON.parse(encoded(enc, response(['after'])).toString()), response(['after']));
});

test('JsonList.toJSON gives the plain list (any other writer, tracing)', () => {
  const list = items(10, (i) => `n·${i}`);
  assert.deepEqual(JSON.parse(JSON.stringify({ result: new JsonList(partsOf(list, 3)) })), { result: list });
});

test('a spliced per-document list equals the plain one, before and after edits', async () => {
  const doc = (name: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n`;
  const text = ['web', 'api-é', 'db'].map(doc).join('---\n');
  const ls = serviceWith({ 'all.yaml': text });
  const make = (file: Parameters<typeof ls.docSymbols>[0], d: Parameters<typeof ls.docSymbols>[1]) =>
    ls.docSymbols(file, d).map((s) => ({ name: s.name, detail: s.detail, range: file.lines.range(s.range.offset, s.range.length) }));
  const plain = perDocumentList(false, make);
  const spliced = perDocumentList(true, make);
  const enc = new MessageEncoder();
  const edits = [text, text.replace('api-é', 'api-😀-longer'), text.replace('name: db', 'name: db\n  labels: {}'), doc('only')];
  for (const [v, t] of edits.entries()) {
    ls.update(uri('all.yaml'), t, 'yaml', v + 2);
    const file = ls.workspace.get(uri('all.yaml'))!;
    const list = spliced.get(file);
    assert.ok(list instanceof JsonList);
    assert.equal(spliced.get(file), list, 'kept per analysis');
    const bytes = encoded(enc, response(list));
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(response(plain.get(file)))), `edit ${v}`);
  }
});
