/** Each AWS CLI input is recognised by its content, and no other family's document is taken. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace, uri } from './helpers';

const kindOf = (text: object | string) => {
  const ls = workspace({ 'doc.json': text });
  const k = ls.workspace.get(uri('doc.json'))!.docs[0].kind;
  return k.family === 'awscli' ? k.doc : k.family === 'ecs' ? `ecs:${k.type}` : k.family;
};

test('the examples are each the command input their name says', () => {
  const dir = join(process.cwd(), 'examples', 'aws-cli');
  const want: Record<string, string> = {
    'receipts-uploaded-rule.json': 'put-rule',
    'receipts-uploaded-targets.json': 'put-targets',
    'nightly-report-schedule.json': 'create-schedule',
    'orders-backlog-alarm.json': 'put-metric-alarm',
    'stopped-tasks-rule.json': 'put-rule',
    'stopped-tasks-targets.json': 'put-targets',
    'ecr-repository.json': 'ecr-create-repository',
    'ecr-replication.json': 'ecr-put-replication-configuration',
    'ecr-registry-scanning.json': 'ecr-put-registry-scanning-configuration',
    'express-service.json': 'create-express-gateway-service',
  };
  assert.deepEqual(readdirSync(dir).sort(), Object.keys(want).sort());
  for (const [file, kind] of Object.entries(want)) assert.equal(kindOf(readFileSync(join(dir, file), 'utf8')), kind, file);
});

test('App Runner, event pattern files and Scheduler inputs are recognised; other documents are left to their families', () => {
  assert.equal(kindOf({ ServiceName: 'web', SourceConfiguration: { ImageRepository: {} } }), 'apprunner-create-service');
  assert.equal(kindOf({ source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'] }), 'event-pattern');
  assert.equal(kindOf({ Name: 'x', ScheduleExpression: 'rate(1 day)', Target: {}, FlexibleTimeWindow: {} }), 'create-schedule');
  // an Express Mode input has serviceName and cluster, like create-service: it is not an ECS service
  assert.equal(
    kindOf({ serviceName: 'web', cluster: 'prod', infrastructureRoleArn: 'arn', primaryContainer: { image: 'x' } }),
    'create-express-gateway-service',
  );
  assert.equal(kindOf({ serviceName: 'web', cluster: 'prod', taskDefinition: 'web' }), 'ecs:service');
  assert.equal(kindOf({ family: 'web', containerDefinitions: [] }), 'ecs:task-definition');
  assert.equal(kindOf({ rules: [{ rulePriority: 1, selection: {}, action: { type: 'expire' } }] }), 'ecs:ecr-lifecycle-policy');
  assert.equal(kindOf({ PolicyName: 'p', ServiceNamespace: 'ecs', ResourceId: 'service/a/b' }), 'ecs:scaling-policy');
  assert.equal(
    kindOf({ Resources: { R: { Type: 'AWS::Events::Rule', Properties: { Name: 'x', ScheduleExpression: 'rate(1 day)' } } } }),
    'cfn',
  );
  // a describe-repositories entry is not a create-repository input
  assert.equal(kindOf({ repositoryName: 'r', repositoryArn: 'arn', imageTagMutability: 'MUTABLE' }), 'none');
  // a source list alone is not a pattern
  assert.equal(kindOf({ source: ['x'] }), 'none');
});
