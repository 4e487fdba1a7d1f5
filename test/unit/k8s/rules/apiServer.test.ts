/**
 * The API-server and eksctl rejections (apiServerCases.ts): each rule fires at the line of the
 * offending field, says what the real tool's message says in its own words, and is silent on
 * the corrected document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiServerCases } from './apiServerCases';
import { run } from '../helpers';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

for (const [id, c] of Object.entries(apiServerCases)) {
  test(`${id} mirrors: ${c.mirrors}`, () => {
    const [file, text] = Object.entries(c.fires)[0];
    const fired = run(id, c.fires);
    assert.ok(fired.length > 0, `${id} did not fire on ${file}`);
    assert.equal(fired[0].severity, 'error');
    assert.equal(lineOf(text, fired[0].offset), c.line, `${id}: ${fired[0].message}`);
    assert.deepEqual(
      run(id, c.silent).map((f) => f.message),
      [],
    );
  });
}
