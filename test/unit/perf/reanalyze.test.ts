/**
 * The incremental YAML re-parse must give exactly what a whole-file parse gives: random edits
 * (typing, deleting, pasting lines, writing `---`) on a multi-document manifest, each result
 * compared with analyzeText of the same text, and the fast path must really be taken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { reanalyzeYaml, changedRange } from '../../../server/src/core/reanalyze';
import { LanguageService } from '../../../server/src/core/service';
import type { AstNode } from '../../../server/src/core/parse/tree';
import type { SourceFile } from '../../../server/src/core/types';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { mulberry32 } from '../../../bench/genRandom.mjs';

const URI = 'file:///t/all.yaml';

const deployment = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  labels:
    app: app-${i}
spec:
  replicas: ${i % 5}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels: &labels
        app: app-${i}
    spec:
      containers:
        - name: app
          image: "nginx:1.${i}"
          ports:
            - containerPort: 80
`;
const service = (i: number) => `# the service of app-${i}
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
`;
const BASE = '# leading comment\n' + Array.from({ length: 6 }, (_, i) => (i % 2 ? service(i) : deployment(i))).join('---\n') + '...\n';

/** a comparable picture of a file: every document's span, kind, value, errors and nodes */
function shape(f: SourceFile): unknown {
  const node = (n: AstNode | undefined): unknown =>
    n && { t: n.type, o: n.offset, l: n.length, c: n.colonOffset, v: n.value, s: n.source, k: n.children?.map(node) };
  return f.docs.map((d) => ({
    i: d.index,
    o: d.offset,
    l: d.length,
    kind: d.kind,
    value: d.value,
    body: d.body && [d.body.offset, d.body.length],
    errors: d.syntaxErrors,
    templated: d.templated,
    root: node(d.root),
  }));
}

test('changedRange finds the edited span', () => {
  assert.deepEqual(changedRange('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(changedRange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(changedRange('abc', 'abxyc'), { start: 2, oldEnd: 2, newEnd: 4 });
  assert.deepEqual(changedRange('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
});

test('a one-character edit re-parses one document and matches a full parse', () => {
  const old = analyzeText(URI, BASE, 'yaml', 1);
  const at = BASE.indexOf('replicas: 2') + 'replicas: '.length;
  const text = BASE.slice(0, at) + '7' + BASE.slice(at + 1);
  const inc = reanalyzeYaml(old, text, 2, Infinity);
  assert.ok(inc, 'the fast path was taken');
  const edited = old.docs.filter((d) => d.offset <= at).pop()!;
  // the next document is parsed again to check the split, but kept: caches keyed by it stay valid
  for (const d of old.docs) if (d !== edited) assert.ok(inc.docs.includes(d), `document ${d.index} is kept as it was`);
  assert.ok(!inc.docs.includes(edited), 'the edited document is new');
  assert.deepEqual(shape(inc), shape(analyzeText(URI, text, 'yaml', 2)));
});

test('a file whose documents were moved into a newer file is not used again', () => {
  const old = analyzeText(URI, BASE, 'yaml', 1);
  const at = BASE.indexOf('replicas: 2') + 'replicas: '.length;
  const text = BASE.slice(0, at) + '12' + BASE.slice(at + 1);
  assert.ok(reanalyzeYaml(old, text, 2, Infinity));
  assert.equal(reanalyzeYaml(old, text, 2, Infinity), undefined);
});

test('inserting and deleting shifts the later documents exactly', () => {
  const old = analyzeText(URI, BASE, 'yaml', 1);
  const at = BASE.indexOf('    app: app-0\n') + '    app: app-0'.length;
  const text = BASE.slice(0, at) + '\n    tier: web' + BASE.slice(at);
  const inc = reanalyzeYaml(old, text, 2, Infinity)!;
  assert.ok(inc);
  assert.deepEqual(shape(inc), shape(analyzeText(URI, text, 'yaml', 2)));
  const back = reanalyzeYaml(inc, BASE, 3, Infinity)!;
  assert.ok(back);
  assert.deepEqual(shape(back), shape(analyzeText(URI, BASE, 'yaml', 3)));
});

test('edits that touch document markers, directives or break the syntax fall back to a full parse', () => {
  const old = analyzeText(URI, BASE, 'yaml', 1);
  const marker = BASE.indexOf('---\n', 10);
  const cases = [
    BASE.slice(0, marker) + 'x' + BASE.slice(marker + 1), // the marker itself
    BASE.replace('  replicas: 2\n', '  replicas: 2\n---\n'), // a new document
    BASE.replace('  replicas: 2\n', '  replicas: 2\n%YAML 1.2\n'),
    BASE.replace('  replicas: 2\n', '  replicas: [2\n'), // a syntax error
  ];
  for (const text of cases) assert.equal(reanalyzeYaml(old, text, 2, Infinity), undefined, JSON.stringify(changedRange(BASE, text)));
  assert.equal(reanalyzeYaml(old, BASE + 'x'.repeat(10), 2, BASE.length), undefined, 'over the size limit');
});

test('random edits: the incremental result always equals the whole-file parse', () => {
  const r = mulberry32(7);
  const pieces = ['a', ' ', '\n', ':', '-', '---\n', '\n  extra: 1', '"', '#', '&x', '*labels', '{', '}', '|\n  x', '9'];
  const service = new LanguageService({ runtime: nodeRuntime() });
  let text = BASE;
  let fast = 0;
  service.update(URI, text, 'yaml', 1);
  for (let i = 0; i < 600; i++) {
    const at = Math.floor(r() * (text.length + 1));
    const del = r() < 0.4 ? Math.floor(r() * 4) : 0;
    const ins = r() < 0.8 ? pieces[Math.floor(r() * pieces.length)] : '';
    const next = text.slice(0, at) + ins + text.slice(at + del);
    const kept = new Set(service.workspace.get(URI)!.docs);
    const got = service.update(URI, next, 'yaml', i + 2)!;
    if (got.docs.some((d) => kept.has(d))) fast++; // documents carried over: the incremental path ran
    assert.deepEqual(shape(got), shape(analyzeText(URI, next, 'yaml', i + 2)), `edit ${i}: ${JSON.stringify([at, del, ins])}`);
    // undo edits that break the file (a broken file always takes the full parse), so the walk stays in valid YAML
    const broken = got.docs.some((d) => d.syntaxErrors.length);
    if (broken) {
      service.update(URI, text, 'yaml', i + 2.5);
      continue;
    }
    text = next;
  }
  assert.ok(fast > 100, `the fast path was taken ${fast} times`);
});

test('the same text under a new version (a file opened after indexing) keeps its analysis', () => {
  const service = new LanguageService({ runtime: nodeRuntime() });
  const indexed = service.update(URI, BASE, undefined, -1)!;
  const opened = service.update(URI, BASE, 'yaml', 1)!;
  assert.equal(opened.version, 1);
  assert.ok(
    opened.docs.every((d, i) => d === indexed.docs[i]),
    'no new parse',
  );
  const changed = service.update(URI, BASE + '# end\n', 'yaml', 2)!;
  assert.equal(changed.version, 2);
  assert.deepEqual(shape(changed), shape(analyzeText(URI, BASE + '# end\n', 'yaml', 2)));
});
