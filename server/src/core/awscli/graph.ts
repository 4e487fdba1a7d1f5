/**
 * The event-driven documents in the diagram: event source → rule or schedule → the task
 * definition it runs (in its cluster) or the queue it feeds; queue metric → alarm → scaling policy
 * → service. Runs after the ECS family, whose task definitions, services and scaling policies it
 * points at with the same ids. ECR, App Runner and Express Mode services: graphServices.ts.
 */
import type { GraphBuilder } from '../graph/model';
import { AWS_GROUP, nodeId } from '../graph/model';
import { ecsGroup } from '../graph/ecs';
import { docSpan, sorted } from '../graph/sources';
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asArray, isObj, str, type Obj } from '../value';
import { asText } from '../text/asText';
import { awsCliKey } from './kind';
import { ecsTargetsOf } from './targets';
import { alarmActions, parseAlarmAction } from './alarmActions';
import { addServices } from './graphServices';

const ruleId = (name: string) => nodeId('event-rule', name);
const arnName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

export function addAwsCli(b: GraphBuilder, ws: WorkspaceIndex): void {
  for (const e of sorted(ws.docs(awsCliKey('put-rule')))) addRule(b, e);
  for (const e of sorted(ws.docs(awsCliKey('put-targets')))) {
    const name = isObj(e.doc.value) ? str(e.doc.value.Rule) : undefined;
    if (!name) continue;
    const id = b.ref('event-rule', ruleId(name), { label: `EventBridge rule ${name}`, group: AWS_GROUP }).id;
    addTargets(b, e, id);
  }
  for (const e of sorted(ws.docs(awsCliKey('create-schedule')))) {
    const v = e.doc.value as Obj;
    const name = str(v.Name) ?? 'schedule';
    const facts = [str(v.ScheduleExpression), str(v.ScheduleExpressionTimezone)].filter((x): x is string => !!x);
    const id = b.node('schedule', nodeId('schedule', str(v.GroupName) ?? 'default', name), {
      label: `Schedule ${name}`,
      group: AWS_GROUP,
      facts,
      source: docSpan(e),
    }).id;
    addTargets(b, e, id);
  }
  for (const e of sorted(ws.docs(awsCliKey('put-metric-alarm')))) addAlarm(b, e);
  addServices(b, ws);
}

function addRule(b: GraphBuilder, e: DocEntry): void {
  const v = e.doc.value as Obj;
  const name = str(v.Name);
  if (!name) return;
  const facts: string[] = [];
  if (str(v.ScheduleExpression)) facts.push(str(v.ScheduleExpression)!);
  if (v.State === 'DISABLED') facts.push('disabled');
  const id = b.node('event-rule', ruleId(name), { label: `EventBridge rule ${name}`, group: AWS_GROUP, facts, source: docSpan(e) }).id;
  let pattern: unknown;
  try {
    pattern = typeof v.EventPattern === 'string' ? JSON.parse(v.EventPattern) : undefined;
  } catch {
    return; // awscli/event-pattern reports it
  }
  if (isObj(pattern)) addSources(b, pattern, id);
}

/** S3 buckets and ECS clusters whose events the pattern matches feed the rule */
function addSources(b: GraphBuilder, p: Obj, rule: string): void {
  const sources = asArray(p.source).filter((s): s is string => typeof s === 'string');
  const what = asArray(p['detail-type']).filter((s): s is string => typeof s === 'string');
  const label = what.join(', ') || undefined;
  const detail = isObj(p.detail) ? p.detail : {};
  if (sources.includes('aws.s3')) {
    const bucket = isObj(detail.bucket) ? detail.bucket : {};
    for (const n of asArray(bucket.name))
      if (typeof n === 'string')
        b.edge(b.node('s3-bucket', nodeId('s3-bucket', n), { label: `S3 bucket ${n}`, group: AWS_GROUP }).id, rule, 'emits', label);
  }
  if (sources.includes('aws.ecs')) {
    for (const c of asArray(detail.clusterArn)) {
      if (typeof c !== 'string') continue;
      const cluster = c.slice(c.lastIndexOf('/') + 1);
      b.group(ecsGroup(cluster), { kind: 'ecs-cluster', label: `ECS cluster ${cluster}` });
      const from = b.ref('ecs-cluster', nodeId('ecs-cluster', cluster), { label: `ECS cluster ${cluster}`, group: ecsGroup(cluster) }).id;
      b.edge(from, rule, 'emits', label);
    }
  }
}

/** a rule's or schedule's targets: ECS tasks (in their cluster), SQS queues, SNS topics */
function addTargets(b: GraphBuilder, e: DocEntry, from: string): void {
  for (const t of ecsTargetsOf(e.doc)) {
    if (!t.taskDefinition) continue;
    const family = t.taskDefinition.family;
    const group = t.cluster ? ecsGroup(t.cluster) : undefined;
    if (group && t.cluster) b.group(group, { kind: 'ecs-cluster', label: `ECS cluster ${t.cluster}` });
    const td = b.ref('task-definition', nodeId('task-definition', family), { label: `Task definition ${family}`, group }).id;
    const count = typeof t.ecs.TaskCount === 'number' && t.ecs.TaskCount > 1 ? `${t.ecs.TaskCount} tasks` : 'runs task';
    b.edge(from, td, 'invokes', t.cluster ? `${count} in ${t.cluster}` : count);
  }
  const v = e.doc.value as Obj;
  const targets = Array.isArray(v.Targets) ? v.Targets : [v.Target];
  for (const t of targets) {
    const arn = isObj(t) ? str(t.Arn) : undefined;
    if (!arn) continue;
    if (/^arn:aws[a-z-]*:sqs:/.test(arn)) {
      const q = arnName(arn);
      b.edge(from, b.node('sqs-queue', nodeId('sqs-queue', q), { label: `SQS queue ${q}`, group: AWS_GROUP }).id, 'invokes', 'sends to');
    } else if (/^arn:aws[a-z-]*:sns:/.test(arn)) {
      const topic = arnName(arn);
      b.edge(
        from,
        b.node('sns-topic', nodeId('sns-topic', topic), { label: `SNS topic ${topic}`, group: AWS_GROUP }).id,
        'invokes',
        'publishes',
      );
    }
  }
}

function addAlarm(b: GraphBuilder, e: DocEntry): void {
  const v = e.doc.value as Obj;
  const name = str(v.AlarmName);
  if (!name) return;
  const metric = str(v.MetricName);
  const facts: string[] = [];
  if (metric) facts.push(`${metric}${str(v.Namespace) ? ` (${str(v.Namespace)})` : ''}`);
  if (v.Threshold !== undefined && str(v.ComparisonOperator)) facts.push(`${str(v.ComparisonOperator)} ${asText(v.Threshold)}`);
  const id = b.node('alarm', nodeId('alarm', name), { label: `Alarm ${name}`, group: AWS_GROUP, facts, source: docSpan(e) }).id;
  // the queues whose metrics it watches: the alarm's own dimensions and those of its metric math
  const dims = [...asArray(v.Dimensions)];
  for (const m of asArray(v.Metrics)) {
    const stat = isObj(m) && isObj(m.MetricStat) && isObj(m.MetricStat.Metric) ? m.MetricStat.Metric : undefined;
    if (stat) dims.push(...asArray(stat.Dimensions));
  }
  for (const d of dims) {
    if (!isObj(d) || d.Name !== 'QueueName' || typeof d.Value !== 'string') continue;
    const q = b.node('sqs-queue', nodeId('sqs-queue', d.Value), { label: `SQS queue ${d.Value}`, group: AWS_GROUP }).id;
    b.edge(q, id, 'emits', metric);
  }
  for (const a of alarmActions(v)) {
    const action = parseAlarmAction(a.arn);
    if (action?.kind === 'scaling-policy') {
      const group = ecsGroup(action.cluster);
      b.group(group, { kind: 'ecs-cluster', label: `ECS cluster ${action.cluster}` });
      const policy = b.ref('scaling', nodeId('scaling', action.cluster, action.service, 'scaling-policy', action.policy), {
        label: `Scaling policy ${action.policy}`,
        group,
      }).id;
      const service = b.ref('ecs-service', nodeId('ecs-service', action.cluster, action.service), {
        label: `ECS service ${action.service}`,
        group,
      }).id;
      b.edge(id, policy, 'alarms', a.list === 'AlarmActions' ? undefined : a.list);
      b.edge(policy, service, 'scales');
    } else if (action?.kind === 'sns-topic') {
      const topic = b.node('sns-topic', nodeId('sns-topic', action.name), { label: `SNS topic ${action.name}`, group: AWS_GROUP }).id;
      b.edge(id, topic, 'alarms', 'notifies');
    }
  }
}
