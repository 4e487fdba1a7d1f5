/**
 * Task size units. ECS accepts cpu and memory as numbers or strings ("1024", "1 vCPU", "2 GB",
 * "0.5 vCPU"); rules, completion and hover all read them through this one module.
 */
import { asText } from '../text/asText';

/** Fargate cpu units → allowed task memory in MiB (AWS "Fargate task CPU and memory" table). */
export const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, range(1024, 4096, 1024)],
  [1024, range(2048, 8192, 1024)],
  [2048, range(4096, 16384, 1024)],
  [4096, range(8192, 30720, 1024)],
  [8192, range(16384, 61440, 4096)],
  [16384, range(32768, 122880, 8192)],
]);

/** sizes that Fargate offers only for Linux tasks */
export const LINUX_ONLY_CPU: ReadonlySet<number> = new Set([256, 8192, 16384]);

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** cpu units (1024 = 1 vCPU) from a number or a string such as "512", "1 vCPU", "0.25 vcpu". */
export function parseCpu(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(vcpus?)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const units = m[2] ? n * 1024 : n;
  return units > 0 && Number.isInteger(units) ? units : units > 0 ? Math.round(units) : undefined;
}

/** memory in MiB from a number or a string such as "2048", "2 GB", "512 MiB". */
export function parseMemory(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(gb|gib|g|mb|mib|m)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const mib = m[2] && /^g/i.test(m[2]) ? n * 1024 : n;
  return mib > 0 ? Math.round(mib) : undefined;
}

/** "1 vCPU", "0.25 vCPU" */
export function formatCpu(units: number): string {
  return `${trim(units / 1024)} vCPU`;
}

/** "512 MiB", "2 GiB", "1.5 GiB" */
export function formatMemory(mib: number): string {
  return mib >= 1024 ? `${trim(mib / 1024)} GiB` : `${trim(mib)} MiB`;
}

function trim(n: number): string {
  return asText(Math.round(n * 1000) / 1000);
}

/** valid Fargate memory values for a cpu size, or undefined when the cpu is not a Fargate size */
export function fargateMemoryFor(cpu: number): readonly number[] | undefined {
  return FARGATE_SIZES.get(cpu);
}

/** every Fargate cpu size that accepts this memory */
export function fargateCpuFor(memory: number): number[] {
  const out: number[] = [];
  for (const [cpu, mems] of FARGATE_SIZES) if (mems.includes(memory)) out.push(cpu);
  return out;
}

/** the allowed memory closest to the given one (ties go to the larger value: less risk of OOM) */
export function nearest(values: readonly number[], target: number): number {
  let best = values[0];
  for (const v of values)
    if (Math.abs(v - target) < Math.abs(best - target) || (Math.abs(v - target) === Math.abs(best - target) && v > best)) best = v;
  return best;
}

/** "512 MiB–4 GiB in 1 GiB steps" style summary of a memory list */
export function describeMemoryList(values: readonly number[]): string {
  if (values.length <= 3) return values.map(formatMemory).join(', ');
  const step = values[1] - values[0];
  const even = values.every((v, i) => i === 0 || v - values[i - 1] === step);
  return even
    ? `${formatMemory(values[0])} – ${formatMemory(values[values.length - 1])} in ${formatMemory(step)} steps`
    : values.map(formatMemory).join(', ');
}
