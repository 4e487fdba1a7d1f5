/** The task definition an ECS target runs is not in the workspace: fine if it lives elsewhere, worth a hint. */
import type { Rule, RuleFinding } from '../../rules/rule';
import { findNodeAtPath } from '../../parse/tree';
import { findTaskDefinitions } from '../../ecs/refs';
import { isPlaceholder } from '../../text/placeholder';
import { at } from '../../rules/place';
import { ecsTargetsOf } from '../targets';
import { isAwsCli } from './guard';

export const ecsTargetTaskDefinition: Rule = {
  id: 'awscli/ecs-target-task-definition',
  severity: 'hint',
  description: 'The task definition an ECS target runs is not found in the workspace (its checks are skipped).',
  crossFile: true,
  appliesTo: (doc) => isAwsCli(doc, ['put-targets', 'create-schedule']),
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    for (const t of ecsTargetsOf(doc)) {
      const node = findNodeAtPath(doc.root, [...t.path, 'EcsParameters', 'TaskDefinitionArn']);
      if (node?.type !== 'string' || typeof node.value !== 'string' || isPlaceholder(node.value)) continue;
      if (!t.taskDefinition) {
        out.push(
          at(
            node,
            'This is not a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY[:REVISION]); the target fails to start tasks.',
            undefined,
            'error',
          ),
        );
        continue;
      }
      if (!findTaskDefinitions(ctx.workspace, t.taskDefinition).length)
        out.push(
          at(
            node,
            `No task definition with family "${t.taskDefinition.family}" in the workspace, so the network and launch type checks are skipped for this target.`,
          ),
        );
    }
    return out;
  },
};
