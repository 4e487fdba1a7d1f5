/**
 * The levels the view shows, worked out on the outline: a file's neighbourhood, the overview
 * (one box per cluster/namespace), a drill-down, account resources placed beside their only
 * user, names shortened in the middle, search and arrow keys at every level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDiagram } from '../../../server/src/core/graph/index';
import type { DiagramResult } from '../../../shared/src/diagram';
import type { DiagramOutline, OutlineNode } from '../../../shared/src/outline';
import { neighbourhood, overviewFolds, placeShared, nearGroupId } from '../../../shared/src/view/levels';
import { shortenMiddle } from '../../../shared/src/view/shorten';
import { adjacency, crumbs, searchHits, viewOf } from '../../../shared/src/view/view';
import { nextNode } from '../../../client/src/webview/keys';
import { goldenCases, serviceOf, ROOT } from '../graph/helpers';

interface MermaidNode {
  parse(text: string): Promise<unknown>;
}
const mermaid = (): Promise<MermaidNode> => import(pathToFileURL(join(ROOT, 'test', 'mermaid', 'mermaid-node.mjs')).href);

const examples = (): DiagramResult => {
  const c = goldenCases().find((g) => g.name === 'examples');
  assert.ok(c, 'examples/');
  return renderDiagram(serviceOf(c.files).workspace);
};
const INGRESS = 'file:///ws/examples/eks/ingress.yaml';
const labels = (o: DiagramOutline) => o.nodes.map((n) => n.label).sort();
const groupLabel = (o: DiagramOutline, label: string) => o.groups.find((g) => g.label === label)?.id;

test("ingress.yaml's neighbourhood: the shop namespace, what it links to, nothing of ECS", () => {
  const { outline } = examples();
  const nb = neighbourhood(outline, INGRESS);
  assert.ok(nb);
  const shop = groupLabel(outline, 'namespace shop');
  assert.equal(nb.group, shop, 'the breadcrumb names the namespace');
  assert.deepEqual(
    nb.own.map((id) => outline.nodes.find((n) => n.id === id)?.label),
    ['ALB Ingress storefront'],
    'the file defines the Ingress',
  );
  const kept = labels(nb.outline);
  for (const n of outline.nodes.filter((x) => x.group === shop)) assert.ok(kept.includes(n.label), `${n.label} of the namespace`);
  for (const want of ['ECR storefront', 'IAM role shop-storefront-irsa', 'StorageClass gp3']) assert.ok(kept.includes(want), want);
  assert.ok(!kept.some((l) => /^ECS |^Task definition|^IAM role shop-web/.test(l)), `no ECS: ${kept.join(', ')}`);
  assert.ok(nb.outline.nodes.length < outline.nodes.length / 2, 'a small picture');
  for (const e of nb.outline.edges) assert.ok(nb.outline.nodes.some((n) => n.id === e.from) && nb.outline.nodes.some((n) => n.id === e.to));
});

test('a neighbourhood of the eksctl file is its whole cluster, namespaces included; a file with nothing drawn has none', () => {
  const { outline } = examples();
  const nb = neighbourhood(outline, 'file:///ws/examples/eks/cluster.eksctl.yaml');
  assert.ok(nb);
  assert.ok(labels(nb.outline).includes('Deployment storefront'), 'the namespace inside the cluster comes along');
  assert.equal(neighbourhood(outline, 'file:///ws/examples/README.md'), undefined);
  const folder = neighbourhood(outline, 'file:///ws/examples/ecs/');
  assert.ok(folder && labels(folder.outline).includes('ECS service shop-web') && !labels(folder.outline).includes('Deployment storefront'));
});

test('the overview: every cluster, namespace and the account lane one box, with counts and problems; it parses', async () => {
  const { outline } = examples();
  const v = viewOf(outline, { mode: { kind: 'overview' } });
  const boxes = Object.values(v.ids).filter((r) => 'group' in r && r.folded);
  const tops = outline.groups.filter((g) => !g.parent).map((g) => g.id);
  assert.deepEqual(boxes.map((r) => ('group' in r ? r.group : '')).sort(), tops.sort(), 'one box per top-level group');
  // a node outside every group (the deploy workflow) is drawn as itself; every other node sits in its box
  const single = Object.values(v.ids).flatMap((r) => ('node' in r ? [r.node] : []));
  const ungrouped = outline.nodes.filter((n) => !n.group).map((n) => n.id);
  assert.deepEqual(single.sort(), ungrouped.sort(), 'single resources only where the workspace has no group for them');
  assert.match(v.text, /"ECS cluster shop<br\/>17 resources"/);
  assert.match(v.text, /"EKS cluster shop-eks<br\/>12 resources"/);
  await (await mermaid()).parse(v.text);
  // a problem inside a group shows on its box
  const withProblem: DiagramOutline = {
    ...outline,
    nodes: outline.nodes.map((n) => (n.label === 'Deployment storefront' ? { ...n, problems: ['a', 'b'] } : n)),
  };
  assert.match(viewOf(withProblem, { mode: { kind: 'overview' } }).text, /EKS cluster shop-eks<br\/>12 resources<br\/>⚠ 2 problems/);
});

test('drilling into a cluster: its namespaces folded in its overview, all of it in detail; the breadcrumb leads back', async () => {
  const { outline } = examples();
  const eks = groupLabel(outline, 'EKS cluster shop-eks')!;
  const shop = groupLabel(outline, 'namespace shop')!;
  assert.deepEqual(
    [...overviewFolds(outline, eks)].sort(),
    outline.groups
      .filter((g) => g.id !== eks)
      .map((g) => g.id)
      .sort(),
  );
  const over = viewOf(outline, { mode: { kind: 'overview', level: eks } });
  assert.ok(
    Object.values(over.ids).some((r) => 'group' in r && r.group === shop && r.folded),
    'namespace shop is one box',
  );
  assert.ok(
    Object.values(over.ids).some((r) => 'node' in r && outline.nodes.find((n) => n.id === r.node)?.label === 'EKS cluster shop-eks'),
  );
  const detail = viewOf(outline, { mode: { kind: 'detail', level: shop } });
  assert.ok(labels(detail.outline).includes('Deployment storefront'));
  assert.ok(!labels(detail.outline).includes('ECS service shop-web'));
  assert.deepEqual(
    crumbs(outline, detail).map((c) => c.label),
    ['Overview', 'EKS cluster shop-eks', 'namespace shop'],
  );
  assert.deepEqual(crumbs(outline, detail)[1].mode, { kind: 'detail', level: eks });
  const focus = viewOf(outline, { mode: { kind: 'focus', uri: INGRESS } });
  assert.deepEqual(
    crumbs(outline, focus, 'ingress.yaml').map((c) => c.label),
    ['Overview', 'EKS cluster shop-eks', 'namespace shop', 'ingress.yaml'],
  );
  assert.equal(focus.own.length, 1, 'the Ingress is printed and marked');
  await (await mermaid()).parse(over.text);
  // a level that no longer exists (the file was deleted) falls back to the top
  assert.deepEqual(viewOf(outline, { mode: { kind: 'detail', level: 'gone' } }).mode, { kind: 'detail' });
  assert.deepEqual(viewOf(outline, { mode: { kind: 'focus', uri: 'file:///nothing.yaml' } }).mode, { kind: 'overview' });
});

test('the kind filter and search work at every level: a box is found by a name inside it', () => {
  const { outline } = examples();
  const over = viewOf(outline, { mode: { kind: 'overview' } });
  const hits = [...searchHits(over, 'storefront')].map((id) => over.ids[id]).map((r) => ('group' in r ? r.group : r.node));
  assert.deepEqual(
    hits.sort(),
    [groupLabel(outline, 'AWS account resources'), groupLabel(outline, 'EKS cluster shop-eks')].sort(),
    'the boxes holding a storefront: the cluster (Deployment, Service…) and the account lane (ECR storefront)',
  );
  const hidden = viewOf(outline, {
    mode: { kind: 'overview' },
    // with the event-driven resources of examples/cloudformation/ and examples/aws-cli/
    hiddenKinds: new Set([
      'iam-role',
      'ecr-repository',
      'efs',
      'secret',
      'target-group',
      's3-bucket',
      'dynamodb-table',
      'sqs-queue',
      'sns-topic',
      'event-rule',
      'schedule',
      'alarm',
    ]),
  });
  assert.doesNotMatch(hidden.text, /AWS account resources/, 'the account lane is gone when its kinds are hidden');
  const focus = viewOf(outline, { mode: { kind: 'focus', uri: INGRESS }, hiddenKinds: new Set(['container']) });
  assert.ok(!focus.outline.nodes.some((n) => n.kind === 'container'));
  assert.equal(searchHits(focus, '  ').size, 0);
});

test('account resources one group uses sit beside it; shared ones stay in the account lane', () => {
  const { outline } = examples();
  const placed = placeShared(outline);
  const groupOf = (label: string) => placed.nodes.find((n) => n.label === label)?.group;
  const ecs = groupLabel(outline, 'ECS cluster shop')!;
  const shop = groupLabel(outline, 'namespace shop')!;
  assert.equal(groupOf('IAM role shop-web-task'), nearGroupId(ecs));
  assert.equal(groupOf('ECR storefront'), nearGroupId(shop));
  const near = placed.groups.find((g) => g.id === nearGroupId(shop));
  assert.equal(near?.parent, groupLabel(outline, 'EKS cluster shop-eks'), 'beside the namespace, inside its cluster');
  assert.equal(near?.label, 'AWS resources of namespace shop');
  // a role two groups use stays shared
  const ns2 = { id: 'namespace:other', kind: 'namespace' as const, label: 'namespace other', sources: [], facts: [] };
  const user: OutlineNode = {
    id: 'workload:x',
    kind: 'workload',
    label: 'Deployment x',
    group: ns2.id,
    sources: [],
    facts: [],
    problems: [],
  };
  const irsa = outline.nodes.find((n) => n.label === 'IAM role shop-storefront-irsa')!;
  const two = placeShared({
    nodes: [...outline.nodes, user],
    edges: [...outline.edges, { from: user.id, to: irsa.id, kind: 'assumes' }],
    groups: [...outline.groups, ns2],
  });
  assert.equal(two.nodes.find((n) => n.id === irsa.id)?.group, irsa.group);
  assert.equal(placed.nodes.length, outline.nodes.length);
  assert.deepEqual(
    placed.nodes.map((n) => n.id),
    outline.nodes.map((n) => n.id),
    'ids unchanged',
  );
});

test('long names are cut in the middle; the outline keeps the full name for the hover card', () => {
  assert.equal(shortenMiddle('short'), 'short');
  const arn = 'IAM role arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole-production';
  const s = shortenMiddle(arn, 40);
  assert.equal(Array.from(s).length, 40);
  assert.ok(s.startsWith('IAM role arn:aws:ia') && s.endsWith('Role-production') && s.includes('…'), s);
  assert.equal(Array.from(shortenMiddle('😀'.repeat(50), 10)).length, 10, 'no split surrogate pairs');
  const o: DiagramOutline = {
    nodes: [{ id: 'iam-role:x', kind: 'iam-role', label: arn, sources: [], facts: [], problems: [] }],
    edges: [],
    groups: [],
  };
  const v = viewOf(o, { maxLabel: 40 });
  assert.ok(v.text.includes('…') && !v.text.includes('production-x'));
  assert.equal(v.outline.nodes[0].label, arn);
});

test('arrow keys: the neighbour that way, else the nearest node that way', () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
  const boxes = new Map([
    ['a', box(0, 100)],
    ['b', box(300, 100)],
    ['c', box(150, 110)],
    ['d', box(0, 300)],
  ]);
  assert.equal(nextNode('a', 'ArrowRight', boxes), 'c', 'nearest to the right');
  assert.equal(nextNode('a', 'ArrowRight', boxes, new Set(['b'])), 'b', 'a linked node first');
  assert.equal(nextNode('a', 'ArrowDown', boxes), 'd');
  assert.equal(nextNode('a', 'ArrowLeft', boxes), undefined);
  assert.equal(nextNode('x', 'ArrowLeft', boxes), undefined);
  const { outline } = examples();
  const v = viewOf(outline, { mode: { kind: 'focus', uri: INGRESS } });
  const links = adjacency(v);
  const idOf = (label: string) =>
    Object.entries(v.ids).find(([, r]) => 'node' in r && v.outline.nodes.find((n) => n.id === r.node)?.label === label)?.[0];
  assert.ok(links.get(idOf('ALB Ingress storefront')!)?.has(idOf('Service storefront')!));
  // in the overview, an edge into a folded group joins the boxes
  const over = viewOf(outline, { mode: { kind: 'overview' } });
  assert.ok([...adjacency(over).values()].some((s) => s.size > 0));
});
