import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { bigWorkspace, infos, serviceOf, type FileText } from './helpers';

test('2,000 resources fold per namespace to stay under maxTextSize and maxEdges', () => {
  const ws = serviceOf(bigWorkspace(2000)).workspace;
  const r = renderDiagram(ws);
  assert.ok(r.stats.nodes >= 2000, `graph has ${r.stats.nodes} nodes`);
  assert.ok(r.stats.collapsed);
  assert.ok(r.mermaid.length <= 50000, `text ${r.mermaid.length} chars`);
  const edges = r.mermaid.split('\n').filter((l) => / (-->|-\.->|==>)/.test(l)).length;
  assert.ok(edges <= 500, `${edges} edges`);
  const folded = Object.entries(infos(r)).filter(([, n]) => n.kind === 'collapsed');
  assert.ok(folded.length > 0);
  assert.match(r.mermaid, /namespace team-\d+#58; \d+ resources/);
  // a folded node still opens its files
  const namespaces = folded.filter(([, n]) => n.label.startsWith('namespace'));
  assert.ok(namespaces.length > 0);
  assert.ok(namespaces.every(([, n]) => n.sources.length > 0 && n.facts.some((f) => /× workload/.test(f))));
  // and the folding is deterministic
  assert.equal(renderDiagram(serviceOf(bigWorkspace(2000)).workspace).mermaid, r.mermaid);
});

test('folding stops as soon as it fits: a small overflow folds only the biggest namespaces', () => {
  const ws = serviceOf(bigWorkspace(300)).workspace;
  const full = renderDiagram(ws, { maxTextSize: 1_000_000 });
  assert.ok(!full.stats.collapsed);
  const tight = renderDiagram(ws, { maxTextSize: Math.floor(full.mermaid.length * 0.9) });
  assert.ok(tight.stats.collapsed && tight.mermaid.length <= full.mermaid.length * 0.9);
  const foldedCount = Object.values(infos(tight)).filter((n) => n.kind === 'collapsed').length;
  const namespaces = Object.values(infos(full)).filter((n) => n.kind === 'namespace').length;
  assert.ok(foldedCount >= 1 && foldedCount < namespaces, `${foldedCount} of ${namespaces} folded`);
});

test('thousands of ungrouped nodes: a prefix is shown with a note of what is hidden', () => {
  const files: FileText[] = [];
  for (let i = 0; i < 2000; i++)
    files.push({
      uri: `file:///ws/t/${i}-task-definition.json`,
      text: JSON.stringify({ family: `fam-${i}`, containerDefinitions: [{ name: 'c', image: `repo-${i}:1` }] }),
    });
  const r = renderDiagram(serviceOf(files).workspace);
  assert.ok(r.stats.collapsed);
  assert.ok(r.mermaid.length <= 50000);
  assert.match(r.mermaid, /trunc_more\["\d+ more resources and \d+ more links not shown/);
});
