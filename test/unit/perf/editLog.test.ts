/**
 * The editor's edits handed to the service (lsp/editLog.ts): the span composed over any run of
 * versions must hold all that changed (the texts agree before and after it), and a service taking texts with it must give exactly
 * the whole-file parse, through random typing, multi-change notifications and full replacements.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EditLog } from '../../../server/src/lsp/editLog';
import { analyzeText } from '../../../server/src/core/analyze';
import { reanalyzeYaml } from '../../../server/src/core/reanalyze';
import { LanguageService } from '../../../server/src/core/service';
import type { AstNode } from '../../../server/src/core/parse/tree';
import type { SourceFile } from '../../../server/src/core/types';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { mulberry32 } from '../../../bench/genRandom.mjs';

const URI = 'file:///t/all.yaml';
const doc = (i: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: ${i % 5}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "nginx:1.${i}"\n`;
const BASE = Array.from({ length: 8 }, (_, i) => doc(i)).join('---\n');

function shape(f: SourceFile): unknown {
  const node = (n: AstNode | undefined): unknown => n && [n.type, n.offset, n.length, n.colonOffset, n.value, n.children?.map(node)];
  const lines = Array.from({ length: f.text.length + 1 }, (_, o) => o)
    .filter((o) => o % 7 === 0)
    .map((o) => f.lines.positionAt(o));
  return { docs: f.docs.map((d) => [d.offset, d.length, d.kind, d.syntaxErrors, node(d.root)]), lines };
}

/** the TextDocuments handlers that didOpen / didChange reach, without a connection */
function editor(log: EditLog) {
  const config = log.documents();
  let current: TextDocument = config.create(URI, 'yaml', 1, BASE);
  return {
    get doc() {
      return current;
    },
    change(changes: Parameters<typeof config.update>[1]) {
      current = config.update(current, changes, current.version + 1);
    },
  };
}

// the editor's documents as the library keeps them (small files) and in a buffer (latin1Document.ts)
for (const [kind, bufferedFrom] of [
  ['library', Infinity],
  ['buffer', 0],
] as const) {
  test(`the composed span covers every change between any two versions (${kind})`, () => {
    const r = mulberry32(3);
    const log = new EditLog(bufferedFrom);
    const ed = editor(log);
    const texts = new Map<number, string>([[1, BASE]]);
    for (let i = 0; i < 300; i++) {
      const text = ed.doc.getText();
      const at = Math.floor(r() * (text.length + 1));
      const end = Math.min(text.length, at + (r() < 0.4 ? Math.floor(r() * 5) : 0));
      const range = { start: ed.doc.positionAt(at), end: ed.doc.positionAt(end) };
      // sometimes two changes in one notification, the second in the text the first made
      const second = r() < 0.2 ? [{ range: { start: ed.doc.positionAt(0), end: ed.doc.positionAt(1) }, text: '#' }] : [];
      ed.change([{ range, text: ['x', '\n', '', 'ab\r\n', ' '][Math.floor(r() * 5)] }, ...second]);
      texts.set(ed.doc.version, ed.doc.getText());
      const to = ed.doc.version;
      const from = Math.max(1, to - 1 - Math.floor(r() * 10));
      const span = log.since(URI, from, to);
      assert.ok(span, `a span from ${from} to ${to}`);
      const a = texts.get(from)!;
      const b = texts.get(to)!;
      assert.equal(a.length - span.oldEnd, b.length - span.newEnd);
      assert.equal(a.slice(0, span.start), b.slice(0, span.start));
      assert.equal(a.slice(span.oldEnd), b.slice(span.newEnd));
    }
  });
}

test('a full replacement or a reopened document gives no span', () => {
  const log = new EditLog();
  const ed = editor(log);
  ed.change([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#' }]);
  assert.ok(log.since(URI, 1, 2));
  ed.change([{ text: BASE }]);
  assert.equal(log.since(URI, 2, 3), undefined);
  assert.equal(log.since(URI, 1, 3), undefined);
  editor(log); // opened again: versions start over
  assert.equal(log.since(URI, 1, 2), undefined);
});

// the editor's documents as the library keeps them (small files) and in a buffer (latin1Document.ts)
for (const [kind, bufferedFrom] of [
  ['library', Infinity],
  ['buffer', 0],
] as const) {
  test(`a service fed the editor spans gives the whole-file parse after every request (${kind})`, () => {
    const r = mulberry32(11);
    const log = new EditLog(bufferedFrom);
    const ed = editor(log);
    const service = new LanguageService({ runtime: nodeRuntime() });
    service.update(URI, BASE, 'yaml', 1);
    let fast = 0;
    let spans = 0;
    let good = BASE; // the newest text the service found valid
    for (let i = 0; i < 250; i++) {
      const text = ed.doc.getText();
      const at = Math.floor(r() * (text.length + 1));
      const del = r() < 0.4 ? Math.floor(r() * 3) : 0;
      const ins = r() < 0.8 ? ['a', ' ', '\n', ':', '9', '\n  extra: 1', ''][Math.floor(r() * 7)] : '';
      ed.change([{ range: { start: ed.doc.positionAt(at), end: ed.doc.positionAt(Math.min(text.length, at + del)) }, text: ins }]);
      // typing runs ahead of the service now and then (several versions per request)
      if (r() < 0.3) continue;
      const kept = new Set(service.workspace.get(URI)!.docs);
      const got = service.update(URI, ed.doc.getText(), 'yaml', ed.doc.version, (from, to) => {
        const span = log.since(URI, from, to);
        if (span) spans++;
        return span;
      })!;
      if (got.docs.some((d) => kept.has(d))) fast++;
      assert.deepEqual(shape(got), shape(analyzeText(URI, ed.doc.getText(), 'yaml', ed.doc.version)), `edit ${i}`);
      // a broken file always takes the full parse: back to the last valid text, so the walk stays in valid YAML
      if (got.docs.some((d) => d.syntaxErrors.length))
        ed.change([{ range: { start: ed.doc.positionAt(0), end: ed.doc.positionAt(ed.doc.getText().length) }, text: good }]);
      else good = ed.doc.getText();
    }
    assert.ok(fast > 20 && spans > 20, `the incremental path was taken ${fast} times, with ${spans} spans`);
  });
}

test('a span wider than the change, or one that does not fit the texts, gives the whole-file parse', () => {
  const at = BASE.indexOf('replicas: 2') + 'replicas: '.length;
  const text = BASE.slice(0, at) + '2' + BASE.slice(at + 1); // the same character typed over itself
  const wide = reanalyzeYaml(analyzeText(URI, BASE, 'yaml', 1), text, 2, Infinity, { start: at - 3, oldEnd: at + 1, newEnd: at + 1 });
  assert.ok(wide, 'the fast path was taken');
  assert.deepEqual(shape(wide), shape(analyzeText(URI, text, 'yaml', 2)));
  const grown = BASE.slice(0, at) + '27' + BASE.slice(at + 1);
  const wrong = reanalyzeYaml(analyzeText(URI, BASE, 'yaml', 1), grown, 2, Infinity, { start: at, oldEnd: at + 1, newEnd: at + 1 });
  assert.ok(wrong, 'a span that does not fit is replaced by the compared one');
  assert.deepEqual(shape(wrong), shape(analyzeText(URI, grown, 'yaml', 2)));
});
