/**
 * Every diagram the core prints must parse in the real Mermaid (v12, from node_modules), and mean
 * what we meant: the same nodes, edges and subgraphs, labels decoded back to the names.
 * Mermaid runs in plain Node here: test/mermaid/mermaid-node.mjs stubs DOMPurify's hooks, which
 * only the renderer needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { cleanText } from '../../../shared/src/mermaid/escape';
import { GOLDEN, HOSTILE, ROOT, bigWorkspace, hostileFiles, infos, serviceOf, subgraphIds as boxesOf } from './helpers';

interface Structure {
  type: string;
  vertices: { id: string; text: string; type: string; classes: string[] }[];
  edges: { start: string; end: string; text: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}
interface MermaidNode {
  parse(text: string): Promise<unknown>;
  structure(text: string): Promise<Structure>;
}

// a computed specifier: the bundler leaves it alone and Node loads the ES module natively
const helper = join(ROOT, 'test', 'mermaid', 'mermaid-node.mjs');
const load = (): Promise<MermaidNode> => import(pathToFileURL(helper).href);

/** Mermaid keeps entity codes as placeholders until it draws; turn them back into characters */
const decode = (s: string) =>
  s
    .replace(/\ufb02\u00b0\u00b0(\d+)\u00b6\u00df/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(
      /\ufb02\u00b0(\w+)\u00b6\u00df/g,
      (_, n) => (({ quot: '"', amp: '&', lt: '<', gt: '>' }) as Record<string, string>)[n] ?? `&${n};`,
    );

test('golden diagrams parse in Mermaid', async () => {
  const m = await load();
  const files = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.mmd'))
    .sort();
  assert.ok(files.length >= 4, 'golden files exist');
  for (const f of files) {
    const text = readFileSync(join(GOLDEN, f), 'utf8');
    await assert.doesNotReject(m.parse(text), f);
    const s = await m.structure(text);
    assert.equal(s.type, 'flowchart-v2', f);
  }
});

test('Mermaid reads back exactly the nodes, edges and labels we meant (hostile names)', async () => {
  const m = await load();
  const r = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 1_000_000, maxEdges: 100_000 });
  await m.parse(r.mermaid);
  const s = await m.structure(r.mermaid);
  const info = infos(r);
  const boxes = boxesOf(r);
  const ours = Object.keys(info).filter((id) => !boxes.includes(id));
  const vertexIds = s.vertices.map((v) => v.id).filter((id) => !id.startsWith('lg_'));
  assert.deepEqual([...vertexIds].sort(), [...ours].sort(), 'no extra or lost vertices');
  const printedEdges = r.mermaid.split('\n').filter((l) => / (-->|-\.->|==>)/.test(l)).length;
  assert.equal(s.edges.length, printedEdges, 'no extra or lost edges');
  for (const e of s.edges) assert.ok(info[e.start] && info[e.end], `edge ${e.start} → ${e.end} joins our nodes`);
  const subgraphIds = s.subgraphs
    .map((g) => g.id)
    .filter((id) => id !== 'legend')
    .sort();
  assert.deepEqual(subgraphIds, [...boxes].sort());
  // every vertex's first label line is the node's label, character for character (after cleaning)
  for (const v of s.vertices) {
    const i = info[v.id];
    if (!i) continue;
    const first = decode(v.text).split('<br/>')[0];
    assert.equal(first, cleanText(i.label), `vertex ${v.id}`);
  }
  // and the hostile names really are in there
  const texts = s.vertices.map((v) => decode(v.text)).join('\n');
  for (const h of HOSTILE.slice(0, 10)) assert.ok(texts.includes(cleanText(`ECS service ${h}`)), h);
});

test('folded big workspaces parse in Mermaid under its own limits', async () => {
  const m = await load();
  const r = renderDiagram(serviceOf(bigWorkspace(2000)).workspace);
  assert.ok(r.stats.collapsed);
  await m.parse(r.mermaid); // initialised with maxTextSize 50000 and maxEdges 500, like the webview
  const s = await m.structure(r.mermaid);
  assert.ok(s.edges.length <= 500);
  const folded = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 8000, maxEdges: 60 });
  await m.parse(folded.mermaid);
});

test('a broken diagram does fail to parse (the check is real)', async () => {
  const m = await load();
  await assert.rejects(m.parse('flowchart LR\n  a["x" --> b\n'));
  await assert.rejects(m.parse('flowchart LR\n  a["x"]\n  a --> \n'));
});
