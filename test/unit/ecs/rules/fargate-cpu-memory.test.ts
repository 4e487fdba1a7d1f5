import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, assertFix, spanOf, service } from '../helpers';

const ID = 'ecs/fargate-cpu-memory';

test('invalid memory for the cpu fires at memory; valid pairs in any unit are silent', () => {
  const bad = json(fargateTask({ cpu: '256', memory: '4096' }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '"4096"');
  for (const [cpu, memory] of [
    ['256', '512'],
    ['1 vCPU', '2 GB'],
    [1024, 8192],
    ['0.5 vCPU', '1GB'],
    ['16384', '122880'],
  ]) {
    assert.equal(run(ID, json(fargateTask({ cpu, memory }))).length, 0, `${cpu}/${memory}`);
  }
});

test('missing cpu or memory and unknown cpu fire', () => {
  const t = fargateTask();
  delete t.cpu;
  delete t.memory;
  assert.equal(run(ID, json(t)).length, 2);
  assert.equal(run(ID, json(fargateTask({ cpu: '300' }))).length, 1);
  assert.equal(run(ID, json({ ...fargateTask({ cpu: 300 }), requiresCompatibilities: ['EC2'], networkMode: 'bridge' })).length, 0);
});

test('fix picks the nearest valid memory and keeps its type', () => {
  const bad = json(fargateTask({ cpu: '512', memory: '512' }));
  assertFix(ID, bad, bad.replace('"memory": "512"', '"memory": "1024"'));
  const num = json(fargateTask({ cpu: 1024, memory: 9000 }));
  assertFix(ID, num, num.replace('"memory": 9000', '"memory": 8192'));
});

test('sizes written with a leading dot (".25 vcpu", ".5 gb") are valid, as AWS accepts them', () => {
  const uri = 'file:///ws/task-definition.json';
  const text = json(fargateTask({ cpu: '.25 vcpu', memory: '.5 gb' }));
  assert.deepEqual(run(ID, text), []);
  assert.deepEqual(
    service({ uri, text })
      .diagnostics(uri)
      .map((f) => f.message),
    [],
  );
});
