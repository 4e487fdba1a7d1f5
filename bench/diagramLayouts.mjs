#!/usr/bin/env node
/**
 * ELK against dagre on the pictures the view draws first: examples/ (overview, every resource,
 * ingress.yaml's neighbourhood) and a generated 500-resource workspace (overview, every
 * resource), in headless Chromium in a 1,000 × 800 window. Per picture and layout: its size at
 * 100 %, the label size Fit would give, edge crossings counted on the SVG's edge paths, and the
 * time to draw (bench/webviewRender.mjs measures; this file only picks the cases).
 *
 * usage: node bench/diagramLayouts.mjs [--runs=N] [--json]   (after `npm run build`, with the test host)
 */
import { rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diagramOf, generated, measureRender } from './webviewRender.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number((process.argv.find((a) => a.startsWith('--runs=')) ?? '--runs=2').split('=')[1]);

const ws = await generated(500);
try {
  const examples = await diagramOf(join(ROOT, 'examples'));
  const big = await diagramOf(ws.dir);
  const ingress = pathToFileURL(join(ROOT, 'examples', 'eks', 'ingress.yaml')).toString();
  const views = [
    ['examples, overview', examples, { kind: 'overview' }],
    ['examples, every resource', examples, { kind: 'detail' }],
    ['examples, ingress.yaml neighbourhood', examples, { kind: 'focus', uri: ingress }],
    [`${ws.resources} resources, overview`, big, { kind: 'overview' }],
    [`${ws.resources} resources, every resource`, big, { kind: 'detail' }],
  ];
  const diagrams = {};
  for (const [name, result, mode] of views)
    for (const layout of ['elk', 'dagre']) diagrams[`${name} | ${layout}`] = { result, layout, state: { mode } };
  const r = await measureRender({ diagrams, runs, panel: { width: 1000, height: 800 } });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    console.log('| picture | layout | nodes | size at 100 % (px) | label at Fit | edges | crossings | first draw | redraw p50 |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const [key, x] of Object.entries(r)) {
      const [name, layout] = key.split(' | ');
      console.log(
        x.ok
          ? `| ${name} | ${layout} | ${x.nodes} | ${x.width} × ${x.height} | ${x.fitLabelPx} px | ${x.edges} | ${x.crossings} | ${x.coldMs} ms | ${x.p50Ms} ms |`
          : `| ${name} | ${layout} | failed: ${x.error} |`,
      );
    }
  }
} finally {
  rmSync(ws.dir, { recursive: true, force: true });
}
