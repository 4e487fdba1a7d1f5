import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixed, tpl } from './helpers';

const ID = 'cfn/allowed-value';

test('a value outside the allowed ones is an error with the nearest as a fix (YAML and JSON)', () => {
  const y = tpl('  S:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: fargate\n      SchedulingStrategy: REPLICA\n');
  const [f, ...rest] = findings(ID, y);
  assert.equal(rest.length, 0);
  assert.match(fixed(y, f), /LaunchType: FARGATE/);
  const j = '{"Resources":{"S":{"Type":"AWS::ECS::Service","Properties":{"PropagateTags":"SERVICES"}}}}';
  const [g] = findings(ID, j, 't.json');
  assert.equal(fixed(j, g), '{"Resources":{"S":{"Type":"AWS::ECS::Service","Properties":{"PropagateTags":"SERVICE"}}}}');
});
