/** What a CloudWatch alarm's actions point at: Application Auto Scaling policies of ECS services, SNS topics. */
import { asArray, isObj, str } from '../value';

export interface ScalingPolicyAction {
  kind: 'scaling-policy';
  cluster: string;
  service: string;
  policy: string;
}
export interface TopicAction {
  kind: 'sns-topic';
  name: string;
  arn: string;
}
export type AlarmAction = ScalingPolicyAction | TopicAction;

const POLICY = /^arn:aws[a-z-]*:autoscaling:[^:]*:[^:]*:scalingPolicy:[^:]*:resource\/ecs\/service\/([^/:]+)\/([^/:]+):policyName\/(.+)$/;
const TOPIC = /^arn:aws[a-z-]*:sns:[^:]*:[^:]*:([^:]+)$/;

export function parseAlarmAction(arn: string): AlarmAction | undefined {
  const p = POLICY.exec(arn.trim());
  if (p) return { kind: 'scaling-policy', cluster: p[1], service: p[2], policy: p[3] };
  const t = TOPIC.exec(arn.trim());
  return t ? { kind: 'sns-topic', name: t[1], arn } : undefined;
}

/** every action ARN of an alarm input, with the list and index it sits at */
export function alarmActions(value: unknown): { list: string; index: number; arn: string }[] {
  if (!isObj(value)) return [];
  const out: { list: string; index: number; arn: string }[] = [];
  for (const list of ['AlarmActions', 'OKActions', 'InsufficientDataActions'])
    asArray(value[list]).forEach((a, index) => {
      const arn = str(a);
      if (arn) out.push({ list, index, arn });
    });
  return out;
}
