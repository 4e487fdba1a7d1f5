/** ECS reads secrets and registry credentials with the task execution role, so one must be set. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerLabel } from '../../ecs/model';
import { secretUse } from '../../ecs/secrets';
import { executionRoleFix } from '../../ecs/fixes';
import { isEcs } from './guard';
import { at } from '../place';

export const secretsNeedExecutionRole: Rule = {
  id: 'ecs/secrets-need-execution-role',
  severity: 'error',
  description: 'Secrets, secret log options and private registry credentials need an executionRoleArn.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.body || typeof v.value.executionRoleArn === 'string') return [];
    const use = secretUse(v);
    if (!use) return [];
    const fix = executionRoleFix(ctx.file, v);
    const out: RuleFinding[] = [
      at(
        use.node,
        `ECS fetches the ${use.what} of ${containerLabel(use.c)} with the task execution role, and this task has none. Add "executionRoleArn".`,
        fix && [fix],
      ),
    ];
    return out;
  },
};
