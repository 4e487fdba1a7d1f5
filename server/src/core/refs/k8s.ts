/**
 * Kubernetes objects in the reference model. Every object declares itself (kind, namespace,
 * name), with its containers and volumes, or its ports for a Service. References: pod templates →
 * ServiceAccount, ConfigMaps, Secrets, claims (k8s/podRefs.ts, shared with k8s/missing-reference);
 * volumeMounts → volumes; Service selector → workloads; Ingress backend → Service and port; HPA and
 * KEDA scale targets → workload; claims → StorageClass; a kustomize patch → the object it patches.
 */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import type { DocUnit } from '../types';
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asArr, asObj, containersOf, findNamed, isObj, namespaceOf, podTemplate, str, stringMap } from '../k8s/objects';
import { podReferences } from '../k8s/podRefs';
import { ingressBackends } from '../k8s/loadBalancers';
import { storageClass } from '../k8s/storage';
import { selectedWorkloads } from '../k8s/selection';
import { isKustomizePatch } from '../k8s/prepare';
import { generatorEntries } from '../k8s/kustomize';
import { keyAt, nameAnchor, nodeAnchor, stringAt } from './anchors';
import { cachedResolve } from './cache';
import type { DeclarationsOf } from './ecs';
import type { Declaration, DocRefs, Located, Reference, SymbolKindName } from './types';

/** Names others refer to, which a rename can follow (ECS family and container names are in ecs.ts). */
const RENAMABLE = new Set(['Service', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'ServiceAccount', 'StorageClass']);

const SYMBOLS: Record<string, SymbolKindName> = {
  Namespace: 'namespace',
  Service: 'interface',
  Ingress: 'interface',
  ConfigMap: 'object',
  Secret: 'key',
  ServiceAccount: 'key',
  PersistentVolumeClaim: 'struct',
  StorageClass: 'struct',
  HorizontalPodAutoscaler: 'event',
  CustomResourceDefinition: 'package',
};

export function collectK8s(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  if (doc.kind.family !== 'k8s' || !doc.root) return { declarations: [], references: [] };
  const kind = doc.kind.kind;
  const ns = namespaceOf(doc.value);
  const references: Reference[] = [];
  const children: Declaration[] = [];
  const primary = (ws: WorkspaceIndex, entries: DocEntry[]): Located[] =>
    entries.flatMap((e) =>
      declarationsOf(ws, e)
        .slice(0, 1)
        .map((decl) => ({ uri: e.file.uri, decl })),
    );
  /** a reference by name to an object of `target` kind, resolved as the rules resolve it */
  const named = (node: AstNode | undefined, target: string, find: (ws: WorkspaceIndex, name: string) => DocEntry[]) => {
    if (!node || node.type !== 'string' || typeof node.value !== 'string' || !node.value) return;
    const name = node.value;
    references.push({ ...nameAnchor(text, node, name), kind: target, name, resolve: (ws) => primary(ws, find(ws, name)) });
  };
  const byName = (target: string) => (ws: WorkspaceIndex, name: string) => findNamed(ws, target, name, ns);
  /** a pod reference: the object of that name, else the kustomize generator entry that makes it */
  const podRef = (target: string) => (node: AstNode | undefined) => {
    if (target !== 'ConfigMap' && target !== 'Secret') return named(node, target, byName(target));
    if (!node || node.type !== 'string' || typeof node.value !== 'string' || !node.value) return;
    const name = node.value;
    references.push({
      ...nameAnchor(text, node, name),
      kind: target,
      name,
      resolve: (ws) => {
        const objects = primary(ws, findNamed(ws, target, name, ns));
        return objects.length ? objects : generatorDeclarations(ws, target, name);
      },
    });
  };

  const t = podTemplate(doc);
  if (t) {
    const containers = containersOf(t);
    const volumes: Declaration[] = [];
    const volumeList = findNodeAtPath(doc.root, [...t.specPath, 'volumes']);
    for (const v of volumeList?.type === 'array' ? (volumeList.children ?? []) : []) {
      const a = stringAt(text, v, ['name']);
      if (a) volumes.push({ ...a, kind: 'volume', symbol: 'struct', full: v, children: [] });
    }
    for (const c of containers) {
      const node = findNodeAtPath(doc.root, c.path);
      const a = node && stringAt(text, node, ['name']);
      if (a) children.push({ ...a, kind: c.init ? 'init container' : 'container', symbol: 'field', full: node, children: [] });
      for (const m of findNodeAtPath(node, ['volumeMounts'])?.children ?? []) {
        const mount = findNodeAtPath(m, ['name']);
        if (mount?.type !== 'string' || typeof mount.value !== 'string') continue;
        const name = mount.value;
        references.push({
          ...nameAnchor(text, mount, name),
          kind: 'volume',
          name,
          resolve: (_ws, uri) => volumes.filter((d) => d.name === name).map((decl) => ({ uri, decl })),
        });
      }
    }
    children.push(...volumes);
    for (const r of podReferences(t.spec, t.specPath, containers)) podRef(r.kind)(findNodeAtPath(doc.root, r.path));
  }

  const spec = asObj(asObj(doc.value).spec);
  if (kind === 'Service') {
    const ports = findNodeAtPath(doc.root, ['spec', 'ports']);
    for (const p of ports?.type === 'array' ? (ports.children ?? []) : []) {
      const n = findNodeAtPath(p, ['name']) ?? findNodeAtPath(p, ['port']);
      if (n && (typeof n.value === 'string' || typeof n.value === 'number')) {
        const anchor = typeof n.value === 'string' ? nameAnchor(text, n, n.value) : nodeAnchor(n);
        children.push({ ...anchor, kind: 'port', name: String(n.value), symbol: 'enumMember', full: p, children: [] });
      }
    }
    const selector = stringMap(spec.selector);
    const key = keyAt(doc.root, ['spec', 'selector']);
    if (key && spec.type !== 'ExternalName' && Object.keys(selector).length)
      references.push({
        ...nodeAnchor(key),
        kind: 'workload',
        resolve: cachedResolve((ws) =>
          primary(
            ws,
            selectedWorkloads(ws, ns, selector).map((w) => w.entry),
          ),
        ),
      });
  }
  if (kind === 'Ingress') {
    for (const b of ingressBackends(doc.value)) {
      const nameNode = findNodeAtPath(doc.root, [...b.path, ...(b.v1 ? ['service', 'name'] : ['serviceName'])]);
      named(nameNode, 'Service', byName('Service'));
      const portPath: JsonPath = b.v1
        ? [...b.path, 'service', 'port', typeof b.port === 'number' ? 'number' : 'name']
        : [...b.path, 'servicePort'];
      const portNode = b.port === undefined ? undefined : findNodeAtPath(doc.root, portPath);
      if (portNode)
        references.push({
          ...nodeAnchor(portNode),
          kind: 'port',
          resolve: (ws) =>
            findNamed(ws, 'Service', b.name, ns).flatMap((e) =>
              (declarationsOf(ws, e)[0]?.children ?? [])
                .filter((d) => d.kind === 'port' && portMatches(e, d, b.port))
                .map((decl) => ({ uri: e.file.uri, decl })),
            ),
        });
    }
  }
  if (kind === 'HorizontalPodAutoscaler' || kind === 'ScaledObject') {
    const ref = asObj(spec.scaleTargetRef);
    // KEDA scales a Deployment when the kind is left out
    const target = str(ref.kind) ?? (kind === 'ScaledObject' ? 'Deployment' : undefined);
    if (target) named(findNodeAtPath(doc.root, ['spec', 'scaleTargetRef', 'name']), target, byName(target));
  }
  const toClass = (ws: WorkspaceIndex, name: string) => {
    const sc = storageClass(ws, name);
    return sc ? [sc] : [];
  };
  if (kind === 'PersistentVolumeClaim') named(findNodeAtPath(doc.root, ['spec', 'storageClassName']), 'StorageClass', toClass);
  if (kind === 'StatefulSet')
    asArr(spec.volumeClaimTemplates).forEach((c, i) => {
      if (isObj(c))
        named(findNodeAtPath(doc.root, ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName']), 'StorageClass', toClass);
    });

  const nameNode = findNodeAtPath(doc.root, ['metadata', 'name']);
  const name = stringAt(text, doc.root, ['metadata', 'name']);
  if (name && nameNode) {
    // a kustomize patch names the object it changes: that object is its definition
    references.push({
      ...name,
      kind,
      resolve: (ws, uri) => {
        const file = ws.get(uri);
        if (!file || !isKustomizePatch(file, doc, ws)) return [];
        return primary(
          ws,
          findNamed(ws, kind, name.name, ns).filter((e) => e.doc !== doc && !isKustomizePatch(e.file, e.doc, ws)),
        );
      },
    });
  }
  const self: Declaration = name
    ? { ...name, kind, namespace: ns, symbol: SYMBOLS[kind] ?? 'class', full: doc, children, renamable: RENAMABLE.has(kind) }
    : {
        ...nodeAnchor(findNodeAtPath(doc.root, ['kind']) ?? doc.root),
        name: '(no name)',
        kind,
        namespace: ns,
        symbol: 'class',
        full: doc,
        children,
      };
  return { declarations: [self], references };
}

/** Declarations for the generator entries named `name` (kept per workspace state, so identity holds between requests). */
function generatorDeclarations(ws: WorkspaceIndex, kind: 'ConfigMap' | 'Secret', name: string): Located[] {
  const all = ws.memo(`refs.generatorDeclarations:${kind}`, () => {
    const out = new Map<string, Located[]>();
    for (const [n, entries] of generatorEntries(ws, kind))
      out.set(
        n,
        entries.flatMap((g) => {
          const a = stringAt(g.file.text, g.node, ['name']);
          if (!a) return [];
          const fixed = 'kustomize makes it from a generator entry; rename the entry and its users by hand';
          return [{ uri: g.file.uri, decl: { ...a, kind, symbol: 'object' as const, full: g.node, children: [], renamable: true, fixed } }];
        }),
      );
    return out;
  });
  return all.get(name) ?? [];
}

/** a Service port (declared by name, or by number when unnamed) is the one an Ingress backend names */
function portMatches(e: DocEntry, d: Declaration, port: number | string | undefined): boolean {
  if (port === undefined) return false;
  if (typeof port === 'string') return d.name === port;
  const ports = asArr(asObj(asObj(e.doc.value).spec).ports);
  return ports.some((p) => isObj(p) && Number(p.port) === port && (str(p.name) ?? String(p.port)) === d.name);
}
