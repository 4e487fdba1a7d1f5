/** Reading Kubernetes objects: pod templates, containers, labels, selectors, namespaces, names. */
import type { JsonPath } from '../parse/tree';
import type { DocUnit } from '../types';
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asText } from '../text/asText';

import { isObj, asObj, asArray, str, type Obj } from '../value';

export { isObj, asObj, str, type Obj };
export const asArr = asArray;

export function kindOf(doc: DocUnit): string | undefined {
  return doc.kind.family === 'k8s' ? doc.kind.kind : undefined;
}

export const nameOf = (v: unknown): string | undefined => str(asObj(asObj(v).metadata).name);
/** undefined when the manifest leaves the namespace to kubectl/kustomize */
export const namespaceOf = (v: unknown): string | undefined => str(asObj(asObj(v).metadata).namespace);

/** Two objects can meet when their namespaces are equal or either leaves it unset (set at apply time). */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}

/** Where the pod spec of a workload lives. */
export function podTemplatePath(kind: string): JsonPath | undefined {
  switch (kind) {
    case 'Pod':
      return [];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return ['spec', 'template'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template'];
    default:
      return undefined;
  }
}

export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];

export interface PodTemplate {
  /** path of the object holding `metadata` and `spec` (the template, or the Pod itself) */
  path: JsonPath;
  labels: Record<string, string>;
  spec: Obj;
  specPath: JsonPath;
}

/** per document (a document's value never changes): the workload list is rebuilt whenever any workload changes */
const templates = new WeakMap<DocUnit, PodTemplate | null>();

export function podTemplate(doc: DocUnit): PodTemplate | undefined {
  let t = templates.get(doc);
  if (t === undefined) templates.set(doc, (t = readPodTemplate(doc) ?? null));
  return t ?? undefined;
}

function readPodTemplate(doc: DocUnit): PodTemplate | undefined {
  const kind = kindOf(doc);
  const path = kind ? podTemplatePath(kind) : undefined;
  if (!path) return undefined;
  let v: unknown = doc.value;
  for (const seg of path) v = asObj(v)[seg as string];
  if (!isObj(v)) return undefined;
  return { path, labels: stringMap(asObj(v.metadata).labels), spec: asObj(v.spec), specPath: [...path, 'spec'] };
}

export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asObj(v))) if (x !== null && x !== undefined && typeof x !== 'object') out[k] = asText(x);
  return out;
}

export interface ContainerRef {
  container: Obj;
  path: JsonPath;
  init: boolean;
}

/**
 * per pod template (podTemplate keeps one per document): a dozen rules ask for the containers of
 * every workload, and each list was made again (paths, closures) for each of them
 */
const containerLists = new WeakMap<PodTemplate, readonly ContainerRef[]>();

/** The pod's containers, init and ephemeral ones included; shared between callers, never changed. */
export function containersOf(t: PodTemplate): readonly ContainerRef[] {
  let out = containerLists.get(t);
  if (!out) containerLists.set(t, (out = readContainers(t)));
  return out;
}

function readContainers(t: PodTemplate): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const key of ['initContainers', 'containers', 'ephemeralContainers']) {
    asArr(t.spec[key]).forEach((c, i) => {
      if (isObj(c)) out.push({ container: c, path: [...t.specPath, key, i], init: key !== 'containers' });
    });
  }
  return out;
}

export interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Every label of `wanted` is in `labels` with the same value. */
export function hasLabels(wanted: Record<string, string>, labels: Record<string, string>): boolean {
  // for…in, not Object.entries: a Service's selector is tried against every workload of the workspace
  for (const k in wanted) if (Object.prototype.hasOwnProperty.call(wanted, k) && labels[k] !== wanted[k]) return false;
  return true;
}

/** Label selector semantics (matchLabels AND matchExpressions); an empty selector matches everything. */
export function selectorMatches(sel: Selector, labels: Record<string, string>): boolean {
  if (sel.matchLabels && !hasLabels(sel.matchLabels, labels)) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const vals = (e.values ?? []).map(asText);
    switch (e.operator) {
      case 'In':
        if (!has || !vals.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && vals.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

export function toSelector(v: unknown): Selector {
  const o = asObj(v);
  return {
    matchLabels: stringMap(o.matchLabels),
    matchExpressions: asArr(o.matchExpressions)
      .filter(isObj)
      .map((e) => ({ key: asText(e.key), operator: asText(e.operator), values: asArr(e.values).map(asText) })),
  };
}

export interface Workload {
  entry: DocEntry;
  template: PodTemplate;
}

/** Untemplated objects of one kind, and the same by name: rules look a name up for every document, a scan each time was quadratic. */
interface KindLookup {
  list: DocEntry[];
  byName: Map<string, DocEntry[]>;
}

/** memo keys by kind, made once: a key built per call would be hashed per call */
const lookupKeys = new Map<string, string>();

function kindLookup(ws: WorkspaceIndex, kind: string): KindLookup {
  let key = lookupKeys.get(kind);
  if (key === undefined) {
    if (lookupKeys.size >= 1000) lookupKeys.clear(); // kinds can come from what users type
    lookupKeys.set(kind, (key = `k8s.objects:${kind}`));
  }
  // rebuilt only when an object of this kind changes (WorkspaceIndex.memo)
  return ws.memo(key, () => {
    const list: DocEntry[] = [];
    const byName = new Map<string, DocEntry[]>();
    for (const e of ws.k8s(kind)) {
      if (e.doc.templated) continue;
      list.push(e);
      const name = nameOf(e.doc.value);
      if (name === undefined) continue;
      const l = byName.get(name);
      if (l) l.push(e);
      else byName.set(name, [e]);
    }
    return { list, byName };
  });
}

/**
 * Per index entry (its document never changes): opening 2,000 files rebuilds the workload list
 * each time a batch of them comes in, and it was made afresh each time.
 */
const workloadOf = new WeakMap<DocEntry, Workload | null>();

/** Workloads with a pod template, across the workspace. */
export function workloads(ws: WorkspaceIndex): Workload[] {
  return ws.memo('k8s.workloads', () => {
    const list: Workload[] = [];
    for (const e of ws.k8sOfKinds(WORKLOAD_KINDS)) {
      let w = workloadOf.get(e);
      if (w === undefined) {
        const t = e.doc.templated ? undefined : podTemplate(e.doc);
        workloadOf.set(e, (w = t ? { entry: e, template: t } : null));
      }
      if (w) list.push(w);
    }
    return list;
  });
}

/** Untemplated Kubernetes objects of one kind. */
export function objectsOfKind(ws: WorkspaceIndex, kind: string): DocEntry[] {
  return kindLookup(ws, kind).list;
}

/** Objects of a kind with a given name, in a compatible namespace. */
export function findNamed(ws: WorkspaceIndex, kind: string, name: string, ns: string | undefined): DocEntry[] {
  return (kindLookup(ws, kind).byName.get(name) ?? []).filter((e) => sameNamespace(namespaceOf(e.doc.value), ns));
}

/** A value written with Helm/envsubst style placeholders: we do not judge it (the shared check, template syntax only). */
export { hasTemplateSyntax as isPlaceholder } from '../text/placeholder';
