/**
 * A resolution kept while what it read from the workspace is unchanged. Selector references (a
 * Service's selector, a Fargate profile's namespace) match against every workload: "find
 * references" and code lenses ask them again for each target, which must not redo the match.
 */
import type { Deps, WorkspaceIndex } from '../workspace';
import type { Located } from './types';

export function cachedResolve(resolve: (ws: WorkspaceIndex, uri: string) => Located[]): (ws: WorkspaceIndex, uri: string) => Located[] {
  let last: { ws: WorkspaceIndex; uri: string; deps: Deps; value: Located[] } | undefined;
  return (ws, uri) => {
    if (last && last.ws === ws && last.uri === uri && ws.fresh(last.deps)) return last.value;
    const { value, deps } = ws.track(() => resolve(ws, uri));
    last = { ws, uri, deps, value };
    return value;
  };
}
