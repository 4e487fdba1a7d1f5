/** A task needs at least one essential container (omitted `essential` counts as true). */
import type { Rule } from '../rule';
import { findProperty } from '../../parse/tree';
import { taskView, taskNode } from '../../ecs/model';
import { replaceValue } from '../../edit/replaceValue';
import { insertProperty } from '../../edit/insertProperty';
import { isEcs } from './guard';
import { at, keyOf } from '../place';

export const noEssentialContainer: Rule = {
  id: 'ecs/no-essential-container',
  severity: 'error',
  description: 'At least one container must be essential.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v || v.containers.length === 0) return [];
    if (v.containers.some((c) => c.value.essential !== false)) return [];
    const list = taskNode(v, ['containerDefinitions'])!;
    const first = v.containers[0];
    const prop = findProperty(first.node, 'essential');
    const edit = prop?.children?.[1]
      ? replaceValue(ctx.file.language, prop.children[1], true)
      : insertProperty(ctx.file, first.node, 'essential', true, { after: ['image', 'name'] });
    const who = first.name ? `"${first.name}"` : 'the first container';
    return [
      at(
        keyOf(list),
        'Every container here has "essential": false; ECS needs at least one essential container. Mark the main one essential.',
        [{ title: `Make ${who} essential`, edits: [edit], preferred: true }],
      ),
    ];
  },
};
