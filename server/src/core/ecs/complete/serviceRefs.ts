/**
 * Service values from the workspace: `taskDefinition` families, `cluster` names, and the
 * container names and ports of the task definition a service's load balancer targets.
 */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { bodyValue, isObj, asArray, str, taskView } from '../model';
import { clusterNames, taskDefinitionOfService } from '../refs';
import { serviceValue } from '../service';
import { ecsPath, isEcs, valueEntry } from './entries';

export const serviceRefsCompletion: CompletionContributor = (ctx, { workspace }) => {
  if (ctx.atKey || !isEcs(ctx, 'service')) return [];
  const path = ecsPath(ctx);
  if (!path) return [];
  const out: CompletionEntry[] = [];
  if (path.length === 1 && path[0] === 'taskDefinition') {
    const seen = new Set<string>();
    for (const e of workspace.ecs('task-definition')) {
      const v = taskView(e.doc);
      if (!v?.family || seen.has(v.family)) continue;
      seen.add(v.family);
      const where = e.file.uri.split('/').pop();
      out.push(
        valueEntry(ctx, v.family, {
          detail: `task definition family · ${where}`,
          documentation: `${v.containers.length} container(s): ${v.containers.map((c) => c.name).join(', ')}`,
        }),
      );
      if (typeof v.value.revision === 'number')
        out.push(valueEntry(ctx, `${v.family}:${v.value.revision}`, { detail: `revision ${v.value.revision} · ${where}` }));
    }
  } else if (path.length === 1 && path[0] === 'cluster') {
    const names = new Set(clusterNames(workspace));
    // clusters other services already use count too
    for (const e of workspace.ecs('service')) {
      const s = bodyValue(e.doc);
      const c = isObj(s) ? str(s.cluster) : undefined;
      if (c && e.doc !== ctx.doc) names.add(c);
    }
    for (const n of names) out.push(valueEntry(ctx, n, { detail: 'cluster in this workspace' }));
  } else if (
    path.length === 3 &&
    path[0] === 'loadBalancers' &&
    typeof path[1] === 'number' &&
    (path[2] === 'containerName' || path[2] === 'containerPort')
  ) {
    const s = serviceValue(ctx.doc);
    const td = s && taskDefinitionOfService(workspace, s);
    if (!td) return [];
    if (path[2] === 'containerName') {
      for (const c of td.containers)
        if (c.name) out.push(valueEntry(ctx, c.name, { detail: `container of ${td.family}`, documentation: str(c.value.image) }));
    } else {
      const lb = asArray(s!.loadBalancers)[path[1]];
      const want = isObj(lb) ? str(lb.containerName) : undefined;
      for (const c of td.containers) {
        if (want && c.name !== want) continue;
        for (const pm of asArray(c.value.portMappings)) {
          if (isObj(pm) && typeof pm.containerPort === 'number')
            out.push(valueEntry(ctx, pm.containerPort, { detail: `port of ${c.name ?? 'container'} (${str(pm.protocol) ?? 'tcp'})` }));
        }
      }
    }
  }
  return out;
};
