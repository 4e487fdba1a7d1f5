/** Where a task uses secrets that ECS must fetch with the execution role. */
import { containerNode, type ContainerView, type TaskView } from './model';
import { keyOf } from '../rules/place';
import type { AstNode } from '../parse/tree';

const PLACES = [
  [['secrets'], 'secrets'],
  [['logConfiguration', 'secretOptions'], 'log secret options'],
  [['repositoryCredentials'], 'private registry credentials'],
] as const;

/** the first secret-ish key of a task, with what it is */
export function secretUse(v: TaskView): { node: AstNode; what: string; c: ContainerView } | undefined {
  for (const c of v.containers) {
    for (const [path, what] of PLACES) {
      const n = containerNode(c, [...path]);
      if (n && n.type !== 'null' && !(n.type === 'array' && !n.children?.length)) return { node: keyOf(n), what, c };
    }
  }
  return undefined;
}
