/**
 * eksctl ClusterConfigs in the reference model: the cluster declares its node groups and Fargate
 * profiles; each Fargate selector's namespace refers to the workloads EKS would run on that
 * profile (k8s/fargate.ts decides, as for the Fargate rules).
 */
import { findNodeAtPath } from '../parse/tree';
import type { DocUnit } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { namespaceOf } from '../k8s/objects';
import { fargateProfiles, workloadsOnProfile } from '../k8s/fargate';
import { nameAnchor, stringAt } from './anchors';
import { cachedResolve } from './cache';
import type { DeclarationsOf } from './ecs';
import type { Declaration, DocRefs, Reference } from './types';

export function collectEksctl(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  if (doc.kind.family !== 'eksctl' || !doc.root || doc.templated) return { declarations: [], references: [] };
  const cluster = stringAt(text, doc.root, ['metadata', 'name']);
  const children: Declaration[] = [];
  const references: Reference[] = [];
  for (const [key, kind] of [
    ['nodeGroups', 'node group'],
    ['managedNodeGroups', 'managed node group'],
    ['fargateProfiles', 'Fargate profile'],
  ] as const) {
    for (const item of findNodeAtPath(doc.root, [key])?.children ?? []) {
      const a = stringAt(text, item, ['name']);
      if (a) children.push({ ...a, kind, symbol: kind === 'Fargate profile' ? 'event' : 'module', full: item, children: [] });
      if (key !== 'fargateProfiles' || !a) continue;
      const profile = a.name;
      for (const sel of findNodeAtPath(item, ['selectors'])?.children ?? []) {
        const nsNode = findNodeAtPath(sel, ['namespace']);
        if (nsNode?.type !== 'string' || typeof nsNode.value !== 'string' || !nsNode.value) continue;
        const pattern = nsNode.value;
        references.push({
          ...nameAnchor(text, nsNode, pattern),
          kind: 'workload',
          resolve: cachedResolve((ws: WorkspaceIndex) => {
            const clusterName = cluster?.name ?? '';
            const p = fargateProfiles(ws).find((x) => x.cluster === clusterName && x.name === profile && x.namespaceText === pattern);
            if (!p) return [];
            return workloadsOnProfile(ws, clusterName, profile)
              .filter((w) => p.namespace.test(namespaceOf(w.entry.doc.value) ?? 'default'))
              .flatMap((w) =>
                declarationsOf(ws, w.entry)
                  .slice(0, 1)
                  .map((decl) => ({ uri: w.entry.file.uri, decl })),
              );
          }),
        });
      }
    }
  }
  const self: Declaration | undefined = cluster && { ...cluster, kind: 'eksctl cluster', symbol: 'package', full: doc, children };
  return { declarations: self ? [self] : children, references };
}
