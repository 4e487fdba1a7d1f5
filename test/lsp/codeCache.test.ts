import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from './client';
import { CODE_CACHE_ENV, HOSTS_KEPT, cacheFile, cacheFolder, writeCache } from '../../server/src/node/codeCache';

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

test('other flags get caches of their own beside this one; a rebuild replaces them all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eea-code-cache-'));
  try {
    const bundle = join(dir, 'strict-k8s-core-v1.js');
    const other = join(dir, 'strict-k8s-core-v1-list.js');
    writeFileSync(bundle, '// v1');
    writeFileSync(other, '// list');
    const cache = join(dir, 'cache');
    const flagSets = [['--max-semi-space-size=2'], [], ['--cpu-prof'], ['--nolazy'], ['--inspect']];
    const files = flagSets.map((flags) => cacheFile(cache, bundle, flags));
    assert.equal(new Set(files).size, flagSets.length, 'one name per flag set');
    writeCache(cacheFile(cache, other, []), Buffer.from('list'));
    // written one second apart, as far as mtimes go: the oldest is certain
    const base = Date.now() / 1000 - 100;
    const write = (i: number) => {
      writeCache(files[i], Buffer.from(String(i)));
      utimesSync(files[i], base + i, base + i);
    };
    write(0);
    write(1);
    // the two flag sets keep their caches: a start with one no longer costs the other a compile
    assert.equal(caches(cache).length, 3);
    assert.equal(readFileSync(files[0], 'utf8'), '0');
    // beyond HOSTS_KEPT of one build, the oldest goes
    for (let i = 2; i < files.length; i++) write(i);
    const left = caches(cache).filter((f) => f.startsWith('strict-k8s-core-v1-') && !f.startsWith('strict-k8s-core-v1-list-'));
    assert.equal(left.length, HOSTS_KEPT);
    assert.ok(!existsSync(files[0]), 'the oldest went');
    // a rebuilt bundle: every cache of the old build goes, another bundle's stay
    writeFileSync(bundle, '// v2, rebuilt');
    const rebuilt = cacheFile(cache, bundle, flagSets[0]);
    assert.ok(!files.includes(rebuilt));
    writeCache(rebuilt, Buffer.from('new'));
    assert.deepEqual(caches(cache).sort(), [basename(cacheFile(cache, other, [])), basename(rebuilt)].sort());
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
