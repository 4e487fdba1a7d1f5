/**
 * The ECS part of an EventBridge rule or Scheduler schedule target: the task definition it names
 * is one, an `awsvpc` task gets a network configuration, and a `FARGATE` launch type runs a
 * task definition that requires FARGATE compatibility. EventBridge fails the invocation otherwise.
 */
import type { Rule, RuleFinding } from '../rule';
import { toValue } from '../../parse/tree';
import { prop, referencedResource } from '../../cfn/iam/templateRoles';
import { ecsTargets } from '../../cfn/events/targets';
import { resolveNode } from '../../cfn/ecs/resolve';
import { isTemplate, template } from './guard';

export const eventsEcsTarget: Rule = {
  id: 'cfn/events-ecs-target',
  severity: 'error',
  description:
    'ECS targets of EventBridge rules and schedules: a task definition, a network configuration for awsvpc, Fargate-compatible for FARGATE.',
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const target of ecsTargets(t)) {
      const td = target.taskDefinition;
      const key = target.ecs.parent?.children?.[0] ?? target.ecs;
      if (!td) {
        out.push({ offset: key.offset, length: key.length, message: 'EcsParameters needs TaskDefinitionArn: the task definition to run.' });
        continue;
      }
      const other = referencedResource(t, td);
      if (other && other.type !== 'AWS::ECS::TaskDefinition') {
        out.push({
          offset: td.offset,
          length: td.length,
          message: `"${other.name}" is a ${other.type ?? 'resource'}, not a task definition; point TaskDefinitionArn at an AWS::ECS::TaskDefinition.`,
        });
        continue;
      }
      const task = target.task;
      if (!task) continue;
      const modeNode = prop(task.properties, 'NetworkMode');
      const netMode = modeNode ? resolveNode(t, modeNode, new Map()) : 'bridge';
      if (netMode === 'awsvpc' && !prop(target.ecs, 'NetworkConfiguration'))
        out.push({
          offset: key.offset,
          length: key.length,
          message: `Task definition "${task.name}" uses the awsvpc network mode, so this target needs NetworkConfiguration with its subnets (and security groups).`,
        });
      const launch = prop(target.ecs, 'LaunchType');
      const compatNode = prop(task.properties, 'RequiresCompatibilities');
      // not written: EC2 only
      const compat = compatNode ? toValue(compatNode) : [];
      if (launch?.value === 'FARGATE' && Array.isArray(compat) && compat.every((c) => typeof c === 'string') && !compat.includes('FARGATE'))
        out.push({
          offset: launch.offset,
          length: launch.length,
          message: `Task definition "${task.name}" does not list FARGATE in RequiresCompatibilities, so it cannot run with launch type FARGATE. Add FARGATE there (with awsvpc, task Cpu and Memory) or use EC2.`,
        });
    }
    return out;
  },
};
