import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, spanOf, tpl } from './helpers';

const text = (task: string, ecs: string) =>
  tpl(`  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
${task}      ContainerDefinitions:
        - Name: app
          Image: nginx:1.27
          Memory: 512
  Queue:
    Type: AWS::SQS::Queue
  Nightly:
    Type: AWS::Scheduler::Schedule
    Properties:
      FlexibleTimeWindow: { Mode: 'OFF' }
      ScheduleExpression: cron(0 2 * * ? *)
      Target:
        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/default
        RoleArn: arn:aws:iam::123456789012:role/scheduler
        EcsParameters:
${ecs}`);

test('awsvpc without NetworkConfiguration, FARGATE on an EC2-only task definition', () => {
  const t = text('      NetworkMode: awsvpc\n', '          TaskDefinitionArn: !Ref TaskDef\n          LaunchType: FARGATE\n');
  const f = findings('cfn/events-ecs-target', t);
  assert.equal(f.length, 2, JSON.stringify(f));
  assert.equal(spanOf(t, f[0]), 'EcsParameters');
  assert.match(f[0].message, /awsvpc.*NetworkConfiguration/);
  assert.equal(spanOf(t, f[1]), 'FARGATE');
});

test('a task definition ARN that is another resource, or missing', () => {
  const t = text('', '          TaskDefinitionArn: !GetAtt Queue.Arn\n');
  const f = findings('cfn/events-ecs-target', t);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /AWS::SQS::Queue, not a task definition/);
  assert.match(findings('cfn/events-ecs-target', text('', '          LaunchType: EC2\n'))[0].message, /needs TaskDefinitionArn/);
});

test('a Fargate task with its network configuration: silent', () => {
  const ok = text(
    '      NetworkMode: awsvpc\n      RequiresCompatibilities: [FARGATE]\n      Cpu: 256\n      Memory: 512\n',
    '          TaskDefinitionArn: !Ref TaskDef\n          LaunchType: FARGATE\n          NetworkConfiguration:\n            AwsvpcConfiguration: { Subnets: [subnet-1] }\n',
  );
  assert.deepEqual(findings('cfn/events-ecs-target', ok), []);
});
