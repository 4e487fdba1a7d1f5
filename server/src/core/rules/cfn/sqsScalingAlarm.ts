/**
 * SQS-driven scaling: a CloudWatch alarm on an `AWS/SQS` metric names its queue by `QueueName`
 * (a `Ref` to a queue gives its URL, so the alarm watches a metric that does not exist and never
 * fires), and an alarm action that is an ECS service's scaling policy must be a StepScaling
 * policy (a target tracking policy makes and owns its own alarms).
 */
import type { AstNode } from '../../parse/tree';
import type { Rule, RuleFinding, RuleContext } from '../rule';
import { at } from '../place';
import type { CfnTemplate } from '../../cfn/template';
import { resourcesOfType } from '../../cfn/template';
import { getAttParts, intrinsicOf } from '../../cfn/intrinsics';
import { prop, referencedResource } from '../../cfn/iam/templateRoles';
import { resolveNode } from '../../cfn/ecs/resolve';
import { isTemplate, template } from './guard';

const QUEUE = 'AWS::SQS::Queue';
const POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
const TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';

export const sqsScalingAlarm: Rule = {
  id: 'cfn/sqs-scaling-alarm',
  severity: 'warning',
  description:
    "An alarm on an SQS metric names the queue by its QueueName, and an ECS service's scaling policy it triggers is a StepScaling policy.",
  appliesTo: isTemplate,
  check(doc, ctx) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const alarm of resourcesOfType(t, 'AWS::CloudWatch::Alarm')) {
      const ns = prop(alarm.properties, 'Namespace');
      if (!ns || resolveNode(t, ns, new Map()) !== 'AWS/SQS') continue;
      const dims = prop(alarm.properties, 'Dimensions');
      for (const d of dims?.type === 'array' ? (dims.children ?? []) : []) {
        if (prop(d, 'Name')?.value !== 'QueueName') continue;
        const value = prop(d, 'Value');
        const f = value && queueNameProblem(t, value, ctx);
        if (f) out.push(f);
      }
      const actions = prop(alarm.properties, 'AlarmActions');
      for (const a of actions?.type === 'array' ? (actions.children ?? []) : []) {
        const policy = referencedResource(t, a, [POLICY]);
        const type = policy && prop(policy.properties, 'PolicyType');
        if (!policy || !isEcsServicePolicy(t, policy) || typeof type?.value !== 'string' || type.value === 'StepScaling') continue;
        out.push(
          at(
            a,
            `Scaling policy "${policy.name}" is a ${type.value} policy, which makes and manages its own alarms; an alarm action needs a StepScaling policy. Make "${policy.name}" StepScaling with StepScalingPolicyConfiguration, or drop this alarm and let target tracking follow the metric.`,
          ),
        );
      }
    }
    return out;
  },
};

/** a QueueName dimension that names a template queue by something other than its name */
function queueNameProblem(t: CfnTemplate, value: AstNode, ctx: RuleContext): RuleFinding | undefined {
  const fn = intrinsicOf(value);
  const queue = referencedResource(t, value, [QUEUE]);
  if (!fn || !queue) return undefined;
  let gives: string;
  if (fn.name === 'Ref') gives = 'its URL';
  else if (fn.name === 'Fn::GetAtt') {
    const attr = getAttParts(fn.arg).attrName;
    if (attr === 'QueueName' || !attr) return undefined;
    gives = `its ${attr}`;
  } else return undefined;
  const short = ctx.file.language === 'yaml';
  const newText = short ? `!GetAtt ${queue.name}.QueueName` : `{ "Fn::GetAtt": ["${queue.name}", "QueueName"] }`;
  return at(
    value,
    `This QueueName dimension gives queue "${queue.name}" by ${gives}, not its name, so the alarm watches a metric that does not exist and never fires. Use !GetAtt ${queue.name}.QueueName.`,
    [{ title: `Change to ${queue.name}.QueueName`, edits: [{ offset: value.offset, length: value.length, newText }], preferred: true }],
  );
}

/** a scaling policy of an ECS service's desired count (through its scalable target, or its own ResourceId) */
function isEcsServicePolicy(t: CfnTemplate, policy: { properties?: AstNode }): boolean {
  const target = referencedResource(t, prop(policy.properties, 'ScalingTargetId'), [TARGET]);
  const on = target?.properties ?? policy.properties;
  const dim = prop(on, 'ScalableDimension');
  const v = dim ? resolveNode(t, dim, new Map()) : undefined;
  return v === 'ecs:service:DesiredCount';
}
