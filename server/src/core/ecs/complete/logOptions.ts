/** Keys (and known values) of `logConfiguration.options` for the chosen log driver. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { LOG_OPTIONS } from '../logDrivers';
import { taskView, isObj, str } from '../model';
import { ecsPath, isEcs, keyEntry, valueEntry } from './entries';
import { asText } from '../../text/asText';

export const logOptionsCompletion: CompletionContributor = (ctx) => {
  if (!isEcs(ctx, 'task-definition', 'container-definitions')) return [];
  const path = ecsPath(ctx);
  if (!path) return [];
  const bare = ctx.doc.kind.family === 'ecs' && ctx.doc.kind.type === 'container-definitions';
  const rel = bare ? path : path[0] === 'containerDefinitions' ? path.slice(1) : undefined;
  if (!rel || typeof rel[0] !== 'number' || rel[1] !== 'logConfiguration' || rel[2] !== 'options') return [];
  const c = taskView(ctx.doc)?.containers.find((x) => x.index === rel[0]);
  const lc = c?.value.logConfiguration;
  const driver = isObj(lc) ? str(lc.logDriver) : undefined;
  const options = driver ? LOG_OPTIONS[driver] : undefined;
  if (!options) return [];
  const out: CompletionEntry[] = [];
  if (ctx.atKey && rel.length === 3) {
    options.forEach((o, i) => {
      if (ctx.existingKeys.has(o.key)) return;
      out.push(
        keyEntry(ctx, o.key, {
          detail: `${driver} option${o.required ? ' · required' : ''}`,
          documentation: o.doc,
          sortText: `${o.required ? 0 : 1}${asText(i).padStart(2, '0')}`,
        }),
      );
    });
  } else if (!ctx.atKey && rel.length === 4) {
    const o = options.find((x) => x.key === rel[3]);
    for (const val of o?.values ?? []) out.push(valueEntry(ctx, val, { detail: `${driver} ${o!.key}`, forceString: true }));
  }
  return out;
};
