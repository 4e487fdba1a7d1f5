/** CodePipeline blue/green: the ECS AppSpec file against the taskdef.json beside it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from './helpers';
import { buildGraph } from '../../../server/src/core/graph/build';

const APPSPEC_URI = 'file:///repo/appspec.yaml';
const TASKDEF_URI = 'file:///repo/taskdef.json';
const TASKDEF = JSON.stringify(
  {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      { name: 'web', image: '<IMAGE1_NAME>', essential: true, portMappings: [{ containerPort: 8080 }] },
      { name: 'sidecar', image: 'public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0', essential: false },
    ],
  },
  null,
  2,
);
const appspec = (name = 'web', port = 8080, extra = '') => `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: ${name}
          ContainerPort: ${port}
        PlatformVersion: LATEST
Hooks:
  - AfterAllowTestTraffic: arn:aws:lambda:eu-west-1:123456789012:function:smoke-test
${extra}`;

test('an ECS AppSpec is detected and a correct one has no finding; <TASK_DEFINITION> is accepted', () => {
  const ls = workspace({ [APPSPEC_URI]: appspec(), [TASKDEF_URI]: TASKDEF });
  assert.deepEqual(ls.workspace.get(APPSPEC_URI)?.docs[0].kind, { family: 'deploy', tool: 'appspec' });
  assert.deepEqual(ls.diagnostics(APPSPEC_URI), []);
  assert.deepEqual(
    ls.diagnostics(TASKDEF_URI).map((f) => `${f.code} ${f.severity}`),
    ['ecs/codepipeline-image information'],
  );
});

test('a Lambda AppSpec or a CloudFormation template is not one', () => {
  const lambda = 'version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: f\n';
  const ls = workspace({ 'file:///repo/appspec.yml': lambda, 'file:///repo/t.yaml': 'Resources:\n  S:\n    Type: AWS::ECS::Service\n' });
  assert.notEqual(ls.workspace.get('file:///repo/appspec.yml')?.docs[0].kind.family, 'deploy');
  assert.notEqual(ls.workspace.get('file:///repo/t.yaml')?.docs[0].kind.family, 'deploy');
});

test('schema: unknown fields, hook names and the Type are checked', () => {
  const text = appspec('web', 8080, '  - BeforeInstal: f\n').replace('PlatformVersion', 'PlatformVersoin');
  const f = workspace({ [APPSPEC_URI]: text, [TASKDEF_URI]: TASKDEF }).diagnostics(APPSPEC_URI);
  const msgs = f.map((x) => `${x.code} ${x.message}`);
  assert.ok(
    msgs.some((m) => /^schema .*BeforeInstal.*BeforeInstall/.test(m)),
    JSON.stringify(msgs),
  );
  assert.ok(
    msgs.some((m) => /^schema .*PlatformVersoin/.test(m)),
    JSON.stringify(msgs),
  );
});

test('ContainerName must be a container of the task definition, ContainerPort one of its ports', () => {
  const text = appspec('webb');
  const f = workspace({ [APPSPEC_URI]: text, [TASKDEF_URI]: TASKDEF }).diagnostics(APPSPEC_URI);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].code, 'deploy/appspec-container');
  assert.equal(f[0].severity, 'error');
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), 'webb');
  assert.match(f[0].message, /taskdef\.json has no container "webb".*Did you mean "web"/);
  const p = workspace({ [APPSPEC_URI]: appspec('web', 80), [TASKDEF_URI]: TASKDEF }).diagnostics(APPSPEC_URI);
  assert.equal(p.length, 1);
  assert.match(p[0].message, /no containerPort 80 \(it maps 8080\)/);
  // without a task definition to compare with, nothing is said
  assert.deepEqual(workspace({ [APPSPEC_URI]: text }).diagnostics(APPSPEC_URI), []);
});

test('a TaskDefinition naming a family is looked up in the workspace', () => {
  const text = appspec('sidecar').replace('<TASK_DEFINITION>', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3');
  const ls = workspace({ [APPSPEC_URI]: text, 'file:///repo/ecs/web.json': TASKDEF });
  assert.match(
    ls.diagnostics(APPSPEC_URI)[0]?.message ?? '',
    /Container "sidecar" of web\.json has no containerPort 8080 \(it maps no port\)/,
  );
});

test('completion: keys and hooks from the schema, container names and ports from the task definition; hover from the schema', () => {
  const at = (text: string, marker: string) => text.indexOf(marker) + marker.length;
  const name = appspec('', 8080);
  const ls = workspace({ [APPSPEC_URI]: name, [TASKDEF_URI]: TASKDEF });
  assert.deepEqual(
    ls
      .complete(APPSPEC_URI, at(name, 'ContainerName: '))
      .map((i) => i.label)
      .sort(),
    ['sidecar', 'web'],
  );
  const port = appspec('web', 8080);
  const ls2 = workspace({ [APPSPEC_URI]: port, [TASKDEF_URI]: TASKDEF });
  assert.ok(ls2.complete(APPSPEC_URI, at(port, 'ContainerPort: ')).some((i) => i.label === '8080'));
  const hooks = appspec('web', 8080, '  - ');
  const ls3 = workspace({ [APPSPEC_URI]: hooks, [TASKDEF_URI]: TASKDEF });
  const labels = ls3.complete(APPSPEC_URI, hooks.length).map((i) => i.label);
  assert.ok(labels.includes('BeforeInstall') && labels.includes('AfterAllowTraffic'), labels.join());
  const h = ls2.hover(APPSPEC_URI, port.indexOf('TaskDefinition') + 2);
  assert.match(h?.markdown ?? '', /<TASK_DEFINITION>/);
});

test('diagram: AppSpec → task definition → the CODE_DEPLOY service', () => {
  const service = JSON.stringify({
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'web',
    deploymentController: { type: 'CODE_DEPLOY' },
  });
  const ls = workspace({ [APPSPEC_URI]: appspec(), [TASKDEF_URI]: TASKDEF, 'file:///repo/service.json': service });
  const g = buildGraph(ls.workspace);
  const a = g.nodes.find((n) => n.kind === 'deploy-pipeline');
  assert.equal(a?.label, 'CodeDeploy AppSpec appspec.yaml');
  assert.ok(g.edges.some((e) => e.from === a!.id && e.to === 'task-definition:web' && e.kind === 'deploys'));
  assert.ok(g.edges.some((e) => e.from === 'task-definition:web' && e.to === 'ecs-service:prod/web' && e.label === 'blue/green'));
});
