/** Hover on an ECS action's input (what it does) and on its `uses:` (what the action does with the file). */
import type { HoverContributor } from '../hover/contributors';
import { ACTION_INPUTS, ACTION_REPOS } from './actions';
import { actionAt } from './stepAt';

const ABOUT = {
  render:
    'Writes a copy of the task definition file with one container’s image (and optionally its environment, logging, command) replaced; a later deploy step registers that copy.',
  deploy:
    'Registers the task definition file (JSON or YAML) and updates the service. It drops the fields `describe-task-definition` adds, null and empty values before registering.',
};

export const hoverActionInput: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'deploy') return undefined;
  const action = actionAt(t.doc.root, t.path);
  if (!action) return undefined;
  if (t.path.length === 5 && t.path[4] === 'uses') return `**${ACTION_REPOS[action]}**\n\n${ABOUT[action]}`;
  if (t.path.length !== 6 || t.path[4] !== 'with') return undefined;
  const input = ACTION_INPUTS[action].find((i) => i.name === t.path[5]);
  if (!input) return undefined;
  return `**${input.name}**${input.required ? ' (required)' : ''} · ${ACTION_REPOS[action]}\n\n${input.doc}`;
};
