/** The render step's `container-name` must name a container of the task definition file it reads; the action fails otherwise. */
import type { Rule, RuleFinding } from '../../rules/rule';
import { inputText } from '../workflow';
import { stepFiles } from '../stepFiles';
import { closest } from '../../text/closest';
import { at } from '../../rules/place';
import { containerNamesOf } from '../taskFile';

export const renderContainerName: Rule = {
  id: 'deploy/render-container-name',
  severity: 'error',
  description: "The render action's container-name must name a container of the task definition file.",
  crossFile: true,
  appliesTo: (doc) => doc.kind.family === 'deploy' && doc.kind.tool === 'github-workflow',
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    for (const { step, path, uri } of stepFiles(doc.root, ctx.file.uri)) {
      if (step.action !== 'render') continue;
      const node = step.inputs.get('container-name');
      const names = inputText(step, 'container-name');
      if (!uri || !node || !names || names.includes('${{')) continue;
      const have = containerNamesOf(ctx.workspace, uri);
      if (!have) continue;
      for (const name of names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        if (have.includes(name)) continue;
        const guess = closest(name, have);
        const list = have.map((h) => `"${h}"`).join(', ') || 'none';
        out.push(
          at(
            node,
            `"${path}" has no container "${name}" (it has ${list}); the render step fails.${guess ? ` Did you mean "${guess}"?` : ''}`,
          ),
        );
      }
    }
    return out;
  },
};
