/**
 * The webview's filter works on the core's real output: it keeps a cluster/namespace (and what
 * links to it), drops kinds, only ever removes whole lines, and what it leaves parses in Mermaid.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filterText, groupList, parseOutline } from '../../../client/src/webview/filter';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { goldenCases, hostileFiles, serviceOf, ROOT } from '../graph/helpers';
import type { DiagramResult } from '../../../server/src/protocol';

interface MermaidNode {
  parse(text: string): Promise<unknown>;
  structure(
    text: string,
  ): Promise<{ vertices: { id: string }[]; edges: { start: string; end: string }[]; subgraphs: { id: string; nodes: string[] }[] }>;
}
const helper = join(ROOT, 'test', 'mermaid', 'mermaid-node.mjs');
const mermaid = (): Promise<MermaidNode> => import(pathToFileURL(helper).href);

const diagramOf = (name: string): DiagramResult => {
  const c = goldenCases().find((g) => g.name === name);
  assert.ok(c, `fixture ${name}`);
  return renderDiagram(serviceOf(c.files).workspace);
};
const kindOf = (r: DiagramResult) => (id: string) => r.nodes[id]?.kind;
const lines = (t: string) => t.split('\n').filter(Boolean);

test('no filter: the text is unchanged', () => {
  const r = diagramOf('examples');
  const f = filterText(r.mermaid, {}, kindOf(r));
  assert.equal(f.text, r.mermaid);
  assert.equal(f.shown, f.total);
  assert.ok(f.total > 20);
});

test('the outline sees every node, edge and subgraph the core printed', async () => {
  const r = diagramOf('examples');
  const o = parseOutline(r.mermaid);
  const s = await (await mermaid()).structure(r.mermaid);
  assert.deepEqual([...o.nodeGroup.keys()].sort(), s.vertices.map((v) => v.id).sort());
  assert.equal(o.lines.filter((l) => l.kind === 'edge').length, s.edges.length);
  assert.deepEqual([...o.groups.keys()].sort(), s.subgraphs.map((g) => g.id).sort());
  for (const sg of s.subgraphs)
    for (const n of sg.nodes) {
      if (o.nodeGroup.has(n)) assert.equal(o.nodeGroup.get(n), sg.id, `${n} sits in ${sg.id}`);
    }
});

test('one namespace: its nodes, their direct links, nothing else; the result parses', async () => {
  const r = diagramOf('examples');
  const groups = groupList(r.mermaid);
  const ns = groups.find((g) => r.nodes[g.id]?.kind === 'namespace');
  assert.ok(ns, 'examples have a namespace');
  assert.equal(ns.depth, 1, 'a namespace sits in its cluster');
  const f = filterText(r.mermaid, { group: ns.id }, kindOf(r));
  const o = parseOutline(r.mermaid);
  const inside = [...o.nodeGroup].filter(([, g]) => g === ns.id).map(([id]) => id);
  const kept = new Set(parseOutline(f.text).nodeGroup.keys());
  for (const id of inside) assert.ok(kept.has(id), `${r.nodes[id]?.label} kept`);
  for (const id of kept) {
    if (!r.nodes[id]) continue;
    const linked = inside.includes(id) || inside.some((i) => o.links.get(i)?.has(id));
    assert.ok(linked, `${r.nodes[id].label} is inside or linked`);
  }
  assert.ok(f.shown < f.total && f.shown >= inside.length);
  assert.ok(!kept.has([...o.nodeGroup.keys()].find((id) => r.nodes[id]?.kind === 'ecs-service')!), 'ECS services are gone');
  await (await mermaid()).parse(f.text);
});

test('hiding kinds drops those nodes, their edges and class mentions; the result parses', async () => {
  const r = diagramOf('examples');
  const hidden = new Set(['container', 'iam-role']);
  const f = filterText(r.mermaid, { hiddenKinds: hidden }, kindOf(r));
  const o = parseOutline(f.text);
  for (const id of o.nodeGroup.keys()) assert.ok(!hidden.has(r.nodes[id]?.kind ?? ''), `${id} not hidden kind`);
  for (const l of o.lines) {
    if (l.kind === 'edge') assert.ok(o.nodeGroup.has(l.from) && o.nodeGroup.has(l.to));
    if (l.kind === 'class') for (const id of l.ids) assert.ok(o.nodeGroup.has(id), `class names kept node ${id}`);
  }
  assert.ok(
    [...o.nodeGroup.keys()].some((id) => id.startsWith('lg_')),
    'legend kept',
  );
  await (await mermaid()).parse(f.text);
});

test('a filter only removes lines (hostile names stay escaped) and an empty result says so', async () => {
  const r = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 1_000_000, maxEdges: 100_000 });
  const original = new Set(lines(r.mermaid).map((l) => l.trim()));
  const m = await mermaid();
  for (const g of groupList(r.mermaid)) {
    const f = filterText(r.mermaid, { group: g.id, hiddenKinds: new Set(['container']) }, kindOf(r));
    for (const l of lines(f.text)) {
      if (l.trim().startsWith('class ') || l.includes('nothing_shown')) continue;
      assert.ok(original.has(l.trim()), `line comes from the core: ${l}`);
    }
    await m.parse(f.text);
  }
  const all = new Set(Object.values(r.nodes).map((n) => n.kind));
  const none = filterText(r.mermaid, { hiddenKinds: all }, kindOf(r));
  assert.equal(none.shown, 0);
  assert.match(none.text, /nothing_shown\["Nothing matches this filter"\]/);
  await m.parse(none.text);
});

test('legend: false drops the legend subgraph and its class mentions, nothing else', async () => {
  const r = diagramOf('examples');
  const f = filterText(r.mermaid, { legend: false }, kindOf(r));
  assert.doesNotMatch(f.text, /subgraph legend|lg_/);
  assert.equal(f.shown, f.total);
  const before = parseOutline(r.mermaid),
    after = parseOutline(f.text);
  assert.deepEqual([...after.nodeGroup.keys()].sort(), [...before.nodeGroup.keys()].filter((id) => !id.startsWith('lg_')).sort());
  assert.equal(after.lines.filter((l) => l.kind === 'edge').length, before.lines.filter((l) => l.kind === 'edge').length);
  await (await mermaid()).parse(f.text);
});
