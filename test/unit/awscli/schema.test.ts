/** The generated schema checks the inputs as the CLI does, and completion and hover read it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace, uri } from './helpers';

test('the schema is generated from the SDK models: every command input, closed objects, enums and required members', () => {
  const s = JSON.parse(readFileSync(join(process.cwd(), 'dist', 'schemas', 'aws-cli.json'), 'utf8'));
  const d = s.definitions;
  for (const shape of [
    'eventbridge.PutRuleRequest',
    'eventbridge.PutTargetsRequest',
    'scheduler.CreateScheduleInput',
    'cloudwatch.PutMetricAlarmInput',
    'ecr.CreateRepositoryRequest',
    'ecr.PutReplicationConfigurationRequest',
    'ecr.PutRegistryScanningConfigurationRequest',
    'apprunner.CreateServiceRequest',
    'ecs.CreateExpressGatewayServiceRequest',
  ])
    assert.equal(d[shape]?.additionalProperties, false, shape);
  assert.deepEqual(d['eventbridge.PutTargetsRequest'].required, ['Rule', 'Targets']);
  assert.deepEqual(d['eventbridge.LaunchType'].enum, ['EC2', 'EXTERNAL', 'FARGATE']);
  assert.match(d['eventbridge.EcsParameters'].properties.TaskDefinitionArn.description, /task definition/);
  assert.ok(s['x-sources']['@aws-sdk/client-eventbridge']);
});

test('unknown members, wrong enums, wrong types and missing required members are schema errors', () => {
  const ls = workspace({
    'rule.json': { Name: 'x', ScheduleExpression: 'rate(1 day)', State: 'ON', Bogus: 1 },
    'alarm.json': { AlarmName: 'a', MetricName: 'CPUUtilization', EvaluationPeriods: 'three', ComparisonOperator: 'GreaterThanThreshold' },
  });
  const rule = ls.diagnostics(uri('rule.json')).filter((f) => f.code === 'schema');
  assert.equal(rule.length, 2, JSON.stringify(rule));
  assert.ok(rule.some((f) => /Bogus/.test(f.message)));
  assert.ok(rule.some((f) => /ENABLED/.test(f.message)));
  const alarm = ls.diagnostics(uri('alarm.json')).filter((f) => f.code === 'schema');
  assert.ok(
    alarm.some((f) => /EvaluationPeriods|number/.test(f.message)),
    JSON.stringify(alarm),
  );
});

test('the examples lint clean', () => {
  const dir = join(process.cwd(), 'examples');
  const files: Record<string, string> = {};
  for (const f of ['aws-cli/receipts-uploaded-targets.json', 'aws-cli/nightly-report-schedule.json', 'aws-cli/orders-backlog-alarm.json'])
    files[f] = readFileSync(join(dir, f), 'utf8');
  for (const f of ['ecs/web-task-definition.json', 'ecs/worker-task-definition.json', 'ecs/worker-backlog-scaling-policy.json'])
    files[f] = readFileSync(join(dir, f), 'utf8');
  const ls = workspace(files);
  for (const f of Object.keys(files)) assert.deepEqual(ls.diagnostics(uri(f)), [], f);
});

test('completion offers the model members and enum values; hover shows the model docs', () => {
  const text = '{\n  "Name": "x",\n  "ScheduleExpression": "rate(1 day)",\n  "State": ""\n}';
  const ls = workspace({ 'rule.json': text });
  const keys = ls.complete(uri('rule.json'), text.indexOf('"Name"')).map((c) => c.label);
  assert.ok(keys.includes('EventPattern') && keys.includes('EventBusName'), keys.join());
  const values = ls.complete(uri('rule.json'), text.indexOf('""') + 1).map((c) => c.label);
  assert.ok(values.includes('ENABLED') && values.includes('DISABLED'), values.join());
  const h = ls.hover(uri('rule.json'), text.indexOf('ScheduleExpression') + 2)!;
  assert.match(h.markdown, /scheduling expression/i);
  assert.match(h.markdown, /aws events put-rule/);
});

test('hover on an App Runner input says App Runner is closed to new customers and points to Express Mode', () => {
  const text = JSON.stringify({ ServiceName: 'web', SourceConfiguration: {} }, null, 2);
  const ls = workspace({ 'apprunner.json': text });
  const h = ls.hover(uri('apprunner.json'), text.indexOf('ServiceName') + 1)!;
  assert.match(h.markdown, /closed to new customers since 30 April 2026/);
  assert.match(h.markdown, /Express Mode/);
});
