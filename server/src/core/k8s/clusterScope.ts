/**
 * Which eksctl cluster configs speak for a manifest. A repository of examples holds many
 * unrelated ClusterConfigs; a Fargate profile of one of them says nothing about an add-on
 * manifest elsewhere. A config applies to a manifest only when the workspace ties them: the
 * manifest lives under the config's folder, a kustomization lists both, or the workspace has
 * exactly one cluster.
 */
import type { WorkspaceIndex } from '../workspace';
import { asArr, asObj, str } from './objects';
import { kustomizations, pathOf, resolve } from './kustomize';

/** The cluster config in `configUri` applies to the manifest in `manifestUri`. */
export function clusterApplies(ws: WorkspaceIndex, configUri: string, manifestUri: string | undefined): boolean {
  if (manifestUri === undefined) return true;
  if (clusterCount(ws) <= 1) return true;
  const configDir = configUri.slice(0, configUri.lastIndexOf('/') + 1);
  if (manifestUri.startsWith(configDir)) return true;
  return kustomizations(ws).some((k) => {
    const listed = asArr(k.value.resources).map((r) => (typeof r === 'string' ? resolve(k.dir, r) : ''));
    const under = (uri: string) => listed.some((r) => r && (pathOf(uri) === r || pathOf(uri).startsWith(`${r.replace(/\/$/, '')}/`)));
    return under(configUri) && under(manifestUri);
  });
}

/** distinct clusters (by name) among the workspace's ClusterConfigs */
function clusterCount(ws: WorkspaceIndex): number {
  return ws.memo('eks.clusterCount', () => {
    const names = new Set<string>();
    for (const { doc } of ws.eksctl())
      if (doc.kind.family === 'eksctl' && doc.kind.kind === 'ClusterConfig') names.add(str(asObj(asObj(doc.value).metadata).name) ?? '');
    return names.size;
  });
}
