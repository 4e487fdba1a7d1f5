/**
 * A deploy workflow changes what a task definition file is: over LSP, a describe-only field is an
 * error until a workflow in `.github/workflows/` deploys the file with the GitHub deploy action,
 * information while it does, and an error again once the step is removed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/deploy-repo/${name}`;

before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const TASK = `{
  "taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7",
  "family": "web",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 256 }]
}
`;

const WITH_STEP = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: .aws/task-definition.json
          service: web
`;
const WITHOUT_STEP = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`;

const arnSeverity = (d: { code?: string | number; severity?: number }[]) =>
  d.find((x) => x.code === 'ecs/describe-output-fields')?.severity;

test('taskDefinitionArn: error alone, information while a workflow deploys the file, error again without the step', async () => {
  const task = uri('.aws/task-definition.json');
  const workflow = uri('.github/workflows/deploy.yml');
  client.open(task, TASK);
  await client.diagnostics(task, (d) => arnSeverity(d) === 1);

  client.open(workflow, WITH_STEP);
  const info = await client.diagnostics(task, (d) => arnSeverity(d) === 3);
  assert.match(info.find((x) => x.code === 'ecs/describe-output-fields')!.message, /the deploy action drops it/);
  assert.ok(!info.some((x) => x.severity === 1), JSON.stringify(info));

  const lines = WITH_STEP.split('\n').length - 1;
  client.change(workflow, { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, WITHOUT_STEP);
  const back = await client.diagnostics(task, (d) => arnSeverity(d) === 1);
  assert.match(back.find((x) => x.code === 'ecs/describe-output-fields')!.message, /register-task-definition rejects it/);
});

const TASKDEF = `{
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [{ "name": "app", "image": "<IMAGE1_NAME>", "essential": true, "portMappings": [{ "containerPort": 8080 }] }]
}
`;
const APPSPEC = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 8080
`;

test("an AppSpec's ContainerName is checked against the taskdef.json beside it; renaming the container there clears it", async () => {
  const appspec = uri('pipeline/appspec.yaml');
  const taskdef = uri('pipeline/taskdef.json');
  client.open(taskdef, TASKDEF);
  client.open(appspec, APPSPEC);
  const wrong = await client.diagnostics(appspec, (d) => d.some((x) => x.code === 'deploy/appspec-container'));
  const f = wrong.find((x) => x.code === 'deploy/appspec-container')!;
  assert.equal(f.severity, 1);
  assert.match(f.message, /taskdef\.json has no container "web" \(it has "app"\)/);
  assert.deepEqual(f.range, { start: { line: 7, character: 25 }, end: { line: 7, character: 28 } });

  const at = TASKDEF.indexOf('"name": "app"') + '"name": "'.length;
  const line = TASKDEF.slice(0, at).split('\n').length - 1;
  const character = at - TASKDEF.lastIndexOf('\n', at - 1) - 1;
  client.change(taskdef, { start: { line, character }, end: { line, character: character + 3 } }, 'web');
  const fixed = await client.diagnostics(appspec, (d) => !d.some((x) => x.code === 'deploy/appspec-container'));
  assert.ok(!fixed.some((x) => x.severity === 1), JSON.stringify(fixed));
});
