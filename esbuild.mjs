// One build script, one entry per runtime: node bundles for client/server/cli, a browser bundle for the webview,
// and (with --tests) each test file bundled on its own so node:test can run the TypeScript core directly.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, mkdirSync, rmSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeNotices } from './scripts/third-party-notices.mjs';
import { ADDONS } from './scripts/k8s-schema/addons.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const testsOnly = args.has('--tests');

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };
// jsonc-parser's UMD build requires its own files at run time; its ESM build bundles cleanly
const nodeCommon = { ...common, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], mainFields: ['module', 'main'] };

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function walk(dir, pred, out = []) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

/**
 * Generated files (not committed): the Kubernetes schema bundle, made from an npm package at build time,
 * then its validators precompiled (ajv standalone code) so the server does not compile them at start-up.
 */
function generate() {
  for (const gen of [
    'scripts/gen-k8s-schema.mjs',
    'scripts/gen-validators.mjs',
    'scripts/gen-cfn-spec.mjs',
    'scripts/gen-aws-cli-schema.mjs',
  ]) {
    try {
      statSync(gen);
    } catch {
      continue;
    }
    const r = spawnSync(process.execPath, [gen], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${gen} failed`);
  }
}

/**
 * The webview draws flowcharts only. Mermaid loads each other diagram type (and the cose/swimlane
 * layouts) through a dynamic import, which an IIFE bundle would inline: 5.4 MB instead of 2.8 MB.
 * Those imports become a module that throws; flowchart, ELK (Mermaid 12's default layout) and dagre stay.
 */
const MERMAID_KEEP = /^(flowDiagram|elk|dagre)-/;
const mermaidFlowchartOnly = {
  name: 'mermaid-flowchart-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/(chunks\/mermaid\.core\/)?[\w-]+\.mjs$/ }, (a) => {
      if (a.kind !== 'dynamic-import' || !/[\\/]mermaid[\\/]dist[\\/]/.test(a.importer)) return undefined;
      const name = a.path.split('/').pop();
      return MERMAID_KEEP.test(name) ? undefined : { path: name, namespace: 'mermaid-omitted' };
    });
    b.onLoad({ filter: /.*/, namespace: 'mermaid-omitted' }, (a) => ({
      contents: `throw new Error(${JSON.stringify(`Mermaid ${a.path} is not bundled: the diagram view draws flowcharts only.`)});`,
      loader: 'js',
    }));
  },
};

const builds = testsOnly
  ? []
  : [
      // dist/client.js is a small loader that runs dist/client-main.js through V8's code cache (client/src/boot.ts)
      { ...nodeCommon, entryPoints: { client: 'client/src/boot.ts', 'client-main': 'client/src/extension.ts' }, outdir: 'dist' },
      // dist/server.js is a small loader that runs dist/server-main.js through V8's code cache (server/src/node/boot.ts)
      { ...nodeCommon, entryPoints: { server: 'server/src/node/boot.ts', 'server-main': 'server/src/node/server.ts' }, outdir: 'dist' },
      { ...nodeCommon, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
      {
        ...common,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        entryPoints: { diagram: 'client/src/webview/main.ts' },
        outdir: 'dist/webview',
        plugins: [mermaidFlowchartOnly],
        // the codicon names → code points table, read once by the webview (client/src/webview/glyphs.ts)
        loader: { '.csv': 'text' },
      },
    ];

if (!testsOnly) generate();
/** the icon font the toolbar and the node glyphs use, served from the extension (font-src is the webview's own) */
function copyCodicons() {
  mkdirSync(join('dist', 'webview'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf'])
    copyFileSync(join('node_modules', '@vscode', 'codicons', 'dist', f), join('dist', 'webview', f));
}
if (!testsOnly) copyCodicons();
const tests =
  testsOnly || args.has('--with-tests') ? walk('test', (p) => /\.test\.ts$/.test(p) && !p.startsWith(join('test', 'vscode'))) : [];
// TEST_OUT=out-<name> lets parallel work build its test bundles without clobbering out/ (same depth as out/)
const testOut = process.env.TEST_OUT || 'out';
if (tests.length) {
  // only the node:test levels; the VS Code suites in out/test/vscode are rebuilt below when needed
  for (const level of readdirSafe(join(testOut, 'test')))
    if (level !== 'vscode') rmSync(join(testOut, 'test', level), { recursive: true, force: true });
  mkdirSync(testOut, { recursive: true });
  builds.push({ ...nodeCommon, sourcemap: 'inline', entryPoints: tests, outdir: testOut, outbase: '.', outExtension: { '.js': '.js' } });
}
// extension-host test suites run inside VS Code: bundled like the client (vscode external)
const suites = testsOnly ? [] : walk(join('test', 'vscode', 'suite'), (p) => /\.ts$/.test(p));
if (suites.length) builds.push({ ...nodeCommon, entryPoints: suites, outdir: 'out', outbase: '.' });

/**
 * esbuild escapes non-ASCII in strings but keeps it in comments and regular expressions; one such
 * character makes V8 hold the whole 1.8 MB server bundle as a two-byte string, read and scanned more
 * slowly on every start. `\uXXXX` means the same in a comment, string, regular expression or name.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile: true })));
  if (!testsOnly) asciiOnly(join('dist', 'server-main.js'));
  if (!testsOnly)
    writeNotices(
      results.map((r) => r.metafile),
      join('dist', 'ThirdPartyNotices.txt'),
      // the add-ons' packages: their field docs and checks become part of dist/schemas/kubernetes.json
      ['kubernetes-models', '@kubernetes-models/apimachinery', ...Object.keys(ADDONS), '@vscode/codicons'],
    );
}
