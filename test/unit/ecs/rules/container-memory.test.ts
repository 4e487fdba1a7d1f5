import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, fargateTask } from '../helpers';

const ID = 'ecs/container-memory';

test('reservation at or above the limit fires', () => {
  assert.equal(run(ID, json(ec2Task({}, { memory: 256, memoryReservation: 512 }))).length, 1);
  assert.equal(run(ID, json(ec2Task({}, { memory: 512, memoryReservation: 256 }))).length, 0);
});

test('container above task memory, below 6 MiB, or with no memory on EC2 fires', () => {
  assert.equal(run(ID, json(fargateTask({}, { memory: 1024 }))).length, 1);
  assert.equal(run(ID, json(ec2Task({}, { memory: 4 }))).length, 1);
  const t = ec2Task();
  delete (t.containerDefinitions as Record<string, unknown>[])[0].memory;
  assert.equal(run(ID, json(t)).length, 1);
  assert.equal(run(ID, json({ ...t, memory: '512' })).length, 0);
});

test('reservations adding up above the task memory fire', () => {
  const t = fargateTask({}, { memoryReservation: 300 });
  (t.containerDefinitions as Record<string, unknown>[]).push({
    name: 'side',
    image: 'busybox:1.36',
    essential: false,
    memoryReservation: 300,
  });
  assert.equal(run(ID, json(t)).length, 1);
});
