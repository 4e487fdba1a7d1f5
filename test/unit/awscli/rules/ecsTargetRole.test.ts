import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings, underlined, ARN } from '../helpers';

const ID = 'awscli/ecs-target-role';

test('an ECS target without RoleArn is reported; other targets and ECS targets with a role are not', () => {
  const ls = workspace({
    'targets.json': {
      Rule: 'r',
      Targets: [
        { Id: 'ecs', Arn: ARN.cluster, EcsParameters: { TaskDefinitionArn: ARN.task('x') } },
        { Id: 'sns', Arn: 'arn:aws:sns:eu-west-1:123456789012:admins' },
        { Id: 'ok', Arn: ARN.cluster, RoleArn: ARN.role, EcsParameters: { TaskDefinitionArn: ARN.task('x') } },
      ],
    },
  });
  const found = findings(ls, 'targets.json', ID);
  assert.equal(found.length, 1);
  assert.equal(underlined(ls, 'targets.json', found[0]), '"EcsParameters"');
  assert.match(found[0].message, /RoleArn/);
});
