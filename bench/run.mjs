#!/usr/bin/env node
/**
 * `npm run bench`: generated workspaces, our server driven over LSP like an editor, the same
 * Kubernetes files through yaml-language-server, graph timings in-process, one budget table.
 * Options: --iterations=N (default 30), --no-peer, --no-graph, --no-webview, --no-vscode (skip the activation run), --no-real
 * (skip the real-world files), --quick (10 iterations), --graph-edits=N (timed graph edits, default 100).
 * Writes bench/results.json.
 */
import { readFileSync, existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { buildGraphEntry, graphRun } from './graphBench.mjs';
import { cpus, totalmem } from 'node:os';
import { generateAll, lineCount } from './generate.mjs';
import { editorScenario, openAllScenario, coldStarts, bigOpens } from './scenarios.mjs';
import { navigationRows } from './navigation.mjs';
import { navigationInOwnProcess, OUR_SECTIONS } from './navProcess.mjs';
import { peerConfig, networkComplaints, DEAD_PROXY } from './peer.mjs';
import { realRuns, realFigureRows, realComparisonRows, realBudgets } from './realBench.mjs';
import { budgetTable, comparisonTable, figuresTable, fmtMs } from './report.mjs';
import { cfnRuns, cfnBudgets } from './cfnBench.mjs';
import { generatedBudgets } from './runBudgets.mjs';
import { measureActivation } from './activationRun.mjs';
import { filesUnder } from './files.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
// not a dot folder: the peer's file patterns (picomatch) skip dot folders, so it would get no schema
const WORK = join(BENCH, 'work');
const argv = new Set(process.argv.slice(2));
const opt = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.split('=')[1] : dflt;
};
const ITER = argv.has('--quick') ? 10 : Number(opt('iterations', 30));
/** fresh server starts for the cold-start median */
const COLD = argv.has('--quick') ? 3 : 5;
const log = (m) => process.stdout.write(m + '\n');

const server = join(ROOT, 'dist', 'server.js');
if (!existsSync(server)) {
  log('dist/server.js is missing: run `npm run build` (or `npm run bench`, which builds first).');
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });
const started = Date.now();
const paths = generateAll(WORK);
const mediumFiles = filesUnder(paths.medium);
const mediumYaml = mediumFiles.filter((p) => /\.ya?ml$/.test(p));
const largeFiles = filesUnder(paths.large);
const ecsFiles = filesUnder(paths.ecs);
const biggestEcs = ecsFiles.map((p) => [p, statSync(p).size]).sort((a, b) => b[1] - a[1])[0][0];
const ecsBytes = ecsFiles.reduce((n, p) => n + statSync(p).size, 0);
log(
  `workspaces in ${relative(ROOT, WORK)}: small ${filesUnder(paths.small).length} files, medium ${mediumFiles.length} (${mediumYaml.length} YAML), large ${largeFiles.length}, ` +
    `10,000-line manifest (${lineCount(paths.bigFile)} lines), 200-line manifest (${lineCount(paths.appFile)} lines), ECS folder ${ecsFiles.length} task definitions (${(ecsBytes / 1024).toFixed(0)} KB)`,
);
const k8sSchema = existsSync(join(ROOT, 'dist', 'schemas', 'kubernetes.json'));
if (!k8sSchema)
  log(
    'WARNING: dist/schemas/kubernetes.json is missing, so neither server has a Kubernetes schema: the comparison is syntax and rules only.',
  );

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, memGB: Math.round(totalmem() / 2 ** 30) },
  iterations: ITER,
  k8sSchema,
};
try {
  results.commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  /* not a git checkout */
}

// both servers run with a tripwire that refuses and reports any network access
const NO_NET = join(BENCH, 'noNetwork.cjs');
const NET_MARK = '[bench] network attempt:';
// the Node flags the VS Code client starts the server with (client/src/languageClient.ts)
const NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node', 'nodeFlags.json'), 'utf8'));
const ours = {
  node: process.execPath,
  args: [...NODE_FLAGS, '--require', NO_NET, server, '--stdio'],
  settings: (s) => (s === 'ecsEksArchitect' ? {} : null),
};

// ------------------------------------------------------------------ ours: the editor scenario
log('\n[ours] editor scenario (medium workspace, 200-line and 10,000-line files)');
results.ours = await editorScenario({
  ...ours,
  folder: paths.medium,
  appFile: paths.appFile,
  bigFile: paths.bigFile,
  yamlFiles: mediumYaml,
  iterations: ITER,
  log,
});
results.ours.coldStarts = await coldStarts({ ...ours, folder: paths.medium, appFile: paths.appFile, n: COLD });
results.ours.bigOpens = await bigOpens({ ...ours, folder: paths.medium, bigFile: paths.bigFile, n: 3 });
log(`  open 10,000-line file in 3 fresh servers: p50 ${fmtMs(results.ours.bigOpens.p50)}`);
results.ours.bigOpensIndexing = await bigOpens({ ...ours, folder: paths.large, bigFile: paths.bigFile, n: 3, afterStartMs: 0 });
log(`  … opened at once, while the 2,000-file workspace is indexed: p50 ${fmtMs(results.ours.bigOpensIndexing.p50)}`);
log(
  `  cold start → first diagnostics, ${COLD} fresh starts: p50 ${fmtMs(results.ours.coldStarts.p50)} (min ${fmtMs(results.ours.coldStarts.min)}, max ${fmtMs(results.ours.coldStarts.max)})`,
);
// navigation requests (issue 17) on the big file; point bigFile/label at another file to measure it there
results.ours.navigation = await navigationInOwnProcess({
  node: ours.node,
  args: ours.args,
  sections: OUR_SECTIONS,
  folder: paths.medium,
  bigFile: paths.bigFile,
  label: 'generated 10,000-line file',
  iterations: ITER,
  log,
});
// a generated 5,000-line CloudFormation template (issue 14); `node bench/cfn.mjs` runs only these lines
if (!argv.has('--no-cfn')) {
  log('\n[ours] CloudFormation template');
  results.cfn = await cfnRuns({ ...ours, root: ROOT, work: WORK, iterations: ITER, log });
}
const nav = navigationRows(results.ours.navigation);
const ourErrors = results.ours.logs.filter((l) => /\[error\]/.test(l));
if (ourErrors.length) log(`  server logged ${ourErrors.length} error(s), first: ${ourErrors[0].split('\n')[0]}`);

// ------------------------------------------------------------------ the peer
let peerCfg;
if (!argv.has('--no-peer')) {
  try {
    peerCfg = peerConfig(ROOT, BENCH, WORK, log);
    const { node, args, settings, env, version, nodeVersion, schema } = peerCfg;
    log(
      `\n[yaml-language-server ${version} on Node ${nodeVersion}] same scenario; schema: ${schema ? relative(ROOT, schema) : 'none (no Kubernetes bundle)'}; schema store off, proxy ${DEAD_PROXY}`,
    );
    const r = await editorScenario({
      node,
      args,
      settings,
      env,
      folder: paths.medium,
      appFile: paths.appFile,
      bigFile: paths.bigFile,
      yamlFiles: mediumYaml,
      iterations: ITER,
      log,
    });
    r.version = version;
    r.nodeVersion = nodeVersion;
    r.schema = schema ? relative(ROOT, schema) : null;
    r.coldStarts = await coldStarts({
      node,
      args,
      settings,
      env,
      folder: paths.medium,
      appFile: paths.appFile,
      n: COLD,
    });
    r.bigOpens = await bigOpens({
      node,
      args,
      settings,
      env,
      folder: paths.medium,
      bigFile: paths.bigFile,
      n: 3,
    });
    log(`  open 10,000-line file in 3 fresh servers: p50 ${fmtMs(r.bigOpens.p50)}`);
    log(
      `  cold start → first diagnostics, ${COLD} fresh starts: p50 ${fmtMs(r.coldStarts.p50)} (min ${fmtMs(r.coldStarts.min)}, max ${fmtMs(r.coldStarts.max)})`,
    );
    r.networkComplaints = [...networkComplaints(r.logs), ...(r.stderr || '').split('\n').filter((l) => l.includes(NET_MARK))];
    if (r.networkComplaints.length)
      log(
        `  WARNING: the peer's log mentions the network or a schema it could not load:\n    ${r.networkComplaints.slice(0, 5).join('\n    ')}`,
      );
    else log('  peer: no network access (tripwire bench/noNetwork.cjs, dead proxy) and no schema load errors');
    results.peer = r;
  } catch (e) {
    log(`peer skipped: ${e instanceof Error ? e.message : String(e)}`);
    results.peer = { skipped: String(e) };
  }
}

// ------------------------------------------------------------------ ours: large workspace, ECS folder
const smallFiles = filesUnder(paths.small);
log(`\n[ours] small workspace: open all ${smallFiles.length} files`);
results.small = await openAllScenario({ ...ours, folder: paths.small, files: smallFiles, log });
log(`\n[ours] large workspace: open all ${largeFiles.length} files`);
results.large = await openAllScenario({ ...ours, folder: paths.large, files: largeFiles, log });
log(`\n[ours] ECS folder: ${ecsFiles.length} task definitions, ${(ecsBytes / 1024).toFixed(0)} KB`);
results.ecs = await openAllScenario({ ...ours, folder: paths.ecs, files: ecsFiles, log, edit: biggestEcs, iterations: ITER });
results.ecs.bytes = ecsBytes;

// ------------------------------------------------------------------ real files (shared/realworld/k8s)
results.real = argv.has('--no-real')
  ? { skipped: '--no-real' }
  : await realRuns({ root: ROOT, work: WORK, ours, peer: peerCfg, iterations: ITER, quick: argv.has('--quick'), log });

const ourNet = [results.ours, results.small, results.large, results.ecs, results.real?.ours?.big, results.real?.ours?.ws]
  .filter(Boolean)
  .flatMap((r) => (r.stderr || '').split('\n').filter((l) => l.includes(NET_MARK)));
results.oursNetworkAttempts = ourNet;
log(
  ourNet.length
    ? `\nWARNING: our server tried the network: ${ourNet.slice(0, 3).join('; ')}`
    : '\nour server: no network access in any scenario (tripwire bench/noNetwork.cjs)',
);

// ------------------------------------------------------------------ graph + Mermaid, in-process
if (!argv.has('--no-graph')) {
  log('\n[ours] graph + Mermaid in-process');
  if (!existsSync(join(ROOT, 'server', 'src', 'core', 'graph', 'index.ts'))) {
    results.graph = { skipped: 'server/src/core/graph/index.ts (renderDiagram) does not exist yet' };
    log(`  skipped: ${results.graph.skipped}`);
  } else {
    try {
      const cjs = join(WORK, 'graph.cjs');
      await buildGraphEntry(ROOT, cjs);
      // p50 of 100 edits after 20 untimed ones (V8 still compiling): bench/graphEntry.mjs
      const edits = Number(opt('graph-edits', 100));
      results.graph = { medium: graphRun(cjs, paths.medium, undefined, edits), five: graphRun(cjs, paths.medium, 500, edits) };
      for (const [k, g] of Object.entries(results.graph))
        log(
          `  ${k === 'five' ? '500 resources' : 'medium workspace'}: ${g.resources} resources in ${g.files} files → ${g.nodes} nodes, ${g.edges} edges${g.collapsed ? ' (collapsed)' : ''}; cold ${fmtMs(g.cold)}, after an edit (${g.s.n}, after ${g.warmup} untimed) p50 ${fmtMs(g.s.p50)} p95 ${fmtMs(g.s.p95)}, CPU p50 ${fmtMs(g.cpu.p50)}; the ${g.warmup} untimed: p50 ${fmtMs(g.warm?.p50)}`,
        );
    } catch (e) {
      results.graph = { skipped: String(e instanceof Error ? e.message : e) };
      log(`  failed: ${results.graph.skipped}`);
    }
  }
}

// ------------------------------------------------------------------ diagram webview render (headless Chromium)
const webviewScript = join(BENCH, 'webviewRender.mjs');
if (argv.has('--no-webview')) results.webview = { skipped: '--no-webview' };
else if (!existsSync(webviewScript)) results.webview = { skipped: 'bench/webviewRender.mjs does not exist' };
else {
  log('\n[ours] diagram webview render (bench/webviewRender.mjs, headless Chromium of the test host)');
  const r = spawnSync(process.execPath, [webviewScript, '--json', '--runs=5'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  try {
    if (r.status !== 0) throw new Error((r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-3).join(' '));
    results.webview = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    for (const [name, x] of Object.entries(results.webview))
      log(
        x.ok
          ? `  ${name}: ${x.nodes} nodes; first draw ${fmtMs(x.coldMs)}, redraw p50 ${fmtMs(x.p50Ms)} (Mermaid ${fmtMs(x.mermaidMs)} of it)`
          : `  ${name}: failed: ${x.error}`,
      );
  } catch (e) {
    results.webview = { skipped: String(e instanceof Error ? e.message : e).slice(0, 300) };
  }
}
if (results.webview.skipped) log(`  webview render not measured: ${results.webview.skipped}`);
const webviewRows = results.webview.skipped
  ? []
  : Object.entries(results.webview)
      .filter(([, x]) => x && x.ok)
      .flatMap(([name, x]) => [
        { name: `diagram webview, ${name} (${x.nodes} nodes): first draw`, s: x.coldMs },
        { name: `diagram webview, ${name}: redraw p50 of 5, min ${fmtMs(x.minMs)}`, s: x.p50Ms },
      ]);

// ------------------------------------------------------------------ activation
results.activation = measureActivation({ root: ROOT, bench: BENCH, inVsCode: !argv.has('--no-vscode'), log });

// ------------------------------------------------------------------ report
const o = results.ours;
const p = results.peer && !results.peer.skipped ? results.peer : undefined;
log('\n== Figures (ours) ==');
log(
  figuresTable([
    { name: 'initialize handshake (spawn → initialize result)', s: o.initializeMs },
    { name: `cold start → first diagnostics (200-line file, 500-file workspace), ${COLD} starts`, s: o.coldStarts },
    { name: 'open 10,000-line file → diagnostics (editor scenario)', s: o.bigOpenMs },
    { name: 'open 10,000-line file → diagnostics, 3 fresh servers', s: o.bigOpens },
    { name: 'the same, opened while a 2,000-file workspace is indexed', s: o.bigOpensIndexing },
    { name: 'edit → diagnostics, 200-line file', s: o.editApp },
    { name: 'edit → diagnostics, 10,000-line file', s: o.editBig },
    { name: `edit → diagnostics, ECS task definition (${(statSync(biggestEcs).size / 1024).toFixed(0)} KB)`, s: results.ecs.edit },
    { name: 'completion, 200-line file', s: o.completionApp },
    { name: 'completion, 10,000-line file', s: o.completionBig },
    { name: 'completion, ECS task definition', s: results.ecs.completion },
    { name: 'completion right after a keystroke, 200-line', s: o.typingApp },
    { name: 'completion right after a keystroke, 10,000-line', s: o.typingBig },
    { name: 'hover, 200-line file', s: o.hoverApp },
    { name: 'hover, 10,000-line file', s: o.hoverBig },
    { name: 'hover, ECS task definition', s: results.ecs.hover },
    { name: `open all ${o.openAllYaml.files} YAML files of medium → all diagnosed`, s: o.openAllYaml.ms },
    { name: `small: ${results.small.files} files, spawn → all diagnosed`, s: results.small.fromSpawnMs },
    { name: `large: ${results.large.files} files, spawn → all diagnosed`, s: results.large.fromSpawnMs },
    { name: 'large: spawn → diagnostics settled (cross-file pass done)', s: results.large.settledMs },
    {
      name: `ECS folder (${ecsFiles.length} files, ${(ecsBytes / 1024).toFixed(0)} KB): spawn → all diagnosed`,
      s: results.ecs.fromSpawnMs,
    },
    ...(results.graph?.medium
      ? [
          { name: `graph + Mermaid, medium (${results.graph.medium.resources} resources), after an edit`, s: results.graph.medium.s },
          { name: `graph + Mermaid, ${results.graph.five.resources} resources, after an edit`, s: results.graph.five.s },
        ]
      : []),
    ...webviewRows,
    ...(results.webview.skipped
      ? [{ name: `diagram webview render: not measured (${results.webview.skipped.slice(0, 60)})`, s: undefined }]
      : []),
    ...nav.figures,
    { name: 'peak memory (VmHWM): editor scenario', s: o.memory.peakMB, unit: 'MB' },
    { name: 'peak memory (VmHWM): large workspace', s: results.large.memory.peakMB, unit: 'MB' },
    ...realFigureRows(results.real),
  ]),
);
if (o.completionApp.empty || o.completionBig.empty)
  log(`note: ${o.completionApp.empty + o.completionBig.empty} completion requests of ours returned no items`);

if (p) {
  log(`\n== Side by side: yaml-language-server ${p.version} (Node ${p.nodeVersion}), same files, same run ==`);
  results.comparison = [
    { name: `cold start → first diagnostics (p50 of ${COLD})`, ours: o.coldStarts.p50, theirs: p.coldStarts.p50 },
    { name: 'open 10,000-line file → diagnostics (p50 of 3 fresh servers)', ours: o.bigOpens.p50, theirs: p.bigOpens.p50 },
    { name: `open ${o.openAllYaml.files} YAML files → all diagnosed`, ours: o.openAllYaml.ms, theirs: p.openAllYaml.ms },
    { name: 'edit → diagnostics p50, 200-line', ours: o.editApp.p50, theirs: p.editApp.p50 },
    { name: 'edit → diagnostics p50, 10,000-line', ours: o.editBig.p50, theirs: p.editBig.p50 },
    { name: 'completion p95, 200-line', ours: o.completionApp.p95, theirs: p.completionApp.p95 },
    { name: 'completion p95, 10,000-line', ours: o.completionBig.p95, theirs: p.completionBig.p95 },
    { name: 'completion after keystroke p95, 10,000-line', ours: o.typingBig.p95, theirs: p.typingBig.p95 },
    { name: 'hover p95, 200-line', ours: o.hoverApp.p95, theirs: p.hoverApp.p95 },
    { name: 'hover p95, 10,000-line', ours: o.hoverBig.p95, theirs: p.hoverBig.p95 },
    { name: 'peak memory (VmHWM)', ours: o.memory.peakMB, theirs: p.memory.peakMB, unit: 'MB' },
    ...realComparisonRows(results.real),
  ];
  log(comparisonTable(results.comparison));
  log(
    'yaml-language-server waits 200 ms (validationDelayMs, not a setting) before validating a changed document; its edit figures include that wait, as a user sees it.' +
      ` Without it its edit → diagnostics p50 would be ${fmtMs(p.editApp.p50 - 200)} / ${fmtMs(p.editBig.p50 - 200)}.`,
  );
  log(
    `diagnostics found on open: ours ${o.appDiagnostics} (200-line) / ${o.bigDiagnostics} (10,000-line); theirs ${p.appDiagnostics} / ${p.bigDiagnostics}`,
  );
  // proof that the peer really validated against the schema (else its times would flatter it)
  log(
    `schema probe (a Deployment with a string replicas and a misspelled key): ours ${o.schemaProbe.count} diagnostics, theirs ${p.schemaProbe.count}${p.schemaProbe.count ? '' : ' — THE PEER DID NOT CHECK THE SCHEMA: its figures are not comparable'}`,
  );
}

results.budgets = [
  ...generatedBudgets(results, p, COLD),
  ...nav.budgets,
  ...(results.cfn ? cfnBudgets(results.cfn) : []),
  ...realBudgets(results.real),
];
log('\n== Budgets (this machine) ==');
log(budgetTable(results.budgets));

// logs are long: keep only what explains a run
for (const r of [results.ours, results.peer, results.small, results.large, results.ecs, results.real?.ours?.ws, results.real?.peer?.ws])
  if (r && r.logs) {
    r.logs = r.logs.slice(0, 50);
    r.stderr = (r.stderr || '').slice(0, 4000);
  }
results.totalSeconds = Math.round((Date.now() - started) / 1000);
writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
log(`\nwrote ${relative(ROOT, join(BENCH, 'results.json'))} (${results.totalSeconds} s)`);
