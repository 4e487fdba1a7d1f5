/** Hover on a role ARN: which role this field is and what it is for, plus account and name. */
import type { HoverContributor } from '../../hover/contributors';
import { parseRoleArn } from '../arn';
import { asText } from '../../text/asText';

const ROLES: Record<string, Record<string, string>> = {
  'task-definition': {
    taskRoleArn:
      '**Task role** — the AWS permissions of your application code (SDK calls to S3, DynamoDB, SQS…), served to the containers as temporary credentials.',
    executionRoleArn:
      '**Task execution role** — used by the ECS agent / Fargate, not your code: pull private ECR images, write awslogs, fetch `secrets` and registry credentials.',
  },
  service: {
    role: '**Service role** — lets ECS register tasks with your load balancer. Usually left out: ECS then uses its service-linked role `AWSServiceRoleForECS` (and awsvpc services must not set it).',
  },
};

export const roleArnHover: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'ecs' || t.path.length !== 1) return undefined;
  const text = ROLES[t.doc.kind.type]?.[asText(t.path[0])];
  if (!text) return undefined;
  const lines = [text];
  const value = t.isKey ? undefined : t.node.value;
  if (typeof value === 'string') {
    const r = parseRoleArn(value);
    if (r)
      lines.push(
        `Account \`${r.account}\` · role \`${r.name}\`${r.path !== '/' ? ` · path \`${r.path}\`` : ''}${r.partition !== 'aws' ? ` · partition \`${r.partition}\`` : ''}`,
      );
  }
  return lines.join('\n\n');
};
