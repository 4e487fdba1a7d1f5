/** The task definition lens counts services, EventBridge rules and Scheduler schedules, in files and in templates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ws } from './helpers';

const TASK = `{ "family": "report", "containerDefinitions": [{ "name": "job", "image": "busybox", "memory": 128 }] }`;
const SERVICE = `{ "serviceName": "report-api", "taskDefinition": "report:3", "cluster": "ops" }`;
// a template that runs the task definition file above by ARN, from a rule and a schedule
const RUNNER = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: cron(0 3 * * ? *)
      Targets:
        - Id: report
          Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/ops
          RoleArn: arn:aws:iam::123456789012:role/events-run-task
          EcsParameters:
            TaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/report
  Hourly:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: rate(1 hour)
      FlexibleTimeWindow: { Mode: 'OFF' }
      Target:
        Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/ops
        RoleArn: arn:aws:iam::123456789012:role/scheduler-run-task
        EcsParameters:
          TaskDefinitionArn: report
`;
// a template whose own task definition is run by its service and its rule
const SELF = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: [{ Name: app, Image: nginx, Memory: 128 }]
  Idle:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: [{ Name: app, Image: nginx, Memory: 128 }]
  Svc:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task
  OnUpload:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.s3] }
      Targets:
        - Id: t
          Arn: arn:aws:ecs:eu-west-1:123456789012:cluster/ops
          EcsParameters: { TaskDefinitionArn: !Ref Task }
`;

const lenses = (w: Ws, f: string) =>
  w.ls.codeLenses(`file:///ws/${f}`).map((l) => `${l.title}: ${l.locations.map((s) => w.show(s)).join(' | ')}`);

test('a task definition file: "used by 1 service, 1 rule, 1 schedule", the rule and schedule from a template', () => {
  const w = new Ws({ 'task.json': TASK, 'svc.json': SERVICE, 'runner.yaml': RUNNER });
  assert.deepEqual(lenses(w, 'task.json'), [
    'used by 1 service, 1 rule, 1 schedule: svc.json: report | runner.yaml: report | runner.yaml: report',
  ]);
  // and the rule's target goes to the file
  assert.deepEqual(w.definition('runner.yaml', 'task-definition/report', 'task-definition/'.length + 1), ['task.json: report']);
});

test('a task definition file nobody runs says so', () => {
  const w = new Ws({ 'task.json': TASK });
  assert.deepEqual(lenses(w, 'task.json'), ['no service or rule in the workspace runs it: ']);
});

test('a template task definition: its service and rule; another one unused', () => {
  const w = new Ws({ 'stack.yaml': SELF });
  assert.deepEqual(lenses(w, 'stack.yaml'), [
    'used by 1 service, 1 rule: stack.yaml: !Ref Task | stack.yaml: !Ref Task',
    'no service or rule in the workspace runs it: ',
  ]);
});

// AWS CLI inputs that run the task definition file: a put-targets by ARN, a create-schedule by family
const PUT_TARGETS = `{
  "Rule": "nightly-report",
  "Targets": [
    {
      "Id": "report",
      "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/ops",
      "RoleArn": "arn:aws:iam::123456789012:role/events-run-task",
      "EcsParameters": { "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:4", "LaunchType": "EC2" }
    },
    { "Id": "other", "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/ops", "EcsParameters": { "TaskDefinitionArn": "billing" } }
  ]
}`;
const SCHEDULE = `{
  "Name": "hourly-report",
  "ScheduleExpression": "rate(1 hour)",
  "FlexibleTimeWindow": { "Mode": "OFF" },
  "Target": {
    "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/ops",
    "RoleArn": "arn:aws:iam::123456789012:role/scheduler-run-task",
    "EcsParameters": { "TaskDefinitionArn": "report" }
  }
}`;

test('AWS CLI put-targets and create-schedule inputs: F12 from TaskDefinitionArn to the file, counted in its lens', () => {
  const w = new Ws({ 'task.json': TASK, 'targets.json': PUT_TARGETS, 'schedule.json': SCHEDULE });
  assert.deepEqual(lenses(w, 'task.json'), ['used by 1 rule, 1 schedule: targets.json: report | schedule.json: report']);
  assert.deepEqual(w.definition('targets.json', 'task-definition/report', 'task-definition/'.length + 1), ['task.json: report']);
  assert.deepEqual(w.definition('schedule.json', '"TaskDefinitionArn": "report"', '"TaskDefinitionArn": "'.length + 1), [
    'task.json: report',
  ]);
  // a family with no file in the workspace goes nowhere, and a rename of the family follows the ARN
  assert.deepEqual(w.definition('targets.json', '"billing"', 2), []);
  const renamed = w.rename('task.json', '"report"', 'reports', 2);
  assert.ok(typeof renamed !== 'string', String(renamed));
  assert.match(renamed['targets.json'], /task-definition\/reports:4"/);
  assert.match(renamed['schedule.json'], /"TaskDefinitionArn": "reports"/);
});
