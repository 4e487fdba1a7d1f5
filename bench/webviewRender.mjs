#!/usr/bin/env node
/**
 * Render time of the diagram webview: dist/webview/diagram.js and diagram.css in headless
 * Chromium (the test host's playwright-core, see test/vscode/host.cjs), inside the same HTML and
 * CSP the extension serves (client/src/diagram/html.ts), fed the same `render` message.
 *
 * API:  measureRender({ diagrams, runs = 5, theme = 'default', panel, screenshotDir })
 *         diagrams: { [name]: DiagramResult | { result, layout?: 'elk'|'dagre', state?: WebviewState } }
 *           (the view draws from its outline, so Mermaid text alone will not do; `state` is what
 *           the page's getState returns, e.g. { mode: { kind: 'detail' } } for every resource)
 *         panel: { width, height } of the browser window (default 1400 × 900)
 *       → { [name]: { ok, nodes, coldMs, p50Ms, minMs, maxMs, mermaidMs, error? } }
 *         coldMs: first draw on a fresh page (Mermaid's lazy parts load); p50/min/max: the redraws
 *         after it, message posted → SVG in the page and nodes tagged; mermaidMs: parse + render
 *         inside that (median). Also: cspViolations (a count; 0 expected); the picture's size
 *         (width, height, at 100 %), labelPx (a node label's font size at 100 %), fitLabelPx (the
 *         same at the scale Fit would need in this window), edges and crossings (points where two
 *         edge paths cross, sampled from the SVG paths, ignoring where edges meet at a node).
 *         `screenshotDir`: save a PNG of each diagram there.
 * CLI:  node bench/webviewRender.mjs [--runs=N] [--json] [--screenshots=DIR]
 *       measures the examples/ workspace and a generated 500-resource workspace (needs `npm run
 *       build` and the test host) and prints a table, or JSON with --json.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ORIGIN = 'https://webview.bench';

/** the extension's own HTML builder, bundled on the fly (it is TypeScript) */
async function loadHtmlBuilder() {
  const esbuild = await import('esbuild');
  const out = await (esbuild.default ?? esbuild).build({
    entryPoints: [join(ROOT, 'client/src/diagram/html.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

export async function measureRender({ diagrams, runs = 5, theme = 'default', screenshotDir, panel = { width: 1400, height: 900 } }) {
  const js = join(ROOT, 'dist/webview/diagram.js');
  if (!existsSync(js)) throw new Error('dist/webview/diagram.js is missing: run `npm run build`');
  const { diagramHtml, makeNonce } = await loadHtmlBuilder();
  const { launchBrowser } = require(join(ROOT, 'test/vscode/host.cjs'));
  const browser = await launchBrowser(panel);
  const results = {};
  try {
    const { page } = browser;
    const html = diagramHtml({
      cspSource: ORIGIN,
      nonce: makeNonce(),
      scriptUri: `${ORIGIN}/diagram.js`,
      styleUri: `${ORIGIN}/diagram.css`,
      codiconUri: `${ORIGIN}/codicon.css`,
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = { '/diagram.js': 'text/javascript', '/diagram.css': 'text/css', '/codicon.css': 'text/css', '/codicon.ttf': 'font/ttf' }[
        path
      ];
      return file
        ? route.fulfill({ contentType: file, body: readFileSync(join(ROOT, 'dist/webview', path.slice(1))) })
        : route.fulfill({ status: 404, body: '' });
    });
    // what VS Code gives a webview; posted messages are collected for the bench to read
    await page.addInitScript(() => {
      window.__posted = [];
      window.__csp = 0;
      document.addEventListener('securitypolicyviolation', () => {
        window.__csp++;
      });
      // the state a case asks for comes in the address (?state=…), as a reload would restore it
      const initial = new window.URLSearchParams(window.location.search).get('state');
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(m),
        getState: () => (initial ? JSON.parse(initial) : undefined),
        setState: () => {},
      });
    });
    let seq = 0;
    for (const [name, spec] of Object.entries(diagrams)) {
      const { result, layout, state } = spec && spec.outline === undefined && spec.result ? spec : { result: spec };
      await page.goto(`${ORIGIN}/${state ? `?state=${encodeURIComponent(JSON.stringify(state))}` : ''}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'), null, { timeout: 30000 });
      const times = [];
      const inner = [];
      let nodes = 0,
        error;
      for (let i = 0; i <= runs; i++) {
        const s = ++seq;
        const r = await page.evaluate(
          async ({ msg, s }) => {
            const t0 = performance.now();
            window.postMessage(msg, '*');
            for (;;) {
              const m = window.__posted.find((p) => p.type === 'rendered' && p.seq === s);
              if (m) return { wall: performance.now() - t0, m };
              await new Promise((r) => setTimeout(r, 5));
              if (performance.now() - t0 > 120000) return { wall: NaN, m: { ok: false, error: 'timed out' } };
            }
          },
          { msg: { type: 'render', seq: s, result, theme, ...(layout ? { layout } : {}) }, s },
        );
        if (!r.m.ok) {
          error = r.m.error;
          break;
        }
        times.push(r.wall);
        inner.push(r.m.ms);
        nodes = r.m.nodes;
      }
      if (screenshotDir) {
        mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: join(screenshotDir, `${name.replace(/\W+/g, '-')}.png`) });
      }
      const warm = times.slice(1);
      const picture = error
        ? {}
        : await page.evaluate(pictureMetrics).catch((e) => ({ metricsError: String(e.message ?? e).split('\n')[0] }));
      if (process.env.BENCH_VERBOSE) console.error(`[webviewRender] ${name}: ${error ?? JSON.stringify(picture)}`);
      results[name] = error
        ? { ok: false, error }
        : {
            ok: true,
            nodes,
            coldMs: Math.round(times[0]),
            p50Ms: Math.round(median(warm)),
            minMs: Math.round(Math.min(...warm)),
            maxMs: Math.round(Math.max(...warm)),
            mermaidMs: Math.round(median(inner.slice(1))),
            cspViolations: await page.evaluate(() => window.__csp),
            ...picture,
          };
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** in the page: the drawn picture's size, label size at 100 % and at Fit, and edge crossings */
function pictureMetrics() {
  const svg = document.querySelector('#canvas svg');
  const width = Number(svg.getAttribute('width')),
    height = Number(svg.getAttribute('height'));
  const vp = document.getElementById('viewport');
  const fit = Math.min(1, (vp.clientWidth - 32) / width, (vp.clientHeight - 32) / height);
  const label = document.querySelector('#canvas g.node .nodeLabel, #canvas g.node text');
  const labelPx = label ? parseFloat(window.getComputedStyle(label).fontSize) : NaN;
  // each edge path as a polyline sampled every 6 px, in the SVG's own coordinates
  const paths = Array.from(svg.querySelectorAll('path.flowchart-link, .edgePaths path, .edges path')).filter(
    (p, i, all) => all.indexOf(p) === i && p.getTotalLength() > 0,
  );
  const segs = [];
  const ends = [];
  paths.forEach((p, k) => {
    const len = p.getTotalLength();
    const pts = [];
    for (let d = 0; d < len; d += 6) pts.push(p.getPointAtLength(d));
    pts.push(p.getPointAtLength(len));
    ends.push([pts[0], pts[pts.length - 1]]);
    for (let i = 1; i < pts.length; i++) segs.push({ k, a: pts[i - 1], b: pts[i] });
  });
  const cross = (a, b, c, d) => {
    const d1 = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    const d2 = (b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x);
    const d3 = (d.x - c.x) * (a.y - c.y) - (d.y - c.y) * (a.x - c.x);
    const d4 = (d.x - c.x) * (b.y - c.y) - (d.y - c.y) * (b.x - c.x);
    if (d1 * d2 >= 0 || d3 * d4 >= 0) return undefined;
    const t = d3 / (d3 - d4);
    return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
  };
  const near = (p, q, r) => Math.hypot(p.x - q.x, p.y - q.y) < r;
  // segments by 40 px cell: only segments sharing a cell can cross
  const CELL = 40;
  const grid = new Map();
  segs.forEach((s, i) => {
    for (let cx = Math.floor(Math.min(s.a.x, s.b.x) / CELL); cx <= Math.floor(Math.max(s.a.x, s.b.x) / CELL); cx++)
      for (let cy = Math.floor(Math.min(s.a.y, s.b.y) / CELL); cy <= Math.floor(Math.max(s.a.y, s.b.y) / CELL); cy++) {
        const key = cx * 100000 + cy;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
  });
  const found = new Map();
  const tried = new Set();
  for (const list of grid.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [S, T] = [segs[list[x]], segs[list[y]]];
        if (S.k === T.k) continue;
        const id = list[x] < list[y] ? `${list[x]},${list[y]}` : `${list[y]},${list[x]}`;
        if (tried.has(id)) continue;
        tried.add(id);
        const p = cross(S.a, S.b, T.a, T.b);
        // edges that meet at a node touch there: not a crossing
        if (!p || [...ends[S.k], ...ends[T.k]].some((e) => near(p, e, 12))) continue;
        const pair = S.k < T.k ? `${S.k},${T.k}` : `${T.k},${S.k}`;
        const at = found.get(pair) ?? [];
        if (!at.some((f) => near(p, f, 6))) at.push(p);
        found.set(pair, at);
      }
  let crossings = 0;
  for (const at of found.values()) crossings += at.length;
  const lines = paths;
  return {
    width: Math.round(width),
    height: Math.round(height),
    labelPx,
    fitScale: Math.round(fit * 1000) / 1000,
    fitLabelPx: Math.round(fit * labelPx * 10) / 10,
    edges: lines.length,
    crossings,
  };
}

/** DiagramResult for a folder, from the core (bundled on the fly like bench/graphEntry.mjs) */
async function diagramOf(folder) {
  const esbuild = await import('esbuild');
  const entry = `
    import { pathToFileURL } from 'node:url';
    import { LanguageService } from './server/src/core/service';
    import { nodeRuntime } from './server/src/node/runtime';
    import { walkFiles, readText } from './server/src/files/walk';
    export function diagram(folder) {
      const ls = new LanguageService({ runtime: nodeRuntime() });
      for (const p of walkFiles(folder)) { const t = readText(p); if (t !== undefined) ls.update(pathToFileURL(p).toString(), t, undefined, 1); }
      return ls.diagram({});
    }`;
  const out = await (esbuild.default ?? esbuild).build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  // inside the package (bench/.work, gitignored): the core finds its schemas from there
  const dir = join(ROOT, 'bench', '.work');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'webview-diagram.cjs');
  writeFileSync(file, out.outputFiles[0].text);
  return require(file).diagram(folder);
}

// for bench/diagramLayouts.mjs
export { diagramOf, generated };

/** a workspace of exactly `max` resources (documents of ours) from the bench generator */
async function generated(max) {
  const { workspaceFiles } = await import(pathToFileURL(join(ROOT, 'bench/generate.mjs')).href);
  const dir = mkdtempSync(join(tmpdir(), 'ecs-eks-wv500-'));
  let n = 0;
  for (const [p, text] of workspaceFiles(4 * max, 20240611)) {
    const docs = p.endsWith('.json') ? 1 : text.split(/^---$/m).length;
    if (n + docs > max) continue;
    n += docs;
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
    if (n >= max) break;
  }
  return { dir, resources: n };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number((process.argv.find((a) => a.startsWith('--runs=')) ?? '--runs=5').split('=')[1]);
  const ws = await generated(500);
  try {
    // every resource drawn (a new panel opens the overview, far smaller): the figures stay comparable with earlier runs
    const every = (result) => ({ result, state: { mode: { kind: 'detail' } } });
    const texts = {
      examples: every(await diagramOf(join(ROOT, 'examples'))),
      [`${ws.resources} resources`]: every(await diagramOf(ws.dir)),
    };
    const shots = process.argv.find((a) => a.startsWith('--screenshots='))?.split('=')[1];
    const r = await measureRender({ diagrams: texts, runs, screenshotDir: shots });
    if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
    else
      for (const [name, x] of Object.entries(r)) {
        console.log(
          x.ok
            ? `${name}: ${x.nodes} nodes drawn; first draw ${x.coldMs} ms, redraw p50 ${x.p50Ms} ms (min ${x.minMs}, max ${x.maxMs}; Mermaid ${x.mermaidMs} ms of it); CSP violations ${x.cspViolations}`
            : `${name}: failed: ${x.error}`,
        );
      }
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
}
