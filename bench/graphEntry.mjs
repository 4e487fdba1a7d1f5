/**
 * In-process graph timing, bundled by the bench with esbuild (the core is TypeScript). Run as
 * `node graph.cjs <folder> [maxResources]`: loads the folder into a LanguageService (files in
 * walk order, stopping once `maxResources` documents of ours are in), then times
 * service.diagram() — model → ArchitectureGraph → Mermaid — cold and after edits.
 * Prints one JSON line.
 */
import { pathToFileURL } from 'node:url';
import { LanguageService } from '../server/src/core/service';
import { nodeRuntime } from '../server/src/node/runtime';
import { walkFiles, readText } from '../server/src/files/walk';

const [folder, maxArg] = process.argv.slice(2);
const max = maxArg ? Number(maxArg) : Infinity;
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
let t0 = t();
let result = service.diagram({ direction: 'LR' });
const cold = t() - t0;
const samples = [];
const lastText = service.workspace.get(lastUri)?.text ?? '';
for (let i = 0; i < 20; i++) {
  // a keystroke at the end of a file: it is analysed again and the diagram drawn anew (lookups of
  // kinds the edit did not touch are kept, as in the server)
  if (lastUri) service.update(lastUri, lastText + '\n'.repeat(i + 1), undefined, 2 + i);
  t0 = t();
  result = service.diagram({ direction: 'LR' });
  samples.push(t() - t0);
}
process.stdout.write(
  JSON.stringify({
    files,
    resources,
    cold,
    samples,
    nodes: result.stats?.nodes,
    edges: result.stats?.edges,
    collapsed: result.stats?.collapsed,
    mermaidBytes: result.mermaid.length,
  }) + '\n',
);
