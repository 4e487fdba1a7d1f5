import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeIdOf, kindName, matches } from '../../../client/src/webview/nodes';
import type { DiagramNodeInfo } from '../../../server/src/protocol';

test("Mermaid's element ids map back to our node ids", () => {
  assert.equal(nodeIdOf('diagram-svg-3-flowchart-n_1mo3afw-12', 'diagram-svg-3'), 'n_1mo3afw');
  assert.equal(nodeIdOf('diagram-svg-3-flowchart-c_9x-0', 'diagram-svg-3'), 'c_9x');
  assert.equal(nodeIdOf('diagram-svg-3-g_56hjfs', 'diagram-svg-3'), 'g_56hjfs', 'subgraph');
  assert.equal(nodeIdOf('diagram-svg-31-flowchart-n_a-1', 'diagram-svg-3'), undefined, 'another drawing');
  assert.equal(nodeIdOf('something-else', 'diagram-svg-3'), undefined);
});

test('kind names for tooltips and the kind filter', () => {
  assert.equal(kindName('ecs-service'), 'ECS service');
  assert.equal(kindName('namespace', true), 'namespace');
  assert.equal(kindName('ecs-cluster', true), 'ECS cluster');
  assert.equal(kindName('collapsed'), 'folded group');
  assert.equal(kindName('unheard-of'), 'unheard-of');
});

test('search matches labels case-insensitively, nothing for a blank query', () => {
  const n = (label: string): DiagramNodeInfo => ({ label, kind: 'workload', sources: [], facts: [], problems: [] });
  const nodes = { a: n('Deployment storefront'), b: n('Service storefront'), c: n('ECS service shop-web') };
  assert.deepEqual([...matches(nodes, 'STOREFRONT')].sort(), ['a', 'b']);
  assert.deepEqual([...matches(nodes, ' shop-web ')], ['c']);
  assert.equal(matches(nodes, '   ').size, 0);
});
