/** In awsvpc and host mode a container listens on the task's own address: hostPort must equal containerPort. */
import type { Rule, RuleFinding } from '../rule';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, containerLabel } from '../../ecs/model';
import { replaceValue } from '../../edit/replaceValue';
import { removeProperty } from '../../edit/removeProperty';
import { isEcs } from './guard';
import { at } from '../place';

export const hostPortMismatch: Rule = {
  id: 'ecs/host-port-mismatch',
  severity: 'error',
  description: 'In awsvpc or host network mode, hostPort must be omitted or equal containerPort.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v || (v.networkMode !== 'awsvpc' && v.networkMode !== 'host')) return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      const list = containerNode(c, ['portMappings']);
      (list?.type === 'array' ? (list.children ?? []) : []).forEach((pm) => {
        const host = findProperty(pm, 'hostPort');
        const hostNode = host?.children?.[1];
        const cp = findProperty(pm, 'containerPort')?.children?.[1];
        if (!host || !hostNode || !cp || typeof cp.value !== 'number' || typeof hostNode.value !== 'number') return;
        if (hostNode.value === cp.value || hostNode.value === 0) return; // 0 is the dynamic-port rule's case
        out.push(
          at(
            hostNode,
            `In "${v.networkMode}" mode ${containerLabel(c)} is reached on its container port: hostPort ${hostNode.value} must equal containerPort ${cp.value} or be left out.`,
            [
              { title: `Set hostPort to ${cp.value}`, edits: [replaceValue(ctx.file.language, hostNode, cp.value)], preferred: true },
              { title: 'Remove hostPort', edits: removeProperty(ctx.file, host) },
            ],
          ),
        );
      });
    }
    return out;
  },
};
