import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask } from '../helpers';

const ID = 'ecs/fargate-container-cpu-sum';

test('containers asking for more cpu than the task fire', () => {
  const f = run(ID, json(fargateTask({}, { cpu: 512 })));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(run(ID, json(fargateTask({}, { cpu: 256 }))).length, 0);
});
