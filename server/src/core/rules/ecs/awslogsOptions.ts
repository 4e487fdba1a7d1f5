/** The awslogs driver needs a group and a region, and on Fargate a stream prefix. */
import type { Rule, RuleFinding } from '../rule';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, containerLabel, isObj, str, type TaskView, type ContainerView } from '../../ecs/model';
import { insertProperty, insertProperties } from '../../edit/insertProperty';
import { regionOf } from '../../ecs/fixes';
import type { Fix, SourceFile } from '../../types';
import { isEcs } from './guard';
import { at } from '../place';

/** placeholder values for missing options: plausible, easy to spot */
function placeholders(v: TaskView, c: ContainerView): Record<string, string> {
  return {
    'awslogs-group': `/ecs/${v.family ?? c.name ?? 'app'}`,
    'awslogs-region': regionOf(v) ?? 'us-east-1',
    'awslogs-stream-prefix': 'ecs',
  };
}

function addFix(file: SourceFile, v: TaskView, c: ContainerView, missing: string[]): Fix | undefined {
  const lc = containerNode(c, ['logConfiguration']);
  if (!lc || lc.type !== 'object') return undefined;
  const values = placeholders(v, c);
  const opts = findProperty(lc, 'options')?.children?.[1];
  const title = `Add ${missing.map((k) => `"${k}"`).join(', ')} (check the values)`;
  if (opts?.type === 'object') {
    return {
      title,
      edits: [
        insertProperties(
          file,
          opts,
          missing.map((k) => [k, values[k]]),
        ),
      ],
      preferred: true,
    };
  }
  if (opts) return undefined;
  const all: Record<string, string> = {};
  for (const k of missing) all[k] = values[k];
  return { title, edits: [insertProperty(file, lc, 'options', all, { after: ['logDriver'] })], preferred: true };
}

export const awslogsOptions: Rule = {
  id: 'ecs/awslogs-options',
  severity: 'error',
  description: 'awslogs needs "awslogs-group" and "awslogs-region" options, and "awslogs-stream-prefix" on Fargate.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      const lc = c.value.logConfiguration;
      if (!isObj(lc) || str(lc.logDriver) !== 'awslogs') continue;
      const opts = isObj(lc.options) ? lc.options : {};
      const required = ['awslogs-group', 'awslogs-region', ...(v.fargate ? ['awslogs-stream-prefix'] : [])];
      const missing = required.filter((k) => typeof opts[k] !== 'string' || opts[k] === '');
      if (!missing.length) continue;
      const node = containerNode(c, ['logConfiguration', 'options']) ?? containerNode(c, ['logConfiguration', 'logDriver'])!;
      const target = node.parent?.type === 'property' ? node.parent.children![0] : node;
      const fix = addFix(ctx.file, v, c, missing);
      const why = missing.includes('awslogs-stream-prefix') && v.fargate ? ' (Fargate requires a stream prefix)' : '';
      // on EC2 Docker falls back to the instance's region, so only the region missing there is a warning
      const soft = !v.fargate && missing.length === 1 && missing[0] === 'awslogs-region';
      const msg = soft
        ? `The awslogs driver of ${containerLabel(c)} has no "awslogs-region"; it then uses the instance's region, which breaks if the log group lives elsewhere. Add it to "options".`
        : `The awslogs driver of ${containerLabel(c)} is missing ${missing.map((k) => `"${k}"`).join(', ')}${why}. Add ${missing.length > 1 ? 'them' : 'it'} to "options".`;
      out.push(at(target, msg, fix && [fix], soft ? 'warning' : undefined));
    }
    return out;
  },
};
