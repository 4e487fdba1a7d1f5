/**
 * Cross-file findings are kept while what they read is unchanged (WorkspaceIndex.track/memo).
 * Held to a service that starts from scratch after every step: random edits that rename what
 * other files refer to (names, labels, families, claims, kinds), keystrokes that break the
 * syntax, and files deleted and restored, over the examples, the graph fixtures and a few
 * kustomize / CRD / Fargate files. Every file's findings must be identical, in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LanguageService } from '../../../server/src/core/service';
import { corpus } from '../fuzz/corpus';
import { applyEdit, editArb } from '../fuzz/edits';
import { nodeRuntime } from '../../../server/src/node/runtime';

const EXTRA: Record<string, string> = {
  'file:///fuzz/extra/kustomization.yaml':
    'resources:\n  - app.yaml\nconfigMapGenerator:\n  - name: app-config\nimages:\n  - name: nginx\n    newTag: "1.27"\npatches:\n  - path: patch.yaml\n',
  'file:///fuzz/extra/app.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: batch\nspec:\n  selector:\n    matchLabels:\n      app: app\n  template:\n    metadata:\n      labels:\n        app: app\n    spec:\n      containers:\n        - name: app\n          image: nginx:latest\n          envFrom:\n            - configMapRef:\n                name: app-config\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app\n  namespace: batch\nspec:\n  selector:\n    app: app\n  ports:\n    - port: 80\n',
  'file:///fuzz/extra/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: 3\n',
  'file:///fuzz/extra/crd.yaml':
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names:\n    kind: Widget\n    plural: widgets\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n                size:\n                  type: integer\n',
  'file:///fuzz/extra/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n',
};

/** values other files refer to: renaming one breaks (or mends) a reference */
const REFERENCE =
  /(?<=(?:name|app|serviceAccountName|claimName|storageClassName|namespace|family|taskDefinition|cluster|containerName|kind|newTag|path|group|service)"?: "?)[A-Za-z][\w.:/-]*/g;

interface Step {
  kind: 'rename';
  file: number;
  which: number;
  to: number;
}
interface Keystroke {
  kind: 'keystroke';
  file: number;
  at: number;
  del: number;
  ins: string;
}
interface Toggle {
  kind: 'toggle';
  file: number;
}
type Op = Step | Keystroke | Toggle;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('rename' as const), file: fc.nat(), which: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), editArb).map(([file, e]): Keystroke => ({ kind: 'keystroke', file, ...e })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), file: fc.nat() }) },
);

const seeds = () => [
  ...corpus().filter((s) => /^(examples|test\/fixtures\/graph)\//.test(s.name)),
  ...Object.entries(EXTRA).map(([uri, text]) => ({ name: uri, uri, text })),
];

const language = (uri: string) => (uri.endsWith('.json') ? 'json' : 'yaml');
const shape = (s: LanguageService, uri: string) => JSON.parse(JSON.stringify(s.diagnostics(uri)));

test('kept cross-file findings equal a fresh start after every rename, keystroke and file removal', (t) => {
  const base = seeds();
  const vocabulary = [...new Set(base.flatMap((s) => s.text.match(REFERENCE) ?? []))];
  assert.ok(vocabulary.length > 40, `vocabulary ${vocabulary.length}`);
  const store = new LanguageService({ runtime: nodeRuntime() }).store;
  let steps = 0;
  let changed = 0;
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
      const live = new LanguageService({ runtime: nodeRuntime(), store });
      // the index keeps files in the order they came (Map order): the fresh side must load them so
      const texts = new Map<string, string>();
      const removed = new Map<string, string>();
      let version = 1;
      for (const s of base) {
        texts.set(s.uri, s.text);
        live.update(s.uri, s.text, language(s.uri), version);
      }
      for (const s of base) live.diagnostics(s.uri); // fill the caches, as the server does
      ops.forEach((op, i) => {
        const uri = base[op.file % base.length].uri;
        version++;
        if (op.kind === 'toggle') {
          if (texts.has(uri)) {
            removed.set(uri, texts.get(uri)!);
            texts.delete(uri);
            live.remove(uri);
          } else {
            const text = removed.get(uri)!;
            removed.delete(uri);
            texts.set(uri, text);
            live.update(uri, text, language(uri), version);
          }
        } else if (texts.has(uri)) {
          const old = texts.get(uri)!;
          let text = old;
          if (op.kind === 'keystroke') text = applyEdit(old, op);
          else {
            const hits = [...old.matchAll(REFERENCE)];
            if (hits.length) {
              const h = hits[op.which % hits.length];
              text = old.slice(0, h.index) + vocabulary[op.to % vocabulary.length] + old.slice(h.index! + h[0].length);
            }
          }
          texts.set(uri, text);
          live.update(uri, text, language(uri), version);
        }
        const fresh = new LanguageService({ runtime: nodeRuntime(), store });
        for (const [u, text] of texts) fresh.update(u, text, language(u), 1);
        for (const u of texts.keys()) {
          const want = shape(fresh, u);
          assert.deepEqual(shape(live, u), want, `step ${i} (${op.kind} in ${uri.split('/').pop()}): ${u}`);
          changed += want.length;
        }
        steps++;
      });
    }),
    { seed: 20261129, numRuns: 40 },
  );
  t.diagnostic(`${steps} steps over ${base.length} files, ${changed} findings compared`);
});
