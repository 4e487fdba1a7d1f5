import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { ROOT, readFolder, serviceOf } from './helpers';

test('a node from a YAML document points at its first key, not at the `---` line before it', () => {
  const files = readFolder(join(ROOT, 'examples'), 'examples');
  const ls = serviceOf(files);
  const { nodes } = renderDiagram(ls.workspace);
  const text = new Map(files.map((f) => [f.uri, f.text.split('\n')]));
  const yamlNodes = Object.values(nodes).filter((n) => n.sources.length && n.sources[0].uri.endsWith('.yaml') && /^(workload|k8s-service|ingress|pvc|storage-class|service-account)$/.test(n.kind));
  assert.ok(yamlNodes.length >= 4, `found ${yamlNodes.length} Kubernetes nodes`);
  for (const n of yamlNodes) {
    const line = text.get(n.sources[0].uri)![n.sources[0].line];
    assert.doesNotMatch(line, /^---|^#/, `${n.label} opens at "${line}"`);
  }
});
