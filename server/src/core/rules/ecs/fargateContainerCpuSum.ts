/** On Fargate the containers' cpu shares must fit inside the task cpu. */
import type { Rule } from '../rule';
import { taskView, taskNode } from '../../ecs/model';
import { parseCpu, formatCpu } from '../../ecs/units';
import { isEcs } from './guard';
import { at } from '../place';

export const fargateContainerCpuSum: Rule = {
  id: 'ecs/fargate-container-cpu-sum',
  severity: 'error',
  description: "The containers' cpu must fit in the task cpu (error on Fargate, warning elsewhere).",
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc) {
    const v = taskView(doc);
    if (!v?.body) return [];
    const taskCpu = parseCpu(v.value.cpu);
    const cpuNode = taskNode(v, ['cpu']);
    if (taskCpu === undefined || !cpuNode) return [];
    let sum = 0;
    for (const c of v.containers) if (typeof c.value.cpu === 'number') sum += c.value.cpu;
    if (sum <= taskCpu) return [];
    // Fargate refuses the pair; on EC2 the task cpu is a cap the containers then compete under
    return [
      at(
        cpuNode,
        `The containers ask for ${sum} cpu units together, more than the task's ${taskCpu} (${formatCpu(taskCpu)}). Raise the task cpu or lower the containers' cpu.`,
        undefined,
        v.fargate ? undefined : 'warning',
      ),
    ];
  },
};
