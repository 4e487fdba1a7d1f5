/**
 * A burst of opens: while only new files come, IndexBuckets extends its lists and the Service label
 * table grows in place instead of being made again. Mixed with edits, removals and files coming
 * back (which must put the lists together again), every list and every Service's selection must
 * equal a fresh index of the same files, filed in the same order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import type { DocEntry } from '../../../server/src/core/workspace';
import { selectedWorkloads } from '../../../server/src/core/k8s/selection';
import { asObj } from '../../../server/src/core/value';
import { k8sKey, K8S_ALL } from '../../../server/src/core/k8s/kind';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { mulberry32 } from '../../../bench/genRandom.mjs';

const KINDS = ['Deployment', 'StatefulSet', 'Service', 'ConfigMap'];

function doc(kind: string, i: number, label: string): string {
  const head = `apiVersion: ${kind === 'Service' || kind === 'ConfigMap' ? 'v1' : 'apps/v1'}\nkind: ${kind}\nmetadata:\n  name: n-${i}\n`;
  if (kind === 'Service') return `${head}spec:\n  selector:\n    app: ${label}\n`;
  if (kind === 'ConfigMap') return `${head}data:\n  a: b\n`;
  return `${head}spec:\n  template:\n    metadata:\n      labels:\n        app: ${label}\n    spec:\n      containers:\n        - name: c\n          image: nginx\n`;
}

/** a file of one to three documents of random kinds, selecting and labelled with one of three apps */
function fileText(r: () => number, i: number): string {
  const n = 1 + Math.floor(r() * 3);
  return Array.from({ length: n }, (_, j) => doc(KINDS[Math.floor(r() * KINDS.length)], i * 10 + j, `app-${Math.floor(r() * 3)}`)).join(
    '---\n',
  );
}

const picture = (list: DocEntry[]) => list.map((e) => `${e.file.uri}#${e.doc.index}:${JSON.stringify(e.doc.kind)}`);

function lists(s: LanguageService) {
  const ws = s.workspace;
  const selection = ws.k8s('Service').map((e) => {
    const sel = asObj(asObj(e.doc.value).spec).selector as Record<string, string>;
    return selectedWorkloads(ws, undefined, sel).map((w) => `${w.entry.file.uri}#${w.entry.doc.index}`);
  });
  return {
    all: picture(ws.k8s()),
    deployments: picture(ws.k8s('Deployment')),
    workloadKinds: picture(ws.k8sOfKinds(['Deployment', 'StatefulSet'])),
    // a document under two of the keys is listed once
    overlapping: picture(ws.docsOfKeys([k8sKey('Deployment'), K8S_ALL])),
    selection,
  };
}

test('lists grown file by file, with edits and removals between, equal a fresh index', () => {
  for (let seed = 1; seed <= 6; seed++) {
    const r = mulberry32(seed);
    const grown = new LanguageService({ runtime: nodeRuntime() });
    /** uri → text, in the order a fresh index must file them (a removed file comes back last) */
    const files = new Map<string, string>();
    let next = 0;
    for (let step = 0; step < 60; step++) {
      const roll = r();
      const uris = [...files.keys()];
      if (roll < 0.6 || !uris.length) {
        // a burst: a few new files, then the lists asked (as a batch of opens and its first validation)
        for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
          const u = `file:///w/f${next}.yaml`;
          const t = fileText(r, next++);
          files.set(u, t);
          grown.update(u, t, 'yaml', 1);
        }
      } else if (roll < 0.8) {
        const u = uris[Math.floor(r() * uris.length)];
        const t = fileText(r, next++);
        files.set(u, t); // an edit keeps the file's place
        grown.update(u, t, 'yaml', 2);
      } else {
        const u = uris[Math.floor(r() * uris.length)];
        files.delete(u);
        grown.remove(u);
      }
      const fresh = new LanguageService({ runtime: nodeRuntime() });
      for (const [u, t] of files) fresh.update(u, t, 'yaml', 1);
      assert.deepEqual(lists(grown), lists(fresh), `seed ${seed}, step ${step}`);
    }
  }
});
