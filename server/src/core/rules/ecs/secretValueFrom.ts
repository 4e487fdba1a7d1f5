/** Secret references: full Secrets Manager / SSM ARNs (or a bare SSM name in the task's region). */
import type { Rule, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, isPlaceholder } from '../../ecs/model';
import { secretRefKind, isSecretsManagerArn, parseArn } from '../../ecs/arn';
import { isEcs } from './guard';
import { at } from '../place';

function items(list: AstNode | undefined): AstNode[] {
  return list?.type === 'array' ? (list.children ?? []) : [];
}

export const secretValueFrom: Rule = {
  id: 'ecs/secret-value-from',
  severity: 'error',
  description: 'secrets[].valueFrom must be a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name.',
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    for (const c of v.containers) {
      const refs = [...items(containerNode(c, ['secrets'])), ...items(containerNode(c, ['logConfiguration', 'secretOptions']))];
      for (const s of refs) {
        const vf = findProperty(s, 'valueFrom')?.children?.[1];
        if (typeof vf?.value !== 'string' || isPlaceholder(vf.value)) continue;
        if (secretRefKind(vf.value) !== 'invalid') continue;
        const arn = parseArn(vf.value);
        const why =
          arn && arn.service !== 'secretsmanager' && arn.service !== 'ssm'
            ? `it is an ${arn.service} ARN`
            : vf.value.startsWith('arn:')
              ? 'the ARN is malformed'
              : 'it is neither an ARN nor a parameter name';
        out.push(
          at(
            vf,
            `"valueFrom" must name a Secrets Manager secret (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) or an SSM parameter (ARN or name); ${why}.`,
          ),
        );
      }
      const cred = containerNode(c, ['repositoryCredentials', 'credentialsParameter']);
      if (typeof cred?.value === 'string' && !isPlaceholder(cred.value) && !isSecretsManagerArn(cred.value)) {
        out.push(
          at(
            cred,
            'Private registry credentials must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME).',
          ),
        );
      }
    }
    return out;
  },
};
