/**
 * The deploy action's `codedeploy-appspec` input: for a service under the CODE_DEPLOY controller,
 * the action reads that AppSpec file (its path starts at the repository root), writes the ARN of
 * the task definition it has just registered into `TaskDefinition`, and starts the blue/green
 * deployment with it. So the AppSpec deploys the step's task definition file, whatever its own
 * `TaskDefinition` says. Only the written input is followed: the action falls back to
 * `appspec.yaml` only for CODE_DEPLOY services, which a workflow alone does not tell.
 */
import type { AstNode } from '../parse/tree';
import type { WorkspaceIndex } from '../workspace';
import { deployKey } from './kind';
import { inputText } from './workflow';
import { stepFiles } from './stepFiles';
import { folderOf, repoRootOf, resolveUri } from './paths';

export interface AppSpecUse {
  /** the workflow whose deploy step names the AppSpec */
  workflow: string;
  /** the `codedeploy-appspec:` value there */
  node: AstNode;
  /** the task definition file the step registers, when it can be known */
  taskUri?: string;
}

/** The deploy steps of the workspace's workflows that send the AppSpec at `uri`. */
export function appSpecUsesOf(ws: WorkspaceIndex, uri: string): readonly AppSpecUse[] {
  return ws.memo('deploy-appspec-uses', () => build(ws)).get(uri) ?? [];
}

function build(ws: WorkspaceIndex): Map<string, AppSpecUse[]> {
  const out = new Map<string, AppSpecUse[]>();
  for (const { file, doc } of ws.docs(deployKey('github-workflow'))) {
    const base = repoRootOf(file.uri) ?? folderOf(file.uri);
    for (const { step, uri: taskUri } of stepFiles(doc.root, file.uri)) {
      const node = step.inputs.get('codedeploy-appspec');
      const path = inputText(step, 'codedeploy-appspec');
      const appspec = step.action === 'deploy' && node && path ? resolveUri(base, path) : undefined;
      if (!appspec || !node) continue;
      out.set(appspec, [...(out.get(appspec) ?? []), { workflow: file.uri, node, taskUri }]);
    }
  }
  return out;
}
