/** The ECS action step a path inside a workflow points into (`jobs.X.steps[i]…`). */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import { actionOf, type ActionName } from './actions';
import { valueAt } from './workflow';

export function actionAt(root: AstNode | undefined, path: JsonPath): ActionName | undefined {
  if (path[0] !== 'jobs' || path[2] !== 'steps' || typeof path[3] !== 'number') return undefined;
  const uses = valueAt(findNodeAtPath(root, path.slice(0, 4)), 'uses');
  return typeof uses?.value === 'string' ? actionOf(uses.value) : undefined;
}
