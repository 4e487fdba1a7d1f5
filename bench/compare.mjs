#!/usr/bin/env node
/**
 * Two builds side by side on the generated lines that matter, alternated round by round so both
 * see the same machine: `node bench/compare.mjs --base=<other checkout> [--rounds=6]
 * [--iterations=30] [--no-editor] [--no-graph] [--json=out.json] [--rules-off=id,id]`. The other checkout must be built
 * (`npm run build`); this one too. Each round runs, for each build (order swapped every round),
 * the editor scenario of `npm run bench` (cold start, 10,000-line open, edits, hover, open every
 * YAML file) in a fresh server and the in-process graph + Mermaid runs (500 resources, medium).
 * Prints, per line, the medians over rounds of the wall time and of the CPU time (server process
 * from /proc; the graph process's own `process.cpuUsage()`), and the change base → this build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { generateAll } from './generate.mjs';
import { editorScenario } from './scenarios.mjs';
import { buildGraphEntry, graphRun } from './graphBench.mjs';
import { percentile } from './report.mjs';
import { filesUnder } from './files.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const WORK = join(BENCH, 'work');
const argv = new Set(process.argv.slice(2));
const opt = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const baseRoot = opt('base');
if (!baseRoot || !existsSync(join(baseRoot, 'dist', 'server.js'))) {
  process.stderr.write('usage: node bench/compare.mjs --base=<built checkout> [--rounds=N] [--iterations=N]\n');
  process.exit(2);
}
const ROUNDS = Number(opt('rounds', 6));
const ITER = Number(opt('iterations', 30));
const log = (m) => process.stdout.write(m + '\n');
const NO_NET = join(BENCH, 'noNetwork.cjs');

/** A build: its server with the Node flags its client starts it with (the file moved since 29 Nov). */
function build(root, name) {
  const flagsFile = ['node', 'lsp'].map((d) => join(root, 'server', 'src', d, 'nodeFlags.json')).find(existsSync);
  const flags = flagsFile ? JSON.parse(readFileSync(flagsFile, 'utf8')) : [];
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  return {
    name,
    root,
    commit,
    graph: join(root, 'bench', 'work', 'graph-compare.cjs'),
    server: { node: process.execPath, args: [...flags, '--require', NO_NET, join(root, 'dist', 'server.js'), '--stdio'] },
  };
}

const builds = [build(resolve(baseRoot), 'base'), build(ROOT, 'this')];
mkdirSync(WORK, { recursive: true });
const paths = generateAll(WORK); // the same files for both builds (the generator is unchanged since 29 Nov)
const yamlFiles = filesUnder(paths.medium).filter((p) => /\.ya?ml$/.test(p));
// `--rules-off=k8s/a,k8s/b` turns those rules off in this build only: what rules added since the
// base cost, apart from the rest of the change
const rulesOff = Object.fromEntries(
  (opt('rules-off', '') || '')
    .split(',')
    .filter(Boolean)
    .map((id) => [id, 'off']),
);
const settingsOf = (b) => (s) => (s === 'ecsEksArchitect' ? (b.name === 'this' ? { rules: rulesOff } : {}) : null);
const quiet = () => {};

/** line name → build name → { wall: [], cpu: [] } */
const lines = new Map();
function add(line, b, wall, cpu) {
  if (!lines.has(line)) lines.set(line, { base: { wall: [], cpu: [] }, this: { wall: [], cpu: [] } });
  lines.get(line)[b.name].wall.push(wall);
  lines.get(line)[b.name].cpu.push(cpu);
}

async function editor(b) {
  const r = await editorScenario({
    ...b.server,
    settings: settingsOf(b),
    folder: paths.medium,
    appFile: paths.appFile,
    bigFile: paths.bigFile,
    yamlFiles,
    iterations: ITER,
    log: quiet,
  });
  add('cold start → first diagnostics', b, r.coldStartMs, r.cpu.coldStart);
  add('open 10,000-line file → diagnostics', b, r.bigOpenMs, r.cpu.bigOpen);
  add('edit → diagnostics p50, 10,000-line (CPU: per edit)', b, r.editBig.p50, r.cpu.editBig);
  add('edit → diagnostics p50, 200-line', b, r.editApp.p50, NaN);
  add('hover p95, 10,000-line (CPU: per hover)', b, r.hoverBig.p95, r.cpu.hoverBig);
  add('completion after a keystroke p95, 10,000-line', b, r.typingBig.p95, NaN);
  add(`open ${r.openAllYaml.files} YAML files → all diagnosed`, b, r.openAllYaml.ms, r.cpu.openAllYaml);
  add('whole editor scenario (CPU: spawn to the end of the opens)', b, NaN, r.cpu.total);
}

function graph(b) {
  for (const [label, max] of [
    ['500 resources', 500],
    ['medium', undefined],
  ]) {
    const g = graphRun(b.graph, paths.medium, max);
    add(`graph + Mermaid, ${label}: p50 of 100 edits after 20`, b, g.s.p50, g.cpu.p50);
    add(`graph + Mermaid, ${label}: p50 of the first 20 edits (line until 3 Dec)`, b, g.warm.p50, g.warmCpu.p50);
  }
}

log(`builds: base ${builds[0].commit} (${builds[0].root}), this ${builds[1].commit} (${builds[1].root}); ${ROUNDS} rounds`);
if (!argv.has('--no-graph')) for (const b of builds) await buildGraphEntry(b.root, b.graph);
// one unmeasured run each first: a server started with other Node flags left its own code cache
if (!argv.has('--no-editor'))
  for (const b of builds) {
    await editor(b);
    lines.clear();
  }
const loads = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...builds].reverse() : builds;
  for (const b of order) {
    loads.push(loadavg()[0]);
    if (!argv.has('--no-graph')) graph(b);
    if (!argv.has('--no-editor')) await editor(b);
  }
  log(`round ${round + 1}/${ROUNDS} done (load ${loadavg()[0].toFixed(1)})`);
}

const med = (xs) =>
  percentile(
    xs.filter((x) => Number.isFinite(x)),
    50,
  );
const f = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const pct = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %` : '—';
log(`\nmedians of ${ROUNDS} rounds, ms (load 1-min average ${f(med(loads))} median, ${f(Math.min(...loads))}–${f(Math.max(...loads))})`);
log('| line | base wall | this wall | Δ wall | base CPU | this CPU | Δ CPU |');
log('|---|---|---|---|---|---|---|');
const out = {};
for (const [line, v] of lines) {
  const [bw, tw, bc, tc] = [med(v.base.wall), med(v.this.wall), med(v.base.cpu), med(v.this.cpu)];
  out[line] = { base: v.base, this: v.this };
  log(`| ${line} | ${f(bw)} | ${f(tw)} | ${pct(bw, tw)} | ${f(bc)} | ${f(tc)} | ${pct(bc, tc)} |`);
}
const jsonOut = opt('json');
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ builds: builds.map(({ name, root, commit }) => ({ name, root, commit })), loads, lines: out }, null, 2),
  );
