/**
 * Kubernetes objects → graph, per namespace: workloads → containers → images; Services select
 * workloads; Ingresses route to Services; claims → StorageClass → CSI driver; ServiceAccounts
 * assume IAM roles (IRSA); HPAs scale workloads; ConfigMaps/Secrets feed their consumers; pods
 * land on Fargate profiles, node groups or Karpenter node pools (k8sAddons.ts, with KEDA). References to objects the workspace lacks become
 * `missing` nodes. Storage is drawn in k8sStorage.ts, Services and Ingresses in k8sRouting.ts.
 */
import type { DocEntry, WorkspaceIndex } from '../workspace';
import {
  asArr,
  asObj,
  containersOf,
  isObj,
  nameOf,
  podTemplate,
  str,
  stringMap,
  WORKLOAD_KINDS,
  type Obj,
  type PodTemplate,
} from '../k8s/objects';
import { fargateProfileFor } from '../k8s/fargate';
import { podReferences } from '../k8s/podRefs';
import { IRSA_KEY } from '../k8s/irsa';
import { nodeId, type GraphBuilder, type GraphShared } from './model';
import { imageNode, roleNode } from './aws';
import { serviceAccountId, type EksctlResult } from './eksctl';
import { docSpan, pathSpan, sorted } from './sources';
import { asText } from '../text/asText';
import { addAddons } from './k8sAddons';
import { configMapId, ns, nsOf, objectHead, pvcId, secretId, workloadId, type Ctx } from './k8sContext';
import { addClaim, addStorageClass } from './k8sStorage';
import { addIngress, addService } from './k8sRouting';

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

function addHpa(ctx: Ctx, e: DocEntry): void {
  const head = objectHead(ctx, e);
  if (!head) return;
  const { name, spec, n, group } = head;
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
