/**
 * A template's EventBridge rules and Scheduler schedules: what feeds a rule (an S3 bucket's
 * object events, an ECS cluster's task state changes) and what each rule or schedule acts on (a
 * task definition it runs, a topic or queue it sends to). A rule with a `ScheduleExpression` is a
 * schedule, drawn as one.
 */
import type { AstNode } from '../parse/tree';
import type { CfnResource } from '../cfn/template';
import { parseTaskDefRef } from '../ecs/refs';
import { nodeId } from './model';
import { idsIn, items, literal, nodeAt, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';

export function addTemplateEvents(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::Events::Rule')) {
    const schedule = literal(ctx, prop(r.properties, 'ScheduleExpression'));
    const pattern = prop(r.properties, 'EventPattern');
    const sources = items(prop(pattern, 'source'))
      .map((n) => literal(ctx, n))
      .filter((s): s is string => !!s);
    const types = items(prop(pattern, 'detail-type'))
      .map((n) => literal(ctx, n))
      .filter((s): s is string => !!s);
    const facts = [
      ...(schedule ? [`schedule ${schedule}`] : []),
      ...(sources.length ? [`events from ${sources.join(', ')}`] : []),
      ...(types.length ? [`detail type ${types.join(', ')}`] : []),
      ...(literal(ctx, prop(r.properties, 'State')) === 'DISABLED' ? ['disabled'] : []),
    ];
    const id = resourceNode(ctx, r, {
      kind: schedule ? 'schedule' : 'event-rule',
      word: schedule ? 'Schedule' : 'EventBridge rule',
      nameProp: 'Name',
      facts,
    });
    addEventSources(ctx, id, pattern, sources, types);
    for (const target of items(prop(r.properties, 'Targets'))) addTarget(ctx, r, id, target);
  }
  for (const r of resourcesOf(ctx, 'AWS::Scheduler::Schedule')) {
    const expr = literal(ctx, prop(r.properties, 'ScheduleExpression'));
    const tz = literal(ctx, prop(r.properties, 'ScheduleExpressionTimezone'));
    const id = resourceNode(ctx, r, {
      kind: 'schedule',
      word: 'Schedule',
      nameProp: 'Name',
      facts: [...(expr ? [`schedule ${expr}${tz ? ` (${tz})` : ''}`] : []), 'EventBridge Scheduler'],
    });
    const target = prop(r.properties, 'Target');
    if (target) addTarget(ctx, r, id, target);
  }
}

/** the bucket an S3 rule watches, the cluster an ECS rule watches */
function addEventSources(ctx: TemplateCtx, rule: string, pattern: AstNode | undefined, sources: string[], types: string[]): void {
  const label = types.length ? types.join(', ') : undefined;
  const detail = prop(pattern, 'detail');
  if (sources.includes('aws.s3')) {
    const names = prop(prop(detail, 'bucket'), 'name');
    for (const n of items(names)) {
      const own = nodeAt(ctx, n);
      const name = own ? undefined : literal(ctx, n);
      const from =
        own ??
        (name
          ? ctx.b.ref('s3-bucket', nodeId('s3-bucket', name), { label: `S3 bucket ${name}`, facts: ['named by an EventBridge rule'] }).id
          : undefined);
      if (from) ctx.b.edge(from, rule, 'emits', label);
    }
  }
  if (sources.includes('aws.ecs')) {
    for (const logical of idsIn(prop(detail, 'clusterArn'))) {
      const from = ctx.ids.get(logical);
      if (from && ctx.b.get(from)?.kind === 'ecs-cluster') ctx.b.edge(from, rule, 'emits', label);
    }
  }
}

/** one target of a rule or schedule: the task it runs, or the resource it sends the event to */
function addTarget(ctx: TemplateCtx, owner: CfnResource, from: string, target: AstNode): void {
  const ecs = prop(target, 'EcsParameters');
  const role = nodeAt(ctx, prop(target, 'RoleArn'));
  if (role && ctx.b.get(role)?.kind === 'iam-role') ctx.b.edge(from, role, 'uses-role', 'to reach its target');
  if (ecs) {
    const task = taskNode(ctx, prop(ecs, 'TaskDefinitionArn'));
    if (!task) return;
    const count = literal(ctx, prop(ecs, 'TaskCount')) ?? '1';
    const launch = literal(ctx, prop(ecs, 'LaunchType'));
    ctx.b.edge(from, task, 'invokes', `runs ${count} task${count === '1' ? '' : 's'}${launch ? ` on ${launch}` : ''}`);
    return;
  }
  const to = nodeAt(ctx, prop(target, 'Arn'));
  if (to && to !== ctx.ids.get(owner.name)) ctx.b.edge(from, to, 'invokes');
}

/** a target's task definition: the template's own, or one an ARN or family names */
function taskNode(ctx: TemplateCtx, node: AstNode | undefined): string | undefined {
  const own = nodeAt(ctx, node);
  if (own) return own;
  const s = literal(ctx, node);
  const ref = s ? parseTaskDefRef(s) : undefined;
  if (!ref) return undefined;
  return ctx.b.ref('task-definition', nodeId('task-definition', ref.family), {
    label: `Task definition ${ref.family}`,
    facts: ['run by an EventBridge target; not in the workspace'],
  }).id;
}
