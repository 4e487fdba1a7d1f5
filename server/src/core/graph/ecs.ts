/**
 * ECS documents → graph: cluster (capacity providers) → service → task definition → containers,
 * with roles, images, target groups, EFS volumes, secrets and Application Auto Scaling around them.
 */
import type { WorkspaceIndex, DocEntry } from '../workspace';
import { asArray, bodyValue, isObj, str, taskView, type Obj, type TaskView } from '../ecs/model';
import { clusterNameOf, parseTaskDefRef } from '../ecs/refs';
import { AWS_GROUP, nodeId, type GraphBuilder, type SourceSpan } from './model';
import type { EcsDocType } from '../ecs/kind';
import { imageNode, roleNode, secretNode } from './aws';
import { astSpan, docSpan, pathSpan, sorted } from './sources';
import { asText } from '../text/asText';

export const ecsGroup = (cluster: string): string => `ecs:${cluster}`;
const clusterId = (cluster: string) => nodeId('ecs-cluster', cluster);
const serviceId = (cluster: string, name: string) => nodeId('ecs-service', cluster, name);
const taskId = (family: string) => nodeId('task-definition', family);
const containerId = (family: string, name: string) => nodeId('container', family, name);
const providerId = (cluster: string, name: string) => nodeId('capacity-provider', cluster, name);

interface ServiceDoc {
  entry: DocEntry;
  value: Obj;
  name: string;
  cluster: string;
  family?: string;
  revision?: number;
}

/**
 * How the ECS documents' references become nodes. ECS files name roles, images and target groups
 * by ARN; a template's views name them by the template's own resources (graph/cfnEcs.ts).
 */
export interface EcsRefs {
  /** the role node for a role ARN or name; undefined: draw no role */
  role(b: GraphBuilder, arnOrName: string, fact: string): string | undefined;
  image(b: GraphBuilder, image: string): { id: string; label?: string } | undefined;
  /** the target group node for a service's `targetGroupArn` */
  targetGroup(b: GraphBuilder, arn: string, source: SourceSpan): string | undefined;
}

export const ARN_REFS: EcsRefs = {
  role: roleNode,
  image: imageNode,
  targetGroup: (b, arn, source) => {
    const name = /:targetgroup\/([^/]+)/.exec(arn)?.[1] ?? arn;
    return b.node('target-group', nodeId('target-group', name), {
      label: `Target group ${name}`,
      group: AWS_GROUP,
      facts: [`ARN ${arn}`],
      source,
    }).id;
  },
};

export function addEcs(b: GraphBuilder, ws: WorkspaceIndex): void {
  addEcsDocs(b, (type) => ws.ecs(type), ARN_REFS);
}

/** the ECS documents `docsOf` lists (the workspace's files, or a template's views) → nodes and edges */
export function addEcsDocs(b: GraphBuilder, docsOf: (type: EcsDocType) => DocEntry[], refs: EcsRefs): void {
  const services = collectServices(docsOf('service'));
  const clusters = new Map<string, Obj>();
  for (const e of sorted(docsOf('cluster'))) addCluster(b, e, clusters);

  // a task definition sits in its services' cluster when they agree on one
  const clustersOfFamily = new Map<string, Set<string>>();
  for (const s of services) if (s.family) clustersOfFamily.set(s.family, (clustersOfFamily.get(s.family) ?? new Set()).add(s.cluster));
  for (const e of sorted([...docsOf('task-definition'), ...docsOf('container-definitions')])) {
    const v = taskView(e.doc);
    if (!v) continue;
    const family = v.family ?? fileStem(e.file.uri);
    const cs = clustersOfFamily.get(family);
    addTaskDefinition(b, e, v, family, cs && cs.size === 1 ? ecsGroup([...cs][0]) : undefined, refs);
  }

  for (const s of services) addService(b, s, clusters.get(s.cluster), refs);
  for (const type of ['scalable-target', 'scaling-policy', 'scheduled-action'] as const)
    for (const e of sorted(docsOf(type))) addScaling(b, e);
}

function collectServices(docs: DocEntry[]): ServiceDoc[] {
  const out: ServiceDoc[] = [];
  for (const e of sorted(docs)) {
    const v = bodyValue(e.doc);
    if (!isObj(v)) continue;
    // create-service input uses serviceName; update-service input uses service
    const name = str(v.serviceName) ?? str(v.service);
    if (!name) continue;
    const ref = str(v.taskDefinition);
    const td = ref ? parseTaskDefRef(ref) : undefined;
    out.push({ entry: e, value: v, name, cluster: clusterNameOf(str(v.cluster) ?? 'default'), family: td?.family, revision: td?.revision });
  }
  return out;
}

/** the cluster node and its subgraph; made for clusters that services name but no document defines */
function ensureCluster(b: GraphBuilder, cluster: string): string {
  const id = clusterId(cluster);
  b.group(ecsGroup(cluster), { kind: 'ecs-cluster', label: `ECS cluster ${cluster}` });
  if (!b.has(id)) {
    // ECS makes `default` on first use, so it is never "missing"
    if (cluster === 'default')
      b.node('ecs-cluster', id, {
        label: 'ECS cluster default',
        group: ecsGroup(cluster),
        facts: ['the default cluster (ECS creates it on first use)'],
      });
    else
      b.ref('ecs-cluster', id, {
        label: `ECS cluster ${cluster}`,
        group: ecsGroup(cluster),
        facts: ['named by a service; no cluster definition in the workspace'],
      });
  }
  return id;
}

const PROVIDER_FACT: Record<string, string> = {
  FARGATE: 'AWS Fargate: serverless capacity',
  FARGATE_SPOT: 'Fargate Spot: spare capacity, tasks may be stopped with two minutes notice',
};

function providerNode(b: GraphBuilder, cluster: string, name: string): string {
  const id = providerId(cluster, name);
  const fact =
    PROVIDER_FACT[name] ??
    (name === 'EC2'
      ? 'EC2 container instances registered to the cluster'
      : name === 'EXTERNAL'
        ? 'on-premises instances (ECS Anywhere)'
        : 'Auto Scaling group capacity provider (EC2 instances)');
  const label =
    name === 'EC2'
      ? 'EC2 instances'
      : name === 'EXTERNAL'
        ? 'External instances'
        : name === 'FARGATE'
          ? 'Fargate'
          : name === 'FARGATE_SPOT'
            ? 'Fargate Spot'
            : `ASG provider ${name}`;
  b.node('capacity-provider', id, { label, group: ecsGroup(cluster), facts: [fact] });
  return id;
}

function strategyLabel(item: Obj): string {
  const parts = [];
  if (item.weight !== undefined) parts.push(`weight ${asText(item.weight)}`);
  if (item.base !== undefined) parts.push(`base ${asText(item.base)}`);
  return parts.join(', ');
}

function addCluster(b: GraphBuilder, e: DocEntry, clusters: Map<string, Obj>): void {
  const v = bodyValue(e.doc);
  const name = isObj(v) ? str(v.clusterName) : undefined;
  if (!isObj(v) || !name) return;
  clusters.set(name, v);
  const group = ecsGroup(name);
  b.group(group, { kind: 'ecs-cluster', label: `ECS cluster ${name}`, source: docSpan(e) });
  const providers = asArray(v.capacityProviders).map(asText);
  const facts = [];
  if (providers.length) facts.push(`capacity providers: ${providers.join(', ')}`);
  const insights = asArray(v.settings).find((s) => isObj(s) && s.name === 'containerInsights');
  if (isObj(insights)) facts.push(`Container Insights ${asText(insights.value)}`);
  const id = b.node('ecs-cluster', clusterId(name), { label: `ECS cluster ${name}`, group, facts, source: docSpan(e) }).id;
  const strategy = new Map<string, Obj>();
  for (const s of asArray(v.defaultCapacityProviderStrategy))
    if (isObj(s) && typeof s.capacityProvider === 'string') strategy.set(s.capacityProvider, s);
  for (const p of [...new Set([...providers, ...strategy.keys()])]) {
    const pid = providerNode(b, name, p);
    const inDefault = strategy.get(p);
    b.edge(id, pid, 'has-capacity', inDefault ? `default ${strategyLabel(inDefault)}`.trim() : undefined);
  }
}

function addTaskDefinition(b: GraphBuilder, e: DocEntry, v: TaskView, family: string, group: string | undefined, refs: EcsRefs): void {
  const t = v.value;
  const rev = typeof t.revision === 'number' ? `:${t.revision}` : '';
  const facts = [`family ${family}${rev}`];
  if (t.cpu !== undefined || t.memory !== undefined) facts.push(`cpu ${asText(t.cpu ?? '-')} / memory ${asText(t.memory ?? '-')}`);
  if (v.networkMode) facts.push(`network mode ${v.networkMode}`);
  const compat = asArray(t.requiresCompatibilities).map(asText);
  if (compat.length) facts.push(`requires ${compat.join(', ')}`);
  const src = v.body ? astSpan(e, v.body) : docSpan(e);
  // a bare containerDefinitions list (no family) is shown under its file name
  const word = v.body ? 'Task definition' : 'Container definitions';
  const id = b.node('task-definition', taskId(family), { label: `${word} ${family}${rev}`, group, facts, source: src }).id;

  const taskRole = str(t.taskRoleArn);
  const execRole = str(t.executionRoleArn);
  const tr = taskRole ? refs.role(b, taskRole, `task role of ${family}: what the application may do`) : undefined;
  if (tr) b.edge(id, tr, 'uses-role', 'task role');
  const er = execRole
    ? refs.role(b, execRole, `execution role of ${family}: the ECS agent pulls images, sends logs and reads secrets with it`)
    : undefined;
  if (er) b.edge(id, er, 'uses-role', 'execution role');

  // EFS volumes by name, for the mount points
  const efs = new Map<string, string>();
  for (const vol of asArray(t.volumes)) {
    if (!isObj(vol) || typeof vol.name !== 'string' || !isObj(vol.efsVolumeConfiguration)) continue;
    const c = vol.efsVolumeConfiguration;
    const fs = str(c.fileSystemId);
    if (!fs) continue;
    const auth = isObj(c.authorizationConfig) ? c.authorizationConfig : {};
    const facts = [`file system ${fs}`];
    if (typeof auth.accessPointId === 'string') facts.push(`access point ${auth.accessPointId}`);
    if (c.transitEncryption !== undefined) facts.push(`transit encryption ${asText(c.transitEncryption)}`);
    if (auth.iam !== undefined) facts.push(`IAM authorization ${asText(auth.iam)}`);
    const fsId = nodeId('efs', fs);
    b.node('efs', fsId, { label: `EFS ${fs}`, group: AWS_GROUP, facts });
    efs.set(vol.name, fsId);
  }

  for (const c of v.containers) {
    const cv = c.value;
    const name = c.name ?? `#${c.index + 1}`;
    const facts: string[] = [];
    const image = str(cv.image);
    if (image) facts.push(`image ${image}`);
    const ports = asArray(cv.portMappings)
      .filter(isObj)
      .map((p) => {
        const host =
          p.hostPort === undefined
            ? v.networkMode === 'bridge'
              ? ' (host port dynamic)'
              : ''
            : p.hostPort === 0
              ? ' (host port dynamic)'
              : p.hostPort !== p.containerPort
                ? ` (host ${asText(p.hostPort)})`
                : '';
        return `${asText(p.containerPort)}/${asText(p.protocol ?? 'tcp')}${host}`;
      });
    if (ports.length) facts.push(`ports ${ports.join(', ')}`);
    facts.push(cv.essential === false ? 'not essential' : 'essential');
    const log = isObj(cv.logConfiguration) ? cv.logConfiguration : undefined;
    if (log && typeof log.logDriver === 'string') {
      const group = isObj(log.options) ? str(log.options['awslogs-group']) : undefined;
      facts.push(`logs ${log.logDriver}${group ? ` → ${group}` : ''}`);
    }
    const cid = b.node('container', containerId(family, name), { label: `Container ${name}`, group, facts, source: astSpan(e, c.node) }).id;
    b.edge(id, cid, 'runs');

    const img = image ? refs.image(b, image) : undefined;
    if (img) b.edge(cid, img.id, 'pulls-image', img.label);

    for (const m of asArray(cv.mountPoints)) {
      if (!isObj(m) || typeof m.sourceVolume !== 'string') continue;
      const fsId = efs.get(m.sourceVolume);
      if (fsId) b.edge(cid, fsId, 'mounts', `${asText(m.containerPath ?? m.sourceVolume)}${m.readOnly === true ? ' (read-only)' : ''}`);
    }
    for (const s of asArray(cv.secrets)) {
      if (!isObj(s) || typeof s.valueFrom !== 'string') continue;
      const sid = secretNode(b, s.valueFrom, er ? 'read by the execution role' : undefined);
      if (sid) b.edge(cid, sid, 'reads-secret', str(s.name));
    }
    const creds = isObj(cv.repositoryCredentials) ? str(cv.repositoryCredentials.credentialsParameter) : undefined;
    const cred = creds ? secretNode(b, creds) : undefined;
    if (cred) b.edge(cid, cred, 'reads-secret', 'registry credentials');
  }
}

function addService(b: GraphBuilder, s: ServiceDoc, cluster: Obj | undefined, refs: EcsRefs): void {
  const v = s.value;
  const group = ecsGroup(s.cluster);
  ensureCluster(b, s.cluster);
  const facts: string[] = [];
  if (v.desiredCount !== undefined) facts.push(`desired count ${asText(v.desiredCount)}`);
  if (typeof v.schedulingStrategy === 'string') facts.push(`scheduling ${v.schedulingStrategy}`);
  if (typeof v.launchType === 'string') facts.push(`launch type ${v.launchType}`);
  const strategy = asArray(v.capacityProviderStrategy).filter(isObj);
  if (strategy.length)
    facts.push(
      `capacity provider strategy: ${strategy.map((p) => `${asText(p.capacityProvider)}${strategyLabel(p) ? ` (${strategyLabel(p)})` : ''}`).join(', ')}`,
    );
  const dc = isObj(v.deploymentConfiguration) ? v.deploymentConfiguration : undefined;
  if (dc && (dc.minimumHealthyPercent !== undefined || dc.maximumPercent !== undefined))
    facts.push(`deployment min ${asText(dc.minimumHealthyPercent ?? 100)}% / max ${asText(dc.maximumPercent ?? 200)}%`);
  if (dc && isObj(dc.deploymentCircuitBreaker) && dc.deploymentCircuitBreaker.enable === true)
    facts.push(`circuit breaker on${dc.deploymentCircuitBreaker.rollback === true ? ', rolls back' : ''}`);
  const id = b.node('ecs-service', serviceId(s.cluster, s.name), {
    label: `ECS service ${s.name}`,
    group,
    facts,
    source: docSpan(s.entry),
  }).id;

  let taskFamily: string | undefined;
  if (s.family) {
    taskFamily = s.family;
    const tid = b.ref('task-definition', taskId(s.family), {
      label: `Task definition ${s.family}`,
      group,
      facts: ['named by a service; not in the workspace'],
    }).id;
    b.edge(id, tid, 'runs', s.revision !== undefined ? `revision ${s.revision}` : undefined);
  }

  // the legacy service role ECS used to register targets with a load balancer
  const role = str(v.role);
  const rid = role ? refs.role(b, role, `service role of ${s.name}: registers tasks with the load balancer`) : undefined;
  if (rid) b.edge(id, rid, 'uses-role', 'service role');

  // where the tasks land: launch type, the service's strategy, or the cluster's default strategy
  if (typeof v.launchType === 'string') b.edge(id, providerNode(b, s.cluster, v.launchType), 'lands-on', 'launch type');
  else if (strategy.length) {
    for (const p of strategy)
      if (typeof p.capacityProvider === 'string')
        b.edge(id, providerNode(b, s.cluster, p.capacityProvider), 'lands-on', strategyLabel(p) || undefined);
  } else if (cluster) {
    for (const p of asArray(cluster.defaultCapacityProviderStrategy)) {
      if (isObj(p) && typeof p.capacityProvider === 'string')
        b.edge(id, providerId(s.cluster, p.capacityProvider), 'lands-on', 'cluster default');
    }
  }

  asArray(v.loadBalancers).forEach((lb, i) => {
    if (!isObj(lb)) return;
    const tg = str(lb.targetGroupArn);
    const classic = str(lb.loadBalancerName);
    const src = pathSpan(s.entry, ['loadBalancers', i], s.entry.doc.body);
    let from: string | undefined;
    if (tg) {
      from = refs.targetGroup(b, tg, src);
    } else if (classic) {
      from = b.node('load-balancer', nodeId('load-balancer', classic), {
        label: `Classic load balancer ${classic}`,
        group: AWS_GROUP,
        source: src,
      }).id;
    }
    if (!from) return;
    const port = lb.containerPort !== undefined ? `port ${asText(lb.containerPort)}` : undefined;
    const cname = str(lb.containerName);
    if (cname && taskFamily) {
      const target = b.ref('container', containerId(taskFamily, cname), {
        label: `Container ${cname}`,
        group: b.get(taskId(taskFamily))?.group ?? group,
        facts: ['named by a service load balancer; not in the task definition'],
      }).id;
      b.edge(from, target, 'routes-to', port);
    } else b.edge(from, id, 'routes-to', port);
  });
}

function addScaling(b: GraphBuilder, e: DocEntry): void {
  const v = bodyValue(e.doc);
  if (!isObj(v)) return;
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(str(v.ResourceId) ?? '');
  if (!m) return;
  const [, cluster, service] = m;
  ensureCluster(b, cluster);
  const group = ecsGroup(cluster);
  const type = e.doc.kind.family === 'ecs' ? e.doc.kind.type : '';
  const facts: string[] = [];
  let label: string;
  let key: string;
  if (type === 'scaling-policy') {
    key = str(v.PolicyName) ?? 'policy';
    label = `Scaling policy ${key}`;
    if (typeof v.PolicyType === 'string')
      facts.push(
        v.PolicyType === 'TargetTrackingScaling' ? 'target tracking' : v.PolicyType === 'StepScaling' ? 'step scaling' : v.PolicyType,
      );
    const tt = isObj(v.TargetTrackingScalingPolicyConfiguration) ? v.TargetTrackingScalingPolicyConfiguration : undefined;
    const metric = tt && isObj(tt.PredefinedMetricSpecification) ? str(tt.PredefinedMetricSpecification.PredefinedMetricType) : undefined;
    if (tt && tt.TargetValue !== undefined) facts.push(`target ${asText(tt.TargetValue)}${metric ? ` on ${metric}` : ''}`);
  } else if (type === 'scheduled-action') {
    key = str(v.ScheduledActionName) ?? 'scheduled';
    label = `Scheduled action ${key}`;
    if (typeof v.Schedule === 'string') facts.push(`schedule ${v.Schedule}`);
  } else {
    key = 'target';
    label = `Scalable target ${asText(v.MinCapacity ?? '?')}–${asText(v.MaxCapacity ?? '?')} tasks`;
    facts.push(`min ${asText(v.MinCapacity ?? '-')}, max ${asText(v.MaxCapacity ?? '-')}`);
  }
  const id = b.node('scaling', nodeId('scaling', cluster, service, type, key), { label, group, facts, source: docSpan(e) }).id;
  const target = b.ref('ecs-service', serviceId(cluster, service), {
    label: `ECS service ${service}`,
    group,
    facts: ['named by a scaling document; no service definition in the workspace'],
  }).id;
  b.edge(id, target, 'scales');
}

function fileStem(uri: string): string {
  return (uri.split('/').pop() ?? uri).replace(/\.[^.]*$/, '');
}
