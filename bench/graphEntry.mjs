/**
 * In-process graph timing, bundled by the bench with esbuild (the core is TypeScript). Run as
 * `node graph.cjs <folder> [maxResources|all] [edits] [warmup]`: loads the folder into a
 * LanguageService (files in walk order, stopping once `maxResources` documents of ours are in),
 * then times service.diagram() — model → ArchitectureGraph → Mermaid — cold, then after `warmup`
 * edits (default 20) and `edits` more (default 100). Prints one JSON line: wall `samples` and
 * `cpuSamples` (this process's CPU time, user + system, per diagram) in ms, the warm-up ones first.
 */
import { pathToFileURL } from 'node:url';
import { LanguageService } from '../server/src/core/service';
import { nodeRuntime } from '../server/src/node/runtime';
import { walkFiles, readText } from '../server/src/files/walk';

const [folder, maxArg, editsArg, warmupArg] = process.argv.slice(2);
const max = maxArg && maxArg !== 'all' ? Number(maxArg) : Infinity;
// The first 20 or so diagrams run while V8 still compiles the printer and builders (35-90 ms each
// on 29 Nov's build and on main, load 5, against 12-30 ms after): the old line, 20 edits in all,
// timed that warm-up and swung with the load. They are kept apart, then 100 more are timed.
const warmup = warmupArg ? Number(warmupArg) : 20;
const edits = editsArg ? Number(editsArg) : 100;
const service = new LanguageService({ runtime: nodeRuntime() });
let resources = 0;
let files = 0;
let lastUri;
for (const path of walkFiles(folder)) {
  if (resources >= max) break;
  const text = readText(path);
  if (text === undefined) continue;
  const uri = pathToFileURL(path).toString();
  const file = service.update(uri, text, undefined, 1);
  if (!file) continue;
  const ours = file.docs.filter((d) => d.kind.family !== 'none');
  if (ours.length && resources + ours.length > max) {
    service.remove(uri);
    continue;
  } // exactly `max` when it can
  resources += ours.length;
  files++;
  if (ours.length) lastUri = uri;
}

const t = () => performance.now();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t0 = t();
let result = service.diagram({ direction: 'LR' });
const cold = t() - t0;
const samples = [];
const cpuSamples = [];
const lastText = service.workspace.get(lastUri)?.text ?? '';
for (let i = 0; i < warmup + edits; i++) {
  // a keystroke at the end of a file: it is analysed again and the diagram drawn anew (lookups of
  // kinds the edit did not touch are kept, as in the server); the text alternates between two
  // lengths so it does not grow with the number of edits
  if (lastUri) service.update(lastUri, lastText + '\n'.repeat(1 + (i % 2)), undefined, 2 + i);
  t0 = t();
  const c0 = cpu();
  result = service.diagram({ direction: 'LR' });
  cpuSamples.push(cpu() - c0);
  samples.push(t() - t0);
}
process.stdout.write(
  JSON.stringify({
    files,
    resources,
    warmup,
    cold,
    samples,
    cpuSamples,
    nodes: result.stats?.nodes,
    edges: result.stats?.edges,
    collapsed: result.stats?.collapsed,
    mermaidBytes: result.mermaid.length,
  }) + '\n',
);
