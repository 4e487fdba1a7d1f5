/**
 * The inputs of the ECS actions' steps: a name the action does not declare (GitHub warns
 * "Unexpected input" and the value is ignored) and an input the action cannot run without.
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import { closest } from '../../text/closest';
import { at } from '../../rules/place';
import { ACTION_INPUTS, ACTION_REPOS } from '../actions';
import { actionSteps } from '../workflow';

const isWorkflow = (doc: { kind: { family: string; tool?: string } }) =>
  doc.kind.family === 'deploy' && doc.kind.tool === 'github-workflow';

export const unknownActionInput: Rule = {
  id: 'deploy/unknown-action-input',
  severity: 'warning',
  description: 'A step of the ECS render or deploy action passes an input the action does not have; it is ignored.',
  appliesTo: isWorkflow,
  check(doc) {
    const out: RuleFinding[] = [];
    for (const s of actionSteps(doc.root)) {
      const known = ACTION_INPUTS[s.action].map((i) => i.name);
      for (const p of s.with?.children ?? []) {
        const key = p.children?.[0];
        const name = typeof key?.value === 'string' ? key.value : undefined;
        if (!key || name === undefined || known.includes(name)) continue;
        const guess = closest(name, known);
        const fixes = guess
          ? [{ title: `Rename to "${guess}"`, edits: [{ offset: key.offset, length: key.length, newText: guess }], preferred: true }]
          : [];
        out.push(
          at(key, `${ACTION_REPOS[s.action]} has no input "${name}"; GitHub ignores it.${guess ? ` Did you mean "${guess}"?` : ''}`, fixes),
        );
      }
    }
    return out;
  },
};

export const missingActionInput: Rule = {
  id: 'deploy/missing-action-input',
  severity: 'error',
  description: 'A step of the ECS render or deploy action lacks an input the action requires; the step fails.',
  appliesTo: isWorkflow,
  check(doc) {
    const out: RuleFinding[] = [];
    for (const s of actionSteps(doc.root)) {
      // at the `with:` key, else at the action's name
      const anchor = s.with?.parent?.children?.[0] ?? s.uses;
      for (const input of ACTION_INPUTS[s.action].filter((i) => i.required && !s.inputs.has(i.name)))
        out.push(at(anchor, `${ACTION_REPOS[s.action]} needs the input "${input.name}"; the step fails without it.`));
      // the render action starts from a file, an ARN or a family: one of them
      if (s.action === 'render' && !['task-definition', 'task-definition-arn', 'task-definition-family'].some((n) => s.inputs.has(n)))
        out.push(at(anchor, `${ACTION_REPOS.render} needs "task-definition" (a file), "task-definition-arn" or "task-definition-family".`));
    }
    return out;
  },
};
