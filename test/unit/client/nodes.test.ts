import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeIdOf, kindName, matches } from '../../../client/src/webview/nodes';
import { describer, type DiagramOutline, type PrintedRef } from '../../../shared/src/outline';

test("Mermaid's element ids map back to the printed ids", () => {
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
  assert.equal(kindName('toString'), 'toString', 'no prototype keys');
});

const loc = (uri: string, line: number) => ({ uri, range: { start: { line, character: 2 }, end: { line: line + 3, character: 0 } } });
const outline: DiagramOutline = {
  nodes: [
    {
      id: 'workload:shop/Deployment/storefront',
      kind: 'workload',
      label: 'Deployment storefront',
      group: 'ns:shop',
      sources: [loc('file:///a.yaml', 4)],
      facts: [],
      problems: ['bad'],
    },
    {
      id: 'k8s-service:shop/storefront',
      kind: 'k8s-service',
      label: 'Service storefront',
      group: 'ns:shop',
      sources: [loc('file:///b.yaml', 1)],
      facts: [],
      problems: [],
    },
    {
      id: 'ecs-service:c/shop-web',
      kind: 'ecs-service',
      label: 'ECS service shop-web',
      sources: [],
      facts: [],
      problems: [],
      missing: true,
    },
  ],
  edges: [],
  groups: [{ id: 'ns:shop', kind: 'namespace', label: 'namespace shop', sources: [loc('file:///ns.yaml', 0)], facts: ['labels a=b'] }],
};

test('search matches labels of what was printed, case-insensitively, nothing for a blank query', () => {
  const ids: Record<string, PrintedRef> = {
    x1: { node: 'workload:shop/Deployment/storefront' },
    x2: { node: 'k8s-service:shop/storefront' },
    x3: { node: 'ecs-service:c/shop-web' },
    x4: { group: 'ns:shop' },
  };
  const d = describer(outline);
  const lookup = (id: string) => d(ids[id]);
  assert.deepEqual([...matches(ids, lookup, 'STOREFRONT')].sort(), ['x1', 'x2']);
  assert.deepEqual([...matches(ids, lookup, ' shop-web ')], ['x3']);
  assert.deepEqual([...matches(ids, lookup, 'namespace')], ['x4']);
  assert.equal(matches(ids, lookup, '   ').size, 0);
});

test('a folded group is described from its members: kinds counted, problems and sources gathered', () => {
  const d = describer(outline);
  const folded = d({ group: 'ns:shop', folded: true })!;
  assert.equal(folded.kind, 'collapsed');
  assert.ok(folded.isGroup);
  assert.deepEqual(folded.facts, ['1 × k8s-service', '1 × workload', 'labels a=b']);
  assert.deepEqual(folded.problems, ['bad']);
  assert.deepEqual(
    folded.sources.map((s) => s.uri),
    ['file:///ns.yaml', 'file:///a.yaml', 'file:///b.yaml'],
  );
  const box = d({ group: 'ns:shop' })!;
  assert.equal(box.kind, 'namespace');
  assert.deepEqual(box.problems, []);
  assert.equal(d({ node: 'nope' }), undefined);
  assert.equal(d({ group: 'nope' }), undefined);
  assert.equal(d({ node: 'ecs-service:c/shop-web' })?.missing, true);
});
