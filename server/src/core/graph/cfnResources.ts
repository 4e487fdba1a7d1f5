/**
 * The data and messaging resources of a template (buckets, tables, queues, topics, ECR
 * repositories) and its IAM: roles, instance profiles, and what each role's policies allow on
 * the template's own data resources (the task role → table edge of the S3 upload seed).
 */
import type { AstNode } from '../parse/tree';
import type { CfnResource } from '../cfn/template';
import { ecrRepositoryId } from './cfnEcs';
import { entrySpan, idsIn, items, keySpan, literal, nodeAt, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';
import { AWS_GROUP, type NodeKind } from './model';

const DATA: Record<string, { kind: NodeKind; word: string; nameProp: string; facts?: (ctx: TemplateCtx, r: CfnResource) => string[] }> = {
  'AWS::S3::Bucket': {
    kind: 's3-bucket',
    word: 'S3 bucket',
    nameProp: 'BucketName',
    facts: (ctx, r) => {
      const on = literal(
        ctx,
        prop(prop(prop(r.properties, 'NotificationConfiguration'), 'EventBridgeConfiguration'), 'EventBridgeEnabled'),
      );
      return on === 'true' ? ['sends its events to EventBridge'] : [];
    },
  },
  'AWS::SQS::Queue': {
    kind: 'sqs-queue',
    word: 'SQS queue',
    nameProp: 'QueueName',
    facts: (ctx, r) => (literal(ctx, prop(r.properties, 'FifoQueue')) === 'true' ? ['FIFO'] : []),
  },
  'AWS::DynamoDB::Table': {
    kind: 'dynamodb-table',
    word: 'DynamoDB table',
    nameProp: 'TableName',
    facts: (ctx, r) => {
      const mode = literal(ctx, prop(r.properties, 'BillingMode'));
      return mode ? [`billing ${mode}`] : [];
    },
  },
  'AWS::DynamoDB::GlobalTable': { kind: 'dynamodb-table', word: 'DynamoDB table', nameProp: 'TableName', facts: () => ['global table'] },
  'AWS::SNS::Topic': {
    kind: 'sns-topic',
    word: 'SNS topic',
    nameProp: 'TopicName',
    facts: (ctx, r) =>
      items(prop(r.properties, 'Subscription')).map((s) =>
        `subscription ${literal(ctx, prop(s, 'Protocol')) ?? '?'} ${literal(ctx, prop(s, 'Endpoint')) ?? ''}`.trim(),
      ),
  },
};

export function addTemplateData(ctx: TemplateCtx): void {
  for (const r of ctx.t.resources.values()) {
    const d = r.type ? DATA[r.type] : undefined;
    if (d) resourceNode(ctx, r, { kind: d.kind, word: d.word, nameProp: d.nameProp, facts: d.facts?.(ctx, r) });
  }
  // subscriptions written as their own resources
  for (const s of resourcesOf(ctx, 'AWS::SNS::Subscription')) {
    const topic = nodeAt(ctx, prop(s.properties, 'TopicArn'));
    if (!topic) continue;
    const protocol = literal(ctx, prop(s.properties, 'Protocol')) ?? '?';
    const endpoint = literal(ctx, prop(s.properties, 'Endpoint'));
    ctx.b.node('sns-topic', topic, {
      label: '',
      facts: [`subscription ${protocol}${endpoint ? ` ${endpoint}` : ''}`],
      source: entrySpan(ctx, s),
    });
  }
  for (const r of resourcesOf(ctx, 'AWS::ECR::Repository')) {
    const name = literal(ctx, prop(r.properties, 'RepositoryName'));
    if (!name) {
      resourceNode(ctx, r, { kind: 'ecr-repository', word: 'ECR' });
      continue;
    }
    const id = ecrRepositoryId(name);
    ctx.b.node('ecr-repository', id, {
      label: `ECR ${name}`,
      group: AWS_GROUP,
      facts: ["in the stack's account and Region"],
      source: keySpan(ctx, r),
    });
    ctx.b.node('ecr-repository', id, { label: '', source: entrySpan(ctx, r) });
    ctx.ids.set(r.name, id);
  }
}

export function addTemplateRoles(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::IAM::Role')) {
    const trust = items(prop(prop(r.properties, 'AssumeRolePolicyDocument'), 'Statement')).flatMap((s) =>
      items(prop(prop(s, 'Principal'), 'Service'))
        .map((n) => literal(ctx, n))
        .filter((x): x is string => !!x),
    );
    const managed = items(prop(r.properties, 'ManagedPolicyArns'))
      .map((n) => literal(ctx, n) ?? subText(n))
      .filter((x): x is string => !!x)
      .map((arn) => arn.replace(/^.*:policy\//, ''));
    resourceNode(ctx, r, {
      kind: 'iam-role',
      word: 'IAM role',
      nameProp: 'RoleName',
      facts: [...(trust.length ? [`trusted by ${[...new Set(trust)].join(', ')}`] : []), ...managed.map((m) => `managed policy ${m}`)],
    });
  }
  for (const r of resourcesOf(ctx, 'AWS::IAM::InstanceProfile')) {
    const id = resourceNode(ctx, r, { kind: 'instance-profile', word: 'Instance profile', nameProp: 'InstanceProfileName' });
    for (const role of items(prop(r.properties, 'Roles'))) {
      const rid = nodeAt(ctx, role);
      if (rid) ctx.b.edge(id, rid, 'uses-role', 'instance role');
    }
  }
}

/** what the roles' policies allow on the template's data resources; drawn once every node exists */
export function addTemplatePermissions(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::IAM::Role')) {
    const id = ctx.ids.get(r.name);
    if (!id) continue;
    for (const p of items(prop(r.properties, 'Policies'))) allows(ctx, id, prop(p, 'PolicyDocument'));
  }
  for (const p of resourcesOf(ctx, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    for (const role of items(prop(p.properties, 'Roles'))) {
      const id = nodeAt(ctx, role);
      if (id) allows(ctx, id, prop(p.properties, 'PolicyDocument'));
    }
  }
}

const DATA_KINDS = new Set<NodeKind>(['s3-bucket', 'sqs-queue', 'dynamodb-table', 'sns-topic', 'ecr-repository']);

function allows(ctx: TemplateCtx, role: string, doc: AstNode | undefined): void {
  const granted = new Map<string, string[]>();
  for (const s of items(prop(doc, 'Statement'))) {
    if (literal(ctx, prop(s, 'Effect')) !== 'Allow') continue;
    const actions = items(prop(s, 'Action'))
      .map((n) => literal(ctx, n))
      .filter((a): a is string => !!a);
    for (const logical of idsIn(prop(s, 'Resource'))) {
      const target = ctx.ids.get(logical);
      const kind = target ? ctx.b.get(target)?.kind : undefined;
      if (!target || !kind || !DATA_KINDS.has(kind)) continue;
      granted.set(target, [...new Set([...(granted.get(target) ?? []), ...actions])]);
    }
  }
  for (const [target, actions] of granted) ctx.b.edge(role, target, 'allows', actionsLabel(actions));
}

/** `dynamodb:PutItem, UpdateItem` (the service once), at most three actions and a count */
export function actionsLabel(actions: string[]): string | undefined {
  if (!actions.length) return undefined;
  const service = actions[0].split(':')[0];
  const same = actions.every((a) => a.split(':')[0] === service);
  const names = same ? actions.map((a, i) => (i === 0 ? a : a.slice(service.length + 1))) : actions;
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
}

/** a `!Sub` string as written, for a managed policy's ARN */
function subText(n: AstNode): string | undefined {
  const sub = prop(n, 'Fn::Sub');
  return typeof sub?.value === 'string' ? sub.value : undefined;
}
