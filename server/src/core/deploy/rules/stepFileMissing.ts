/**
 * A path input of the deploy actions (`task-definition:`, `codedeploy-appspec:`) that names no file
 * of the repository: the action stops with "no such file". Said only when the repository itself was
 * read (not a workflow linted alone) and no `run:` step of the workflow writes a file of that name
 * (`describe-task-definition … > task-definition.json`).
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import type { WorkspaceIndex } from '../../workspace';
import { at } from '../../rules/place';
import { inputText, runScripts } from '../workflow';
import { stepFiles } from '../stepFiles';
import { repoRootOf, resolveUri } from '../paths';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** some file of the repository besides its workflows is in the index */
const repoIndexed = (ws: WorkspaceIndex, root: string) => ws.matching(new RegExp(`^${escape(root)}(?!\\.github/)[^?#]+$`)).length > 0;

type PathInput = 'task-definition' | 'codedeploy-appspec';

export function stepFileMissing(id: string, input: PathInput, description: string): Rule {
  return {
    id,
    severity: 'warning',
    description,
    crossFile: true,
    appliesTo: (doc) => doc.kind.family === 'deploy' && doc.kind.tool === 'github-workflow',
    check(doc, ctx) {
      const root = repoRootOf(ctx.file.uri);
      if (!root) return [];
      const out: RuleFinding[] = [];
      let scripts: string[] | undefined;
      for (const { step, path: taskPath, uri: taskUri, own } of stepFiles(doc.root, ctx.file.uri)) {
        const node = step.inputs.get(input);
        // a task-definition path may be an earlier render step's output: only a path written here counts
        const path = input === 'task-definition' ? (own ? taskPath : undefined) : inputText(step, input);
        const uri = input === 'task-definition' ? taskUri : path ? resolveUri(root, path) : undefined;
        if (!uri || !path || !node || path.includes('${{') || ctx.workspace.has(uri)) continue;
        const name = path.trim().split('/').pop() ?? path;
        scripts ??= runScripts(doc.root);
        if (scripts.some((s) => s.includes(name)) || !repoIndexed(ctx.workspace, root)) continue;
        out.push(
          at(node, `No file "${path.trim()}" in the repository (paths start at its root); the step fails. Fix the path or add the file.`),
        );
      }
      return out;
    },
  };
}
