import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, policyEffect, trustsService, allowOnly } from '../../../server/src/core/cfn/iam/policy';
import { resourceMatcher, type ResourceTarget } from '../../../server/src/core/cfn/iam/resources';
import { managedPolicyAllows, awsManagedPolicyName } from '../../../server/src/core/cfn/iam/managed';
import { globMatch } from '../../../server/src/core/cfn/iam/tri';

const taskDef: ResourceTarget = {
  logicalId: 'TaskDef',
  service: 'ecs',
  prefix: 'task-definition/',
  arnAttributes: ['TaskDefinitionArn'],
  refIsArn: true,
  resourceIds: new Set(['TaskDef', 'OtherTask', 'Bucket']),
};
const onTask = resourceMatcher(taskDef);
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*', extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
const verdict = (d: unknown, action = 'ecs:RunTask') => decide([policyEffect(d, action, onTask)]);

test('globs: case-insensitive actions, `*` and `?`', () => {
  assert.ok(globMatch('ecs:*', 'ECS:RunTask', true));
  assert.ok(globMatch('ecs:Run?ask', 'ecs:RunTask', true));
  assert.ok(globMatch('*', 'anything', true));
  assert.ok(!globMatch('ecs:Describe*', 'ecs:RunTask', true));
  assert.ok(globMatch('a*b*c', 'aXXbYYc', false));
  assert.ok(!globMatch('a*b*c', 'aXXbYY', false));
});

test('an Allow of the action (exact, wildcard, `*`) on the resource allows it', () => {
  assert.equal(verdict(doc(allow('ecs:RunTask', { Ref: 'TaskDef' }))), 'yes');
  assert.equal(verdict(doc(allow(['ecs:*'], '*'))), 'yes');
  assert.equal(verdict(doc(allow('*', { 'Fn::GetAtt': ['TaskDef', 'TaskDefinitionArn'] }))), 'yes');
  assert.equal(verdict(doc(allow('ecs:RunTask', 'arn:aws:ecs:*:*:task-definition/*'))), 'yes');
});

test('other actions or other resources do not allow it', () => {
  assert.equal(verdict(doc(allow('ecs:DescribeTasks'))), 'no');
  assert.equal(verdict(doc(allow('ecs:RunTask', { Ref: 'OtherTask' }))), 'no');
  assert.equal(verdict(doc(allow('ecs:RunTask', 'arn:aws:s3:::bucket/*'))), 'no');
  assert.equal(verdict(doc(allow('ecs:RunTask', 'arn:aws:ecs:us-east-1:1:cluster/*'))), 'no');
  assert.equal(verdict(doc()), 'no');
});

test('NotAction, NotResource and Deny are read conservatively', () => {
  assert.equal(verdict(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })), 'yes');
  assert.equal(verdict(doc({ Effect: 'Allow', NotAction: 'ecs:*', Resource: '*' })), 'no');
  assert.equal(verdict(doc({ Effect: 'Allow', Action: 'ecs:RunTask', NotResource: { Ref: 'OtherTask' } })), 'yes');
  assert.equal(verdict(doc(allow('ecs:*'), { Effect: 'Deny', Action: 'ecs:RunTask', Resource: '*' })), 'no');
  // a Deny with a condition may not apply: not allowed for sure is not known
  assert.equal(
    verdict(doc(allow('ecs:*'), { Effect: 'Deny', Action: 'ecs:RunTask', Resource: '*', Condition: { Bool: { x: 'y' } } })),
    'unknown',
  );
  // a conditional Allow is not a sure allow
  assert.equal(verdict(doc(allow('ecs:RunTask', '*', { Condition: { ArnLike: { 'ecs:cluster': 'x' } } }))), 'unknown');
});

test('what cannot be read is unknown, never "no"', () => {
  assert.equal(verdict({ 'Fn::If': ['C', doc(allow('ecs:*')), doc()] }), 'unknown');
  assert.equal(verdict(doc(allow({ Ref: 'ActionParam' }))), 'unknown');
  assert.equal(
    verdict(doc(allow('ecs:RunTask', { 'Fn::Sub': 'arn:aws:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${Family}:*' }))),
    'unknown',
  );
  assert.equal(verdict(doc(allow('ecs:RunTask', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' }))), 'no');
  assert.equal(
    verdict(doc(allow('ecs:RunTask', { 'Fn::Sub': 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/*' }))),
    'yes',
  );
  assert.equal(verdict(doc(allow('ecs:RunTask', { Ref: 'SomeParameter' }))), 'unknown');
  assert.equal(verdict(doc('not a statement')), 'unknown');
});

test('several policies: one allow is enough, one deny wins', () => {
  const none = policyEffect(doc(allow('s3:GetObject')), 'ecs:RunTask', onTask);
  const some = policyEffect(doc(allow('ecs:RunTask')), 'ecs:RunTask', onTask);
  assert.equal(decide([none, some]), 'yes');
  assert.equal(decide([none]), 'no');
  assert.equal(decide([none, allowOnly('unknown')]), 'unknown');
  assert.equal(decide([]), 'no');
});

test('trust policies: the service principal, wildcards, intrinsics', () => {
  const trust = (Principal: unknown, Action: unknown = 'sts:AssumeRole') => doc({ Effect: 'Allow', Principal, Action });
  assert.equal(trustsService(trust({ Service: 'ecs-tasks.amazonaws.com' }), 'ecs-tasks.amazonaws.com'), 'yes');
  assert.equal(trustsService(trust({ Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] }), 'ecs-tasks.amazonaws.com'), 'yes');
  assert.equal(trustsService(trust({ Service: ['ecs.amazonaws.com'] }), 'ecs-tasks.amazonaws.com'), 'no');
  assert.equal(trustsService(trust({ Service: 'ecs-tasks.amazonaws.com' }, 's3:GetObject'), 'ecs-tasks.amazonaws.com'), 'no');
  assert.equal(
    trustsService(trust({ Service: 'ecs-tasks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']), 'ecs-tasks.amazonaws.com'),
    'yes',
  );
  assert.equal(trustsService(trust({ Service: { 'Fn::Sub': 'ecs-tasks.${AWS::URLSuffix}' } }), 'ecs-tasks.amazonaws.com'), 'unknown');
  assert.equal(trustsService(trust({ AWS: 'arn:aws:iam::123456789012:root' }), 'ecs-tasks.amazonaws.com'), 'no');
  assert.equal(trustsService(trust('*'), 'events.amazonaws.com'), 'yes');
  assert.equal(trustsService({ Ref: 'X' }, 'events.amazonaws.com'), 'unknown');
});

test('managed policies: the table answers, unknown ones are unknown', () => {
  const exec = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
  assert.equal(awsManagedPolicyName(exec), 'AmazonECSTaskExecutionRolePolicy');
  assert.equal(awsManagedPolicyName('arn:${AWS::Partition}:iam::aws:policy/AmazonECS_FullAccess'), 'AmazonECS_FullAccess');
  assert.equal(awsManagedPolicyName('arn:aws:iam::123456789012:policy/mine'), undefined);
  assert.equal(managedPolicyAllows(exec, 'ecr:BatchGetImage'), 'yes');
  assert.equal(managedPolicyAllows(exec, 'secretsmanager:GetSecretValue'), 'no');
  assert.equal(
    managedPolicyAllows('arn:aws-cn:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role', 'ecs:SubmitTaskStateChange'),
    'yes',
  );
  assert.equal(managedPolicyAllows('arn:aws:iam::aws:policy/AmazonECS_FullAccess', 'ecs:RunTask'), 'yes');
  assert.equal(managedPolicyAllows('arn:aws:iam::aws:policy/AmazonECS_FullAccess', 'iam:PassRole'), 'unknown');
  assert.equal(managedPolicyAllows('arn:aws:iam::aws:policy/SomethingNew', 'ecs:RunTask'), 'unknown');
});
