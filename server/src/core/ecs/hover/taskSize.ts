/** Hover on task `cpu`/`memory`: the size in human units and the Fargate sizes that go with it. */
import type { HoverContributor } from '../../hover/contributors';
import { taskView } from '../model';
import { describeMemoryList, fargateCpuFor, fargateMemoryFor, formatCpu, formatMemory, parseCpu, parseMemory } from '../units';

export const taskSizeHover: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'ecs' || t.doc.kind.type !== 'task-definition' || t.path.length !== 1) return undefined;
  const field = t.path[0];
  if (field !== 'cpu' && field !== 'memory') return undefined;
  const v = taskView(t.doc);
  if (!v) return undefined;
  const lines: string[] = [];
  if (field === 'cpu') {
    const cpu = parseCpu(v.value.cpu);
    if (cpu === undefined) return undefined;
    lines.push(`**${formatCpu(cpu)}** (${cpu} cpu units)`);
    const mems = fargateMemoryFor(cpu);
    if (mems) lines.push(`Fargate memory for this size: ${describeMemoryList(mems)}.`);
    else if (v.fargate) lines.push('Not a Fargate size: use 256, 512, 1024, 2048, 4096, 8192 or 16384.');
  } else {
    const mem = parseMemory(v.value.memory);
    if (mem === undefined) return undefined;
    lines.push(`**${formatMemory(mem)}** (${mem} MiB)`);
    const cpus = fargateCpuFor(mem);
    if (cpus.length) lines.push(`Fargate cpu sizes that take this memory: ${cpus.map(formatCpu).join(', ')}.`);
    else if (v.fargate) lines.push('No Fargate size takes this memory.');
  }
  return lines.join('\n\n');
};
