/** The deploy action's `codedeploy-appspec`: the AppSpec it names deploys the step's task definition file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TASK, TASK_URI, WORKFLOW_URI, RENDER_AND_DEPLOY, workflow, workspace } from './helpers';
import { buildGraph } from '../../../server/src/core/graph/build';

const APPSPEC_URI = 'file:///repo/deploy/appspec.yaml';
// the action writes the registered ARN over TaskDefinition, so what is written there does not count
const appspec = (name: string, taskDefinition = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/other:1') => `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: ${taskDefinition}
        LoadBalancerInfo:
          ContainerName: ${name}
          ContainerPort: 80
`;
// TASK's one container "web" maps no port: give it port 80
const TASK_80 = TASK.replace('"essential": true,', '"essential": true, "portMappings": [{ "containerPort": 80 }],');
const DEPLOY = (appspecPath: string) => `      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: .aws/task-definition.json
          service: web
          cluster: prod
          codedeploy-appspec: ${appspecPath}
`;

const findings = (files: Record<string, string>) =>
  workspace(files)
    .diagnostics(APPSPEC_URI)
    .map((f) => `${f.code}: ${f.message}`);

test("the AppSpec named by codedeploy-appspec is checked against the step's task definition file", () => {
  const files = { [TASK_URI]: TASK_80, [WORKFLOW_URI]: workflow(DEPLOY('deploy/appspec.yaml')) };
  assert.deepEqual(findings({ ...files, [APPSPEC_URI]: appspec('web') }), []);
  const wrong = findings({ ...files, [APPSPEC_URI]: appspec('app') });
  assert.equal(wrong.length, 1, wrong.join('\n'));
  assert.match(wrong[0], /^deploy\/appspec-container: task-definition\.json has no container "app" \(it has "web"\)/);
  // without the step (or with a path to another file) the AppSpec has no task definition to compare with
  assert.deepEqual(findings({ [TASK_URI]: TASK_80, [APPSPEC_URI]: appspec('app') }), []);
  assert.deepEqual(findings({ ...files, [WORKFLOW_URI]: workflow(DEPLOY('appspec.yaml')), [APPSPEC_URI]: appspec('app') }), []);
});

test('through a render step: the AppSpec deploys the file the render step started from', () => {
  const steps = RENDER_AND_DEPLOY + '          codedeploy-appspec: ./deploy/appspec.yaml\n';
  const wrong = findings({ [TASK_URI]: TASK_80, [WORKFLOW_URI]: workflow(steps), [APPSPEC_URI]: appspec('app', '<TASK_DEFINITION>') });
  assert.equal(wrong.length, 1, wrong.join('\n'));
  assert.match(wrong[0], /task-definition\.json has no container "app"/);
});

test('diagram: the AppSpec named by the step → its task definition', () => {
  const ls = workspace({ [TASK_URI]: TASK_80, [WORKFLOW_URI]: workflow(DEPLOY('deploy/appspec.yaml')), [APPSPEC_URI]: appspec('web') });
  const g = buildGraph(ls.workspace);
  const a = g.nodes.find((n) => n.label === 'CodeDeploy AppSpec appspec.yaml');
  assert.ok(a, g.nodes.map((n) => n.label).join(', '));
  assert.ok(
    g.edges.some((e) => e.from === a.id && e.to === 'task-definition:web' && e.label === 'blue/green (traffic to web)'),
    JSON.stringify(g.edges),
  );
  // and the workflow that sends it → the AppSpec
  const w = g.nodes.find((n) => n.label === 'GitHub workflow deploy.yml');
  assert.ok(w && g.edges.some((e) => e.from === w.id && e.to === a.id && e.label === 'sends'), JSON.stringify(g.edges));
});
