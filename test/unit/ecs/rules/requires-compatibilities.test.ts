import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix, spanOf, service } from '../helpers';

const ID = 'ecs/requires-compatibilities';

test('FARGATE_SPOT in requiresCompatibilities: one error (not also the schema enum), fixed to FARGATE', () => {
  const bad = json(fargateTask({ requiresCompatibilities: ['FARGATE_SPOT'] }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '"FARGATE_SPOT"');
  const uri = 'file:///ws/task-definition.json';
  assert.deepEqual(
    service({ uri, text: bad })
      .diagnostics(uri)
      .filter((d) => d.code === 'schema')
      .map((d) => d.message),
    [],
  );
  assertFix(ID, bad, json(fargateTask()));
});

test('EXTERNAL with awsvpc is a warning; bridge is fine', () => {
  const ext = run(ID, json(ec2Task({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' })));
  assert.equal(ext.length, 1);
  assert.equal(ext[0].severity, 'warning');
  assert.equal(run(ID, json(ec2Task({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'bridge' }))).length, 0);
});

test('MANAGED_INSTANCES without a network mode: warning with a fix that adds awsvpc', () => {
  const bad = json(ec2Task({ requiresCompatibilities: ['MANAGED_INSTANCES'] }));
  const f = run(ID, bad);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assertFix(ID, bad, bad.replace('"family": "web",', '"family": "web",\n  "networkMode": "awsvpc",'));
});

test('silent on ordinary Fargate and EC2 task definitions', () => {
  assert.equal(run(ID, json(fargateTask())).length, 0);
  assert.equal(run(ID, json(ec2Task({ requiresCompatibilities: ['EC2', 'FARGATE'], networkMode: 'awsvpc' }))).length, 0);
});
