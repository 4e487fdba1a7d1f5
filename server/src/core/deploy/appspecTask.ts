/**
 * The task definition an AppSpec file deploys: the task definition file of the GitHub deploy step
 * whose `codedeploy-appspec` names it (the action overwrites `TaskDefinition`); else the one its
 * `TaskDefinition` names when that is a family or ARN of the workspace; with CodePipeline's
 * `<TASK_DEFINITION>`, the `taskdef.json` beside it (the action's task definition artifact), else
 * the only task definition in its folder.
 */
import type { WorkspaceIndex, DocEntry } from '../workspace';
import { taskView, type TaskView } from '../ecs/model';
import { findTaskDefinitionEntries, parseTaskDefRef } from '../ecs/refs';
import { isPlaceholder } from '../text/placeholder';
import { folderOf } from './paths';
import { appSpecUsesOf } from './appspecUses';

export interface AppSpecTask {
  entry: DocEntry;
  view: TaskView;
}

export function appSpecTask(ws: WorkspaceIndex, uri: string, taskDefinition: unknown): AppSpecTask | undefined {
  const fromStep = appSpecUsesOf(ws, uri).find((u) => u.taskUri)?.taskUri;
  const stepTask = fromStep ? ws.ecs('task-definition').find((e) => e.file.uri === fromStep) : undefined;
  const stepView = stepTask ? taskView(stepTask.doc) : undefined;
  if (stepTask && stepView) return { entry: stepTask, view: stepView };
  const ref = typeof taskDefinition === 'string' && !isPlaceholder(taskDefinition) ? parseTaskDefRef(taskDefinition) : undefined;
  if (ref) return findTaskDefinitionEntries(ws, ref)[0];
  const folder = folderOf(uri);
  const beside = ws.ecs('task-definition').filter((e) => folderOf(e.file.uri) === folder);
  const pick = beside.find((e) => /\/taskdef\.json$/i.test(e.file.uri)) ?? (beside.length === 1 ? beside[0] : undefined);
  const view = pick ? taskView(pick.doc) : undefined;
  return pick && view ? { entry: pick, view } : undefined;
}
