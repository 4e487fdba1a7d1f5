/**
 * The view's filter works on the outline the server sends, never on Mermaid text: it keeps a
 * cluster/namespace (and what links to it) and drops kinds; the shared printer then prints what is
 * left, and the drawing maps back to outline ids through the ids the printer returns. Printing with
 * other arrows and another id scheme changes the text and nothing the view decides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filterOutline, groupList } from '../../../shared/src/view/filter';
import { viewOf, type View } from '../../../shared/src/view/view';
import { renderDiagram } from '../../../server/src/core/graph/index';
import type { DiagramResult } from '../../../shared/src/diagram';
import type { DiagramOutline, PrintedRef } from '../../../shared/src/outline';
import type { PrintScheme } from '../../../shared/src/mermaid/print';
import { goldenCases, hostileFiles, serviceOf, bigWorkspace, ROOT } from '../graph/helpers';

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
const idsOf = (o: DiagramOutline) => o.nodes.map((n) => n.id).sort();
const refKey = (r: PrintedRef) => ('node' in r ? `node ${r.node}` : `${r.folded ? 'fold' : 'group'} ${r.group}`);

/** what Mermaid itself reads from a view's text, as outline refs: vertices, edges, subgraphs */
async function drawn(v: View) {
  const s = await (await mermaid()).structure(v.text);
  const ref = (id: string) => (Object.prototype.hasOwnProperty.call(v.ids, id) ? refKey(v.ids[id]) : `unknown ${id}`);
  return {
    vertices: s.vertices.map((x) => ref(x.id)).sort(),
    edges: s.edges.map((e) => `${ref(e.start)} -> ${ref(e.end)}`).sort(),
    subgraphs: s.subgraphs.map((g) => ref(g.id)).sort(),
  };
}

/** a printer spelled differently: sequential ids with other prefixes, and one arrow for everything */
const OTHER_SCHEME: PrintScheme = {
  arrow: () => '--o',
  ids: (prefix, keys) =>
    new Map([...new Set(keys)].sort().map((k, i) => [k, `${prefix === 'n_' ? 'vertex' : prefix === 'g_' ? 'box' : 'fold'}${i}X`])),
};

test('no filter: the outline as it came, every node shown', () => {
  const r = diagramOf('examples');
  const f = filterOutline(r.outline, {});
  assert.equal(f.outline, r.outline);
  assert.equal(f.shown, f.total);
  assert.ok(f.total > 20);
});

test('the view of the whole outline draws the nodes and ids the server printed, without a legend', async () => {
  const r = diagramOf('examples');
  const v = viewOf(r.outline, { direction: r.direction });
  assert.deepEqual(v.ids, r.ids, 'same printer, same ids as the CLI');
  assert.doesNotMatch(v.text, /subgraph legend|lg_/);
  assert.match(r.mermaid, /subgraph legend/, 'the standalone text keeps its legend');
  const d = await drawn(v);
  assert.deepEqual(d.vertices, r.outline.nodes.map((n) => `node ${n.id}`).sort());
  assert.equal(d.edges.length, r.outline.edges.length);
});

test('one namespace: its nodes, their direct links, nothing else; the result parses', async () => {
  const r = diagramOf('examples');
  const groups = groupList(r.outline);
  const ns = groups.find((g) => r.outline.groups.find((x) => x.id === g.id)?.kind === 'namespace');
  assert.ok(ns, 'examples have a namespace');
  assert.equal(ns.depth, 1, 'a namespace sits in its cluster');
  const f = filterOutline(r.outline, { group: ns.id });
  const inside = r.outline.nodes.filter((n) => n.group === ns.id).map((n) => n.id);
  const kept = new Set(idsOf(f.outline));
  for (const id of inside) assert.ok(kept.has(id), `${id} kept`);
  const linked = (a: string, b: string) => r.outline.edges.some((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
  for (const id of kept) assert.ok(inside.includes(id) || inside.some((i) => linked(i, id)), `${id} is inside or linked`);
  assert.ok(f.shown < f.total && f.shown >= inside.length);
  assert.ok(!f.outline.nodes.some((n) => n.kind === 'ecs-service'), 'ECS services are gone');
  for (const e of f.outline.edges) assert.ok(kept.has(e.from) && kept.has(e.to), 'edges join kept nodes');
  for (const n of f.outline.nodes)
    if (n.group)
      assert.ok(
        f.outline.groups.some((g) => g.id === n.group),
        `${n.id}'s group kept`,
      );
  await (await mermaid()).parse(viewOf(r.outline, { group: ns.id }).text);
});

test('hiding kinds drops those nodes and their edges; groups left empty go too', async () => {
  const r = diagramOf('examples');
  const hidden = new Set(['container', 'iam-role']);
  const f = filterOutline(r.outline, { hiddenKinds: hidden });
  assert.ok(f.outline.nodes.length && !f.outline.nodes.some((n) => hidden.has(n.kind)));
  assert.equal(f.shown, r.outline.nodes.filter((n) => !hidden.has(n.kind)).length);
  const kept = new Set(idsOf(f.outline));
  assert.deepEqual(
    f.outline.edges,
    r.outline.edges.filter((e) => kept.has(e.from) && kept.has(e.to)),
  );
  const onlyRoles = filterOutline(r.outline, { hiddenKinds: new Set(r.outline.nodes.map((n) => n.kind).filter((k) => k !== 'iam-role')) });
  assert.ok(onlyRoles.outline.nodes.every((n) => n.kind === 'iam-role'));
  assert.deepEqual(
    onlyRoles.outline.groups.map((g) => g.id),
    [...new Set(onlyRoles.outline.nodes.map((n) => n.group).filter((g) => g !== undefined))].sort(),
  );
  await (await mermaid()).parse(viewOf(r.outline, { hiddenKinds: hidden }).text);
});

test('other arrows and another id scheme in the printer: the same nodes, edges and groups are drawn', async () => {
  const r = diagramOf('examples');
  const ns = groupList(r.outline).find((g) => g.label === 'namespace shop');
  assert.ok(ns, 'examples have namespace shop');
  const filters = [{}, { group: ns.id }, { hiddenKinds: new Set(['container']) }, { group: ns.id, hiddenKinds: new Set(['iam-role']) }];
  for (const opts of filters) {
    const usual = viewOf(r.outline, opts);
    const other = viewOf(r.outline, { ...opts, scheme: OTHER_SCHEME });
    // the text really is spelled differently
    assert.doesNotMatch(other.text, /\bn_[0-9a-z]+|-->|==>|-\.->/);
    assert.match(other.text, /vertex\d+X --o vertex\d+X/);
    assert.notEqual(other.text, usual.text);
    // and the view decides the same
    assert.equal(other.shown, usual.shown);
    const [a, b] = [await drawn(usual), await drawn(other)];
    assert.deepEqual(b, a, `${JSON.stringify(opts, (_, v: unknown) => (v instanceof Set ? [...v] : v))}`);
    assert.deepEqual(
      a.vertices,
      filterOutline(r.outline, opts)
        .outline.nodes.map((n) => `node ${n.id}`)
        .sort(),
    );
  }
});

test('a filter that leaves nothing says so, and the text still parses', async () => {
  const r = diagramOf('examples');
  const v = viewOf(r.outline, { hiddenKinds: new Set(r.outline.nodes.map((n) => n.kind)) });
  assert.equal(v.shown, 0);
  assert.match(v.text, /empty\["Nothing matches this filter"\]/);
  await (await mermaid()).parse(v.text);
  assert.match(viewOf({ nodes: [], edges: [], groups: [] }, {}).text, /No ECS or Kubernetes resources found/);
});

test('hostile names: every view prints the labels exactly as the server escaped them, and parses', async () => {
  const r = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 1_000_000, maxEdges: 100_000 });
  const printed = new Set(r.mermaid.split('\n').map((l) => l.trim()));
  const m = await mermaid();
  const groups = groupList(r.outline);
  assert.ok(groups.length > 0);
  for (const g of groups) {
    const v = viewOf(r.outline, { group: g.id, hiddenKinds: new Set(['container']) });
    for (const line of v.text.split('\n').map((l) => l.trim())) {
      if (!line || line.startsWith('class ') || line.startsWith('empty[')) continue;
      assert.ok(printed.has(line), `line the server printed too: ${line}`);
    }
    await m.parse(v.text);
  }
});

test('the group list: clusters before their namespaces, only groups that hold something, loops cut', () => {
  const node = (id: string, group?: string) => ({ id, kind: 'workload' as const, label: id, group, sources: [], facts: [], problems: [] });
  const group = (id: string, parent?: string) => ({ id, kind: 'namespace' as const, label: `label ${id}`, parent, sources: [], facts: [] });
  const o: DiagramOutline = {
    nodes: [node('a', 'ns1'), node('b', 'ns2'), node('c', 'loop1'), node('d')],
    edges: [],
    groups: [
      group('ns2', 'cluster'),
      group('cluster'),
      group('ns1', 'cluster'),
      group('empty', 'cluster'),
      group('loop1', 'loop2'),
      group('loop2', 'loop1'),
    ],
  };
  assert.deepEqual(groupList(o), [
    { id: 'cluster', label: 'label cluster', depth: 0 },
    { id: 'ns1', label: 'label ns1', depth: 1 },
    { id: 'ns2', label: 'label ns2', depth: 1 },
    { id: 'loop1', label: 'label loop1', depth: 0 },
    { id: 'loop2', label: 'label loop2', depth: 1 },
  ]);
  // picking the cluster keeps both namespaces; a looping parent chain ends
  assert.deepEqual(idsOf(filterOutline(o, { group: 'cluster' }).outline), ['a', 'b']);
  assert.deepEqual(idsOf(filterOutline(o, { group: 'loop2' }).outline), ['c']);
});

test('a folded group drawn alone unfolds: picking it shows its members', () => {
  const r = renderDiagram(serviceOf(bigWorkspace(2000)).workspace);
  const all = viewOf(r.outline, { direction: r.direction });
  assert.ok(all.collapsed, 'the whole workspace folds');
  const kindOf = (id: string) => r.outline.groups.find((g) => g.id === id)?.kind;
  const folded = Object.values(all.ids).find(
    (ref): ref is { group: string; folded: true } => 'group' in ref && ref.folded === true && kindOf(ref.group) === 'namespace',
  );
  assert.ok(folded);
  const one = viewOf(r.outline, { group: folded.group });
  assert.ok(!one.collapsed, 'one namespace fits');
  const members = r.outline.nodes.filter((n) => n.group === folded.group).map((n) => n.id);
  assert.ok(members.length > 1);
  for (const id of members)
    assert.ok(
      Object.values(one.ids).some((ref) => 'node' in ref && ref.node === id),
      `${id} drawn`,
    );
});
