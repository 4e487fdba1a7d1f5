/**
 * Application Auto Scaling and CloudWatch alarms in a template: an alarm watches a metric of a
 * queue (or a service) and acts on a scaling policy, which scales an ECS service through its
 * scalable target (the SQS backlog seed).
 */
import type { AstNode } from '../parse/tree';
import type { CfnResource } from '../cfn/template';
import { ecsGroup } from './ecs';
import { nodeId } from './model';
import { idsIn, items, literal, nodeAt, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';

export function addTemplateScaling(ctx: TemplateCtx): void {
  const serviceOfTarget = new Map<string, string>();
  for (const r of resourcesOf(ctx, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
    const service = serviceAt(ctx, prop(r.properties, 'ResourceId'));
    const min = literal(ctx, prop(r.properties, 'MinCapacity')) ?? '?';
    const max = literal(ctx, prop(r.properties, 'MaxCapacity')) ?? '?';
    const id = resourceNode(ctx, r, {
      kind: 'scaling',
      word: 'Scalable target',
      group: groupOf(ctx, service),
      facts: [`min ${min}, max ${max} tasks`],
    });
    if (service) {
      serviceOfTarget.set(r.name, service);
      ctx.b.edge(id, service, 'scales', min === '?' && max === '?' ? undefined : `${min}–${max} tasks`);
    }
  }
  for (const r of resourcesOf(ctx, 'AWS::ApplicationAutoScaling::ScalingPolicy')) {
    const targetRef = idsIn(prop(r.properties, 'ScalingTargetId'))[0];
    const service = (targetRef ? serviceOfTarget.get(targetRef) : undefined) ?? serviceAt(ctx, prop(r.properties, 'ResourceId'));
    const id = resourceNode(ctx, r, {
      kind: 'scaling-policy',
      word: 'Scaling policy',
      nameProp: 'PolicyName',
      group: groupOf(ctx, service),
      facts: policyFacts(ctx, r),
    });
    if (service) ctx.b.edge(id, service, 'scales', targetRef ? 'through its scalable target' : undefined);
  }
  for (const r of resourcesOf(ctx, 'AWS::CloudWatch::Alarm')) addAlarm(ctx, r);
}

/** the ECS service a `ResourceId` (`service/CLUSTER/SERVICE`, often a `!Sub` or `!Join`) names */
function serviceAt(ctx: TemplateCtx, node: AstNode | undefined): string | undefined {
  for (const logical of idsIn(node)) {
    const id = ctx.ids.get(logical);
    if (id && ctx.b.get(id)?.kind === 'ecs-service') return id;
  }
  const m = /^service\/([^/${}]+)\/([^/${}]+)$/.exec(literal(ctx, node) ?? '');
  if (!m) return undefined;
  return ctx.b.ref('ecs-service', nodeId('ecs-service', m[1], m[2]), {
    label: `ECS service ${m[2]}`,
    group: ecsGroup(m[1]),
    facts: ['named by a scalable target; no service definition in the workspace'],
  }).id;
}

const groupOf = (ctx: TemplateCtx, node: string | undefined): string | null => (node ? (ctx.b.get(node)?.group ?? null) : null);

function policyFacts(ctx: TemplateCtx, r: CfnResource): string[] {
  const type = literal(ctx, prop(r.properties, 'PolicyType'));
  const facts: string[] = [];
  if (type === 'StepScaling') {
    facts.push('step scaling');
    const steps = items(prop(prop(r.properties, 'StepScalingPolicyConfiguration'), 'StepAdjustments')).map((s) => {
      const lo = literal(ctx, prop(s, 'MetricIntervalLowerBound'));
      const hi = literal(ctx, prop(s, 'MetricIntervalUpperBound'));
      const by = literal(ctx, prop(s, 'ScalingAdjustment')) ?? '?';
      return `${lo ?? '−∞'}…${hi ?? '+∞'}: ${/^-/.test(by) ? by : `+${by}`}`;
    });
    if (steps.length) facts.push(`steps ${steps.join('; ')}`);
  } else if (type === 'TargetTrackingScaling') {
    const tt = prop(r.properties, 'TargetTrackingScalingPolicyConfiguration');
    const metric = literal(ctx, prop(prop(tt, 'PredefinedMetricSpecification'), 'PredefinedMetricType'));
    facts.push(`target tracking ${literal(ctx, prop(tt, 'TargetValue')) ?? '?'}${metric ? ` on ${metric}` : ''}`);
  } else if (type) facts.push(type);
  return facts;
}

function addAlarm(ctx: TemplateCtx, r: CfnResource): void {
  const ns = literal(ctx, prop(r.properties, 'Namespace'));
  const metric = literal(ctx, prop(r.properties, 'MetricName'));
  const op = literal(ctx, prop(r.properties, 'ComparisonOperator'));
  const threshold = literal(ctx, prop(r.properties, 'Threshold'));
  const facts = [
    ...(metric ? [`metric ${ns ? `${ns} ` : ''}${metric}`] : []),
    ...(op && threshold !== undefined
      ? [
          `${op
            .replace(/Threshold$/, '')
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()} ${threshold}`,
        ]
      : []),
  ];
  const id = resourceNode(ctx, r, { kind: 'alarm', word: 'Alarm', nameProp: 'AlarmName', facts });
  // what it watches: the queue, service or other resource its dimensions name
  for (const d of items(prop(r.properties, 'Dimensions'))) {
    for (const logical of idsIn(prop(d, 'Value'))) {
      const from = ctx.ids.get(logical);
      if (from && from !== id) ctx.b.edge(from, id, 'emits', metric);
    }
  }
  const actions: [string, string][] = [
    ['AlarmActions', 'in alarm'],
    ['OKActions', 'back to OK'],
    ['InsufficientDataActions', 'no data'],
  ];
  for (const [key, label] of actions)
    for (const a of items(prop(r.properties, key))) {
      const to = nodeAt(ctx, a);
      if (to && to !== id) ctx.b.edge(id, to, 'alarms', label);
    }
}
