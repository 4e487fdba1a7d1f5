/**
 * Fargate platform versions before 1.4.0 lack EFS volumes, ephemeral storage beyond 20 GiB and
 * the 8 and 16 vCPU sizes. A service pinned to an older version cannot run such a task.
 */
import type { Rule } from '../rule';
import { str, valueOrKey, isObj, asArray, isPlaceholder } from '../../ecs/model';
import { serviceValue, runsOnFargate } from '../../ecs/service';
import { taskDefinitionOfService } from '../../ecs/refs';
import { parseCpu } from '../../ecs/units';
import { replaceValue } from '../../edit/replaceValue';
import type { TaskView } from '../../ecs/model';
import { isEcs } from './guard';
import { at } from '../place';

/** `1.3.0` → [1, 3, 0]; LATEST and unknown text → undefined */
function version(s: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** what the task uses that needs platform 1.4.0 */
function needs140(td: TaskView): string | undefined {
  if (asArray(td.value.volumes).some((vol) => isObj(vol) && isObj(vol.efsVolumeConfiguration))) return 'EFS volumes';
  if (isObj(td.value.ephemeralStorage)) return 'extra ephemeral storage';
  const cpu = parseCpu(td.value.cpu);
  if (cpu !== undefined && cpu >= 8192) return `${cpu / 1024} vCPU`;
  return undefined;
}

export const servicePlatformVersion: Rule = {
  id: 'ecs/service-platform-version',
  severity: 'error',
  description: 'A Fargate service pinned below platform version 1.4.0 cannot run tasks with EFS volumes, ephemeral storage or 8/16 vCPU.',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    const pv = s && str(s.platformVersion);
    if (!s || !doc.body || !pv || isPlaceholder(pv) || !runsOnFargate(s)) return [];
    const v = version(pv);
    if (!v || v[0] > 1 || (v[0] === 1 && v[1] >= 4)) return [];
    const td = taskDefinitionOfService(ctx.workspace, s);
    if (!td || td.windows) return []; // Windows on Fargate has its own version line (1.0.0)
    const what = needs140(td);
    if (!what) return [];
    const node = valueOrKey(doc.body, 'platformVersion')!;
    return [
      at(
        node,
        `Task definition "${td.family}" uses ${what}, which Fargate offers from platform version 1.4.0; this service pins ${pv}. Use "LATEST" or "1.4.0".`,
        [{ title: 'Set platformVersion to "LATEST"', edits: [replaceValue(ctx.file.language, node, 'LATEST')], preferred: true }],
      ),
    ];
  },
};
