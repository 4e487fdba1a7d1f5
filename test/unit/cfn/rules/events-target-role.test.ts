import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, role, spanOf, tpl } from './helpers';

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
  assert.deepEqual(
    findings('cfn/events-target-role', tpl(base(TARGET) + role('EventsRole', 'events.amazonaws.com', allow(RUN + PASS)))),
    [],
  );
  const managed = `      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole]\n`;
  assert.deepEqual(findings('cfn/events-target-role', tpl(base(TARGET) + role('EventsRole', 'events.amazonaws.com', managed))), []);
});

test('wrong trust, no RunTask, no PassRole: each reported on the RoleArn', () => {
  const text = tpl(
    base(TARGET) +
      role('EventsRole', 'ecs-tasks.amazonaws.com', allow(`              - { Effect: Allow, Action: ecs:DescribeTasks, Resource: '*' }\n`)),
  );
  const f = findings('cfn/events-target-role', text);
  assert.equal(f.length, 3, JSON.stringify(f));
  assert.ok(f.every((x) => spanOf(text, x) === '!GetAtt EventsRole.Arn'));
  assert.match(f[0].message, /events\.amazonaws\.com/);
  assert.match(f[1].message, /ecs:RunTask/);
  assert.match(f[2].message, /iam:PassRole on role "TaskRole"/);
});

test('an ECS target without RoleArn', () => {
  const f = findings('cfn/events-target-role', tpl(base('')));
  assert.equal(f.length, 1);
  assert.match(f[0].message, /needs a RoleArn/);
});

test('a Scheduler schedule: its role must trust scheduler.amazonaws.com, with the same RunTask and PassRole', () => {
  const schedule = (roleName: string) => `  Nightly:
    Type: AWS::Scheduler::Schedule
    Properties:
      FlexibleTimeWindow: { Mode: 'OFF' }
      ScheduleExpression: cron(0 2 * * ? *)
      Target:
        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/default
        RoleArn: !GetAtt ${roleName}.Arn
        EcsParameters:
          TaskDefinitionArn: !Ref TaskDef
`;
  const task = base('').split('  Hourly:')[0];
  const good = tpl(task + schedule('SchedulerRole') + role('SchedulerRole', 'scheduler.amazonaws.com', allow(RUN + PASS)));
  assert.deepEqual(findings('cfn/events-target-role', good), []);
  const text = tpl(task + schedule('SchedulerRole') + role('SchedulerRole', 'events.amazonaws.com', allow(RUN)));
  const f = findings('cfn/events-target-role', text);
  assert.equal(f.length, 2, JSON.stringify(f));
  assert.match(f[0].message, /does not let scheduler\.amazonaws\.com assume it/);
  assert.match(f[1].message, /iam:PassRole on role "TaskRole"/);
});
