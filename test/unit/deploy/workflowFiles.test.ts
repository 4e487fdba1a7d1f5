/** The files a workflow's ECS steps read: container-name completion from the file, a path that names no file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RENDER_AND_DEPLOY, TASK, TASK_URI, WORKFLOW_URI, workflow, workspace } from './helpers';

const missing = (ls: ReturnType<typeof workspace>) =>
  ls.diagnostics(WORKFLOW_URI).filter((f) => f.code === 'deploy/task-definition-file-missing');

test('container-name offers the containers of the file the render step reads', () => {
  const task = JSON.stringify({
    ...JSON.parse(TASK),
    containerDefinitions: [
      { name: 'web', image: 'nginx' },
      { name: 'proxy', image: 'envoy' },
    ],
  });
  const text = workflow(RENDER_AND_DEPLOY.replace('container-name: web', 'container-name: '));
  const ls = workspace({ [TASK_URI]: task, [WORKFLOW_URI]: text });
  const items = ls.complete(WORKFLOW_URI, text.indexOf('container-name: ') + 'container-name: '.length);
  assert.deepEqual(items.map((i) => i.label).sort(), ['proxy', 'web']);
  assert.match(items[0].detail ?? '', /container of \.aws\/task-definition\.json/);
});

test('a task-definition path with no file in the repository is a warning at the path', () => {
  const text = workflow(RENDER_AND_DEPLOY.replace('.aws/task-definition.json', '.aws/task-defintion.json'));
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: text });
  const f = missing(ls);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].severity, 'warning');
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), '.aws/task-defintion.json');
  // the deploy step reads the render step's output: nothing to say there
  assert.deepEqual(missing(workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: workflow(RENDER_AND_DEPLOY) })), []);
});

test('no warning for an expression, a file a run step writes, or a workflow read without its repository', () => {
  const withExpr = workflow(RENDER_AND_DEPLOY.replace('.aws/task-definition.json', '${{ env.TASK_FILE }}'));
  assert.deepEqual(missing(workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: withExpr })), []);
  const download = '      - run: aws ecs describe-task-definition --task-definition web --query taskDefinition > task-definition.json\n';
  const written = workflow(download + RENDER_AND_DEPLOY.replace('.aws/task-definition.json', 'task-definition.json'));
  assert.deepEqual(missing(workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: written })), []);
  const alone = workflow(RENDER_AND_DEPLOY.replace('.aws/task-definition.json', 'nowhere.json'));
  assert.deepEqual(missing(workspace({ [WORKFLOW_URI]: alone })), []);
});

test('adding the file clears the warning', () => {
  const ls = workspace({ 'file:///repo/README.json': '{}', [WORKFLOW_URI]: workflow(RENDER_AND_DEPLOY) });
  assert.equal(missing(ls).length, 1);
  ls.update(TASK_URI, TASK);
  assert.deepEqual(missing(ls), []);
});

test('a codedeploy-appspec path with no file in the repository is a warning at the path', () => {
  const appspecMissing = (ls: ReturnType<typeof workspace>) =>
    ls.diagnostics(WORKFLOW_URI).filter((f) => f.code === 'deploy/appspec-file-missing');
  const text = workflow(RENDER_AND_DEPLOY + '          codedeploy-appspec: deploy/appspec.yml\n');
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: text });
  const f = appspecMissing(ls);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].severity, 'warning');
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), 'deploy/appspec.yml');
  // the file appears: the warning goes
  ls.update('file:///repo/deploy/appspec.yml', 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n');
  assert.deepEqual(appspecMissing(ls), []);
  // an expression is not checked
  const expr = workflow(RENDER_AND_DEPLOY + '          codedeploy-appspec: ${{ env.APPSPEC }}\n');
  assert.deepEqual(appspecMissing(workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: expr })), []);
});
