/**
 * The task definition file each ECS step of a workflow reads: its own `task-definition:` path
 * (from the repository root), or the file an earlier render step started from when it reads that
 * step's output.
 */
import type { AstNode } from '../parse/tree';
import { actionSteps, inputText, renderOutputOf, type ActionStep } from './workflow';
import { folderOf, repoRootOf, resolveUri } from './paths';

export interface StepFile {
  step: ActionStep;
  /** the `task-definition:` text */
  path?: string;
  /** the file it names, when that can be known */
  uri?: string;
  /** the path was written in this step (not another step's output) */
  own: boolean;
}

export function stepFiles(root: AstNode | undefined, workflowUri: string): StepFile[] {
  const base = repoRootOf(workflowUri) ?? folderOf(workflowUri);
  const fileOfStep = new Map<string, string | undefined>();
  return actionSteps(root).map((step) => {
    const path = inputText(step, 'task-definition');
    const from = path ? renderOutputOf(path) : undefined;
    const uri = from ? fileOfStep.get(from) : path ? resolveUri(base, path) : undefined;
    if (step.action === 'render' && step.id) fileOfStep.set(step.id, uri);
    return { step, path, uri, own: !from };
  });
}
