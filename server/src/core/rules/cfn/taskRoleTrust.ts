/**
 * A task definition's task role and execution role, when the template defines them, must trust
 * `ecs-tasks.amazonaws.com`: ECS assumes them for the task, and a role it may not assume makes
 * every task fail to start.
 */
import type { Rule, RuleFinding } from '../rule';
import { prop, roleAt, roleTrusts } from '../../cfn/iam/templateRoles';
import { resourcesOfType } from '../../cfn/template';
import { isTemplate, template } from './guard';

const FIELDS = [
  ['TaskRoleArn', 'task role'],
  ['ExecutionRoleArn', 'execution role'],
] as const;

export const taskRoleTrust: Rule = {
  id: 'cfn/task-role-trust',
  severity: 'error',
  description: "A task definition's task and execution roles defined in the template trust ecs-tasks.amazonaws.com.",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const r of resourcesOfType(t, 'AWS::ECS::TaskDefinition')) {
      for (const [field, what] of FIELDS) {
        const node = prop(r.properties, field);
        const role = roleAt(t, node);
        if (!node || !role || roleTrusts(role, 'ecs-tasks.amazonaws.com') !== 'no') continue;
        out.push({
          offset: node.offset,
          length: node.length,
          message: `Role "${role.name}" is this task's ${what}, but its AssumeRolePolicyDocument does not let ecs-tasks.amazonaws.com assume it, so tasks fail to start. Add a statement allowing sts:AssumeRole to the service principal ecs-tasks.amazonaws.com.`,
        });
      }
    }
    return out;
  },
};
