/** GitHub Actions as a deploy context: what a workflow step changes in the task definition file it names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RENDER_AND_DEPLOY, TASK, TASK_URI, WORKFLOW_URI, workflow, workspace } from './helpers';
import { buildGraph } from '../../../server/src/core/graph/build';

const codes = (ls: ReturnType<typeof workspace>, uri: string) => ls.diagnostics(uri).map((f) => `${f.code} ${f.severity}`);

test('alone, describe-only fields are errors and nulls a warning', () => {
  const ls = workspace({ [TASK_URI]: TASK });
  const c = codes(ls, TASK_URI);
  assert.equal(c.filter((x) => x === 'ecs/describe-output-fields error').length, 4);
  assert.ok(c.includes('ecs/null-fields warning'));
});

test('read by the deploy action: describe-only fields are information, nulls and empty values fine, the rendered image replaces the file one', () => {
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: workflow(RENDER_AND_DEPLOY) });
  const f = ls.diagnostics(TASK_URI);
  assert.deepEqual(
    [...new Set(f.map((x) => `${x.code} ${x.severity}`))],
    ['ecs/describe-output-fields information'],
    JSON.stringify(f.map((x) => x.message)),
  );
  assert.match(f[0].message, /the deploy action drops it before registering/);
  assert.deepEqual(ls.diagnostics(WORKFLOW_URI), []);
});

test('a YAML task definition is read the same way', () => {
  const yaml =
    'family: web\ntaskDefinitionArn: arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7\ncontainerDefinitions:\n  - name: web\n    image: nginx:1.27\n    memory: 256\n    command: []\n';
  const uri = 'file:///repo/task-definition.yaml';
  const step =
    '      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          task-definition: task-definition.yaml\n';
  assert.deepEqual(codes(workspace({ [uri]: yaml }), uri), ['ecs/describe-output-fields error']);
  assert.deepEqual(codes(workspace({ [uri]: yaml, [WORKFLOW_URI]: workflow(step) }), uri), ['ecs/describe-output-fields information']);
});

test('the render step must name a container of the file, at the workflow value', () => {
  const text = workflow(RENDER_AND_DEPLOY.replace('container-name: web', 'container-name: webb'));
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: text });
  const f = ls.diagnostics(WORKFLOW_URI).filter((x) => x.code === 'deploy/render-container-name');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), 'webb');
  assert.match(f[0].message, /no container "webb".*Did you mean "web"/);
  // the file's own image is judged again: the render step does not replace it
  assert.ok(ls.diagnostics(TASK_URI).some((x) => x.code === 'ecs/image-reference'));
});

test('unknown inputs are warnings with a fix; a missing required input is an error', () => {
  const text = workflow(
    '      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          service: web\n          wait-for-service-stabilty: true\n',
  );
  const f = workspace({ [WORKFLOW_URI]: text }).diagnostics(WORKFLOW_URI);
  const unknown = f.find((x) => x.code === 'deploy/unknown-action-input')!;
  assert.equal(unknown.severity, 'warning');
  assert.equal(unknown.fixes?.[0].edits[0].newText, 'wait-for-service-stability');
  const missing = f.find((x) => x.code === 'deploy/missing-action-input')!;
  assert.equal(missing.severity, 'error');
  assert.match(missing.message, /needs the input "task-definition"/);
  assert.equal(text.slice(missing.offset, missing.offset + missing.length), 'with');
});

test('a workflow without the ECS actions is not ours', () => {
  const ls = workspace({ [WORKFLOW_URI]: workflow('      - run: npm test\n') });
  assert.equal(ls.workspace.get(WORKFLOW_URI)?.docs[0].kind.family, 'none');
});

test('completion and hover for the actions inputs under with:', () => {
  const text = workflow(
    '      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          task-definition: t.json\n          \n',
  );
  const ls = workspace({ [WORKFLOW_URI]: text });
  const labels = ls.complete(WORKFLOW_URI, text.length - 1).map((i) => i.label);
  assert.ok(labels.includes('service') && labels.includes('wait-for-service-stability'), labels.join());
  assert.ok(!labels.includes('task-definition'), 'present inputs are not offered again');
  const h = ls.hover(WORKFLOW_URI, text.indexOf('task-definition:') + 3);
  assert.match(h?.markdown ?? '', /task-definition\*\* \(required\)/);
  const u = ls.hover(WORKFLOW_URI, text.indexOf('amazon-ecs-deploy') + 3);
  assert.match(u?.markdown ?? '', /drops the fields/);
});

test('diagram: workflow → task definition → service', () => {
  const service = JSON.stringify({ serviceName: 'web', cluster: 'prod', taskDefinition: 'web' });
  const ls = workspace({ [TASK_URI]: TASK, [WORKFLOW_URI]: workflow(RENDER_AND_DEPLOY), 'file:///repo/service.json': service });
  const g = buildGraph(ls.workspace);
  const wf = g.nodes.find((n) => n.kind === 'deploy-pipeline');
  assert.equal(wf?.label, 'GitHub workflow deploy.yml');
  assert.ok(g.edges.some((e) => e.from === wf!.id && e.to === 'task-definition:web' && e.kind === 'deploys'));
  assert.ok(g.edges.some((e) => e.from === 'task-definition:web' && e.to === 'ecs-service:prod/web' && e.kind === 'deploys'));
});
