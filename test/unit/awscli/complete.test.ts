/** TaskDefinitionArn of an ECS target completes the workspace's task definitions as ARNs in the document's region and account. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, uri, FARGATE_TASK, targets } from './helpers';

test('the workspace task definitions are offered as ARNs', () => {
  const text = JSON.stringify(targets({ TaskDefinitionArn: '' }), null, 2);
  const ls = workspace({ 'targets.json': text, 'resizer.json': FARGATE_TASK });
  const items = ls.complete(uri('targets.json'), text.indexOf('"TaskDefinitionArn": ""') + '"TaskDefinitionArn": "'.length);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('arn:aws:ecs:eu-west-1:123456789012:task-definition/resizer'), labels.join());
});
