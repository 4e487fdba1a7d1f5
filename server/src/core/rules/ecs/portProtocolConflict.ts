/**
 * Port clashes ECS refuses or cannot honour: one container port with two protocols, or (in
 * awsvpc/host mode) two containers of one task on the same port, or two fixed bridge host ports.
 */
import type { Rule, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, containerLabel, type ContainerView } from '../../ecs/model';
import { isEcs } from './guard';
import { at } from '../place';

interface Mapping {
  c: ContainerView;
  node: AstNode;
  port: number;
  host?: number;
  protocol: string;
}

export const portProtocolConflict: Rule = {
  id: 'ecs/port-protocol-conflict',
  severity: 'error',
  description: 'A container port is exposed once, with one protocol; ports must not clash within a task.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    const all: Mapping[] = [];
    for (const c of v.containers) {
      const list = containerNode(c, ['portMappings']);
      for (const pm of list?.type === 'array' ? (list.children ?? []) : []) {
        const cp = findProperty(pm, 'containerPort')?.children?.[1];
        if (typeof cp?.value !== 'number') continue;
        const proto = findProperty(pm, 'protocol')?.children?.[1]?.value;
        const host = findProperty(pm, 'hostPort')?.children?.[1]?.value;
        all.push({
          c,
          node: cp,
          port: cp.value,
          host: typeof host === 'number' ? host : undefined,
          protocol: typeof proto === 'string' ? proto : 'tcp',
        });
      }
    }
    const shared = v.networkMode === 'awsvpc' || v.networkMode === 'host';
    for (let i = 0; i < all.length; i++) {
      const m = all[i];
      for (let j = 0; j < i; j++) {
        const o = all[j];
        if (o.c === m.c && o.port === m.port) {
          out.push(
            at(
              m.node,
              o.protocol === m.protocol
                ? `Port ${m.port}/${m.protocol} is mapped twice in ${containerLabel(m.c)}. Remove the duplicate.`
                : `Port ${m.port} of ${containerLabel(m.c)} is already exposed with ${o.protocol}; ECS allows one protocol per container port. Use a different port.`,
            ),
          );
          break;
        }
        if (o.c !== m.c && shared && o.port === m.port && o.protocol === m.protocol) {
          out.push(
            at(
              m.node,
              `Containers of an "${v.networkMode}" task share one network: port ${m.port}/${m.protocol} is already used by ${containerLabel(o.c)}. Pick another port.`,
            ),
          );
          break;
        }
        if (o.c !== m.c && v.networkMode === 'bridge' && m.host && o.host === m.host && o.protocol === m.protocol) {
          out.push(
            at(
              m.node,
              `Host port ${m.host}/${m.protocol} is already taken by ${containerLabel(o.c)} in this task. Use another hostPort, or 0 for a dynamic one.`,
            ),
          );
          break;
        }
      }
    }
    return out;
  },
};
