/**
 * The EKS add-ons' custom resources → graph: Karpenter node pools (inside the EKS cluster) launch
 * nodes from their node class, whose nodes assume an IAM role; a workload lands on a node pool
 * when its pods ask for that pool (see `poolFor` for the rule); a KEDA ScaledObject scales its
 * workload, as an HPA does (KEDA drives one for it).
 */
import type { DocEntry } from '../workspace';
import { asArr, asObj, isObj, nameOf, str, stringMap, type Obj } from '../k8s/objects';
import { nodeId, type GraphBuilder } from './model';
import { roleNode } from './aws';
import { docSpan } from './sources';
import { asText } from '../text/asText';

/** a workload already drawn, with its pod spec */
export interface ScheduledWorkload {
  ns: string;
  id: string;
  spec: Obj;
}

export interface AddonCtx {
  b: GraphBuilder;
  /** the EKS cluster's group, when the workspace has one */
  cluster?: string;
  /** the namespace's group (made on first use) */
  ns: (name: string) => string;
  workloads: ScheduledWorkload[];
}

const POOL_LABEL = 'karpenter.sh/nodepool';
/** labels Karpenter or the kubelet put on every node: a pod may ask for them without the pool naming them */
const WELL_KNOWN = /(^|\.)(kubernetes\.io|k8s\.io|karpenter\.sh|karpenter\.k8s\.aws)\//;

interface Requirement {
  key: string;
  operator: string;
  values: string[];
}
interface Pool {
  id: string;
  name: string;
  labels: Record<string, string>;
  requirements: Requirement[];
  /** taints that keep pods off (NoSchedule, NoExecute) */
  taints: Obj[];
}

const requirementsOf = (list: unknown): Requirement[] =>
  asArr(list)
    .filter(isObj)
    .map((r) => ({ key: str(r.key) ?? '', operator: str(r.operator) ?? 'In', values: asArr(r.values).map(asText) }))
    .filter((r) => r.key);

export function addAddons(ctx: AddonCtx, entries: DocEntry[]): void {
  const of = (group: string, kind: string) =>
    entries.filter((e) => e.doc.kind.family === 'k8s' && e.doc.kind.group === group && e.doc.kind.kind === kind);
  for (const e of of('karpenter.k8s.aws', 'EC2NodeClass')) addNodeClass(ctx, e);
  const pools = of('karpenter.sh', 'NodePool')
    .map((e) => addNodePool(ctx, e))
    .filter((p): p is Pool => !!p);
  for (const w of ctx.workloads) {
    for (const p of pools) {
      const how = poolFor(p, w.spec);
      if (how) ctx.b.edge(w.id, p.id, 'lands-on', how);
    }
  }
  for (const e of of('keda.sh', 'ScaledObject')) addScaledObject(ctx, e);
}

function addNodeClass(ctx: AddonCtx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const spec = asObj(asObj(e.doc.value).spec);
  const facts: string[] = [];
  const alias = asArr(spec.amiSelectorTerms)
    .map((t) => str(asObj(t).alias))
    .find(Boolean);
  if (alias) facts.push(`AMI ${alias}`);
  else if (typeof spec.amiFamily === 'string') facts.push(`AMI family ${spec.amiFamily}`);
  const id = ctx.b.node('node-class', nodeId('node-class', name), {
    label: `EC2NodeClass ${name}`,
    group: ctx.cluster,
    facts,
    source: docSpan(e),
  }).id;
  const role = str(spec.role);
  const rid = role ? roleNode(ctx.b, role, `role of the nodes of EC2NodeClass ${name}`) : undefined;
  if (rid) ctx.b.edge(id, rid, 'uses-role', 'node role');
}

function addNodePool(ctx: AddonCtx, e: DocEntry): Pool | undefined {
  const name = nameOf(e.doc.value);
  if (!name) return undefined;
  const spec = asObj(asObj(e.doc.value).spec);
  const template = asObj(spec.template);
  const tspec = asObj(template.spec);
  const requirements = requirementsOf(tspec.requirements);
  const taints = asArr(tspec.taints)
    .filter(isObj)
    .filter((t) => str(t.effect) !== 'PreferNoSchedule');
  const facts: string[] = [];
  for (const [key, word] of [
    ['karpenter.sh/capacity-type', 'capacity'],
    ['karpenter.k8s.aws/instance-category', 'instance categories'],
    ['node.kubernetes.io/instance-type', 'instance types'],
    ['kubernetes.io/arch', 'arch'],
  ] as const) {
    const r = requirements.find((x) => x.key === key && x.operator === 'In');
    if (r?.values.length) facts.push(`${word} ${r.values.join(', ')}`);
  }
  if (taints.length)
    facts.push(
      `taints ${taints.map((t) => `${asText(t.key)}${t.value !== undefined ? `=${asText(t.value)}` : ''}:${asText(t.effect)}`).join(', ')}`,
    );
  const limits = stringMap(spec.limits);
  if (Object.keys(limits).length)
    facts.push(
      `limits ${Object.entries(limits)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  const policy = str(asObj(spec.disruption).consolidationPolicy);
  if (policy) facts.push(`consolidation ${policy}`);
  const id = ctx.b.node('node-pool', nodeId('node-pool', name), {
    label: `NodePool ${name}`,
    group: ctx.cluster,
    facts,
    source: docSpan(e),
  }).id;
  const ref = asObj(tspec.nodeClassRef);
  const cname = str(ref.name);
  if (cname) {
    const kind = str(ref.kind) ?? 'EC2NodeClass';
    const cid = ctx.b.ref('node-class', nodeId('node-class', cname), {
      label: `${kind} ${cname}`,
      group: ctx.cluster,
      facts: ['named by a NodePool; not in the workspace'],
    }).id;
    ctx.b.edge(id, cid, 'launches', 'node class');
  }
  return { id, name, labels: stringMap(asObj(template.metadata).labels), requirements, taints };
}

/** whether a node of the pool can carry a label the pod requires */
function satisfies(p: Pool, r: Requirement): boolean {
  const known =
    r.key === POOL_LABEL
      ? [p.name]
      : r.key in p.labels
        ? [p.labels[r.key]]
        : p.requirements.find((x) => x.key === r.key && x.operator === 'In')?.values;
  if (r.operator === 'DoesNotExist') return !known && !WELL_KNOWN.test(r.key);
  if (!known) return r.operator === 'NotIn' || WELL_KNOWN.test(r.key); // Karpenter sets well-known labels itself
  if (r.operator === 'In') return known.some((v) => r.values.includes(v));
  if (r.operator === 'NotIn') return known.some((v) => !r.values.includes(v));
  return true; // Exists, Gt, Lt: kept simple
}

const tolerates = (tolerations: Obj[], taint: Obj): boolean =>
  tolerations.some((t) => {
    if (t.effect !== undefined && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return t.key === undefined || t.key === taint.key;
    return t.key === taint.key && asText(t.value ?? '') === asText(taint.value ?? '');
  });

/**
 * A workload lands on a pool when its pods can run there and ask for it: the pool's taints are all
 * tolerated, one of the pod's required node terms (nodeSelector added to each) is met by the pool's
 * labels, requirements and the labels Karpenter sets, and the pod names the pool
 * (`karpenter.sh/nodepool`), one of its template labels, or tolerates its taints. A pod that asks
 * for nothing may land on any pool: no edge, or every workload would point at every pool.
 */
export function poolFor(p: Pool, spec: Obj): string | undefined {
  const tolerations = asArr(spec.tolerations).filter(isObj);
  if (!p.taints.every((t) => tolerates(tolerations, t))) return undefined;
  const selector = Object.entries(stringMap(spec.nodeSelector)).map(([key, v]) => ({ key, operator: 'In', values: [v] }));
  const required = asObj(asObj(asObj(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);
  const terms = asArr(required.nodeSelectorTerms).map((t) => requirementsOf(asObj(t).matchExpressions));
  const alternatives = (terms.length ? terms : [[]]).map((t) => [...selector, ...t]);
  const met = alternatives.find((reqs) => reqs.every((r) => satisfies(p, r)));
  if (!met) return undefined;
  const names = met.some((r) => r.key === POOL_LABEL || r.key in p.labels);
  if (names) return selector.some((r) => r.key === POOL_LABEL || r.key in p.labels) ? 'nodeSelector' : 'node affinity';
  return p.taints.length ? 'tolerations' : undefined;
}

function addScaledObject(ctx: AddonCtx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const spec = asObj(v.spec);
  const n = str(asObj(v.metadata).namespace) || 'default';
  const group = ctx.ns(n);
  const facts = [`replicas ${asText(spec.minReplicaCount ?? 0)}–${asText(spec.maxReplicaCount ?? 100)}`];
  const triggers = asArr(spec.triggers)
    .map((t) => str(asObj(t).type))
    .filter((t): t is string => !!t);
  if (triggers.length) facts.push(`triggers ${[...new Set(triggers)].join(', ')}`);
  const id = ctx.b.node('scaled-object', nodeId('scaled-object', n, name), {
    label: `ScaledObject ${name}`,
    group,
    facts,
    source: docSpan(e),
  }).id;
  const target = asObj(spec.scaleTargetRef);
  const tname = str(target.name);
  if (!tname) return;
  const tkind = str(target.kind) ?? 'Deployment'; // KEDA's default target
  const wid = ctx.b.ref('workload', nodeId('workload', n, tkind, tname), {
    label: `${tkind} ${tname}`,
    group,
    facts: ['named by a ScaledObject; not in the workspace'],
  }).id;
  ctx.b.edge(id, wid, 'scales', 'KEDA');
}
