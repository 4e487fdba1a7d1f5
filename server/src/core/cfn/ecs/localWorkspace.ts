/**
 * The workspace as a template's ECS views see it: the template's own task definitions, services
 * and clusters first (a service's `!Ref TaskDef` means this template's), then the workspace's.
 * Everything else is the workspace itself, so what the rules read is tracked as usual.
 */
import type { DocEntry, WorkspaceIndex } from '../../workspace';
import { ecsKey, type EcsDocType } from '../../ecs/kind';

export function withLocalDocs(ws: WorkspaceIndex, local: ReadonlyMap<string, DocEntry[]>): WorkspaceIndex {
  const docs = (key: string): DocEntry[] => {
    const own = local.get(key);
    return own ? [...own, ...ws.docs(key)] : ws.docs(key);
  };
  return new Proxy(ws, {
    get(target, p) {
      if (p === 'docs') return docs;
      if (p === 'ecs') return (type: EcsDocType) => docs(ecsKey(type));
      const v: unknown = Reflect.get(target, p, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
