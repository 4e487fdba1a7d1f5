/** The task definition in a file of the workspace, as the deploy tools' files name it. */
import type { WorkspaceIndex } from '../workspace';
import { taskView, type TaskView } from '../ecs/model';

export function taskInFile(ws: WorkspaceIndex, uri: string): TaskView | undefined {
  const doc = ws.get(uri)?.docs.find((d) => d.kind.family === 'ecs');
  return doc ? taskView(doc) : undefined;
}

/** the container names of the task definition in that file; undefined when there is none */
export function containerNamesOf(ws: WorkspaceIndex, uri: string): string[] | undefined {
  return taskInFile(ws, uri)
    ?.containers.map((c) => c.name)
    .filter((n): n is string => typeof n === 'string');
}
