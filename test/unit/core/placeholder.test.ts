import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTemplateSyntax, isIdPlaceholder, isPlaceholder } from '../../../server/src/core/text/placeholder';
import { LanguageService } from '../../../server/src/core/service';
import { nodeRuntime } from '../../../server/src/node/runtime';

test('template placeholders are recognised', () => {
  for (const s of [
    '${IMAGE}',
    '$(TAG)',
    '<ACCOUNT_ID>',
    '{{ .Values.image }}',
    'arn:aws:iam::XXXXXXXXXXXX:role/x',
    'vpc-xxxxxxxxxxxxxxxxx',
    'subnet-xxxxxx',
    'CHANGEME',
    '__ROLE__',
  ]) {
    assert.ok(isPlaceholder(s), s);
  }
});

test('ordinary values are not placeholders', () => {
  for (const s of ['vpc-0a1b2c3d4e5f60789', 'nginx:1.27', 'arn:aws:iam::123456789012:role/app', 'fluent-bit', 'max-x', 'box-xx']) {
    assert.ok(!isPlaceholder(s), s);
  }
});

test('account ids written as placeholders, in every common form', () => {
  for (const s of [
    'arn:aws:iam::aws_account_id:role/x',
    'arn:aws:iam::xxxxxxxxxxxx:role/x',
    'arn:aws:iam::<ACCOUNT_ID>:role/x',
    'arn:aws:iam::${AWS_ACCOUNT_ID}:role/x',
    'arn:aws:iam::$ACCOUNT:role/x',
    'arn:aws:iam::{{ .Account }}:role/x',
    'arn:aws:ecs:region:123456789012:cluster/x',
  ]) {
    assert.ok(isPlaceholder(s), s);
  }
  for (const s of ['arn:aws:iam::123456789012:role/account-reader', 'my-region-app', 'accounting']) assert.ok(!isPlaceholder(s), s);
});

test('all-caps names stand for ids only where an id is wanted', () => {
  for (const s of ['EFS_ID', 'SUBNET_ID', 'MY_ROLE_ARN', 'SUBNETID']) assert.ok(isIdPlaceholder(s), s);
  for (const s of ['fs-0123abcd', 'awsvpc', 'AWSVPC', 'Subnet_Id']) assert.ok(!isIdPlaceholder(s), s);
});

test('the Kubernetes check sees template syntax only, not JSON braces', () => {
  assert.ok(hasTemplateSyntax('{{ .Values.x }}'));
  assert.ok(hasTemplateSyntax('${ROLE_ARN}'));
  assert.ok(!hasTemplateSyntax('{"type": "forward"}'));
  assert.ok(!hasTemplateSyntax('arn:aws:iam::XXXXXXXXXXXX:role/x'));
});

const ls = () => new LanguageService({ runtime: nodeRuntime() });

test('EFS_ID and SUBNET_ID are one placeholder warning each, never "unexpected format"', () => {
  const s = ls();
  const task = JSON.stringify({
    family: 'efs',
    containerDefinitions: [{ name: 'a', image: 'nginx:1.27', memory: 128 }],
    volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'EFS_ID' } }],
  });
  s.update('file:///ws/task-definition.json', task);
  const f = s.diagnostics('file:///ws/task-definition.json');
  assert.deepEqual(
    f.map((x) => `${x.code} ${x.severity}`),
    ['placeholder warning'],
  );
  assert.match(f[0].message, /placeholder "EFS_ID": substitute it before deploying/);
  const service = JSON.stringify({
    serviceName: 'web',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['SUBNET_ID'], securityGroups: ['SECURITY_GROUP_ID'] } },
  });
  s.update('file:///ws/service.json', service);
  const g = s.diagnostics('file:///ws/service.json');
  assert.ok(
    g.every((x) => x.code === 'placeholder' && x.severity === 'warning'),
    JSON.stringify(g.map((x) => x.message)),
  );
});

test('a JSON file broken only by bare {{ }} gets one notice naming the template syntax', () => {
  const s = ls();
  const text =
    '{\n  "family": "app",\n  "containerDefinitions": [\n    { "name": "app", "image": "nginx:1.27", "memory": 256, "command": {{command}} }\n  ]\n}\n';
  s.update('file:///ws/task-definition.json', text);
  const f = s.diagnostics('file:///ws/task-definition.json');
  assert.deepEqual(
    f.map((x) => `${x.code} ${x.severity}`),
    ['template information'],
  );
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), '{{command}}');
  assert.match(f[0].message, /template \(\{\{ name \}\}/);

  const eco =
    '{\n  "family": "app",\n  "cpu": "256",\n  "memory": "512",\n  "containerDefinitions": [\n    { "name": "app", "image": "{{ must_env `IMAGE` }}", "cpu": {{ env `CPU` `256` }} }\n  ]\n}\n';
  s.update('file:///ws/ecs-task-def.json', eco);
  const g = s.diagnostics('file:///ws/ecs-task-def.json');
  assert.equal(g.filter((x) => x.code === 'template').length, 1, JSON.stringify(g));
  assert.match(g.find((x) => x.code === 'template')!.message, /ecspresso/);
  assert.ok(!g.some((x) => x.severity === 'error' || x.code === 'syntax'), JSON.stringify(g));
});

test('a JSON file broken otherwise keeps its syntax error', () => {
  const s = ls();
  s.update('file:///ws/task-definition.json', '{ "family": "a", "containerDefinitions": [ {{x}} ');
  assert.ok(s.diagnostics('file:///ws/task-definition.json').some((f) => f.code === 'syntax'));
});
