/** Completion of the ECS actions' inputs under a step's `with:`. */
import type { CompletionContributor, CompletionEntry } from '../complete/types';
import { keyEntry } from '../ecs/complete/entries';
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
