import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings } from '../helpers';

const ID = 'awscli/alarm-scaling-policy';
const action = (policy: string) =>
  `arn:aws:autoscaling:eu-west-1:123456789012:scalingPolicy:7f1c1a8e-2b1d-4c8e-9a55-3c1d2e4f5a6b:resource/ecs/service/prod/worker:policyName/${policy}`;
const alarm = (policy: string) => ({
  AlarmName: 'backlog',
  MetricName: 'ApproximateNumberOfMessagesVisible',
  Namespace: 'AWS/SQS',
  EvaluationPeriods: 1,
  Threshold: 10,
  ComparisonOperator: 'GreaterThanThreshold',
  AlarmActions: [action(policy), 'arn:aws:sns:eu-west-1:123456789012:admins'],
});
const policy = {
  PolicyName: 'scale-out',
  ServiceNamespace: 'ecs',
  ResourceId: 'service/prod/worker',
  ScalableDimension: 'ecs:service:DesiredCount',
  PolicyType: 'StepScaling',
  StepScalingPolicyConfiguration: {
    AdjustmentType: 'ChangeInCapacity',
    StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }],
  },
};

test('a scaling action whose policy is in the workspace is silent; another name is a hint', () => {
  const ls = workspace({ 'ok.json': alarm('scale-out'), 'other.json': alarm('scale-in'), 'policy.json': policy });
  assert.deepEqual(findings(ls, 'ok.json', ID), []);
  const [f] = findings(ls, 'other.json', ID);
  assert.equal(f.severity, 'hint');
  assert.match(f.message, /"scale-in" of service\/prod\/worker/);
});
