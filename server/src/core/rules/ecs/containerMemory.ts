/** Container memory limits: hard limit above the reservation, inside the task size, enough to start. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode, containerLabel, taskNode } from '../../ecs/model';
import { parseMemory, formatMemory } from '../../ecs/units';
import { isEcs } from './guard';
import { at } from '../place';

const MIN_MIB = 6;

export const containerMemory: Rule = {
  id: 'ecs/container-memory',
  severity: 'error',
  description: 'Container memory must exceed memoryReservation, fit in the task memory, be at least 6 MiB, and be set somewhere on EC2.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    const taskMem = parseMemory(v.value.memory);
    let reserved = 0;
    let oneOver = false;
    for (const c of v.containers) {
      const mem = typeof c.value.memory === 'number' ? c.value.memory : undefined;
      const res = typeof c.value.memoryReservation === 'number' ? c.value.memoryReservation : undefined;
      const memNode = containerNode(c, ['memory']);
      const resNode = containerNode(c, ['memoryReservation']);
      if (mem !== undefined && memNode && mem < MIN_MIB) out.push(at(memNode, `Containers need at least ${MIN_MIB} MiB; raise "memory".`));
      if (res !== undefined && resNode && res < MIN_MIB)
        out.push(at(resNode, `Containers need at least ${MIN_MIB} MiB; raise "memoryReservation".`));
      if (mem !== undefined && res !== undefined && resNode && mem <= res) {
        out.push(
          at(
            resNode,
            `"memoryReservation" (${res} MiB) must be lower than the hard limit "memory" (${mem} MiB) of ${containerLabel(c)}. Lower the reservation or raise the limit.`,
          ),
        );
      }
      if (mem !== undefined && taskMem !== undefined && memNode && mem > taskMem) {
        oneOver = true;
        out.push(
          at(
            memNode,
            `${containerLabel(c)} asks for ${formatMemory(mem)}, more than the task's ${formatMemory(taskMem)}. Lower it or raise the task memory.`,
          ),
        );
      }
      reserved += res ?? mem ?? 0;
      if (!v.body || taskMem !== undefined || !v.ec2 || v.fargate) continue;
      // a value of the wrong type is the schema's finding; here it still counts as set
      if (c.value.memory === undefined && c.value.memoryReservation === undefined) {
        out.push(
          at(
            containerNode(c, ['name']) ?? c.node,
            `Without a task-level "memory", every container needs "memory" or "memoryReservation"; ${containerLabel(c)} has neither.`,
          ),
        );
      }
    }
    const memNode = taskNode(v, ['memory']);
    if (taskMem !== undefined && memNode && !oneOver && reserved > taskMem) {
      out.push(
        at(
          memNode,
          `The containers reserve ${formatMemory(reserved)} together, more than the task's ${formatMemory(taskMem)}. Raise the task memory or lower the containers' reservations.`,
        ),
      );
    }
    return out;
  },
};
