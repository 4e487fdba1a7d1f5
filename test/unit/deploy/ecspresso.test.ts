/** ecspresso as a deploy context: the config links its files; its template functions are its own to fill in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from './helpers';

const CONFIG =
  'region: eu-west-1\ncluster: prod\nservice: web\nservice_definition: ecs-service-def.json\ntask_definition: ecs-task-def.json\n';
const TASK = JSON.stringify({
  family: 'web',
  taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1',
  revision: 1,
  executionRoleArn: 'arn:aws:iam::{{ must_env `AWS_ACCOUNT_ID` }}:role/ecsTaskExecutionRole',
  containerDefinitions: [{ name: 'web', image: 'nginx:{{ must_env `IMAGE_TAG` }}', memory: 256 }],
});

test('the config is an ecspresso config and links its task definition file', () => {
  const ls = workspace({ 'file:///app/ecspresso.yml': CONFIG, 'file:///app/ecs-task-def.json': TASK });
  assert.deepEqual(ls.workspace.get('file:///app/ecspresso.yml')?.docs[0].kind, { family: 'deploy', tool: 'ecspresso' });
  const f = ls.diagnostics('file:///app/ecs-task-def.json');
  assert.deepEqual(
    f.map((x) => `${x.code} ${x.severity}`),
    ['ecs/describe-output-fields information', 'ecs/describe-output-fields information'],
    JSON.stringify(f.map((x) => x.message)),
  );
  assert.match(f[0].message, /ecspresso drops it/);
});

test('without the config, the same file has errors and placeholder warnings', () => {
  const f = workspace({ 'file:///app/ecs-task-def.json': TASK }).diagnostics('file:///app/ecs-task-def.json');
  assert.ok(f.some((x) => x.code === 'ecs/describe-output-fields' && x.severity === 'error'));
  assert.ok(f.some((x) => x.code === 'placeholder' && x.severity === 'warning'));
});

test('ecspresso reads the describe-task-definition wrapper: information, not an error', () => {
  const wrapped = JSON.stringify({ taskDefinition: JSON.parse(TASK) });
  const f = workspace({ 'file:///app/ecspresso.yml': CONFIG, 'file:///app/ecs-task-def.json': wrapped }).diagnostics(
    'file:///app/ecs-task-def.json',
  );
  assert.ok(f.length > 0 && f.every((x) => x.severity === 'information'), JSON.stringify(f.map((x) => x.message)));
});

test('a Jsonnet definition is not followed', () => {
  const ls = workspace({
    'file:///app/ecspresso.yml': CONFIG.replace('ecs-task-def.json', 'ecs-task-def.jsonnet'),
    'file:///app/ecs-task-def.json': TASK,
  });
  assert.ok(ls.diagnostics('file:///app/ecs-task-def.json').some((x) => x.severity === 'error'));
});

const SERVICE_DEF = JSON.stringify({
  launchType: 'FARGATE',
  desiredCount: 2,
  platformFamily: 'Linux',
  deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aaa1111bbbb2222c'], assignPublicIp: 'DISABLED' } },
});

test('the service definition is a create-service input without the names ecspresso fills in', () => {
  const ls = workspace({ 'file:///app/ecspresso.yml': CONFIG, 'file:///app/ecs-service-def.json': SERVICE_DEF });
  const kind = ls.workspace.get('file:///app/ecs-service-def.json')?.docs[0].kind;
  assert.deepEqual(kind, { family: 'ecs', type: 'service', definitionOnly: true });
  assert.deepEqual(ls.diagnostics('file:///app/ecs-service-def.json'), []);
});

test('the service definition is checked with the service schema', () => {
  const bad = JSON.stringify({ ...JSON.parse(SERVICE_DEF), launchType: 'FARGATES', desiredCont: 1 });
  const f = workspace({ 'file:///app/ecspresso.yml': CONFIG, 'file:///app/ecs-service-def.json': bad }).diagnostics(
    'file:///app/ecs-service-def.json',
  );
  const msgs = f.map((x) => `${x.code} ${x.severity} ${x.message}`);
  assert.ok(
    msgs.some((m) => /^schema error .*launchType/.test(m)),
    JSON.stringify(msgs),
  );
  assert.ok(
    msgs.some((m) => /^schema error .*desiredCont/.test(m)),
    JSON.stringify(msgs),
  );
  assert.ok(!msgs.some((m) => /serviceName|taskDefinition/.test(m)), JSON.stringify(msgs));
});

test('a file without service fields or without "service" in its name is not a service definition', () => {
  const ls = workspace({
    'file:///app/settings.json': SERVICE_DEF,
    'file:///app/service.json': JSON.stringify({ desiredCount: 1 }),
  });
  assert.notEqual(ls.workspace.get('file:///app/settings.json')?.docs[0]?.kind.family, 'ecs');
  assert.notEqual(ls.workspace.get('file:///app/service.json')?.docs[0]?.kind.family, 'ecs');
});
