import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/no-essential-container';

test('all containers non-essential fires; omitted essential counts as true', () => {
  assert.equal(run(ID, json(ec2Task({}, { essential: false }))).length, 1);
  const t = ec2Task();
  delete (t.containerDefinitions as Record<string, unknown>[])[0].essential;
  assert.equal(run(ID, json(t)).length, 0);
});

test('fix sets the first container essential', () => {
  const bad = json(ec2Task({}, { essential: false }));
  assertFix(ID, bad, bad.replace('"essential": false', '"essential": true'));
});
