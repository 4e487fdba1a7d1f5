import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from '../../../client/src/restartPolicy';

test('a crash is restarted, up to the limit within the window, then the client gives up with a reason', () => {
  const p = new RestartPolicy();
  for (let i = 0; i < MAX_RESTARTS; i++) assert.deepEqual(p.closed(1000 + i), { restart: true });
  const last = p.closed(2000);
  assert.equal(last.restart, false);
  assert.match(last.restart ? '' : last.message, /stopped 6 times in 3 minutes/);
});

test('crashes further apart than the window never stop the restarts', () => {
  const p = new RestartPolicy();
  for (let i = 0; i < 3 * MAX_RESTARTS; i++) assert.deepEqual(p.closed(i * (WINDOW_MS / 2 + 1)), { restart: true });
});

test('old crashes leave the window: a crash loop after a quiet spell gets the full allowance again', () => {
  const p = new RestartPolicy();
  for (let i = 0; i < MAX_RESTARTS; i++) p.closed(i);
  const later = WINDOW_MS + 10_000;
  for (let i = 0; i < MAX_RESTARTS; i++) assert.deepEqual(p.closed(later + i), { restart: true });
  assert.equal(p.closed(later + 100).restart, false);
});
