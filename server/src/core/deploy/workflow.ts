/**
 * The steps of a GitHub Actions workflow that use the ECS render or deploy action, with the nodes
 * of their inputs (for findings and hovers at the workflow's own text).
 */
import type { AstNode } from '../parse/tree';
import { findProperty, propertyKey, propertyValue } from '../parse/tree';
import { actionOf, type ActionName } from './actions';

export interface ActionStep {
  action: ActionName;
  /** the step's object node */
  node: AstNode;
  /** the step's `id:` (other steps read its outputs through it) */
  id?: string;
  /** the `uses:` value node */
  uses: AstNode;
  /** the `with:` object, when there is one */
  with?: AstNode;
  /** input name → its value node (scalars only; what the action reads as text) */
  inputs: Map<string, AstNode>;
}

/** the value node of `key` in an object node */
export const valueAt = (obj: AstNode | undefined, key: string): AstNode | undefined => {
  const p = findProperty(obj, key);
  return p ? propertyValue(p) : undefined;
};

const text = (n: AstNode | undefined): string | undefined =>
  n && (n.type === 'string' || n.type === 'number' || n.type === 'boolean') ? String(n.value) : undefined;

/** Every step of every job that uses one of the two actions, in file order. */
export function actionSteps(root: AstNode | undefined): ActionStep[] {
  const out: ActionStep[] = [];
  const jobs = valueAt(root, 'jobs');
  for (const job of jobs?.type === 'object' ? (jobs.children ?? []) : []) {
    const steps = valueAt(propertyValue(job), 'steps');
    for (const step of steps?.type === 'array' ? (steps.children ?? []) : []) {
      const uses = valueAt(step, 'uses');
      const action = typeof uses?.value === 'string' ? actionOf(uses.value) : undefined;
      if (!uses || !action) continue;
      const withNode = valueAt(step, 'with');
      const inputs = new Map<string, AstNode>();
      for (const p of withNode?.type === 'object' ? (withNode.children ?? []) : []) {
        const key = propertyKey(p);
        const value = propertyValue(p);
        if (key !== undefined && value) inputs.set(key, value);
      }
      out.push({ action, node: step, id: text(valueAt(step, 'id')), uses, with: withNode, inputs });
    }
  }
  return out;
}

/** The `run:` scripts of every step (files they write may be what a later ECS step reads). */
export function runScripts(root: AstNode | undefined): string[] {
  const out: string[] = [];
  const jobs = valueAt(root, 'jobs');
  for (const job of jobs?.type === 'object' ? (jobs.children ?? []) : []) {
    const steps = valueAt(propertyValue(job), 'steps');
    for (const step of steps?.type === 'array' ? (steps.children ?? []) : []) {
      const run = text(valueAt(step, 'run'));
      if (run) out.push(run);
    }
  }
  return out;
}

export const inputText = (step: ActionStep, name: string): string | undefined => text(step.inputs.get(name));

/** `${{ steps.ID.outputs.task-definition }}`: the id of the render step whose output this is */
export function renderOutputOf(value: string): string | undefined {
  return /^\s*\$\{\{\s*steps\.([\w-]+)\.outputs\.task-definition\s*\}\}\s*$/.exec(value)?.[1];
}

/** Whether a workflow document uses either action (detection). */
export function usesEcsActions(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const jobs = (value as Record<string, unknown>).jobs;
  if (!jobs || typeof jobs !== 'object') return false;
  for (const job of Object.values(jobs as Record<string, unknown>)) {
    const steps = job && typeof job === 'object' ? (job as Record<string, unknown>).steps : undefined;
    if (!Array.isArray(steps)) continue;
    for (const s of steps)
      if (s && typeof s === 'object' && typeof (s as Record<string, unknown>).uses === 'string' && actionOf((s as { uses: string }).uses))
        return true;
  }
  return false;
}
