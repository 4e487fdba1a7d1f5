/** The render step's `container-name` must name a container of the task definition file it reads; the action fails otherwise. */
import type { Rule, RuleFinding } from '../../rules/rule';
import { actionSteps, inputText, renderOutputOf } from '../workflow';
import { repoRootOf, folderOf, resolveUri } from '../paths';
import { taskView } from '../../ecs/model';
import { closest } from '../../text/closest';
import { at } from '../../rules/place';

export const renderContainerName: Rule = {
  id: 'deploy/render-container-name',
  severity: 'error',
  description: "The render action's container-name must name a container of the task definition file.",
  crossFile: true,
  appliesTo: (doc) => doc.kind.family === 'deploy' && doc.kind.tool === 'github-workflow',
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    const root = repoRootOf(ctx.file.uri) ?? folderOf(ctx.file.uri);
    const fileOfStep = new Map<string, string | undefined>();
    for (const s of actionSteps(doc.root)) {
      if (s.action !== 'render') continue;
      const path = inputText(s, 'task-definition');
      const from = path ? renderOutputOf(path) : undefined;
      const uri = from ? fileOfStep.get(from) : path ? resolveUri(root, path) : undefined;
      if (s.id) fileOfStep.set(s.id, uri);
      const node = s.inputs.get('container-name');
      const names = inputText(s, 'container-name');
      if (!uri || !node || !names || names.includes('${{')) continue;
      const task = ctx.workspace.get(uri)?.docs.find((d) => d.kind.family === 'ecs');
      const view = task ? taskView(task) : undefined;
      if (!view) continue;
      const have = view.containers.map((c) => c.name).filter((n): n is string => typeof n === 'string');
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
