import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeToSave } from '../../../server/src/node/cachedRequire';

test('the code cache is saved in a quiet moment, or after two minutes of work', () => {
  assert.equal(timeToSave(0.01, 9_000), true, 'quiet');
  assert.equal(timeToSave(0.4, 9_000), false, 'busy: someone is typing');
  assert.equal(timeToSave(0.06, 60_000), false, 'still busy');
  assert.equal(timeToSave(1, 120_000), true, 'busy all along: saved anyway');
});
