import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TestClient, ROOT } from './client';

test('the server answers initialize over --stdio', async () => {
  const c = new TestClient(['--stdio']);
  let stderr = '';
  c.proc.stderr!.on('data', (d) => {
    stderr += d;
  });
  const r = (await c.initialize()) as { serverInfo: { name: string } };
  assert.equal(r.serverInfo.name, 'ecs-eks-architect');
  await c.stop();
  // the heap tuning (node/heap.ts) is a V8 flag set at run time: this Node knows it, so no warning
  assert.equal(stderr, '');
});

test('the CLI lints the examples clean and flags a wrong type with its range', () => {
  const cli = join(ROOT, 'dist', 'cli.js');
  const ok = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', join(ROOT, 'examples')], { encoding: 'utf8' });
  // no error or warning; notes may come and go with the day (EKS support of the example cluster's version)
  const found = JSON.parse(ok.stdout) as { severity: string; code: string }[];
  assert.deepEqual(
    found.filter((d) => d.severity === 'error' || d.severity === 'warning'),
    [],
    ok.stdout + ok.stderr,
  );
  // the notes: the cluster's EKS support, the describe-only fields ecspresso drops (examples/ecspresso),
  // and the image CodePipeline fills in (examples/codepipeline)
  const notes = ['eks/cluster-version-support', 'ecs/describe-output-fields', 'ecs/codepipeline-image'];
  assert.ok(
    found.every((d) => notes.includes(d.code)),
    ok.stdout,
  );
  assert.equal(ok.status, 0);
  const bad = spawnSync(
    process.execPath,
    [cli, 'lint', '--format', 'json', join(ROOT, 'test', 'fixtures', 'ecs', 'wrong-type-taskdef.json')],
    { encoding: 'utf8' },
  );
  assert.equal(bad.status, 1);
  const items = JSON.parse(bad.stdout);
  const schema = items.find((i: { code: string }) => i.code === 'schema');
  assert.deepEqual(Object.keys(schema).sort(), ['code', 'file', 'message', 'range', 'severity', 'source']);
  assert.deepEqual(schema.range, { start: { line: 12, character: 27 }, end: { line: 12, character: 35 } });
  const ignored = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', join(ROOT, 'test', 'fixtures', 'ignored')], {
    encoding: 'utf8',
  });
  assert.equal(ignored.stdout.trim(), '[]');
  assert.equal(ignored.status, 0);
  const usage = spawnSync(process.execPath, [cli, 'lint'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
});
