/**
 * The lens above a task definition: "used by 2 services, 1 rule". Services name it by family or
 * ARN; EventBridge rules and Scheduler schedules run it from their ECS targets. In a template, a
 * task definition resource is counted from the services, rules and schedules of that template.
 */
import type { WorkspaceIndex } from '../workspace';
import type { SourceFile } from '../types';
import { templateOf } from '../cfn/template';
import { ecsTargets } from '../cfn/events/targets';
import { prop, referencedResource } from '../cfn/iam/templateRoles';
import { referencesTo, type Span } from '../refs/navigate';
import { spanOf, type Declaration } from '../refs/types';

export interface TaskLens {
  title: string;
  locations: Span[];
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function title(services: number, rules: number, schedules: number): string {
  const parts = [
    services ? plural(services, 'service') : '',
    rules ? plural(rules, 'rule') : '',
    schedules ? plural(schedules, 'schedule') : '',
  ].filter(Boolean);
  return parts.length ? `used by ${parts.join(', ')}` : 'no service or rule in the workspace runs it';
}

/** a task definition file's lens: the services, rules and schedules of the workspace that name its family */
export function taskFileLens(ws: WorkspaceIndex, file: SourceFile, d: Declaration): TaskLens {
  const refs = referencesTo(ws, [{ uri: file.uri, decl: d }]).filter((r) => r.ref.kind === 'task definition');
  const count = (holder?: string) => refs.filter((r) => r.ref.holder === holder).length;
  return {
    title: title(count(undefined), count('rule'), count('schedule')),
    locations: refs.map((r) => ({ uri: r.uri, ...spanOf(r.ref) })),
  };
}

/** whether a template declaration is an `AWS::ECS::TaskDefinition` resource */
export function isTemplateTask(doc: SourceFile['docs'][number], d: Declaration): boolean {
  return d.kind === 'resource' && templateOf(doc)?.resources.get(d.name)?.type === 'AWS::ECS::TaskDefinition';
}

/** a template task definition's lens: the template's services, rules and schedules that run it */
export function templateTaskLens(file: SourceFile, doc: SourceFile['docs'][number], d: Declaration): TaskLens {
  const t = templateOf(doc);
  const task = t?.resources.get(d.name);
  if (!t || !task) return { title: title(0, 0, 0), locations: [] };
  const at = (n: { offset: number; length: number }): Span => ({ uri: file.uri, offset: n.offset, length: n.length });
  const services: Span[] = [];
  for (const r of t.resources.values()) {
    if (r.type !== 'AWS::ECS::Service') continue;
    const node = prop(r.properties, 'TaskDefinition');
    if (node && referencedResource(t, node, ['AWS::ECS::TaskDefinition']) === task) services.push(at(node));
  }
  const targets = ecsTargets(t).filter((x) => x.task === task && x.taskDefinition);
  const rules = targets.filter((x) => x.flavour === 'events').map((x) => at(x.taskDefinition!));
  const schedules = targets.filter((x) => x.flavour === 'scheduler').map((x) => at(x.taskDefinition!));
  return { title: title(services.length, rules.length, schedules.length), locations: [...services, ...rules, ...schedules] };
}
