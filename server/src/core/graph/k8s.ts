/**
 * Kubernetes objects → graph, per namespace: workloads → containers → images; Services select
 * workloads; Ingresses route to Services; claims → StorageClass → CSI driver; ServiceAccounts
 * assume IAM roles (IRSA); HPAs scale workloads; ConfigMaps/Secrets feed their consumers; pods
 * land on Fargate profiles, node groups or Karpenter node pools (k8sAddons.ts, with KEDA). References to objects the workspace lacks become
 * `missing` nodes.
 */
import type { DocEntry, WorkspaceIndex } from '../workspace';
import {
  asArr,
  asObj,
  containersOf,
  isObj,
  nameOf,
  podTemplate,
  selectorMatches,
  str,
  stringMap,
  toSelector,
  WORKLOAD_KINDS,
  type Obj,
  type PodTemplate,
} from '../k8s/objects';
import { fargateProfileFor } from '../k8s/fargate';
import { podReferences } from '../k8s/podRefs';
import { IRSA_KEY } from '../k8s/irsa';
import { EBS_PROVISIONERS, EFS_PROVISIONERS, FSX_PROVISIONERS } from '../k8s/storage';
import { nodeId, type GraphBuilder, type GraphShared } from './model';
import { imageNode, roleNode } from './aws';
import { nsGroup, serviceAccountId, type EksctlResult } from './eksctl';
import { docSpan, pathSpan, sorted } from './sources';
import { asText } from '../text/asText';
import { addAddons } from './k8sAddons';

const workloadId = (ns: string, kind: string, name: string) => nodeId('workload', ns, kind, name);
const k8sServiceId = (ns: string, name: string) => nodeId('k8s-service', ns, name);
const pvcId = (ns: string, name: string) => nodeId('pvc', ns, name);
const storageClassId = (name: string) => nodeId('storage-class', name);
const configMapId = (ns: string, name: string) => nodeId('config-map', ns, name);
const secretId = (ns: string, name: string) => nodeId('k8s-secret', ns, name);

/** the brief's rule: an object without a namespace lives in `default` */
const nsOf = (v: unknown): string => str(asObj(asObj(v).metadata).namespace) || 'default';

interface PodOwner {
  ns: string;
  id: string;
  labels: Record<string, string>;
  spec: Obj;
}
interface Ctx {
  b: GraphBuilder;
  ws: WorkspaceIndex;
  eks: EksctlResult;
  defaultClass?: string;
  owners: PodOwner[];
}

export function addK8s(b: GraphBuilder, ws: WorkspaceIndex, shared: GraphShared): void {
  const eks: EksctlResult = shared.eks ?? { nodeGroups: [] };
  const objects = sorted(ws.k8s());
  const ctx: Ctx = { b, ws, eks, owners: [] };
  const byKind = (kind: string) => objects.filter((e) => e.doc.kind.family === 'k8s' && e.doc.kind.kind === kind);
  // definitions first: references made later find them (ref() merges either way, this only keeps labels tidy)
  for (const e of byKind('Namespace')) {
    const n = nameOf(e.doc.value);
    if (n) ns(ctx, n, docSpan(e));
  }
  for (const e of byKind('StorageClass')) addStorageClass(ctx, e);
  for (const e of byKind('ConfigMap')) simple(ctx, e, 'config-map', configMapId, 'ConfigMap');
  for (const e of byKind('Secret')) simple(ctx, e, 'k8s-secret', secretId, 'Secret');
  for (const e of byKind('ServiceAccount')) addServiceAccount(ctx, e);
  for (const e of byKind('PersistentVolumeClaim'))
    addClaim(ctx, e, nsOf(e.doc.value), nameOf(e.doc.value), asObj(e.doc.value).spec, docSpan(e));
  for (const e of objects)
    if (e.doc.kind.family === 'k8s' && WORKLOAD_KINDS.includes(e.doc.kind.kind)) addWorkload(ctx, e, e.doc.kind.kind);
  for (const e of byKind('Service')) addService(ctx, e);
  for (const e of byKind('Ingress')) addIngress(ctx, e);
  for (const e of byKind('HorizontalPodAutoscaler')) addHpa(ctx, e);
  addAddons({ b, cluster: ctx.eks.clusterGroup, ns: (name) => ns(ctx, name), workloads: ctx.owners }, objects);
}

/** the namespace subgraph (inside the EKS cluster when the workspace holds exactly one) */
function ns(ctx: Ctx, name: string, source?: { uri: string; offset: number; length: number }): string {
  const key = nsGroup(name);
  ctx.b.group(key, { kind: 'namespace', label: `namespace ${name}`, parent: ctx.eks.clusterGroup, source });
  return key;
}

/** cluster-scoped objects go in the EKS cluster subgraph when there is one */
const clusterScope = (ctx: Ctx) => ctx.eks.clusterGroup;

function simple(ctx: Ctx, e: DocEntry, kind: 'config-map' | 'k8s-secret', id: (ns: string, n: string) => string, word: string): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const n = nsOf(e.doc.value);
  const v = asObj(e.doc.value);
  const keys = Object.keys({ ...asObj(v.data), ...asObj(v.stringData), ...asObj(v.binaryData) });
  const facts = keys.length ? [`keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`] : [];
  if (kind === 'k8s-secret' && typeof v.type === 'string') facts.push(`type ${v.type}`);
  ctx.b.node(kind, id(n, name), { label: `${word} ${name}`, group: ns(ctx, n), facts, source: docSpan(e) });
}

function addStorageClass(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const provisioner = str(v.provisioner);
  const params = stringMap(v.parameters);
  const facts = [];
  if (provisioner) facts.push(`provisioner ${provisioner}`);
  if (params.type) facts.push(`volume type ${params.type}`);
  if (typeof v.volumeBindingMode === 'string') facts.push(`binding ${v.volumeBindingMode}`);
  if (typeof v.reclaimPolicy === 'string') facts.push(`reclaim ${v.reclaimPolicy}`);
  const isDefault = asText(asObj(asObj(v.metadata).annotations)['storageclass.kubernetes.io/is-default-class']) === 'true';
  if (isDefault) {
    facts.push('default class');
    ctx.defaultClass ??= name;
  }
  const id = ctx.b.node('storage-class', storageClassId(name), {
    label: `StorageClass ${name}`,
    group: clusterScope(ctx),
    facts,
    source: docSpan(e),
  }).id;
  if (provisioner) ctx.b.edge(id, csiNode(ctx, provisioner), 'provisions', 'provisioner');
}

function csiNode(ctx: Ctx, provisioner: string): string {
  const what = EBS_PROVISIONERS.includes(provisioner)
    ? 'EBS'
    : EFS_PROVISIONERS.includes(provisioner)
      ? 'EFS'
      : FSX_PROVISIONERS.includes(provisioner)
        ? 'FSx'
        : undefined;
  const legacy = provisioner.startsWith('kubernetes.io/');
  const label = what ? `${what} ${legacy ? 'in-tree driver' : 'CSI driver'}` : `Driver ${provisioner}`;
  return ctx.b.node('csi-driver', nodeId('csi-driver', provisioner), {
    label,
    group: clusterScope(ctx),
    facts: [`provisioner ${provisioner}`],
  }).id;
}

function addClaim(
  ctx: Ctx,
  e: DocEntry,
  n: string,
  name: string | undefined,
  specValue: unknown,
  source: { uri: string; offset: number; length: number },
  template?: string,
): string | undefined {
  if (!name) return undefined;
  const spec = asObj(specValue);
  const facts: string[] = [];
  const modes = asArr(spec.accessModes).map(asText);
  if (modes.length) facts.push(`access ${modes.join(', ')}`);
  const size = str(asObj(asObj(spec.resources).requests).storage);
  if (size) facts.push(`size ${size}`);
  if (template) facts.push(`claim template of ${template}; one claim per pod`);
  const id = ctx.b.node('pvc', pvcId(n, name), {
    label: `${template ? 'Claim template' : 'PVC'} ${name}`,
    group: ns(ctx, n),
    facts,
    source,
  }).id;
  const className = str(spec.storageClassName);
  if (className) {
    const sc = ctx.b.ref('storage-class', storageClassId(className), {
      label: `StorageClass ${className}`,
      group: clusterScope(ctx),
      facts: ['named by a claim; not in the workspace'],
    }).id;
    ctx.b.edge(id, sc, 'provisions', 'storage class');
  } else if (className === undefined && ctx.defaultClass) {
    ctx.b.edge(id, storageClassId(ctx.defaultClass), 'provisions', 'default class');
  }
  return id;
}

function addServiceAccount(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const n = nsOf(e.doc.value);
  const ann = stringMap(asObj(asObj(e.doc.value).metadata).annotations);
  const id = ctx.b.node('service-account', serviceAccountId(n, name), {
    label: `ServiceAccount ${name}`,
    group: ns(ctx, n),
    source: docSpan(e),
  }).id;
  const arn = ann[IRSA_KEY];
  const rid = arn ? roleNode(ctx.b, arn, `assumed by ServiceAccount ${n}/${name} (IRSA)`) : undefined;
  if (rid) ctx.b.edge(id, rid, 'assumes', 'IRSA');
}

function describeWorkload(kind: string, v: Obj): string[] {
  const spec = asObj(v.spec);
  const facts: string[] = [];
  if (spec.replicas !== undefined) facts.push(`replicas ${asText(spec.replicas)}`);
  if (kind === 'CronJob' && typeof spec.schedule === 'string') facts.push(`schedule ${spec.schedule}`);
  if (kind === 'StatefulSet' && typeof spec.serviceName === 'string') facts.push(`headless service ${spec.serviceName}`);
  return facts;
}

function addWorkload(ctx: Ctx, e: DocEntry, kind: string): void {
  const name = nameOf(e.doc.value);
  const t = podTemplate(e.doc);
  if (!name || !t) return;
  const v = asObj(e.doc.value);
  const n = nsOf(v);
  const group = ns(ctx, n);
  const b = ctx.b;
  const id = b.node('workload', workloadId(n, kind, name), {
    label: `${kind} ${name}`,
    group,
    facts: describeWorkload(kind, v),
    source: docSpan(e),
  }).id;
  const spec = t.spec;
  ctx.owners.push({ ns: n, id, labels: t.labels, spec });

  // volumes by name → what they mount, for the mount paths
  const mountPaths = new Map<string, string[]>();
  asArr(spec.containers).forEach((c) => {
    for (const m of asArr(asObj(c).volumeMounts)) {
      const o = asObj(m);
      if (typeof o.name === 'string' && typeof o.mountPath === 'string')
        mountPaths.set(o.name, [...(mountPaths.get(o.name) ?? []), o.mountPath]);
    }
  });
  const mountLabel = (vol: string) => [...new Set(mountPaths.get(vol) ?? [])].join(', ') || undefined;
  const cids = new Map<string, string>(); // `containers/0` → the container's node, where its env references start

  for (const key of ['initContainers', 'containers'] as const) {
    asArr(spec[key]).forEach((c, i) => {
      const o = asObj(c);
      const cname = str(o.name) ?? `#${i + 1}`;
      const facts: string[] = [];
      const image = str(o.image);
      if (image) facts.push(`image ${image}`);
      const ports = asArr(o.ports)
        .filter(isObj)
        .map((p) => `${asText(p.containerPort)}${p.name ? ` (${asText(p.name)})` : ''}`);
      if (ports.length) facts.push(`ports ${ports.join(', ')}`);
      const cid = b.node('container', nodeId('container', n, kind, name, cname), {
        label: `${key === 'initContainers' ? 'Init container' : 'Container'} ${cname}`,
        group,
        facts,
        source: pathSpan(e, [...t.specPath, key, i]),
      }).id;
      b.edge(id, cid, 'runs');
      const img = image ? imageNode(b, image) : undefined;
      if (img) b.edge(cid, img.id, 'pulls-image', img.label);
      cids.set(`${key}/${i}`, cid);
    });
  }
  podRefEdges(ctx, t, id, cids, n, group, mountLabel);
  if (kind === 'StatefulSet') {
    asArr(asObj(v.spec).volumeClaimTemplates).forEach((tpl, i) => {
      const tname = nameOf(tpl);
      const cid = addClaim(ctx, e, n, tname, asObj(tpl).spec, pathSpan(e, ['spec', 'volumeClaimTemplates', i]), name);
      if (cid && tname) b.edge(id, cid, 'mounts', mountLabel(tname));
    });
  }

  // the deprecated `serviceAccount` still names the account when serviceAccountName is absent
  const sa = podReferences(spec, t.specPath, []).find((r) => r.kind === 'ServiceAccount')?.name ?? str(spec.serviceAccount);
  if (sa && sa !== 'default') {
    const sid = b.ref('service-account', serviceAccountId(n, sa), {
      label: `ServiceAccount ${sa}`,
      group,
      facts: ['named by a workload; not in the workspace (it may be created elsewhere)'],
    }).id;
    b.edge(id, sid, 'runs-as');
  }
  landsOn(ctx, id, n, t, e.file.uri);
}

/**
 * The ConfigMaps, Secrets and claims a pod template names, read by podReferences as the rules
 * and navigation read them: env references start at their container, volumes at the workload
 * (labelled with their mount paths). Image pull Secrets and ephemeral containers are not drawn.
 */
function podRefEdges(
  ctx: Ctx,
  t: PodTemplate,
  id: string,
  cids: Map<string, string>,
  n: string,
  group: string,
  mountLabel: (vol: string) => string | undefined,
): void {
  const base = t.specPath.length;
  for (const r of podReferences(t.spec, t.specPath, containersOf(t))) {
    if (r.kind === 'ServiceAccount') continue;
    const [where, i, field] = r.path.slice(base);
    let from: string | undefined;
    let label: string | undefined;
    if (where === 'volumes') {
      from = id;
      const vname = str(asObj(asArr(t.spec.volumes)[i as number]).name) ?? '';
      label =
        field === 'projected' ? 'projected' : r.kind === 'PersistentVolumeClaim' ? mountLabel(vname) : (mountLabel(vname) ?? 'volume');
    } else if (where === 'initContainers' || where === 'containers') {
      from = cids.get(`${where}/${i}`);
      const env = asArr(asObj(asArr(t.spec[where])[i as number]).env)[r.path[base + 3] as number];
      label = field === 'env' ? str(asObj(env).name) : 'envFrom';
    }
    if (!from) continue;
    if (r.kind === 'ConfigMap')
      ctx.b.edge(from, ref(ctx, 'config-map', configMapId(n, r.name), `ConfigMap ${r.name}`, group), 'reads-config', label);
    else if (r.kind === 'Secret')
      ctx.b.edge(from, ref(ctx, 'k8s-secret', secretId(n, r.name), `Secret ${r.name}`, group), 'reads-secret', label);
    else ctx.b.edge(from, ref(ctx, 'pvc', pvcId(n, r.name), `PVC ${r.name}`, group), 'mounts', label);
  }
}

/** a ConfigMap/Secret/claim reference: the node, or a missing placeholder in the same namespace */
function ref(ctx: Ctx, kind: 'config-map' | 'k8s-secret' | 'pvc', id: string, label: string, group: string): string {
  return ctx.b.ref(kind, id, { label, group, facts: ['referenced but not in the workspace'] }).id;
}

/** Fargate profile by namespace + labels (EKS's own choice), else node groups whose labels the nodeSelector asks for. */
function landsOn(ctx: Ctx, id: string, n: string, t: PodTemplate, uri: string): void {
  const profile = fargateProfileFor(ctx.ws, n, t.labels, uri);
  if (profile && profile.name) {
    ctx.b.edge(id, nodeId('fargate-profile', profile.cluster, profile.name), 'lands-on', 'Fargate');
    return;
  }
  const selector = stringMap(t.spec.nodeSelector);
  if (!Object.keys(selector).length) return;
  for (const ng of ctx.eks.nodeGroups) {
    if (Object.entries(selector).every(([k, x]) => ng.labels[k] === x)) ctx.b.edge(id, ng.id, 'lands-on', 'nodeSelector');
  }
}

function addService(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const spec = asObj(v.spec);
  const n = nsOf(v);
  const group = ns(ctx, n);
  const type = str(spec.type) ?? 'ClusterIP';
  const ports = asArr(spec.ports)
    .filter(isObj)
    .map((p) => `${asText(p.port)}${p.targetPort !== undefined && p.targetPort !== p.port ? `→${asText(p.targetPort)}` : ''}`);
  const facts = [`type ${type}`, ...(ports.length ? [`ports ${ports.join(', ')}`] : [])];
  const id = ctx.b.node('k8s-service', k8sServiceId(n, name), { label: `Service ${name}`, group, facts, source: docSpan(e) }).id;
  const selector = stringMap(spec.selector);
  if (Object.keys(selector).length) {
    const sel = toSelector({ matchLabels: selector });
    for (const w of ctx.owners) if (w.ns === n && selectorMatches(sel, w.labels)) ctx.b.edge(id, w.id, 'selects');
  }
  if (type === 'LoadBalancer') {
    const ann = stringMap(asObj(v.metadata).annotations);
    const lbType = ann['service.beta.kubernetes.io/aws-load-balancer-type'];
    const nlb = !!lbType || str(spec.loadBalancerClass) === 'service.k8s.aws/nlb';
    const lfacts = [nlb ? 'Network Load Balancer' : 'load balancer from the cloud provider (Classic unless annotated)'];
    const scheme = ann['service.beta.kubernetes.io/aws-load-balancer-scheme'];
    if (scheme) lfacts.push(`scheme ${scheme}`);
    const target = ann['service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'];
    if (target) lfacts.push(`target type ${target}`);
    const lb = ctx.b.node('load-balancer', nodeId('load-balancer', n, name), {
      label: `${nlb ? 'NLB' : 'Load balancer'} ${name}`,
      group,
      facts: lfacts,
      source: docSpan(e),
    }).id;
    ctx.b.edge(lb, id, 'routes-to', ports.join(', ') || undefined);
  }
}

function addIngress(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const spec = asObj(v.spec);
  const n = nsOf(v);
  const group = ns(ctx, n);
  const ann = stringMap(asObj(v.metadata).annotations);
  const alb = str(spec.ingressClassName) === 'alb' || ann['kubernetes.io/ingress.class'] === 'alb';
  const facts: string[] = [];
  if (alb) facts.push('AWS Load Balancer Controller (ALB)');
  else if (spec.ingressClassName) facts.push(`class ${asText(spec.ingressClassName)}`);
  for (const [k, label] of [
    ['scheme', 'scheme'],
    ['target-type', 'target type'],
    ['group.name', 'group'],
  ] as const) {
    const x = ann[`alb.ingress.kubernetes.io/${k}`];
    if (x) facts.push(`${label} ${x}`);
  }
  const hosts = asArr(spec.rules)
    .map((r) => str(asObj(r).host))
    .filter((h): h is string => !!h);
  if (hosts.length) facts.push(`hosts ${[...new Set(hosts)].join(', ')}`);
  const id = ctx.b.node('ingress', nodeId('ingress', n, name), {
    label: `${alb ? 'ALB Ingress' : 'Ingress'} ${name}`,
    group,
    facts,
    source: docSpan(e),
  }).id;

  const route = (backend: unknown, path?: string) => {
    const svc = asObj(asObj(backend).service);
    const sname = str(svc.name);
    if (!sname) return;
    const port = asObj(svc.port);
    const p = port.number !== undefined ? asText(port.number) : str(port.name);
    const target = ctx.b.ref('k8s-service', k8sServiceId(n, sname), {
      label: `Service ${sname}`,
      group,
      facts: ['named by an Ingress backend; not in the workspace'],
    }).id;
    ctx.b.edge(id, target, 'routes-to', [path, p ? `port ${p}` : undefined].filter(Boolean).join(' → ') || undefined);
  };
  if (spec.defaultBackend) route(spec.defaultBackend, 'default');
  for (const r of asArr(spec.rules)) {
    for (const p of asArr(asObj(asObj(r).http).paths)) route(asObj(p).backend, str(asObj(p).path));
  }
}

function addHpa(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const spec = asObj(v.spec);
  const n = nsOf(v);
  const group = ns(ctx, n);
  const facts = [`replicas ${asText(spec.minReplicas ?? 1)}–${asText(spec.maxReplicas ?? '?')}`];
  for (const m of asArr(spec.metrics)) {
    const r = asObj(asObj(m).resource);
    const target = asObj(r.target);
    if (typeof r.name === 'string')
      facts.push(
        `${r.name} ${asText(target.averageUtilization ?? target.averageValue ?? target.value ?? '')}${target.averageUtilization !== undefined ? '%' : ''}`.trim(),
      );
  }
  const id = ctx.b.node('hpa', nodeId('hpa', n, name), { label: `HPA ${name}`, group, facts, source: docSpan(e) }).id;
  const target = asObj(spec.scaleTargetRef);
  const tkind = str(target.kind);
  const tname = str(target.name);
  if (!tkind || !tname) return;
  const wid = ctx.b.ref('workload', workloadId(n, tkind, tname), {
    label: `${tkind} ${tname}`,
    group,
    facts: ['named by an HPA; not in the workspace'],
  }).id;
  ctx.b.edge(id, wid, 'scales');
}
