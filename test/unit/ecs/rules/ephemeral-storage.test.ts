import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, service } from '../helpers';

const ID = 'ecs/ephemeral-storage';

test('size out of range is reported once (by the schema when it has the range, else by the rule)', () => {
  const uri = 'file:///ws/task-definition.json';
  const all = service({ uri, text: json(fargateTask({ ephemeralStorage: { sizeInGiB: 20 } })) }).diagnostics(uri);
  const hits = all.filter((f) => f.code === ID || (f.code === 'schema' && /sizeInGiB|21|200/.test(f.message)));
  assert.equal(hits.length, 1, JSON.stringify(all.map((f) => f.message)));
  assert.equal(run(ID, json(fargateTask({ ephemeralStorage: { sizeInGiB: 100 } }))).length, 0);
});

test('ephemeral storage on an EC2-only task is a warning', () => {
  const ec2 = run(ID, json(ec2Task({ ephemeralStorage: { sizeInGiB: 30 } })));
  assert.equal(ec2.length, 1);
  assert.equal(ec2[0].severity, 'warning');
});
