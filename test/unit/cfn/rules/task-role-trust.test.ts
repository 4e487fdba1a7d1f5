import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, role, spanOf, tpl } from './helpers';

const task = `  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      TaskRoleArn: !GetAtt TaskRole.Arn
      ExecutionRoleArn: !Ref ExecRole
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 512
`;

test('fires on a task or execution role that ECS tasks may not assume', () => {
  const text = tpl(task + role('TaskRole', 'ec2.amazonaws.com') + role('ExecRole', 'ecs.amazonaws.com'));
  const f = findings('cfn/task-role-trust', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['!GetAtt TaskRole.Arn', '!Ref ExecRole'],
  );
  assert.match(f[0].message, /task role.*ecs-tasks\.amazonaws\.com/);
});

test('silent when the roles trust ecs-tasks, or the trust policy cannot be read', () => {
  assert.deepEqual(
    findings(
      'cfn/task-role-trust',
      tpl(task + role('TaskRole', 'ecs-tasks.amazonaws.com') + role('ExecRole', '[ecs-tasks.amazonaws.com]')),
    ),
    [],
  );
  assert.deepEqual(
    findings(
      'cfn/task-role-trust',
      tpl(task + role('TaskRole', "!Sub 'ecs-tasks.${AWS::URLSuffix}'") + role('ExecRole', 'ecs-tasks.amazonaws.com')),
    ),
    [],
  );
  // roles from elsewhere (an ARN, an import) are not ours to judge
  const other = task
    .replace('!GetAtt TaskRole.Arn', 'arn:aws:iam::123456789012:role/x')
    .replace('!Ref ExecRole', '!ImportValue ExecRoleArn');
  assert.deepEqual(findings('cfn/task-role-trust', tpl(other)), []);
});
