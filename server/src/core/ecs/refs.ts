/** References between ECS documents: service → task definition (family, family:revision or ARN) and → cluster. */
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { bodyValue, isObj, str, taskView, type TaskView } from './model';

export interface TaskDefRef {
  family: string;
  revision?: number;
}

/** `web`, `web:3`, `arn:aws:ecs:us-east-1:123456789012:task-definition/web:3` */
export function parseTaskDefRef(ref: string): TaskDefRef | undefined {
  const s = ref.trim();
  const arn = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:task-definition\/(.+)$/.exec(s);
  const tail = arn ? arn[1] : s.startsWith('arn:') ? undefined : s;
  if (!tail) return undefined;
  const m = /^([A-Za-z0-9_-]+)(?::(\d+))?$/.exec(tail);
  return m ? { family: m[1], revision: m[2] ? Number(m[2]) : undefined } : undefined;
}

/** `prod`, `arn:aws:ecs:…:cluster/prod` → `prod` */
export function clusterNameOf(ref: string): string {
  const m = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:cluster\/(.+)$/.exec(ref.trim());
  return m ? m[1] : ref.trim();
}

/**
 * task definitions in the workspace with this family (a revision only narrows describe outputs
 * that carry one), with their documents: the rules and navigation (go to definition) share it
 */
export function findTaskDefinitionEntries(ws: WorkspaceIndex, ref: TaskDefRef): { entry: DocEntry; view: TaskView }[] {
  const out: { entry: DocEntry; view: TaskView }[] = [];
  for (const e of ws.ecs('task-definition')) {
    const v = taskView(e.doc);
    if (!v || v.family !== ref.family) continue;
    const rev = v.value.revision;
    if (ref.revision !== undefined && typeof rev === 'number' && rev !== ref.revision) continue;
    out.push({ entry: e, view: v });
  }
  return out;
}

export function findTaskDefinitions(ws: WorkspaceIndex, ref: TaskDefRef): TaskView[] {
  return findTaskDefinitionEntries(ws, ref).map((x) => x.view);
}

/** the task definition a service document runs (the first of its family), with its document */
export function taskDefinitionEntryOfService(ws: WorkspaceIndex, service: unknown): { entry: DocEntry; view: TaskView } | undefined {
  if (!isObj(service)) return undefined;
  const ref = str(service.taskDefinition);
  const parsed = ref ? parseTaskDefRef(ref) : undefined;
  return parsed ? findTaskDefinitionEntries(ws, parsed)[0] : undefined;
}

/** the task definition a service document runs, when the workspace holds exactly one candidate family */
export function taskDefinitionOfService(ws: WorkspaceIndex, service: unknown): TaskView | undefined {
  return taskDefinitionEntryOfService(ws, service)?.view;
}

/** services in the workspace whose taskDefinition names this family */
export function servicesRunning(ws: WorkspaceIndex, family: string): DocEntry[] {
  return ws.ecs('service').filter((e) => {
    const v = bodyValue(e.doc);
    const ref = isObj(v) ? str(v.taskDefinition) : undefined;
    return !!ref && parseTaskDefRef(ref)?.family === family;
  });
}

export function clusterNames(ws: WorkspaceIndex): string[] {
  const out = new Set<string>();
  for (const e of ws.ecs('cluster')) {
    const v = bodyValue(e.doc);
    const n = isObj(v) ? str(v.clusterName) : undefined;
    if (n) out.add(n);
  }
  return [...out];
}

/** the cluster document a service runs in (`default` when the service names none) */
export function clusterOfService(ws: WorkspaceIndex, service: unknown): { entry: DocEntry; value: Record<string, unknown> } | undefined {
  if (!isObj(service)) return undefined;
  const name = clusterNameOf(str(service.cluster) ?? 'default');
  for (const e of ws.ecs('cluster')) {
    const v = bodyValue(e.doc);
    if (isObj(v) && v.clusterName === name) return { entry: e, value: v };
  }
  return undefined;
}
