/** Completion of the ECS actions' inputs under a step's `with:`, and of the render step's container names. */
import type { CompletionContributor, CompletionEntry } from '../complete/types';
import { findNodeAtPath } from '../parse/tree';
import { keyEntry, valueEntry } from '../ecs/complete/entries';
import { stepFiles } from './stepFiles';
import { taskInFile } from './taskFile';
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
