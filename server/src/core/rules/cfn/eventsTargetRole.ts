/**
 * The role an EventBridge rule or Scheduler schedule uses to run an ECS task: it must name one,
 * trust the service (`events.amazonaws.com` / `scheduler.amazonaws.com`), allow `ecs:RunTask` on
 * the task definition and `iam:PassRole` on the task's task and execution roles. Otherwise the
 * invocation fails and no task starts.
 */
import type { Rule, RuleFinding } from '../rule';
import type { CfnResource, CfnTemplate } from '../../cfn/template';
import { prop, roleAllows, roleAt, roleTrusts } from '../../cfn/iam/templateRoles';
import { resourceMatcher } from '../../cfn/iam/resources';
import { ecsTargets, EVENTS_SERVICE, type EcsTarget } from '../../cfn/events/targets';
import { isTemplate, template } from './guard';

export const eventsTargetRole: Rule = {
  id: 'cfn/events-target-role',
  severity: 'error',
  description:
    'An EventBridge rule or schedule that runs an ECS task has a role trusted by EventBridge that may run the task and pass its roles.',
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const target of ecsTargets(t)) out.push(...checkTarget(t, target));
    return out;
  },
};

function checkTarget(t: CfnTemplate, target: EcsTarget): RuleFinding[] {
  const service = EVENTS_SERVICE[target.flavour];
  if (!target.role) {
    const at = target.ecs.parent?.children?.[0] ?? target.ecs;
    return [
      {
        offset: at.offset,
        length: at.length,
        message: `A target that runs an ECS task needs a RoleArn: ${service} assumes that role to call ecs:RunTask.`,
      },
    ];
  }
  const role = roleAt(t, target.role);
  if (!role) return [];
  const at = { offset: target.role.offset, length: target.role.length };
  const out: RuleFinding[] = [];
  if (roleTrusts(role, service) === 'no')
    out.push({
      ...at,
      message: `Role "${role.name}" does not let ${service} assume it, so the task is never run. Allow sts:AssumeRole to the service principal ${service}.`,
    });
  const ids = t.resources;
  if (target.task) {
    const on = resourceMatcher({
      logicalId: target.task.name,
      service: 'ecs',
      prefix: 'task-definition/',
      arnAttributes: ['TaskDefinitionArn'],
      refIsArn: true,
      resourceIds: ids,
    });
    if (roleAllows(t, role, 'ecs:RunTask', on) === 'no')
      out.push({
        ...at,
        message: `Role "${role.name}" does not allow ecs:RunTask on task definition "${target.task.name}". Allow it (or attach AmazonEC2ContainerServiceEventsRole).`,
      });
    for (const passed of taskRoles(t, target.task)) {
      const onRole = resourceMatcher({
        logicalId: passed.name,
        service: 'iam',
        prefix: 'role/',
        arnAttributes: ['Arn'],
        refIsArn: false,
        resourceIds: ids,
      });
      if (roleAllows(t, role, 'iam:PassRole', onRole) === 'no')
        out.push({
          ...at,
          message: `Role "${role.name}" does not allow iam:PassRole on role "${passed.name}", which task definition "${target.task.name}" uses, so ECS refuses to run the task. Allow iam:PassRole on it.`,
        });
    }
  }
  return out;
}

/** the template's roles a task definition names (task role, execution role) */
function taskRoles(t: CfnTemplate, task: CfnResource): CfnResource[] {
  const out: CfnResource[] = [];
  for (const f of ['TaskRoleArn', 'ExecutionRoleArn']) {
    const r = roleAt(t, prop(task.properties, f));
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}
