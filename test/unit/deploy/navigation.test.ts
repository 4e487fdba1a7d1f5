/** F12 on the paths a deploy tool's config names opens those files; rename refuses them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RENDER_AND_DEPLOY, TASK, TASK_URI, WORKFLOW_URI, workflow, workspace } from './helpers';

const APPSPEC_URI = 'file:///repo/appspec.yaml';
const APPSPEC = 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n';
const name = (text: string, t: { offset: number; length: number }) => text.slice(t.offset, t.offset + t.length);

test("a workflow's task-definition path, written or a render step's output, leads to the file's family", () => {
  const text = workflow(RENDER_AND_DEPLOY + '          codedeploy-appspec: appspec.yaml\n');
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: text, [APPSPEC_URI]: APPSPEC });
  for (const at of ['.aws/task-definition.json', '${{ steps.render.outputs.task-definition }}']) {
    const targets = ls.definition(WORKFLOW_URI, text.indexOf(at) + 3);
    assert.equal(targets.length, 1, at);
    assert.equal(targets[0].uri, TASK_URI);
    assert.equal(name(TASK, targets[0]), 'web');
    assert.equal(name(text, targets[0].origin!), at);
  }
  const appspec = ls.definition(WORKFLOW_URI, text.indexOf('appspec.yaml') + 1);
  assert.deepEqual(
    appspec.map((t) => t.uri),
    [APPSPEC_URI],
  );
  // a file the workspace lacks: nothing to open
  const missing = workflow(RENDER_AND_DEPLOY.replace('.aws/task-definition.json', 'nowhere.json'));
  assert.deepEqual(workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: missing }).definition(WORKFLOW_URI, missing.indexOf('nowhere') + 1), []);
});

test("ecspresso's task_definition and service_definition lead to their files, relative to the config", () => {
  const config =
    'region: eu-west-1\ncluster: prod\nservice: web\ntask_definition: ecs-task-def.json\nservice_definition: ecs-service-def.json\n';
  const svc = JSON.stringify({ serviceName: 'web', taskDefinition: 'web', desiredCount: 1 });
  const ls = workspace({
    'file:///repo/deploy/ecspresso.yml': config,
    'file:///repo/deploy/ecs-task-def.json': TASK,
    'file:///repo/deploy/ecs-service-def.json': svc,
  });
  const task = ls.definition('file:///repo/deploy/ecspresso.yml', config.indexOf('ecs-task-def') + 1);
  assert.deepEqual(
    task.map((t) => t.uri),
    ['file:///repo/deploy/ecs-task-def.json'],
  );
  const service = ls.definition('file:///repo/deploy/ecspresso.yml', config.indexOf('ecs-service-def') + 1);
  assert.deepEqual(
    service.map((t) => t.uri),
    ['file:///repo/deploy/ecs-service-def.json'],
  );
});

test('renaming from a path is refused with a reason; the family keeps its own rename', () => {
  const text = workflow(RENDER_AND_DEPLOY);
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: text });
  const plan = ls.prepareRename(WORKFLOW_URI, text.indexOf('.aws/task-definition.json') + 2);
  assert.ok('error' in plan && /file path/.test(plan.error), JSON.stringify(plan));
  const own = ls.prepareRename(TASK_URI, TASK.indexOf('"web"') + 2);
  assert.ok(!('error' in own), JSON.stringify(own));
});
