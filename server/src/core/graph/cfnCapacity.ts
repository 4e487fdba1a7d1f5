/**
 * EC2 capacity in a template: cluster → capacity provider → Auto Scaling group → launch template
 * (or launch configuration) → instance profile → role. The provider node is the one the ECS
 * builder drew for the cluster's provider list, so both syntaxes meet on it.
 */
import type { AstNode } from '../parse/tree';
import type { CfnResource } from '../cfn/template';
import { ecsNameOf } from '../cfn/ecs/resolve';
import { ecsGroup } from './ecs';
import { nodeId } from './model';
import { entrySpan, items, keySpan, literal, nodeAt, prop, refId, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';
import { ecsNames } from './cfnEcs';

const NO_CHOICES: ReadonlyMap<string, unknown> = new Map();

export function addTemplateCapacity(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::EC2::LaunchTemplate')) {
    const data = prop(r.properties, 'LaunchTemplateData');
    const id = resourceNode(ctx, r, {
      kind: 'launch-template',
      word: 'Launch template',
      nameProp: 'LaunchTemplateName',
      facts: instanceFacts(ctx, data),
    });
    const profile = prop(data, 'IamInstanceProfile');
    linkProfile(ctx, id, prop(profile, 'Arn') ?? prop(profile, 'Name'));
  }
  for (const r of resourcesOf(ctx, 'AWS::AutoScaling::LaunchConfiguration')) {
    const id = resourceNode(ctx, r, {
      kind: 'launch-template',
      word: 'Launch configuration',
      nameProp: 'LaunchConfigurationName',
      facts: instanceFacts(ctx, r.properties),
    });
    linkProfile(ctx, id, prop(r.properties, 'IamInstanceProfile'));
  }
  for (const r of resourcesOf(ctx, 'AWS::AutoScaling::AutoScalingGroup')) addGroup(ctx, r);
  for (const r of resourcesOf(ctx, 'AWS::ECS::CapacityProvider')) addProvider(ctx, r);
}

function instanceFacts(ctx: TemplateCtx, props: AstNode | undefined): string[] {
  const type = literal(ctx, prop(props, 'InstanceType'));
  const userData = JSON.stringify(prop(props, 'UserData') ? literalsIn(prop(props, 'UserData')) : []);
  const joins = /ECS_CLUSTER=([\w-]+)/.exec(userData)?.[1];
  return [...(type ? [`instance type ${type}`] : []), ...(joins ? [`joins ECS cluster ${joins}`] : [])];
}

/** the string pieces of a value (user data is a `!Base64 !Sub` or `!Join` of lines) */
function literalsIn(n: AstNode | undefined, out: string[] = [], depth = 0): string[] {
  if (!n || depth > 30 || out.length > 200) return out;
  if (typeof n.value === 'string') out.push(n.value);
  for (const c of n.children ?? []) literalsIn(c, out, depth + 1);
  return out;
}

function linkProfile(ctx: TemplateCtx, from: string, node: AstNode | undefined): void {
  const own = nodeAt(ctx, node);
  if (own) ctx.b.edge(from, own, 'uses-role', 'instance profile');
}

function addGroup(ctx: TemplateCtx, r: CfnResource): void {
  const p = r.properties;
  const size = ['MinSize', 'DesiredCapacity', 'MaxSize'].map((k) => literal(ctx, prop(p, k)));
  const id = resourceNode(ctx, r, {
    kind: 'auto-scaling-group',
    word: 'Auto Scaling group',
    nameProp: 'AutoScalingGroupName',
    facts: [`min ${size[0] ?? '?'}${size[1] !== undefined ? `, desired ${size[1]}` : ''}, max ${size[2] ?? '?'}`],
  });
  const specs = [prop(p, 'LaunchTemplate'), prop(prop(prop(p, 'MixedInstancesPolicy'), 'LaunchTemplate'), 'LaunchTemplateSpecification')];
  for (const spec of specs) {
    if (!spec) continue;
    const lt = nodeAt(ctx, prop(spec, 'LaunchTemplateId')) ?? nodeAt(ctx, prop(spec, 'LaunchTemplateName'));
    const version = literal(ctx, prop(spec, 'Version'));
    if (lt) ctx.b.edge(id, lt, 'launches', version ? `version ${version}` : undefined);
  }
  const lc = nodeAt(ctx, prop(p, 'LaunchConfigurationName'));
  if (lc) ctx.b.edge(id, lc, 'launches');
}

/** the clusters a provider belongs to: listed by a cluster or by a capacity provider association */
function clustersOf(ctx: TemplateCtx, name: string): string[] {
  const names = (list: AstNode | undefined) => items(list).map((n) => literal(ctx, n));
  const out: string[] = [];
  const clusterNames = ecsNames(ctx);
  for (const c of resourcesOf(ctx, 'AWS::ECS::Cluster'))
    if (names(prop(c.properties, 'CapacityProviders')).includes(name)) out.push(clusterNames.get(c.name) ?? c.name);
  for (const a of resourcesOf(ctx, 'AWS::ECS::ClusterCapacityProviderAssociations')) {
    const named = prop(a.properties, 'Cluster');
    const logical = refId(named);
    const cluster = (logical ? clusterNames.get(logical) : undefined) ?? literal(ctx, named);
    if (cluster && names(prop(a.properties, 'CapacityProviders')).includes(name)) out.push(cluster);
  }
  return [...new Set(out)];
}

function addProvider(ctx: TemplateCtx, r: CfnResource): void {
  const name = ecsNameOf(ctx.t, r, NO_CHOICES) ?? r.name;
  const asg = prop(r.properties, 'AutoScalingGroupProvider');
  const managed = literal(ctx, prop(prop(asg, 'ManagedScaling'), 'Status'));
  const facts = ['Auto Scaling group capacity provider (EC2 instances)', ...(managed ? [`managed scaling ${managed}`] : [])];
  const clusters = clustersOf(ctx, name);
  const ids = clusters.length
    ? clusters.map((c) => {
        const id = nodeId('capacity-provider', c, name);
        ctx.b.node('capacity-provider', id, { label: `ASG provider ${name}`, group: ecsGroup(c), facts, source: keySpan(ctx, r) });
        ctx.b.node('capacity-provider', id, { label: '', source: entrySpan(ctx, r) });
        return id;
      })
    : [resourceNode(ctx, r, { kind: 'capacity-provider', word: 'ASG provider', nameProp: 'Name', group: null, facts })];
  ctx.ids.set(r.name, ids[0]);
  const group = nodeAt(ctx, prop(asg, 'AutoScalingGroupArn'));
  if (group) for (const id of ids) ctx.b.edge(id, group, 'has-capacity', managed === 'ENABLED' ? 'managed scaling' : undefined);
}
