/**
 * The EC2 container instances a template defines: an Auto Scaling group, the launch template or
 * launch configuration it starts instances from, the instance profile's role, and the clusters
 * the group's capacity providers belong to. A launch resource counts as ECS's when a capacity
 * provider uses its group or when its user data (or cfn-init metadata) sets `ECS_CLUSTER`.
 */
import type { AstNode } from '../../parse/tree';
import type { CfnResource, CfnTemplate } from '../template';
import { resourcesOfType } from '../template';
import { prop, referencedResource } from '../iam/templateRoles';
import { intrinsicOf } from '../intrinsics';
import { isKnown, symbolicText, token } from '../symbolicText';

const ASG = 'AWS::AutoScaling::AutoScalingGroup';
const LAUNCH_TYPES = ['AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'] as const;

export interface ContainerInstances {
  /** the launch template or launch configuration */
  launch: CfnResource;
  /** what instances start with: `LaunchTemplateData`, or the launch configuration's `Properties` */
  data?: AstNode;
  /** the Auto Scaling groups that start from it */
  groups: CfnResource[];
  /** the capacity providers of those groups */
  providers: CfnResource[];
  /** the clusters those providers are associated with */
  clusters: CfnResource[];
}

/** the launch template/configuration an Auto Scaling group names */
function launchOf(t: CfnTemplate, asg: CfnResource): CfnResource | undefined {
  const p = asg.properties;
  const spec = prop(p, 'LaunchTemplate') ?? prop(prop(prop(p, 'MixedInstancesPolicy'), 'LaunchTemplate'), 'LaunchTemplateSpecification');
  const node = prop(spec, 'LaunchTemplateId') ?? prop(spec, 'LaunchTemplateName') ?? prop(p, 'LaunchConfigurationName');
  return referencedResource(t, node, LAUNCH_TYPES);
}

/** the launch data of a launch resource */
export const launchData = (r: CfnResource): AstNode | undefined =>
  r.type === 'AWS::EC2::LaunchTemplate' ? prop(r.properties, 'LaunchTemplateData') : r.properties;

/** the clusters a capacity provider is associated with (by association resources or the cluster's own list) */
function clustersOf(t: CfnTemplate, provider: CfnResource): CfnResource[] {
  const out = new Set<CfnResource>();
  const names = (list: AstNode | undefined) => (list?.type === 'array' ? (list.children ?? []) : []);
  const isThis = (n: AstNode) => referencedResource(t, n)?.name === provider.name;
  for (const a of resourcesOfType(t, 'AWS::ECS::ClusterCapacityProviderAssociations')) {
    const cluster = referencedResource(t, prop(a.properties, 'Cluster'), ['AWS::ECS::Cluster']);
    if (cluster && names(prop(a.properties, 'CapacityProviders')).some(isThis)) out.add(cluster);
  }
  for (const c of resourcesOfType(t, 'AWS::ECS::Cluster')) if (names(prop(c.properties, 'CapacityProviders')).some(isThis)) out.add(c);
  return [...out];
}

/** does any string of the resource (user data, cfn-init files and commands) set ECS_CLUSTER */
const mentionsCluster = (t: CfnTemplate, r: CfnResource): boolean => ecsClusterValues(t, r).length > 0;

export function containerInstances(t: CfnTemplate): ContainerInstances[] {
  const byLaunch = new Map<CfnResource, ContainerInstances>();
  const entry = (launch: CfnResource) => {
    let e = byLaunch.get(launch);
    if (!e) byLaunch.set(launch, (e = { launch, data: launchData(launch), groups: [], providers: [], clusters: [] }));
    return e;
  };
  for (const provider of resourcesOfType(t, 'AWS::ECS::CapacityProvider')) {
    const arn = prop(prop(provider.properties, 'AutoScalingGroupProvider'), 'AutoScalingGroupArn');
    const asg = referencedResource(t, arn, [ASG]);
    const launch = asg && launchOf(t, asg);
    if (!asg || !launch) continue;
    const e = entry(launch);
    if (!e.groups.includes(asg)) e.groups.push(asg);
    e.providers.push(provider);
    for (const c of clustersOf(t, provider)) if (!e.clusters.includes(c)) e.clusters.push(c);
  }
  for (const type of LAUNCH_TYPES)
    for (const launch of resourcesOfType(t, type)) if (!byLaunch.has(launch) && mentionsCluster(t, launch)) entry(launch);
  return [...byLaunch.values()];
}

/** the role of the instance profile a launch resource gives its instances; `spec` is IamInstanceProfile, `node` the profile's value in it */
export function instanceRole(t: CfnTemplate, data: AstNode | undefined): { spec?: AstNode; node?: AstNode; role?: CfnResource } {
  const spec = prop(data, 'IamInstanceProfile');
  const node = spec?.type === 'object' && !intrinsicOf(spec) ? (prop(spec, 'Arn') ?? prop(spec, 'Name')) : spec;
  const profile = referencedResource(t, node, ['AWS::IAM::InstanceProfile']);
  const roles = prop(profile?.properties, 'Roles');
  const first = roles?.type === 'array' ? roles.children?.[0] : undefined;
  return { spec, node, role: referencedResource(t, first, ['AWS::IAM::Role']) };
}

/** One `ECS_CLUSTER=value` the launch resource writes, the value written out by symbolicText. */
export interface ClusterSetting {
  value: string;
  /** the node it was read from (the user data, or a cfn-init string) */
  node: AstNode;
}

/** `ECS_CLUSTER=` at the start of a word (not `%ECS_CLUSTER`, `$ECS_CLUSTER`) and its value up to a blank or quote */
const SETTING = /(?<![\w%$])ECS_CLUSTER=["']?([^\s"'>;|&)]*)/g;

/** the ECS_CLUSTER values of a launch resource: user data, and strings of its cfn-init metadata */
export function ecsClusterValues(t: CfnTemplate, r: CfnResource): ClusterSetting[] {
  const out: ClusterSetting[] = [];
  const read = (node: AstNode) => {
    const text = symbolicText(t, node, (id, depth) => clusterNameText(t, id, depth));
    for (const m of text.matchAll(SETTING)) out.push({ value: m[1], node });
  };
  const userData = prop(launchData(r), 'UserData');
  if (userData) read(userData);
  const walk = (n: AstNode | undefined, depth: number) => {
    if (!n || depth > 30) return;
    if (n.type === 'string' || intrinsicOf(n)) {
      if (n.type !== 'string' || (typeof n.value === 'string' && n.value.includes('ECS_CLUSTER'))) read(n);
      return;
    }
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(prop(r.node, 'Metadata'), 0);
  return out;
}

/**
 * A cluster's name written out: its `ClusterName` when it has one, else the token of its logical
 * id (CloudFormation makes up the name, and only a `Ref` to the cluster gives it).
 */
export function clusterNameText(t: CfnTemplate, id: string, depth = 0): string | undefined {
  const r = t.resources.get(id);
  if (r?.type !== 'AWS::ECS::Cluster') return undefined;
  const name = prop(r.properties, 'ClusterName');
  return name ? symbolicText(t, name, (other, d) => clusterNameText(t, other, d), depth + 1) : undefined;
}

/** the name instances must write in ECS_CLUSTER to join `cluster`, and whether it can be compared */
export function expectedClusterName(t: CfnTemplate, cluster: CfnResource): { text: string; known: boolean } {
  const text = clusterNameText(t, cluster.name) ?? token(cluster.name);
  return { text, known: isKnown(text) };
}
