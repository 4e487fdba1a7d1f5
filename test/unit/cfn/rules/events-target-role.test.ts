import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, role, spanOf, tpl } from './helpers';

const base = (target: string) => `  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      TaskRoleArn: !GetAtt TaskRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: nginx:1.27
          Memory: 512
${role('TaskRole', 'ecs-tasks.amazonaws.com')}  Hourly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hour)
      Targets:
        - Id: run
          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/default
${target}          EcsParameters:
            TaskDefinitionArn: !Ref TaskDef
`;
const allow = (stmts: string) => `      Policies:
        - PolicyName: run
          PolicyDocument:
            Statement:
${stmts}`;
const RUN = `              - { Effect: Allow, Action: ecs:RunTask, Resource: !Ref TaskDef }\n`;
const PASS = `              - { Effect: Allow, Action: iam:PassRole, Resource: !GetAtt TaskRole.Arn }\n`;
const TARGET = `          RoleArn: !GetAtt EventsRole.Arn\n`;

test('a role that lets EventBridge run the task and pass its role: silent', () => {
  assert.deepEqual(lint(tpl(base(TARGET) + role('EventsRole', 'events.amazonaws.com', allow(RUN + PASS))), 'cfn/events-target-role'), []);
  const managed = `      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole]\n`;
  assert.deepEqual(lint(tpl(base(TARGET) + role('EventsRole', 'events.amazonaws.com', managed)), 'cfn/events-target-role'), []);
});

test('wrong trust, no RunTask, no PassRole: each reported on the RoleArn', () => {
  const text = tpl(
    base(TARGET) +
      role('EventsRole', 'ecs-tasks.amazonaws.com', allow(`              - { Effect: Allow, Action: ecs:DescribeTasks, Resource: '*' }\n`)),
  );
  const f = lint(text, 'cfn/events-target-role');
  assert.equal(f.length, 3, JSON.stringify(f));
  assert.ok(f.every((x) => spanOf(text, x) === '!GetAtt EventsRole.Arn'));
  assert.match(f[0].message, /events\.amazonaws\.com/);
  assert.match(f[1].message, /ecs:RunTask/);
  assert.match(f[2].message, /iam:PassRole on role "TaskRole"/);
});

test('an ECS target without RoleArn', () => {
  const f = lint(tpl(base('')), 'cfn/events-target-role');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /needs a RoleArn/);
});
