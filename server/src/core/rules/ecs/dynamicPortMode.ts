/**
 * Dynamic host ports (hostPort 0 or omitted) exist only in bridge mode. Elsewhere a 0 is refused;
 * in bridge mode a fixed hostPort behind a load balancer allows one task per instance.
 */
import type { Rule, RuleFinding } from '../rule';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, containerLabel, isObj, asArray } from '../../ecs/model';
import { removeProperty } from '../../edit/removeProperty';
import { replaceValue } from '../../edit/replaceValue';
import { servicesRunning } from '../../ecs/refs';
import { bodyValue } from '../../ecs/model';
import { isEcs } from './guard';
import { at } from '../place';

export const dynamicPortMode: Rule = {
  id: 'ecs/dynamic-port-mode',
  severity: 'error',
  description:
    'hostPort 0 (dynamic port) is only valid in bridge mode; fixed host ports behind a load balancer limit a service to one task per instance.',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    const bridge = v.networkMode === 'bridge';
    // only bother about fixed ports when a service in the workspace puts this task behind a load balancer
    const balanced =
      bridge &&
      !!v.family &&
      servicesRunning(ctx.workspace, v.family).some((e) => {
        const s = bodyValue(e.doc);
        return isObj(s) && asArray(s.loadBalancers).length > 0;
      });
    for (const c of v.containers) {
      const list = containerNode(c, ['portMappings']);
      for (const pm of list?.type === 'array' ? (list.children ?? []) : []) {
        const host = findProperty(pm, 'hostPort');
        const hostNode = host?.children?.[1];
        if (!host || !hostNode || typeof hostNode.value !== 'number') continue;
        const cp = findProperty(pm, 'containerPort')?.children?.[1];
        if (hostNode.value === 0 && !bridge && v.networkMode) {
          const fixes = [{ title: 'Remove hostPort', edits: removeProperty(ctx.file, host), preferred: true }];
          if (typeof cp?.value === 'number')
            fixes.push({
              title: `Set hostPort to ${cp.value}`,
              edits: [replaceValue(ctx.file.language, hostNode, cp.value)],
              preferred: false,
            });
          out.push(
            at(
              hostNode,
              `Dynamic host ports (hostPort 0) work only in "bridge" mode; this task uses "${v.networkMode}". Remove hostPort.`,
              fixes,
            ),
          );
        } else if (balanced && hostNode.value !== 0) {
          out.push(
            at(
              hostNode,
              `A fixed hostPort lets only one copy of ${containerLabel(c)} run per instance. Behind a load balancer, remove hostPort (or use 0) for dynamic ports and a "traffic-port" health check.`,
              [{ title: 'Remove hostPort (dynamic port)', edits: removeProperty(ctx.file, host) }],
              'information',
            ),
          );
        }
      }
    }
    return out;
  },
};
