/** An ECS target with launch type FARGATE runs a task definition that lists FARGATE in requiresCompatibilities; the run fails otherwise. */
import type { Rule, RuleFinding } from '../../rules/rule';
import { findNodeAtPath } from '../../parse/tree';
import { findTaskDefinitions } from '../../ecs/refs';
import { at } from '../../rules/place';
import { ecsTargetsOf } from '../targets';
import { isAwsCli } from './guard';

export const ecsTargetFargate: Rule = {
  id: 'awscli/ecs-target-fargate',
  severity: 'error',
  description: 'An ECS target with LaunchType FARGATE needs a task definition that requires FARGATE compatibility.',
  crossFile: true,
  appliesTo: (doc) => isAwsCli(doc, ['put-targets', 'create-schedule']),
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    for (const t of ecsTargetsOf(doc)) {
      if (t.ecs.LaunchType !== 'FARGATE' || !t.taskDefinition) continue;
      const td = findTaskDefinitions(ctx.workspace, t.taskDefinition)[0];
      const node = findNodeAtPath(doc.root, [...t.path, 'EcsParameters', 'LaunchType']);
      if (!td || td.fargate || !node) continue;
      out.push(
        at(
          node,
          `Task definition "${td.family}" does not list FARGATE in requiresCompatibilities, so it cannot run with launch type FARGATE. Add "FARGATE" there (with awsvpc and task-level cpu and memory) or use EC2.`,
        ),
      );
    }
    return out;
  },
};
