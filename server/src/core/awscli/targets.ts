/**
 * The ECS targets of a `put-targets` or `create-schedule` input: where each one's `EcsParameters`
 * sits, the task definition it names and the cluster (`Arn`) it runs in. Rules, completion and
 * the diagram share this reading.
 */
import { findNodeAtPath, type AstNode, type JsonPath } from '../parse/tree';
import type { DocUnit } from '../types';
import { asArray, isObj, str, type Obj } from '../value';
import { parseTaskDefRef, type TaskDefRef } from '../ecs/refs';
import { isPlaceholder } from '../text/placeholder';

export interface EcsTarget {
  /** path of the target object (`["Targets", 0]` or `["Target"]`) */
  path: JsonPath;
  target: Obj;
  ecs: Obj;
  /** the `EcsParameters` key, where a finding about the whole target goes */
  ecsKey: AstNode | undefined;
  /** the task definition named, when it is written as a family or task definition ARN */
  taskDefinition?: TaskDefRef;
  /** the cluster name from the target's `Arn` (`arn:aws:ecs:…:cluster/NAME`) */
  cluster?: string;
  flavour: 'events' | 'scheduler';
}

/** the key node of the property at `path` */
export function keyAt(doc: DocUnit, path: JsonPath): AstNode | undefined {
  const v = findNodeAtPath(doc.root, path);
  return v?.parent?.type === 'property' ? v.parent.children?.[0] : undefined;
}

export function ecsTargetsOf(doc: DocUnit): EcsTarget[] {
  if (doc.kind.family !== 'awscli' || !isObj(doc.value)) return [];
  const v = doc.value;
  const found: { path: JsonPath; target: unknown }[] =
    doc.kind.doc === 'put-targets'
      ? asArray(v.Targets).map((t, i) => ({ path: ['Targets', i], target: t }))
      : doc.kind.doc === 'create-schedule'
        ? [{ path: ['Target'], target: v.Target }]
        : [];
  const out: EcsTarget[] = [];
  for (const { path, target } of found) {
    if (!isObj(target) || !isObj(target.EcsParameters)) continue;
    const ref = str(target.EcsParameters.TaskDefinitionArn);
    const arn = str(target.Arn);
    const cluster = arn && /^arn:aws[a-z-]*:ecs:[^:]*:[^:]*:cluster\/(.+)$/.exec(arn)?.[1];
    out.push({
      path,
      target,
      ecs: target.EcsParameters,
      ecsKey: keyAt(doc, [...path, 'EcsParameters']),
      taskDefinition: ref && !isPlaceholder(ref) ? parseTaskDefRef(ref) : undefined,
      cluster: cluster && !isPlaceholder(cluster) ? cluster : undefined,
      flavour: doc.kind.doc === 'create-schedule' ? 'scheduler' : 'events',
    });
  }
  return out;
}
