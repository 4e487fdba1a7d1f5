import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import type { DiagramResult } from '../../shared/src/diagram';

test('the diagram marks problems in files that are not open, found by indexing the folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eea-diagram-'));
  const task = {
    family: 'api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '4096',
    containerDefinitions: [{ name: 'api', image: 'nginx:1.27', essential: true }],
  };
  writeFileSync(join(dir, 'api-task-definition.json'), JSON.stringify(task, null, 2));
  const c = new TestClient();
  try {
    await c.initialize(dir);
    const deadline = Date.now() + 15_000;
    let result: DiagramResult | undefined;
    let taskNode: DiagramResult['outline']['nodes'][number] | undefined;
    // the folder is indexed in the background: ask until the task definition is in the picture
    while (Date.now() < deadline) {
      result = await c.request<DiagramResult>('ecsEksArchitect/diagram', {});
      taskNode = result.outline.nodes.find((n) => n.kind === 'task-definition');
      if (taskNode) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(taskNode, `no task definition node in ${JSON.stringify(result?.outline.nodes)}`);
    assert.equal(taskNode.sources[0].uri, pathToFileURL(join(dir, 'api-task-definition.json')).toString());
    assert.ok(
      taskNode.problems.some((p) => /memory|cpu/i.test(p)),
      `problems: ${JSON.stringify(taskNode.problems)}`,
    );
  } finally {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
