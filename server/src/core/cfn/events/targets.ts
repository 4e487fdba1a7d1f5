/**
 * The ECS targets of a template's EventBridge rules (`AWS::Events::Rule` `Targets[]`) and
 * Scheduler schedules (`AWS::Scheduler::Schedule` `Target`): a target with `EcsParameters` runs a
 * task definition on a cluster, with a role EventBridge assumes to do it.
 */
import type { AstNode } from '../../parse/tree';
import type { CfnResource, CfnTemplate } from '../template';
import { prop, referencedResource } from '../iam/templateRoles';

export interface EcsTarget {
  /** the rule or schedule */
  owner: CfnResource;
  flavour: 'events' | 'scheduler';
  /** the target object node */
  node: AstNode;
  ecs: AstNode;
  role?: AstNode;
  taskDefinition?: AstNode;
  /** the template's task definition the target runs, when it is one */
  task?: CfnResource;
}

export const EVENTS_SERVICE = { events: 'events.amazonaws.com', scheduler: 'scheduler.amazonaws.com' } as const;

export function ecsTargets(t: CfnTemplate): EcsTarget[] {
  const out: EcsTarget[] = [];
  for (const r of t.resources.values()) {
    const flavour = r.type === 'AWS::Events::Rule' ? 'events' : r.type === 'AWS::Scheduler::Schedule' ? 'scheduler' : undefined;
    if (!flavour) continue;
    const targets = flavour === 'events' ? prop(r.properties, 'Targets') : prop(r.properties, 'Target');
    const list = flavour === 'events' ? (targets?.type === 'array' ? (targets.children ?? []) : []) : targets ? [targets] : [];
    for (const node of list) {
      const ecs = prop(node, 'EcsParameters');
      if (ecs?.type !== 'object') continue;
      const taskDefinition = prop(ecs, 'TaskDefinitionArn');
      out.push({
        owner: r,
        flavour,
        node,
        ecs,
        role: prop(node, 'RoleArn'),
        taskDefinition,
        task: referencedResource(t, taskDefinition, ['AWS::ECS::TaskDefinition']),
      });
    }
  }
  return out;
}
