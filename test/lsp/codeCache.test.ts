import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from './client';
import { CODE_CACHE_ENV, cacheFolder } from '../../server/src/node/codeCache';

/** start dist/server.js with its code cache in `dir`, initialize, shut down; returns its stderr */
async function startAndStop(dir: string): Promise<string> {
  const proc = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [CODE_CACHE_ENV]: dir },
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  const r = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
    serverInfo: { name: string };
  };
  assert.equal(r.serverInfo.name, 'ecs-eks-architect');
  await conn.sendRequest('shutdown');
  const exited = new Promise((res) => proc.on('exit', res));
  await conn.sendNotification('exit');
  await exited;
  conn.dispose();
  return stderr;
}

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin'));

test('the first start saves a code cache, the next one uses it as is, a damaged one is replaced', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eea-code-cache-'));
  try {
    assert.equal(await startAndStop(dir), '');
    const [file] = caches(dir);
    assert.ok(file, 'a cache after the first start');
    const first = statSync(join(dir, file));
    assert.ok(first.size > 100_000, `${first.size} bytes`);

    // accepted: not written again
    assert.equal(await startAndStop(dir), '');
    assert.deepEqual(caches(dir), [file]);
    assert.equal(statSync(join(dir, file)).mtimeMs, first.mtimeMs);

    // refused by V8: the server starts all the same and writes a good one
    writeFileSync(join(dir, file), Buffer.from('not a code cache'));
    assert.equal(await startAndStop(dir), '');
    assert.deepEqual(caches(dir), [file]);
    assert.ok(statSync(join(dir, file)).size > 100_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache folder: beside the bundle by default, another when asked, none when off', () => {
  const dist = join(ROOT, 'dist');
  assert.equal(cacheFolder(dist, {}), join(ROOT, 'dist', '.code-cache'));
  assert.equal(cacheFolder(dist, { [CODE_CACHE_ENV]: '/elsewhere' }), '/elsewhere');
  assert.equal(cacheFolder(dist, { [CODE_CACHE_ENV]: 'off' }), undefined);
});

test('the server bundle and the Kubernetes schema are ASCII (V8 keeps them as one-byte strings)', () => {
  for (const f of ['server-main.js', 'schemas/kubernetes.json', 'schemas/kubernetes-docs.json']) {
    const path = join(ROOT, 'dist', f);
    if (!existsSync(path)) continue; // not generated
    const bytes = readFileSync(path);
    assert.equal(
      bytes.findIndex((b) => b > 0x7f),
      -1,
      f,
    );
  }
});
