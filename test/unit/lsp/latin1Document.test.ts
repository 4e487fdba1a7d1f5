/**
 * The one-byte open document (lsp/latin1Document.ts) against the library's TextDocument: the same
 * text, line table, positions and offsets after random edits (ASCII, Latin-1, CRLF and lone CR,
 * reversed and out-of-range ranges, several changes per notification, full replacements), and the
 * fallback to the library once a change brings a character above U+00FF (emoji, surrogates).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditLog } from '../../../server/src/lsp/editLog';
import { Latin1Document } from '../../../server/src/lsp/latin1Document';
import { mulberry32 } from '../../../bench/genRandom.mjs';

const LATIN1 = ['a', 'b', ' ', 'key: v', '\n', '\r\n', '\r', 'é', '·', 'ÿ', '\u0000', '---\n', '\n\n'];
const WIDE = ['😀', '\ud83d', 'Ω', '中', '\u2028'];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}
function textOf(rnd: () => number, alphabet: readonly string[], max: number): string {
  let s = '';
  for (let n = Math.floor(rnd() * max); n > 0; n--) s += pick(rnd, alphabet);
  return s;
}
/** a position anywhere, including before the start, past the line's end and past the last line */
function position(rnd: () => number, lines: number) {
  return { line: Math.floor(rnd() * (lines + 3)) - 1, character: Math.floor(rnd() * 14) - 1 };
}

/** every reading of the two documents agrees */
function same(ours: TextDocument, lib: TextDocument, rnd: () => number, what: string) {
  const text = lib.getText();
  assert.equal(ours.getText(), text, `${what}: text`);
  assert.equal(ours.lineCount, lib.lineCount, `${what}: lineCount`);
  assert.equal(ours.version, lib.version, `${what}: version`);
  for (let i = 0; i < 25; i++) {
    const p = position(rnd, lib.lineCount);
    assert.equal(ours.offsetAt(p), lib.offsetAt(p), `${what}: offsetAt ${JSON.stringify(p)}`);
    const o = Math.floor(rnd() * (text.length + 4)) - 2;
    assert.deepEqual(ours.positionAt(o), lib.positionAt(o), `${what}: positionAt ${o}`);
    const range = { start: position(rnd, lib.lineCount), end: position(rnd, lib.lineCount) };
    assert.equal(ours.getText(range), lib.getText(range), `${what}: getText ${JSON.stringify(range)}`);
    const line = Math.floor(rnd() * (lib.lineCount + 2)) - 1;
    assert.deepEqual(ours.getLineRange(line), lib.getLineRange(line), `${what}: getLineRange ${line}`);
    assert.equal(ours.getEOLCharacters(line), lib.getEOLCharacters(line), `${what}: getEOLCharacters ${line}`);
  }
}

/**
 * Changes as an editor sends them: lines within the document (the library's own line table breaks
 * on a line past the end), characters possibly past the line's end, ranges possibly reversed. Each
 * change's range is in the text the earlier ones made: `doc`, a copy, takes them one by one.
 */
function randomChanges(rnd: () => number, doc: TextDocument, alphabet: readonly string[]): TextDocumentContentChangeEvent[] {
  const changes: TextDocumentContentChangeEvent[] = [];
  const scratch = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  const at = () => ({ line: Math.floor(rnd() * scratch.lineCount), character: Math.floor(rnd() * 12) - 1 });
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const c = rnd() < 0.05 ? { text: textOf(rnd, alphabet, 60) } : { range: { start: at(), end: at() }, text: textOf(rnd, alphabet, 6) };
    changes.push(c);
    TextDocument.update(scratch, [c], scratch.version + 1);
  }
  return changes;
}

test('one-byte documents: the same text, lines, positions and offsets as the library after random edits', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const rnd = mulberry32(seed);
    const initial = textOf(rnd, LATIN1, 80);
    const ours = new Latin1Document('file:///t', 'yaml', 1, initial);
    const lib = TextDocument.create('file:///t', 'yaml', 1, initial);
    same(ours, lib, rnd, `seed ${seed} open`);
    for (let v = 2; v < 40; v++) {
      const changes = randomChanges(rnd, lib, LATIN1);
      // read the text between some versions only: the buffer is patched without a string in between
      assert.equal(ours.update(changes, v), true);
      TextDocument.update(lib, changes, v);
      if (rnd() < 0.4) same(ours, lib, rnd, `seed ${seed} v${v} ${JSON.stringify(changes)}`);
    }
    same(ours, lib, rnd, `seed ${seed} end`);
  }
});

test('one-byte documents: growing past the buffer, long inserts of many lines, and a full replacement', () => {
  const rnd = mulberry32(99);
  const ours = new Latin1Document('file:///t', 'yaml', 1, 'a\nb');
  const lib = TextDocument.create('file:///t', 'yaml', 1, 'a\nb');
  const many = 'line é\r\n'.repeat(12000);
  const steps: TextDocumentContentChangeEvent[][] = [
    [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: many }],
    [{ range: { start: { line: 5, character: 2 }, end: { line: 11000, character: 3 } }, text: 'x\ny' }],
    [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n'.repeat(300) }],
    [{ text: 'short' }],
    [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: many }],
  ];
  for (const [i, changes] of steps.entries()) {
    assert.equal(ours.update(changes, i + 2), true);
    TextDocument.update(lib, changes, i + 2);
    same(ours, lib, rnd, `step ${i}`);
  }
});

test('a change with a character above U+00FF: refused whole, and the editor log falls back to the library', () => {
  const ours = new Latin1Document('file:///t', 'yaml', 1, 'name: a\n');
  const wide = [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'é' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '😀' },
  ];
  assert.equal(ours.update(wide, 2), false);
  assert.equal(ours.getText(), 'name: a\n');
  assert.equal(ours.version, 1);

  for (let seed = 1; seed <= 40; seed++) {
    const rnd = mulberry32(1000 + seed);
    const config = new EditLog(0).documents();
    const initial = textOf(rnd, seed % 4 === 0 ? [...LATIN1, ...WIDE] : LATIN1, 60);
    let doc = config.create('file:///t', 'yaml', 1, initial);
    assert.equal(doc instanceof Latin1Document, !/[^\u0000-\u00ff]/.test(initial), 'one-byte texts are kept in a buffer');
    const lib = TextDocument.create('file:///t', 'yaml', 1, initial);
    for (let v = 2; v < 30; v++) {
      const changes = randomChanges(rnd, lib, rnd() < 0.1 ? WIDE : LATIN1);
      doc = config.update(doc, changes, v);
      TextDocument.update(lib, changes, v);
      same(doc, lib, rnd, `seed ${seed} v${v}`);
    }
  }
});

test('a range past the last line (no editor sends one) does not throw, and the lines are counted again', () => {
  const ours = new Latin1Document('file:///t', 'yaml', 1, 'a\nb\n');
  const past = { start: { line: 1, character: 0 }, end: { line: 9, character: 4 } };
  assert.equal(ours.update([{ range: past, text: 'x\ny\nz' }], 2), true);
  const expected = TextDocument.create('file:///t', 'yaml', 2, 'a\nx\ny\nz');
  same(ours, expected, mulberry32(5), 'past the end');
});

test('the editor log keeps only long one-byte texts in a buffer', () => {
  const config = new EditLog().documents();
  assert.ok(!(config.create('file:///s', 'yaml', 1, 'key: v\n') instanceof Latin1Document), 'a small file: the library');
  assert.ok(config.create('file:///b', 'yaml', 1, 'key: v\n'.repeat(20000)) instanceof Latin1Document, 'a big file: the buffer');
  assert.ok(!(config.create('file:///w', 'yaml', 1, 'key: 😀\n'.repeat(20000)) instanceof Latin1Document), 'a wide character: the library');
});
