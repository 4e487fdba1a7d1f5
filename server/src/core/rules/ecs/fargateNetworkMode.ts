/** Fargate tasks only run in awsvpc mode; ECS's default (bridge) is refused. */
import type { Rule } from '../rule';
import { taskView, taskNode, valueOrKey } from '../../ecs/model';
import { networkModeFix } from '../../ecs/fixes';
import { isEcs } from './guard';
import { at } from '../place';

export const fargateNetworkMode: Rule = {
  id: 'ecs/fargate-network-mode',
  severity: 'error',
  description: 'A task that requires FARGATE must use "networkMode": "awsvpc".',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.body || !v.fargate || v.networkMode === 'awsvpc') return [];
    if (v.networkModeSet && v.networkMode === undefined) return []; // templated value
    const fix = networkModeFix(ctx.file, v);
    if (v.networkModeSet) {
      const node = valueOrKey(v.body, 'networkMode')!;
      return [
        at(node, `Fargate runs tasks only in "awsvpc" network mode, not "${v.networkMode}". Set "networkMode" to "awsvpc".`, fix && [fix]),
      ];
    }
    const node = taskNode(v, ['requiresCompatibilities']) ?? v.body;
    return [
      at(node, 'Fargate needs "networkMode": "awsvpc", and without it ECS uses "bridge". Add "networkMode": "awsvpc".', fix && [fix]),
    ];
  },
};
