/** The inlay hint on a container image that a workflow's render step replaces. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RENDER_AND_DEPLOY, TASK, TASK_URI, WORKFLOW_URI, workflow, workspace } from './helpers';

const hints = (files: Record<string, string>) =>
  workspace(files)
    .inlayHints(TASK_URI, 0, TASK.length)
    .map((h) => `${TASK.slice(h.offset - 14, h.offset)}|${h.label}`);

test("the render step's image shows after the container's image, naming the workflow", () => {
  assert.deepEqual(
    hints({ [TASK_URI]: TASK, [WORKFLOW_URI]: workflow(RENDER_AND_DEPLOY) }).filter((h) => h.includes('→')),
    ['"nginx:latest"|→ ${{ steps.build.outputs.image }} (deploy.yml)'],
  );
});

test('no hint without a render step, or when the step renders another container', () => {
  assert.deepEqual(
    hints({ [TASK_URI]: TASK }).filter((h) => h.includes('→')),
    [],
  );
  const other = RENDER_AND_DEPLOY.replace('container-name: web', 'container-name: sidecar');
  assert.deepEqual(
    hints({ [TASK_URI]: TASK, [WORKFLOW_URI]: workflow(other) }).filter((h) => h.includes('→')),
    [],
  );
});
