/**
 * ECS documents in the reference model: task definitions declare their family, containers and
 * volumes; services refer to a task definition (family, family:revision or ARN), a cluster and,
 * through load balancers, a container of that task definition; containers refer to each other
 * (dependsOn, links, volumesFrom) and to volumes (mountPoints).
 */
import type { AstNode } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import type { DocUnit } from '../types';
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asArray, isObj, str, taskView, bodyValue } from '../ecs/model';
import { clusterNameOf, clusterOfService, findTaskDefinitionEntries, parseTaskDefRef, taskDefinitionEntryOfService } from '../ecs/refs';
import { nameAnchor, stringAt } from './anchors';
import type { Declaration, DocRefs, Located, Reference } from './types';

/** Reads the declarations of another document (collect.ts, cached per document). */
export type DeclarationsOf = (ws: WorkspaceIndex, entry: DocEntry) => Declaration[];

export function collectEcs(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  if (doc.kind.family !== 'ecs' || !doc.body) return { declarations: [], references: [] };
  switch (doc.kind.type) {
    case 'task-definition':
    case 'container-definitions':
      return taskDefinition(text, doc);
    case 'service':
      return service(text, doc, declarationsOf);
    case 'cluster':
      return named(text, doc, ['clusterName'], 'cluster', 'package');
    case 'scalable-target':
      return named(text, doc, ['resourceId'], 'scalable target', 'event');
    case 'scaling-policy':
      return named(text, doc, ['policyName'], 'scaling policy', 'function');
    case 'scheduled-action':
      return named(text, doc, ['scheduledActionName'], 'scheduled action', 'event');
    default:
      return { declarations: [], references: [] };
  }
}

function named(text: string, doc: DocUnit, path: string[], kind: string, symbol: Declaration['symbol']): DocRefs {
  const a = stringAt(text, doc.body, path);
  if (!a) return { declarations: [], references: [] };
  return { declarations: [{ ...a, kind, symbol, full: doc, children: [] }], references: [] };
}

function taskDefinition(text: string, doc: DocUnit): DocRefs {
  const view = taskView(doc);
  if (!view) return { declarations: [], references: [] };
  const containers: Declaration[] = [];
  const volumes: Declaration[] = [];
  const references: Reference[] = [];
  for (const c of view.containers) {
    const a = stringAt(text, c.node, ['name']);
    if (a) containers.push({ ...a, kind: 'container', symbol: 'field', full: c.node, children: [], renamable: true });
  }
  const volumeList = view.body ? findNodeAtPath(view.body, ['volumes']) : undefined;
  for (const v of volumeList?.type === 'array' ? (volumeList.children ?? []) : []) {
    const a = stringAt(text, v, ['name']);
    if (a) volumes.push({ ...a, kind: 'volume', symbol: 'struct', full: v, children: [] });
  }
  const local = (list: Declaration[], kind: string) => (node: AstNode | undefined, name?: string) => {
    if (!node || node.type !== 'string' || typeof node.value !== 'string') return;
    const target = name ?? node.value;
    if (!target) return;
    references.push({
      ...nameAnchor(text, node, target),
      kind,
      name: target,
      resolve: (_ws, uri) => list.filter((d) => d.name === target).map((decl) => ({ uri, decl })),
    });
  };
  const toContainer = local(containers, 'container');
  const toVolume = local(volumes, 'volume');
  for (const c of view.containers) {
    for (const d of findNodeAtPath(c.node, ['dependsOn'])?.children ?? []) toContainer(findNodeAtPath(d, ['containerName']));
    for (const l of findNodeAtPath(c.node, ['links'])?.children ?? []) {
      // `name:alias`: the container is the part before the colon
      if (typeof l.value === 'string') toContainer(l, l.value.split(':')[0]);
    }
    for (const f of findNodeAtPath(c.node, ['volumesFrom'])?.children ?? []) toContainer(findNodeAtPath(f, ['sourceContainer']));
    for (const m of findNodeAtPath(c.node, ['mountPoints'])?.children ?? []) toVolume(findNodeAtPath(m, ['sourceVolume']));
  }
  const family = view.family ? stringAt(text, view.body, ['family']) : undefined;
  const declarations: Declaration[] = family
    ? [{ ...family, kind: 'task definition', symbol: 'class', full: doc, children: [...containers, ...volumes], renamable: true }]
    : [...containers, ...volumes];
  return { declarations, references };
}

function service(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  const body = doc.body!;
  const value = bodyValue(doc);
  const s = isObj(value) ? value : {};
  const name = stringAt(text, body, ['serviceName']);
  const declarations: Declaration[] = name ? [{ ...name, kind: 'service', symbol: 'module', full: doc, children: [] }] : [];
  const references: Reference[] = [];
  const primary = (ws: WorkspaceIndex, entry: DocEntry): Located[] =>
    declarationsOf(ws, entry)
      .slice(0, 1)
      .map((decl) => ({ uri: entry.file.uri, decl }));

  const td = findNodeAtPath(body, ['taskDefinition']);
  const ref = typeof td?.value === 'string' ? parseTaskDefRef(td.value) : undefined;
  if (td && ref) {
    const arn = (td.value as string).startsWith('arn:');
    references.push({
      ...nameAnchor(text, td, ref.family, arn ? 'task-definition/' : undefined),
      kind: 'task definition',
      name: ref.family,
      resolve: (ws) => findTaskDefinitionEntries(ws, ref).flatMap((x) => primary(ws, x.entry)),
    });
  }
  const cluster = findNodeAtPath(body, ['cluster']);
  if (cluster && typeof cluster.value === 'string' && cluster.value) {
    const clusterName = clusterNameOf(cluster.value);
    references.push({
      ...nameAnchor(text, cluster, clusterName, cluster.value.startsWith('arn:') ? 'cluster/' : undefined),
      kind: 'cluster',
      name: clusterName,
      resolve: (ws) => {
        const c = clusterOfService(ws, s);
        return c ? primary(ws, c.entry) : [];
      },
    });
  }
  asArray(s.loadBalancers).forEach((lb, i) => {
    const node = findNodeAtPath(body, ['loadBalancers', i, 'containerName']);
    const container = isObj(lb) ? str(lb.containerName) : undefined;
    if (!node || !container || node.type !== 'string') return;
    references.push({
      ...nameAnchor(text, node, container),
      kind: 'container',
      name: container,
      resolve: (ws) => {
        const t = taskDefinitionEntryOfService(ws, s);
        if (!t) return [];
        const decls = declarationsOf(ws, t.entry);
        const all = decls.flatMap((d) => (d.kind === 'container' ? [d] : d.children));
        return all.filter((d) => d.kind === 'container' && d.name === container).map((decl) => ({ uri: t.entry.file.uri, decl }));
      },
    });
  });
  return { declarations, references };
}
