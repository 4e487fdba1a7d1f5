import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task } from '../helpers';

const ID = 'ecs/none-network-ports';

test('port mappings in none mode are flagged', () => {
  assert.equal(run(ID, json(ec2Task({ networkMode: 'none' }))).length, 1);
  assert.equal(run(ID, json(ec2Task({ networkMode: 'none' }, { portMappings: [] }))).length, 0);
  assert.equal(run(ID, json(ec2Task({ networkMode: 'bridge' }))).length, 0);
});
