import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { ROOT, readFolder, serviceOf } from './helpers';

test('a node from a YAML document points at its first key, not at the `---` line before it', () => {
  const files = readFolder(join(ROOT, 'examples'), 'examples');
  const ls = serviceOf(files);
  const { nodes } = renderDiagram(ls.workspace).outline;
  const text = new Map(files.map((f) => [f.uri, f.text.split('\n')]));
  const yamlNodes = nodes.filter(
    (n) =>
      n.sources.length &&
      n.sources[0].uri.endsWith('.yaml') &&
      /^(workload|k8s-service|ingress|pvc|storage-class|service-account)$/.test(n.kind),
  );
  assert.ok(yamlNodes.length >= 4, `found ${yamlNodes.length} Kubernetes nodes`);
  for (const n of yamlNodes) {
    const line = text.get(n.sources[0].uri)![n.sources[0].range.start.line];
    assert.doesNotMatch(line, /^---|^#/, `${n.label} opens at "${line}"`);
  }
});

test('a folder scope ("…/eks/") keeps what is defined under it and drops the rest', () => {
  const files = readFolder(join(ROOT, 'examples'), 'examples');
  const ws = serviceOf(files).workspace;
  const kinds = (scopeUri?: string) => new Set(renderDiagram(ws, { scopeUri }).outline.nodes.map((n) => n.kind));
  const all = kinds();
  const eks = kinds('file:///ws/examples/eks/');
  assert.ok(all.has('ecs-service') && all.has('workload'));
  assert.ok(eks.has('workload') && eks.has('eks-cluster'), [...eks].join(' '));
  assert.ok(!eks.has('ecs-service') && !eks.has('task-definition'), [...eks].join(' '));
  // a prefix that is not a folder boundary does not leak in: "…/ek/" matches nothing
  assert.equal(kinds('file:///ws/examples/ek/').size, 0);
});
