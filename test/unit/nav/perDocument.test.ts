/** The per-document answers the LSP keeps (outline, links, lens anchors): what an edit rebuilds, and that kept answers stay right. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerDocumentAnswer } from '../../../server/src/core/nav/index';
import type { DocUnit, SourceFile } from '../../../server/src/core/types';
import { serviceWith, uri } from '../helpers';

const cm = (name: string, value: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  key: ${value}
`;
const deploy = (name: string, config: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}:1.0
          envFrom: [{ configMapRef: { name: ${config} } }]
`;
const FILE = [cm('one', 'a'), deploy('web', 'one'), cm('two', 'b'), deploy('api', 'two'), cm('three', 'c')].join('---\n');
const U = uri('all.yaml');

/** what a part holds, in positions (as the LSP sends them) */
function outlineOf(ls: ReturnType<typeof serviceWith>) {
  const made: number[] = [];
  const answer = new PerDocumentAnswer((file: SourceFile, doc: DocUnit) => {
    made.push(doc.index);
    return ls.docSymbols(file, doc).map((s) => `${s.name} ${JSON.stringify(file.lines.range(s.selection.offset, s.selection.length))}`);
  });
  return { made, answer };
}

const fresh = (ls: ReturnType<typeof serviceWith>) => outlineOf(ls).answer.get(ls.workspace.get(U)!);

test('per-document answers: the same version is answered from the kept list; an edit rebuilds the edited document only', () => {
  const ls = serviceWith({ 'all.yaml': FILE });
  const { made, answer } = outlineOf(ls);
  const first = answer.get(ls.workspace.get(U)!);
  assert.deepEqual(made, [0, 1, 2, 3, 4]);
  assert.equal(answer.get(ls.workspace.get(U)!), first, 'the same analysis: the same list');
  // a longer value in the last document: only that one is built again
  ls.update(U, FILE.replace('key: c', 'key: cccc'), 'yaml', 2);
  made.length = 0;
  assert.deepEqual(answer.get(ls.workspace.get(U)!), first);
  assert.deepEqual(made, [4]);
  // a longer name in the second document moves the offsets below it, not their lines: the edited
  // document (and the next, which the re-parse reads again to check the split) is built again
  const renamed = FILE.replace('key: c', 'key: cccc').replace('name: web', 'name: website');
  ls.update(U, renamed, 'yaml', 3);
  made.length = 0;
  const after = answer.get(ls.workspace.get(U)!);
  assert.ok(made.includes(1) && !made.includes(0) && !made.includes(3) && !made.includes(4), `rebuilt ${made}`);
  assert.ok(after.some((s) => s.startsWith('website ')));
  assert.deepEqual(after, fresh(ls), 'kept parts answer what a fresh build answers');
});

test('per-document answers: a line added above moves every later document, which is built again', () => {
  const ls = serviceWith({ 'all.yaml': FILE });
  const { made, answer } = outlineOf(ls);
  answer.get(ls.workspace.get(U)!);
  ls.update(U, FILE.replace('key: a', 'key: a\n  more: x'), 'yaml', 2);
  made.length = 0;
  assert.deepEqual(answer.get(ls.workspace.get(U)!), fresh(ls));
  assert.deepEqual(made, [0, 1, 2, 3, 4]);
});

test('per-document answers: links of kept documents keep their positions after an edit above them', () => {
  const ls = serviceWith({ 'all.yaml': FILE });
  const linksOf = () =>
    new PerDocumentAnswer((file: SourceFile, doc: DocUnit) =>
      ls.docLinks(file, doc).map((l) => `${l.target} ${JSON.stringify(file.lines.range(l.offset, l.length))}`),
    );
  const kept = linksOf();
  const before = kept.get(ls.workspace.get(U)!);
  assert.ok(before.some((l) => l.includes('console.aws.amazon.com/ecr')));
  ls.update(U, FILE.replace('key: a', 'key: aaaaaaaa'), 'yaml', 2);
  const built = kept.built;
  assert.deepEqual(kept.get(ls.workspace.get(U)!), linksOf().get(ls.workspace.get(U)!));
  assert.ok(kept.built - built <= 2, 'only the edited document and the next are built again');
});

test('per-document answers: lens anchors are kept while a change in another file changes the lens title', () => {
  const other = uri('other.yaml');
  const ls = serviceWith({ 'all.yaml': FILE, 'other.yaml': deploy('extra', 'three') });
  const anchors = new PerDocumentAnswer((file: SourceFile, doc: DocUnit) => ls.docLensAnchors(file, doc));
  const three = FILE.indexOf('name: three') + 'name: '.length;
  const list = anchors.get(ls.workspace.get(U)!);
  assert.ok(list.includes(three));
  const title = () => ls.resolveCodeLens(U, three)?.title;
  assert.equal(title(), 'used by 1 reference');
  ls.update(other, deploy('extra', 'elsewhere'), 'yaml', 2);
  assert.equal(anchors.get(ls.workspace.get(U)!), list, 'the file did not change: the same anchors');
  assert.equal(title(), 'not used in the workspace');
});
