/** Fargate sells fixed task sizes: cpu and memory must both be set and form a valid pair. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, taskNode, valueOrKey, isPlaceholder } from '../../ecs/model';
import {
  parseCpu,
  parseMemory,
  fargateMemoryFor,
  formatCpu,
  formatMemory,
  nearest,
  describeMemoryList,
  FARGATE_SIZES,
  LINUX_ONLY_CPU,
} from '../../ecs/units';
import { replaceValue } from '../../edit/replaceValue';
import { asText } from '../../text/asText';
import { isEcs } from './guard';
import { at } from '../place';

export const fargateCpuMemory: Rule = {
  id: 'ecs/fargate-cpu-memory',
  severity: 'error',
  description: 'Fargate tasks need task-level cpu and memory from the supported size table.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.body || !v.fargate) return [];
    const out: RuleFinding[] = [];
    const cpuNode = taskNode(v, ['cpu']);
    const memNode = taskNode(v, ['memory']);
    const anchor = taskNode(v, ['requiresCompatibilities']) ?? v.body;
    if (!cpuNode) out.push(at(anchor, 'Fargate tasks need a task-level "cpu" (e.g. "256" for 0.25 vCPU). Add it.'));
    if (!memNode) out.push(at(anchor, 'Fargate tasks need a task-level "memory" (e.g. "512" MiB). Add it.'));
    if (!cpuNode) return out;
    const cpu = parseCpu(v.value.cpu);
    const sizes = [...FARGATE_SIZES.keys()].map(formatCpu).join(', ');
    if (cpu === undefined || !FARGATE_SIZES.has(cpu)) {
      if (cpu !== undefined || typeof v.value.cpu !== 'string' || !isPlaceholder(v.value.cpu)) {
        out.push(
          at(valueOrKey(v.body, 'cpu')!, `Fargate has no ${cpu !== undefined ? formatCpu(cpu) : 'such'} size. Use one of: ${sizes}.`),
        );
      }
      return out;
    }
    if (v.windows && LINUX_ONLY_CPU.has(cpu))
      out.push(at(cpuNode, `${formatCpu(cpu)} is offered on Fargate for Linux tasks only. Pick 1, 2 or 4 vCPU for Windows.`));
    if (!memNode) return out;
    const mem = parseMemory(v.value.memory);
    const allowed = fargateMemoryFor(cpu)!;
    if (mem !== undefined && allowed.includes(mem)) return out;
    if (mem === undefined && typeof v.value.memory === 'string' && isPlaceholder(v.value.memory)) return out;
    const fixes = [];
    if (mem !== undefined && (memNode.type === 'string' || memNode.type === 'number')) {
      const best = nearest(allowed, mem);
      const newValue = memNode.type === 'string' ? asText(best) : best;
      fixes.push({
        title: `Set memory to ${best} (${formatMemory(best)})`,
        edits: [replaceValue(ctx.file.language, memNode, newValue)],
        preferred: true,
      });
    }
    out.push(
      at(
        memNode,
        `With ${formatCpu(cpu)}, Fargate accepts memory of ${describeMemoryList(allowed)}${mem !== undefined ? `, not ${formatMemory(mem)}` : ''}.`,
        fixes,
      ),
    );
    return out;
  },
};
