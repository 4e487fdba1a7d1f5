/**
 * AWS CLI inputs in the reference model: a `put-targets` or `create-schedule` input whose ECS
 * target names a task definition by family or ARN refers to the task definition files of the
 * workspace with that family, so F12 goes there and the file's lens counts the rule or schedule.
 * Other ARNs (roles, target groups) are the shared ARN references of collect.ts.
 */
import type { DocUnit } from '../types';
import { findNodeAtPath } from '../parse/tree';
import { ecsTargetsOf } from '../awscli/targets';
import { taskTargetReference } from './taskTarget';
import type { DeclarationsOf } from './ecs';
import type { DocRefs, Reference } from './types';

export function collectAwsCli(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  const references: Reference[] = [];
  for (const t of ecsTargetsOf(doc)) {
    const ref = t.taskDefinition;
    const node = findNodeAtPath(doc.root, [...t.path, 'EcsParameters', 'TaskDefinitionArn']);
    if (!ref || node?.type !== 'string' || typeof node.value !== 'string') continue;
    references.push(taskTargetReference(text, node, node.value, ref, t.flavour, declarationsOf));
  }
  return { declarations: [], references };
}
