/** Offsets and positions agree for \n, \r\n and lone \r line ends, at the ends of the text too. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/parse/lineIndex';

test('positions for every line-end style, both ways', () => {
  const text = 'a\nbc\r\nd\re\n';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 5);
  const want = [
    [0, 0, 0],
    [1, 0, 1],
    [2, 1, 0],
    [4, 1, 2],
    [5, 1, 3],
    [6, 2, 0],
    [8, 3, 0],
    [10, 4, 0],
  ];
  for (const [offset, line, character] of want) {
    assert.deepEqual(lines.positionAt(offset), { line, character }, `offset ${offset}`);
    assert.equal(lines.offsetAt({ line, character }), offset, `line ${line}:${character}`);
  }
  assert.deepEqual(lines.positionAt(99), { line: 4, character: 0 }, 'past the end: the end');
  assert.equal(
    lines.offsetAt({ line: 1, character: 99 }),
    6,
    'past a line end: the next line start (as vscode-languageserver-textdocument)',
  );
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  assert.equal(lines.lineStart(3), 8);
});

test('an empty text has one line', () => {
  const lines = new LineIndex('');
  assert.equal(lines.lineCount, 1);
  assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(lines.range(0, 0), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('the same lines with and without carriage returns', () => {
  const lf = 'apiVersion: v1\nkind: Pod\n\nmetadata:\n  name: x\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = new LineIndex(lf),
    b = new LineIndex(crlf);
  assert.equal(a.lineCount, 6);
  assert.equal(b.lineCount, 6);
  for (let line = 0; line < 6; line++) {
    assert.deepEqual(a.positionAt(a.lineStart(line)), { line, character: 0 });
    assert.deepEqual(b.positionAt(b.lineStart(line)), { line, character: 0 });
  }
  assert.deepEqual(a.positionAt(lf.indexOf('name')), { line: 4, character: 2 });
  assert.deepEqual(b.positionAt(crlf.indexOf('name')), { line: 4, character: 2 });
});

/** every line start of an index, through its public face */
const startsOf = (lines: LineIndex) => Array.from({ length: lines.lineCount }, (_, i) => lines.lineStart(i));

test('an index made after an edit equals one made from the new text, whatever the line ends (seeded edits)', () => {
  // a small seeded generator: the same cases on every run
  let seed = 13;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r\n'];
  const some = (n: number) => Array.from({ length: n }, () => pieces[rnd(pieces.length)]).join('');
  let cases = 0;
  for (let round = 0; round < 3000; round++) {
    const a = some(rnd(12));
    const start = rnd(a.length + 1);
    const oldEnd = start + rnd(a.length - start + 1);
    const inserted = some(rnd(4));
    const b = a.slice(0, start) + inserted + a.slice(oldEnd);
    const old = new LineIndex(a);
    assert.ok(old.lineCount > 0); // the table is made on first use; afterEdit copies only a made one
    const after = LineIndex.afterEdit(old, b, start, oldEnd, start + inserted.length);
    assert.deepEqual(startsOf(after), startsOf(new LineIndex(b)), `${JSON.stringify(a)} → ${JSON.stringify(b)}`);
    cases++;
  }
  assert.equal(cases, 3000);
});

test('the line starts of mixed \\n, \\r\\n and lone \\r texts are where a character loop finds them (seeded texts)', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['x', 'yz', '\n', '\r', '\r\n', '\n\r', '\r\r'];
  for (let round = 0; round < 2000; round++) {
    const text = Array.from({ length: rnd(14) }, () => pieces[rnd(pieces.length)]).join('');
    const want = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) want.push(i + 1);
    }
    assert.deepEqual(startsOf(new LineIndex(text)), want, JSON.stringify(text));
  }
});
