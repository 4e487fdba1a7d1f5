/**
 * `TaskDefinitionArn` of an ECS target: the task definitions of the workspace, as ARNs in the
 * region and account the document's other ARNs use (the cluster's, the role's).
 */
import type { CompletionContributor, CompletionEntry } from '../complete/types';
import { valueEntry } from '../ecs/complete/entries';
import { taskView } from '../ecs/model';
import { parseArn } from '../ecs/arn';
import { isObj } from '../value';

export const completeTaskDefinitionArn: CompletionContributor = (ctx, { workspace }) => {
  const k = ctx.doc.kind;
  if (ctx.atKey || k.family !== 'awscli' || ctx.path[ctx.path.length - 1] !== 'TaskDefinitionArn') return [];
  if (ctx.path[ctx.path.length - 2] !== 'EcsParameters') return [];
  const where = accountOf(ctx.doc.value);
  const out: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const e of workspace.ecs('task-definition')) {
    const v = taskView(e.doc);
    if (!v?.family || seen.has(v.family)) continue;
    seen.add(v.family);
    const arn = `arn:${where.partition}:ecs:${where.region}:${where.account}:task-definition/${v.family}`;
    out.push(
      valueEntry(ctx, arn, {
        detail: `task definition ${v.family} · ${e.file.uri.split('/').pop()}`,
        documentation: `${v.containers.length} container(s): ${v.containers.map((c) => c.name).join(', ')}; network mode ${v.networkMode ?? 'bridge'}${v.fargate ? ', Fargate' : ''}`,
      }),
    );
  }
  return out;
};

/** the partition, region and account of the first ARN in the document with all three */
function accountOf(value: unknown): { partition: string; region: string; account: string } {
  const stack: unknown[] = [value];
  for (let n = 0; stack.length && n < 2000; n++) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const a = parseArn(v);
      if (a?.region && /^\d{12}$/.test(a.account)) return a;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isObj(v)) stack.push(...Object.values(v));
  }
  return { partition: 'aws', region: 'REGION', account: 'ACCOUNT_ID' };
}
