/**
 * Graph + Mermaid in-process: bundles `graphEntry.mjs` against a checkout's sources and runs it.
 * `run.mjs` uses it for this checkout; `compare.mjs` for two, the same entry in both, so that an
 * older build is timed by the same loop (a checkout from before the facade gets the entry with its
 * two calls spelled the old way, see `entrySource`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { summary } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));

/** graphEntry.mjs as `root` can compile it: before `LanguageService.diagram` and the Node runtime (29 Nov), the old calls. */
function entrySource(root) {
  let src = readFileSync(join(BENCH, 'graphEntry.mjs'), 'utf8');
  const swap = (from, to) => {
    if (!src.includes(from)) throw new Error(`graphBench: "${from}" is no longer in graphEntry.mjs`);
    src = src.split(from).join(to);
  };
  if (!existsSync(join(root, 'server', 'src', 'node', 'runtime.ts'))) {
    swap("import { nodeRuntime } from '../server/src/node/runtime';", '');
    swap('new LanguageService({ runtime: nodeRuntime() })', 'new LanguageService()');
  }
  if (!/\n\s+diagram\(/.test(readFileSync(join(root, 'server', 'src', 'core', 'service.ts'), 'utf8'))) {
    swap('service.diagram(', 'renderDiagram(service.workspace, ');
    src = "import { renderDiagram } from '../server/src/core/graph/index';\n" + src;
  }
  return src;
}

/** Bundles the graph entry against `root`'s sources into `outfile` (with this checkout's esbuild). */
export async function buildGraphEntry(root, outfile) {
  const esbuild = await import(join(BENCH, '..', 'node_modules', 'esbuild', 'lib', 'main.js'));
  await (esbuild.default ?? esbuild).build({
    stdin: { contents: entrySource(root), resolveDir: join(root, 'bench'), sourcefile: 'graphEntry.mjs', loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
}

/**
 * Runs a bundled entry on `folder` (the first `max` resources, all when undefined). Summaries per
 * diagram after the warm-up: wall `s`, CPU `cpu`; of the warm-up edits (what the line timed until
 * 3 Dec): `warm`, `warmCpu`.
 */
export function graphRun(cjs, folder, max, edits = 100, warmup = 20) {
  const args = [cjs, folder, max ? String(max) : 'all', String(edits), String(warmup)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error((r.stderr || r.stdout || `exit ${r.status}`).split('\n').slice(0, 6).join('\n'));
  const j = JSON.parse(r.stdout.trim().split('\n').pop());
  const w = j.warmup;
  return {
    ...j,
    samples: undefined,
    cpuSamples: undefined,
    s: summary(j.samples.slice(w)),
    cpu: summary(j.cpuSamples.slice(w)),
    warm: w ? summary(j.samples.slice(0, w)) : undefined,
    warmCpu: w ? summary(j.cpuSamples.slice(0, w)) : undefined,
  };
}
