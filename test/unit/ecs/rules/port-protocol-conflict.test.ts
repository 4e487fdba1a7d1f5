import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task } from '../helpers';

const ID = 'ecs/port-protocol-conflict';

test('one port with two protocols fires', () => {
  assert.equal(
    run(
      ID,
      json(
        ec2Task(
          {},
          {
            portMappings: [
              { containerPort: 53, protocol: 'tcp' },
              { containerPort: 53, protocol: 'udp' },
            ],
          },
        ),
      ),
    ).length,
    1,
  );
  assert.equal(
    run(
      ID,
      json(
        ec2Task(
          {},
          {
            portMappings: [
              { containerPort: 53, protocol: 'tcp' },
              { containerPort: 54, protocol: 'udp' },
            ],
          },
        ),
      ),
    ).length,
    0,
  );
});

test('two awsvpc containers on one port fire; in bridge mode they do not', () => {
  const two = (t: Record<string, unknown>) => {
    const list = t.containerDefinitions as Record<string, unknown>[];
    list.push({ ...list[0], name: 'side' });
    return t;
  };
  assert.equal(run(ID, json(two(fargateTask()))).length, 1);
  assert.equal(run(ID, json(two(ec2Task()))).length, 0);
});
