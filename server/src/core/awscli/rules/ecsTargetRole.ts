/** An EventBridge rule's ECS target needs `RoleArn`: the role EventBridge runs the task with (ecs:RunTask, iam:PassRole). */
import type { Rule, RuleFinding } from '../../rules/rule';
import { at } from '../../rules/place';
import { ecsTargetsOf, keyAt } from '../targets';
import { isAwsCli } from './guard';

export const ecsTargetRole: Rule = {
  id: 'awscli/ecs-target-role',
  severity: 'error',
  description: "An EventBridge rule's ECS target needs RoleArn, the role that may run the task.",
  appliesTo: (doc) => isAwsCli(doc, ['put-targets']),
  check(doc) {
    const out: RuleFinding[] = [];
    for (const t of ecsTargetsOf(doc)) {
      if (typeof t.target.RoleArn === 'string') continue;
      const key = keyAt(doc, t.path.slice(0, 1)) ?? t.ecsKey;
      const where = t.ecsKey ?? key;
      if (where)
        out.push(
          at(
            where,
            'An ECS target needs "RoleArn": a role EventBridge can assume (trusting events.amazonaws.com) that may call ecs:RunTask and pass the task roles. put-targets reports this target as failed without it.',
          ),
        );
    }
    return out;
  },
};
