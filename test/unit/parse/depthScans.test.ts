/**
 * The guards' text scans (parse/depth.ts) jump from one character that matters to the next; here
 * they are held to the plain character-by-character loops they replaced, on random texts made of
 * the characters that matter (brackets, quotes, escapes, line breaks, runs of spaces) and on the
 * real files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exceedsIndent, scanNesting } from '../../../server/src/core/parse/depth';
import { realworldDir, unlessRealworld } from '../realworld';

/** the loop scanNesting was: every character read */
function nestingByChar(text: string, limit: number): { at?: number; max: number } {
  const brace = text.indexOf('{');
  const bracket = text.indexOf('[');
  const first = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
  if (first < 0) return { max: 0 };
  let depth = 0;
  let max = 0;
  let quote = 0;
  for (let i = text.lastIndexOf('\n', first) + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 && quote === 34) i++;
      else if (c === quote) quote = 0;
      else if (c === 10) quote = 0;
      continue;
    }
    if (c === 34) quote = 34;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return { at: i, max: depth };
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    }
  }
  return { max };
}

/** the loop exceedsIndent was */
function indentByChar(text: string, limit: number): number | undefined {
  let run = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      run = 0;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 32) {
      if (++run > limit) return i;
    } else atLineStart = false;
  }
  return undefined;
}

/** a small deterministic generator (mulberry32) */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['{', '}', '[', ']', '"', "'", '\\', '\n', ' ', '  ', '    ', 'a', 'key: ', '# c', '\r\n', '\t', '\\"', '""'];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 80);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

test('scanNesting and exceedsIndent answer as the character-by-character loops on random texts', () => {
  const next = random(13);
  for (let k = 0; k < 20_000; k++) {
    const text = randomText(next);
    for (const limit of [0, 1, 2, 3, 512]) {
      assert.deepEqual(scanNesting(text, limit), nestingByChar(text, limit), JSON.stringify({ text, limit }));
      assert.equal(exceedsIndent(text, limit), indentByChar(text, limit), JSON.stringify({ text, limit }));
    }
  }
});

test(
  'scanNesting and exceedsIndent answer as the character-by-character loops on the real files',
  { skip: unlessRealworld('k8s', 'cfn') },
  () => {
    for (const set of ['k8s', 'cfn'] as const) {
      const dir = realworldDir(set);
      const texts = readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
      texts.push(texts.join('\n---\n'));
      for (const text of texts)
        for (const limit of [2, 4, 512]) {
          assert.deepEqual(scanNesting(text, limit), nestingByChar(text, limit));
          assert.equal(exceedsIndent(text, limit), indentByChar(text, limit));
        }
    }
  },
);
