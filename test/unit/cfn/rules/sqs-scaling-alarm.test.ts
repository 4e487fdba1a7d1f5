import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, spanOf, tpl } from './helpers';

const ID = 'cfn/sqs-scaling-alarm';

const stack = (dimension: string, policyType = 'StepScaling', dimensionOf = 'ecs:service:DesiredCount') => `  Queue:
    Type: AWS::SQS::Queue
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ScalableDimension: ${dimensionOf}
      ResourceId: service/workers/queue-worker
      MinCapacity: 1
      MaxCapacity: 10
  ScaleOut:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: scale-out
      PolicyType: ${policyType}
      ScalingTargetId: !Ref Target
  Backlog:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateNumberOfMessagesVisible
      Dimensions:
        - Name: QueueName
          Value: ${dimension}
      Statistic: Average
      Period: 60
      EvaluationPeriods: 2
      Threshold: 100
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref ScaleOut]
`;

test('QueueName from GetAtt QueueName, a literal name, or a parameter: silent', () => {
  assert.deepEqual(findings(ID, tpl(stack('!GetAtt Queue.QueueName'))), []);
  assert.deepEqual(findings(ID, tpl(stack('jobs'))), []);
  assert.deepEqual(findings(ID, tpl(stack('!Ref QueueNameParam'), 'Parameters:\n  QueueNameParam:\n    Type: String\n')), []);
});

test('QueueName written `!Ref Queue` is the URL: warning with the fix to GetAtt QueueName', () => {
  const text = tpl(stack('!Ref Queue'));
  const f = findings(ID, text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(spanOf(text, f[0]), '!Ref Queue');
  assert.match(f[0].message, /gives queue "Queue" by its URL, not its name/);
  const after = fixed(text, f[0]);
  assert.match(after, /Value: !GetAtt Queue\.QueueName\n/);
  assert.deepEqual(findings(ID, after), []);
});

test('GetAtt Queue.Arn is not the name either; JSON gets the JSON fix', () => {
  const [f] = findings(ID, tpl(stack('!GetAtt Queue.Arn')));
  assert.match(f.message, /by its Arn/);
  const json = JSON.stringify(
    {
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Alarm: {
          Type: 'AWS::CloudWatch::Alarm',
          Properties: {
            Namespace: 'AWS/SQS',
            MetricName: 'ApproximateNumberOfMessagesVisible',
            Dimensions: [{ Name: 'QueueName', Value: { Ref: 'Queue' } }],
            Statistic: 'Average',
            Period: 60,
            EvaluationPeriods: 1,
            Threshold: 1,
            ComparisonOperator: 'GreaterThanThreshold',
          },
        },
      },
    },
    null,
    2,
  );
  const [g] = findings(ID, json, 't.json');
  const after = fixed(json, g);
  assert.deepEqual(JSON.parse(after).Resources.Alarm.Properties.Dimensions[0].Value, { 'Fn::GetAtt': ['Queue', 'QueueName'] });
});

test("an alarm action that is an ECS service's target tracking policy", () => {
  const text = tpl(stack('!GetAtt Queue.QueueName', 'TargetTrackingScaling'));
  const f = findings(ID, text);
  assert.equal(f.length, 1);
  assert.equal(spanOf(text, f[0]), '!Ref ScaleOut');
  assert.match(f[0].message, /is a TargetTrackingScaling policy.*needs a StepScaling policy/);
  // a policy of something else than an ECS service is not this rule's business
  assert.deepEqual(findings(ID, tpl(stack('!GetAtt Queue.QueueName', 'TargetTrackingScaling', 'dynamodb:table:ReadCapacityUnits'))), []);
});
