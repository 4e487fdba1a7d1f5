import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/links-bridge-only';

test('links outside bridge mode fire; the fix removes them', () => {
  const bad = json(ec2Task({ networkMode: 'awsvpc' }, { links: ['db'] }));
  assert.equal(run(ID, bad).length, 1);
  assertFix(ID, bad, bad.replace(/,\n\s*"links": \[\n\s*"db"\n\s*\]/, ''));
  assert.equal(run(ID, json(ec2Task({}, { links: ['db'] }))).length, 0);
});
