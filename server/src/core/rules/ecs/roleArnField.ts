/** Role fields take IAM role ARNs (`arn:PARTITION:iam::ACCOUNT:role/NAME`). */
import type { Rule, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { findProperty } from '../../parse/tree';
import { isPlaceholder } from '../../ecs/model';
import { isIdPlaceholder, placeholderMessage } from '../../text/placeholder';
import { parseRoleArn, parseArn } from '../../ecs/arn';
import { isEcs } from './guard';
import { at } from '../place';

const FIELDS: Record<string, string[]> = {
  'task-definition': ['taskRoleArn', 'executionRoleArn'],
  service: ['role'],
};

export const roleArnField: Rule = {
  id: 'ecs/role-arn-field',
  severity: 'error',
  description: 'taskRoleArn, executionRoleArn and a service role must be IAM role ARNs.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'service']),
  check(doc) {
    if (doc.kind.family !== 'ecs' || !doc.body) return [];
    const out: RuleFinding[] = [];
    for (const key of FIELDS[doc.kind.type] ?? []) {
      const node: AstNode | undefined = findProperty(doc.body, key)?.children?.[1];
      const s = node?.value;
      if (!node || typeof s !== 'string' || s === '' || isPlaceholder(s)) continue;
      if (parseRoleArn(s)) continue;
      // `TASK_ROLE_ARN` passes the schema as a role name: say here, once, that it is to be substituted
      if (isIdPlaceholder(s)) {
        out.push(at(node, placeholderMessage(`\`${key}\``, s), undefined, 'warning'));
        continue;
      }
      if (!s.startsWith('arn:')) {
        // ECS resolves a bare role name in the caller's account; a full ARN is unambiguous
        if (/^[\w+=,.@-]{1,64}$/.test(s))
          out.push(
            at(
              node,
              `"${s}" is a role name; ECS looks it up in the calling account. Prefer the full ARN (arn:aws:iam::ACCOUNT:role/${s}).`,
              undefined,
              'information',
            ),
          );
        else out.push(at(node, `"${key}" must be an IAM role ARN such as arn:aws:iam::123456789012:role/NAME.`));
        continue;
      }
      const arn = parseArn(s);
      const what =
        arn && arn.service === 'iam'
          ? `an IAM ${arn.resource.split('/')[0]}, not a role`
          : arn
            ? `a ${arn.service} ARN, not an IAM role`
            : 'a malformed ARN';
      out.push(at(node, `"${key}" must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME); this is ${what}.`));
    }
    return out;
  },
};
