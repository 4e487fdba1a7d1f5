#!/usr/bin/env node
/**
 * Render time of the diagram webview: dist/webview/diagram.js and diagram.css in headless
 * Chromium (the test host's playwright-core, see test/vscode/host.cjs), inside the same HTML and
 * CSP the extension serves (client/src/diagram/html.ts), fed the same `render` message.
 *
 * API:  measureRender({ diagrams, runs = 5, theme = 'default' })
 *         diagrams: { [name]: DiagramResult }   (the view draws from its outline, so Mermaid text alone will not do)
 *       → { [name]: { ok, nodes, coldMs, p50Ms, minMs, maxMs, mermaidMs, error? } }
 *         coldMs: first draw on a fresh page (Mermaid's lazy parts load); p50/min/max: the redraws
 *         after it, message posted → SVG in the page and nodes tagged; mermaidMs: parse + render
 *         inside that (median). Also: cspViolations (a count; 0 expected). `screenshotDir`: save
 *         a PNG of each diagram there.
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

export async function measureRender({ diagrams, runs = 5, theme = 'default', screenshotDir }) {
  const js = join(ROOT, 'dist/webview/diagram.js');
  if (!existsSync(js)) throw new Error('dist/webview/diagram.js is missing: run `npm run build`');
  const { diagramHtml, makeNonce } = await loadHtmlBuilder();
  const { launchBrowser } = require(join(ROOT, 'test/vscode/host.cjs'));
  const browser = await launchBrowser({ width: 1400, height: 900 });
  const results = {};
  try {
    const { page } = browser;
    const html = diagramHtml({
      cspSource: ORIGIN,
      nonce: makeNonce(),
      scriptUri: `${ORIGIN}/diagram.js`,
      styleUri: `${ORIGIN}/diagram.css`,
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = { '/diagram.js': 'text/javascript', '/diagram.css': 'text/css' }[path];
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
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
    });
    let seq = 0;
    for (const [name, result] of Object.entries(diagrams)) {
      await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
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
          { msg: { type: 'render', seq: s, result, theme }, s },
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
          };
    }
  } finally {
    await browser.close();
  }
  return results;
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
    const texts = { examples: await diagramOf(join(ROOT, 'examples')), [`${ws.resources} resources`]: await diagramOf(ws.dir) };
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
