// Timing of graph + Mermaid for generated workspaces (not a test). Run:
//   npx esbuild test/unit/graph/bench-graph.ts --bundle --platform=node --main-fields=module,main --outfile=out/bench-graph.js && node out/bench-graph.js
import { buildGraph } from '../../../server/src/core/graph/build';
import { toMermaid } from '../../../server/src/core/graph/mermaid';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { bigWorkspace, serviceOf } from './helpers';
for (const n of [500, 2000]) {
  const ws = serviceOf(bigWorkspace(n)).workspace;
  const times = { build: [] as number[], mermaid: [] as number[], total: [] as number[] };
  let nodes = 0, len = 0;
  for (let i = 0; i < 25; i++) {
    ws.generation++; // defeat per-generation caches like a real edit would
    let t = performance.now();
    const g = buildGraph(ws);
    times.build.push(performance.now() - t);
    t = performance.now();
    const m = toMermaid(g);
    times.mermaid.push(performance.now() - t);
    t = performance.now();
    renderDiagram(ws);
    times.total.push(performance.now() - t);
    nodes = g.nodes.length; len = m.text.length;
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
  console.log(`${n} resources (${nodes} nodes, ${len} chars): build ${med(times.build)} ms, mermaid ${med(times.mermaid)} ms, renderDiagram ${med(times.total)} ms (median of 25)`);
}
