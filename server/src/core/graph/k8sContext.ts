/** What the Kubernetes graph builders share: node ids, the namespace rule and subgraphs, the build context. */
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asObj, nameOf, str, type Obj } from '../k8s/objects';
import { nodeId, type GraphBuilder } from './model';
import { nsGroup, type EksctlResult } from './eksctl';

export const workloadId = (ns: string, kind: string, name: string) => nodeId('workload', ns, kind, name);
export const k8sServiceId = (ns: string, name: string) => nodeId('k8s-service', ns, name);
export const pvcId = (ns: string, name: string) => nodeId('pvc', ns, name);
export const storageClassId = (name: string) => nodeId('storage-class', name);
export const configMapId = (ns: string, name: string) => nodeId('config-map', ns, name);
export const secretId = (ns: string, name: string) => nodeId('k8s-secret', ns, name);

/** the brief's rule: an object without a namespace lives in `default` */
export const nsOf = (v: unknown): string => str(asObj(asObj(v).metadata).namespace) || 'default';

export interface PodOwner {
  ns: string;
  id: string;
  labels: Record<string, string>;
  spec: Obj;
}
export interface Ctx {
  b: GraphBuilder;
  ws: WorkspaceIndex;
  eks: EksctlResult;
  defaultClass?: string;
  owners: PodOwner[];
}

/** the namespace subgraph (inside the EKS cluster when the workspace holds exactly one) */
export function ns(ctx: Ctx, name: string, source?: { uri: string; offset: number; length: number }): string {
  const key = nsGroup(name);
  ctx.b.group(key, { kind: 'namespace', label: `namespace ${name}`, parent: ctx.eks.clusterGroup, source });
  return key;
}

/** cluster-scoped objects go in the EKS cluster subgraph when there is one */
export const clusterScope = (ctx: Ctx) => ctx.eks.clusterGroup;

/** What a namespaced object's builder reads first (its namespace subgraph is made here); nothing for a nameless object. */
export function objectHead(ctx: Ctx, e: DocEntry): { name: string; v: Obj; spec: Obj; n: string; group: string } | undefined {
  const name = nameOf(e.doc.value);
  if (!name) return undefined;
  const v = asObj(e.doc.value);
  const n = nsOf(v);
  return { name, v, spec: asObj(v.spec), n, group: ns(ctx, n) };
}
