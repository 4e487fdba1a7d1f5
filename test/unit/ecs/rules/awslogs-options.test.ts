import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, ec2Task, assertFix } from '../helpers';

const ID = 'ecs/awslogs-options';
const full = { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' };

test('Fargate without a stream prefix is an error; complete options are silent', () => {
  const f = run(
    ID,
    json(
      fargateTask(
        {},
        { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' } } },
      ),
    ),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(run(ID, json(fargateTask({}, { logConfiguration: { logDriver: 'awslogs', options: full } }))).length, 0);
  assert.equal(
    run(
      ID,
      json(ec2Task({}, { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' } } })),
    ).length,
    0,
  );
});

test('fix adds the missing options to an existing options object', () => {
  const bad = json(fargateTask({}, { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } } }));
  assertFix(
    ID,
    bad,
    bad.replace(
      '"awslogs-group": "/ecs/web"',
      '"awslogs-group": "/ecs/web",\n          "awslogs-region": "us-east-1",\n          "awslogs-stream-prefix": "ecs"',
    ),
  );
});

test('fix creates the options object (region taken from an ECR image)', () => {
  const bad = json(
    fargateTask({}, { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.0', logConfiguration: { logDriver: 'awslogs' } }),
  );
  assertFix(
    ID,
    bad,
    bad.replace(
      '"logDriver": "awslogs"',
      '"logDriver": "awslogs",\n        "options": {\n          "awslogs-group": "/ecs/web",\n          "awslogs-region": "eu-west-1",\n          "awslogs-stream-prefix": "ecs"\n        }',
    ),
  );
});

test('YAML: the fix adds lines at the options column', () => {
  const yaml = [
    'family: web',
    'networkMode: awsvpc',
    'requiresCompatibilities: [FARGATE]',
    'cpu: "256"',
    'memory: "512"',
    'executionRoleArn: arn:aws:iam::123456789012:role/exec',
    'containerDefinitions:',
    '  - name: app',
    '    image: nginx:1.27',
    '    logConfiguration:',
    '      logDriver: awslogs',
    '      options:',
    '        awslogs-group: /ecs/web',
    '',
  ].join('\n');
  assertFix(
    ID,
    yaml,
    yaml.replace(
      'awslogs-group: /ecs/web',
      'awslogs-group: /ecs/web\n        awslogs-region: us-east-1\n        awslogs-stream-prefix: ecs',
    ),
    { uri: 'file:///ws/task-definition.yaml' },
  );
});
