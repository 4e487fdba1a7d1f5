/** Docker links connect containers on the bridge network; other modes have no such thing. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode, keyNode } from '../../ecs/model';
import { removeProperty } from '../../edit/removeProperty';
import { findProperty } from '../../parse/tree';
import { isEcs } from './guard';
import { at } from '../place';

export const linksBridgeOnly: Rule = {
  id: 'ecs/links-bridge-only',
  severity: 'error',
  description: '"links" works only in bridge network mode.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.networkMode || v.networkMode === 'bridge') return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      if (!containerNode(c, ['links']) || c.value.links === undefined) continue;
      const prop = findProperty(c.node, 'links')!;
      const hint = v.networkMode === 'awsvpc' ? ' Containers of an awsvpc task reach each other on localhost.' : '';
      out.push(
        at(keyNode(c.node, 'links')!, `"links" needs "bridge" network mode; this task uses "${v.networkMode}".${hint}`, [
          { title: 'Remove "links"', edits: removeProperty(ctx.file, prop) },
        ]),
      );
    }
    return out;
  },
};
