/** Each AWS CLI snippet, expanded with its defaults, is recognised as its command's input and reports nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expand } from '../ecs/helpers';
import { workspace, uri, FARGATE_TASK } from './helpers';

const snippets = JSON.parse(readFileSync(join(process.cwd(), 'snippets', 'aws-cli.code-snippets'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

test('every AWS CLI snippet is silent beside the task definitions and policies it names', () => {
  const kinds = new Set<string>();
  for (const s of Object.values(snippets)) {
    const text = expand(s.body);
    const ls = workspace({
      'snippet.json': text,
      'worker.json': { ...FARGATE_TASK, family: 'worker' },
      'report.json': { ...FARGATE_TASK, family: 'report' },
      'policy.json': {
        PolicyName: 'scale-out',
        ServiceNamespace: 'ecs',
        ResourceId: 'service/default/worker',
        ScalableDimension: 'ecs:service:DesiredCount',
        PolicyType: 'StepScaling',
        StepScalingPolicyConfiguration: {
          AdjustmentType: 'ChangeInCapacity',
          StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }],
        },
      },
    });
    const kind = ls.workspace.get(uri('snippet.json'))!.docs[0].kind;
    assert.equal(kind.family, 'awscli', s.prefix);
    if (kind.family === 'awscli') kinds.add(kind.doc);
    assert.deepEqual(ls.diagnostics(uri('snippet.json')), [], s.prefix);
  }
  assert.equal(kinds.size, 10, [...kinds].join());
});
