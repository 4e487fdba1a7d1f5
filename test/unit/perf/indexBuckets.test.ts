/**
 * The index after keystrokes in a big multi-document file (IndexBuckets swaps only the re-parsed
 * documents' entries): every list must equal a fresh index of the same texts, in the same order,
 * and every entry of the edited file must belong to its newest analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import type { DocEntry } from '../../../server/src/core/workspace';
import { nodeRuntime } from '../../../server/src/node/runtime';

const BIG = 'file:///t/all.yaml';
const OTHER = 'file:///t/other.yaml';

const deployment = (i: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: ${i % 5}\n  template:\n    spec:\n      serviceAccountName: sa-${i}\n      containers:\n        - name: app\n          image: nginx\n`;
const service = (i: number) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector:\n    app: app-${i}\n`;
const BASE = Array.from({ length: 12 }, (_, i) => (i % 3 ? deployment(i) : service(i))).join('---\n');

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** what a list says: file, document and its kind, in order; and whether each entry has its file's newest analysis */
function picture(service: LanguageService, list: DocEntry[]) {
  return list.map((e) => ({
    uri: e.file.uri,
    index: e.doc.index,
    offset: e.doc.offset,
    kind: e.doc.kind,
    current: e.file === service.workspace.get(e.file.uri),
  }));
}

function lists(service: LanguageService) {
  const ws = service.workspace;
  return {
    all: picture(service, ws.k8s()),
    deployments: picture(service, ws.k8s('Deployment')),
    services: picture(service, ws.k8s('Service')),
    both: picture(service, ws.k8sOfKinds(['Service', 'Deployment'])),
  };
}

test('after each keystroke the index lists equal a fresh index, and point at the newest analysis', () => {
  const r = rng(11);
  const edited = new LanguageService({ runtime: nodeRuntime() });
  edited.update(OTHER, deployment(99), 'yaml', 1);
  let text = BASE;
  edited.update(BIG, text, 'yaml', 1);
  lists(edited); // the lists are kept between changes: ask once so the keystrokes must keep them right
  // typing in values (names, replicas), sometimes a kind changing or a line added
  const edits: [string, string][] = [
    ['replicas: ', '7'],
    ['name: app-', 'x'],
    ['kind: Service', 'Account'],
    ['image: nginx', '\n          imagePullPolicy: Always'],
  ];
  let reused = 0;
  for (let i = 0; i < 60; i++) {
    const [anchor, insert] = edits[Math.floor(r() * edits.length)];
    const hits = [...text.matchAll(new RegExp(anchor, 'g'))];
    const m = hits[Math.floor(r() * hits.length)];
    const at = m.index + anchor.length;
    const before = new Map(edited.workspace.k8s().map((e) => [e.doc, e]));
    text = text.slice(0, at) + insert + text.slice(at);
    edited.update(BIG, text, 'yaml', i + 2);
    const after = edited.workspace.k8s();
    reused += after.filter((e) => before.get(e.doc) === e).length;
    const fresh = new LanguageService({ runtime: nodeRuntime() });
    fresh.update(OTHER, deployment(99), 'yaml', 1);
    fresh.update(BIG, text, 'yaml', i + 2);
    assert.deepEqual(lists(edited), lists(fresh), `edit ${i}: ${JSON.stringify([at, insert])}`);
  }
  // kept documents kept their entries: the keystrokes took the short way
  assert.ok(reused > 300, `entries reused ${reused}`);
});
