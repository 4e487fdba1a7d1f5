/** With networkMode "none" the task has no network interface, so port mappings cannot work. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode } from '../../ecs/model';
import { isEcs } from './guard';
import { at, keyOf } from '../place';

export const noneNetworkPorts: Rule = {
  id: 'ecs/none-network-ports',
  severity: 'warning',
  description: 'Port mappings have no effect in "none" network mode.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc) {
    const v = taskView(doc);
    if (!v || v.networkMode !== 'none') return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      const pm = containerNode(c, ['portMappings']);
      if (pm?.type === 'array' && pm.children?.length)
        out.push(
          at(
            keyOf(pm),
            'This task uses "networkMode": "none", so it has no network to publish ports on. Remove the port mappings or pick another network mode.',
          ),
        );
    }
    return out;
  },
};
