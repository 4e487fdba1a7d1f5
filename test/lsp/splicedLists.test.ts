/**
 * Outline and links over --stdio are spliced from kept per-document JSON (lsp/jsonList.ts,
 * lsp/messageEncoder.ts); over --node-ipc (VS Code) they are plain lists. Both transports must
 * answer the same, for a multi-document file with non-ASCII names, before and after edits.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

const U = 'file:///virtual/spliced/all.yaml';
const sa = (name: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: shop
`;
const deploy = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      serviceAccountName: ${name}
      containers:
        - name: app-${name}
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}:1.0
`;
const TEXT = ['web', 'api', 'db'].flatMap((n) => [sa(n), deploy(n)]).join('---\n') + '---\n# Grüße · 😀\n' + sa('tail');

const clients = [new TestClient(['--stdio']), new TestClient(['--node-ipc'])];
after(() => Promise.all(clients.map((c) => c.stop())));

/** the same request on both servers */
const both = (method: string, params: unknown) => Promise.all(clients.map((c) => c.request<unknown>(method, params)));

test('document symbols and links: the same answers over stdio (spliced) and IPC (plain), before and after edits', async () => {
  await Promise.all(clients.map((c) => c.initialize()));
  for (const c of clients) c.open(U, TEXT);
  await Promise.all(clients.map((c) => c.diagnostics(U)));
  const doc = { textDocument: { uri: U } };
  const check = async (what: string) => {
    const [symbols, ipcSymbols] = await both('textDocument/documentSymbol', doc);
    assert.ok(Array.isArray(symbols) && symbols.length >= 7, `${what}: an outline`);
    assert.deepEqual(symbols, ipcSymbols, `${what}: symbols`);
    const [links, ipcLinks] = await both('textDocument/documentLink', doc);
    assert.ok(Array.isArray(links) && links.length > 0, `${what}: links`);
    assert.deepEqual(links, ipcLinks, `${what}: links`);
    // a link from the spliced list resolves like any other
    const [resolved, ipcResolved] = await Promise.all(clients.map((c) => c.request<{ target?: string }>('documentLink/resolve', links[0])));
    assert.ok(resolved.target);
    assert.deepEqual(resolved, ipcResolved);
    return symbols as { name: string }[];
  };
  await check('opened');
  // a rename inside the second document (same lines), then a line added at the top (every position moves)
  const at = TEXT.indexOf('name: api') + 'name: '.length;
  const line = TEXT.slice(0, at).split('\n').length - 1;
  const character = at - (TEXT.lastIndexOf('\n', at - 1) + 1);
  const range = { start: { line, character }, end: { line, character: character + 3 } };
  for (const c of clients) c.change(U, range, 'api-é😀');
  assert.ok((await check('renamed')).some((s) => s.name === 'api-é😀'));
  for (const c of clients) c.change(U, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# top\n');
  await check('moved down');
});
