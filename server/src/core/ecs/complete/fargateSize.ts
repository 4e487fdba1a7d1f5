/** Task `cpu` and `memory` values: Fargate sizes, and for memory only those valid with the chosen cpu. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { FARGATE_SIZES, fargateMemoryFor, formatCpu, formatMemory, parseCpu, parseMemory } from '../units';
import { taskView } from '../model';
import { ecsPath, isEcs, valueEntry } from './entries';
import { asText } from '../../text/asText';

export const fargateSizeCompletion: CompletionContributor = (ctx) => {
  if (ctx.atKey || !isEcs(ctx, 'task-definition')) return [];
  const path = ecsPath(ctx);
  if (!path || path.length !== 1 || (path[0] !== 'cpu' && path[0] !== 'memory')) return [];
  const v = taskView(ctx.doc);
  if (!v) return [];
  const out: CompletionEntry[] = [];
  if (path[0] === 'memory') {
    const cpu = parseCpu(v.value.cpu);
    const allowed = cpu !== undefined ? fargateMemoryFor(cpu) : undefined;
    if (allowed) {
      allowed.forEach((m, i) =>
        out.push(
          valueEntry(ctx, asText(m), {
            detail: `${formatMemory(m)} · valid with ${formatCpu(cpu!)} on Fargate`,
            sortText: asText(i).padStart(3, '0'),
            forceString: true,
          }),
        ),
      );
    } else if (v.fargate) {
      const all = new Set<number>();
      for (const mems of FARGATE_SIZES.values()) mems.forEach((m) => all.add(m));
      [...all]
        .sort((a, b) => a - b)
        .forEach((m, i) =>
          out.push(valueEntry(ctx, asText(m), { detail: formatMemory(m), sortText: asText(i).padStart(3, '0'), forceString: true })),
        );
    }
    return out;
  }
  const mem = parseMemory(v.value.memory);
  let i = 0;
  for (const [cpu, mems] of FARGATE_SIZES) {
    const fits = mem === undefined || mems.includes(mem);
    if (!fits && !v.fargate) continue;
    const note =
      mem === undefined
        ? `memory ${formatMemory(mems[0])}–${formatMemory(mems[mems.length - 1])}`
        : fits
          ? `fits memory ${formatMemory(mem)}`
          : `needs memory ${formatMemory(mems[0])}–${formatMemory(mems[mems.length - 1])}`;
    out.push(
      valueEntry(ctx, asText(cpu), {
        detail: `${formatCpu(cpu)} · ${note}`,
        sortText: `${fits ? 0 : 1}${asText(i++).padStart(2, '0')}`,
        forceString: true,
      }),
    );
  }
  return out;
};
