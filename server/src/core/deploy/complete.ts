/** Completion of the ECS actions' inputs under a step's `with:`, of the render step's container names, and of an AppSpec's container and port. */
import type { CompletionContributor, CompletionEntry } from '../complete/types';
import { findNodeAtPath } from '../parse/tree';
import { keyEntry, valueEntry } from '../ecs/complete/entries';
import { stepFiles } from './stepFiles';
import { taskInFile } from './taskFile';
import { appSpecTarget, inProperties } from './appspec';
import { appSpecTask } from './appspecTask';
import { ACTION_INPUTS, ACTION_REPOS } from './actions';
import { actionAt } from './stepAt';

export const completeActionInputs: CompletionContributor = (ctx) => {
  if (ctx.doc.kind.family !== 'deploy' || !ctx.atKey || ctx.path.length !== 5 || ctx.path[4] !== 'with') return [];
  const action = actionAt(ctx.doc.root, ctx.path);
  if (!action) return [];
  const out: CompletionEntry[] = [];
  ACTION_INPUTS[action].forEach((input, i) => {
    if (ctx.existingKeys.has(input.name)) return;
    out.push(
      keyEntry(ctx, input.name, {
        detail: `${ACTION_REPOS[action]}${input.required ? ' · required' : ''}`,
        documentation: input.doc,
        sortText: `${input.required ? 0 : 1}${String(i).padStart(2, '0')}`,
      }),
    );
  });
  return out;
};

/** `container-name:` of a render step: the containers of the file it reads. */
export const completeRenderContainer: CompletionContributor = (ctx, { workspace }) => {
  if (ctx.doc.kind.family !== 'deploy' || ctx.atKey || ctx.path.length !== 6 || ctx.path[4] !== 'with') return [];
  if (ctx.path[5] !== 'container-name') return [];
  const stepNode = findNodeAtPath(ctx.doc.root, ctx.path.slice(0, 4));
  const sf = stepFiles(ctx.doc.root, ctx.file.uri).find((s) => s.step.node === stepNode);
  if (!sf || sf.step.action !== 'render' || !sf.uri) return [];
  const task = taskInFile(workspace, sf.uri);
  const out: CompletionEntry[] = [];
  for (const c of task?.containers ?? [])
    if (c.name)
      out.push(
        valueEntry(ctx, c.name, {
          detail: `container of ${sf.path?.trim() ?? 'the task definition'}`,
          documentation: typeof c.value.image === 'string' ? `image today: \`${c.value.image}\`` : undefined,
        }),
      );
  return out;
};

/** An AppSpec's `ContainerName` / `ContainerPort`: the containers and ports of the task definition it deploys. */
export const completeAppSpecContainer: CompletionContributor = (ctx, { workspace }) => {
  const p = ctx.path;
  if (ctx.doc.kind.family !== 'deploy' || ctx.doc.kind.tool !== 'appspec' || ctx.atKey || p.length !== 6) return [];
  if (!inProperties(p) || p[4] !== 'LoadBalancerInfo' || (p[5] !== 'ContainerName' && p[5] !== 'ContainerPort')) return [];
  const t = appSpecTarget(ctx.doc.root);
  const task = appSpecTask(workspace, ctx.file.uri, t.taskDefinition?.value);
  if (!task) return [];
  const file = task.entry.file.uri.slice(task.entry.file.uri.lastIndexOf('/') + 1);
  const out: CompletionEntry[] = [];
  for (const c of task.view.containers) {
    if (!c.name) continue;
    if (p[5] === 'ContainerName') {
      out.push(
        valueEntry(ctx, c.name, {
          detail: `container of ${file}`,
          documentation: typeof c.value.image === 'string' ? c.value.image : undefined,
        }),
      );
      continue;
    }
    if (typeof t.containerName?.value === 'string' && t.containerName.value !== c.name) continue;
    for (const m of Array.isArray(c.value.portMappings) ? c.value.portMappings : [])
      if (m && typeof m === 'object' && typeof (m as Record<string, unknown>).containerPort === 'number')
        out.push(valueEntry(ctx, (m as { containerPort: number }).containerPort, { detail: `port of ${c.name} · ${file}` }));
  }
  return out;
};
