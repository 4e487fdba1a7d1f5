/** Role ARN values already used in the workspace, same field first. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { bodyValue, isObj, str } from '../model';
import { parseRoleArn } from '../arn';
import { ecsPath, isEcs, valueEntry } from './entries';
import { asText } from '../../text/asText';

const ROLE_FIELDS = ['taskRoleArn', 'executionRoleArn'];

export const roleArnCompletion: CompletionContributor = (ctx, { workspace }) => {
  if (ctx.atKey || !isEcs(ctx, 'task-definition')) return [];
  const path = ecsPath(ctx);
  if (!path || path.length !== 1 || !ROLE_FIELDS.includes(asText(path[0]))) return [];
  const field = asText(path[0]);
  const found = new Map<string, { same: boolean; fields: Set<string> }>();
  for (const e of workspace.ecs('task-definition')) {
    const v = bodyValue(e.doc);
    if (!isObj(v)) continue;
    for (const f of ROLE_FIELDS) {
      const arn = str(v[f]);
      if (!arn || !parseRoleArn(arn)) continue;
      const cur = found.get(arn) ?? { same: false, fields: new Set<string>() };
      cur.same ||= f === field;
      cur.fields.add(f);
      found.set(arn, cur);
    }
  }
  const out: CompletionEntry[] = [];
  for (const [arn, info] of found) {
    const r = parseRoleArn(arn)!;
    out.push(
      valueEntry(ctx, arn, {
        detail: `role ${r.name} · used as ${[...info.fields].join(', ')}`,
        sortText: `${info.same ? 0 : 1}${r.name}`,
      }),
    );
  }
  return out;
};
