import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, spanOf } from '../helpers';

const ID = 'ecs/fargate-unsupported';

test('privileged, devices, docker volumes and capabilities other than SYS_PTRACE fire on Fargate', () => {
  const bad = json(
    fargateTask(
      {
        volumes: [
          { name: 'd', dockerVolumeConfiguration: { scope: 'task' } },
          { name: 'h', host: { sourcePath: '/var' } },
        ],
      },
      {
        privileged: true,
        linuxParameters: { devices: [{ hostPath: '/dev/fuse' }], capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'] } },
      },
    ),
  );
  const f = run(ID, bad).map((x) => spanOf(bad, x));
  assert.deepEqual(f.sort(), ['"NET_ADMIN"', '"devices"', '"dockerVolumeConfiguration"', '"privileged"', '"sourcePath"'].sort());
});

test('silent on EC2 and on Fargate-safe settings', () => {
  assert.equal(run(ID, json(ec2Task({}, { privileged: true }))).length, 0);
  assert.equal(
    run(
      ID,
      json(
        fargateTask(
          { volumes: [{ name: 'scratch' }] },
          { privileged: false, linuxParameters: { capabilities: { add: ['SYS_PTRACE'] }, initProcessEnabled: true } },
        ),
      ),
    ).length,
    0,
  );
});
