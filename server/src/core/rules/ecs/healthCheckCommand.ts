/** A container health check command starts with CMD (exec form) or CMD-SHELL (shell form). */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode, containerLabel } from '../../ecs/model';
import { isEcs } from './guard';
import { at, keyOf } from '../place';

export const healthCheckCommand: Rule = {
  id: 'ecs/health-check-command',
  severity: 'error',
  description: 'healthCheck.command must start with "CMD" or "CMD-SHELL" followed by the command.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      const cmd = containerNode(c, ['healthCheck', 'command']);
      if (!cmd || cmd.type !== 'array') continue;
      const items = cmd.children ?? [];
      const first = items[0];
      if (!first) {
        out.push(
          at(
            keyOf(cmd),
            `The health check of ${containerLabel(c)} has no command. Use ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] or ["CMD", "program", "arg"].`,
          ),
        );
        continue;
      }
      if (typeof first.value !== 'string') continue;
      if (first.value === 'CMD' || first.value === 'CMD-SHELL') {
        if (items.length < 2) out.push(at(first, `"${first.value}" must be followed by the command to run.`));
        continue;
      }
      if (first.value === 'NONE') continue; // Docker's way to turn an inherited check off
      // a bare command line: prefixing CMD-SHELL runs it through the shell as written
      const fix = {
        title: 'Run it with "CMD-SHELL"',
        edits: [
          {
            offset: first.offset,
            length: 0,
            newText: ctx.file.language === 'json' ? '"CMD-SHELL", ' : insertYamlItem(ctx.file.text, first.offset, cmd.offset),
          },
        ],
        preferred: true,
      };
      out.push(
        at(first, `A health check command starts with "CMD" (run directly) or "CMD-SHELL" (run in a shell), not "${first.value}".`, [fix]),
      );
    }
    return out;
  },
};

/** YAML: a flow list takes `CMD-SHELL, `; a block list takes a new `- CMD-SHELL` line */
function insertYamlItem(text: string, itemOffset: number, listOffset: number): string {
  if (text[listOffset] === '[') return 'CMD-SHELL, ';
  const lineStart = text.lastIndexOf('\n', itemOffset - 1) + 1;
  const prefix = text.slice(lineStart, itemOffset);
  return `CMD-SHELL\n${prefix}`;
}
