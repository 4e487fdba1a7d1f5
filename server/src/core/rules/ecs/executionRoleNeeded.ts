/**
 * Without an execution role the ECS agent cannot pull private ECR images or write awslogs on
 * Fargate. (Secrets are the secrets-need-execution-role rule's case.)
 */
import type { Rule } from '../rule';
import { taskView, containerNode, containerLabel, isObj, str, isPlaceholder } from '../../ecs/model';
import { executionRoleFix } from '../../ecs/fixes';
import { parseImage } from '../../ecs/image';
import { secretUse } from '../../ecs/secrets';
import { isEcs } from './guard';
import { at } from '../place';

export const executionRoleNeeded: Rule = {
  id: 'ecs/execution-role-needed',
  severity: 'error',
  description: 'Fargate tasks using awslogs (refused) or private ECR images (cannot start) need an executionRoleArn.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.body || !v.fargate || typeof v.value.executionRoleArn === 'string' || secretUse(v)) return [];
    const fix = executionRoleFix(ctx.file, v);
    for (const c of v.containers) {
      const lc = c.value.logConfiguration;
      if (isObj(lc) && str(lc.logDriver) === 'awslogs') {
        const node = containerNode(c, ['logConfiguration', 'logDriver'])!;
        return [
          at(
            node,
            `On Fargate the awslogs driver writes with the task execution role, and this task has none. Add "executionRoleArn".`,
            fix && [fix],
          ),
        ];
      }
    }
    for (const c of v.containers) {
      const image = str(c.value.image);
      if (!image || isPlaceholder(image)) continue;
      if (parseImage(image)?.registry.kind === 'ecr') {
        return [
          at(
            containerNode(c, ['image'])!,
            `Fargate pulls private ECR images with the task execution role; without one ${containerLabel(c)} cannot start. Add "executionRoleArn".`,
            fix && [fix],
            'warning',
          ),
        ];
      }
    }
    return [];
  },
};
