/**
 * The Kubernetes version a manifest is checked against: the `metadata.version` of the eksctl
 * ClusterConfig it belongs to (listed by the same kustomization, else the one sharing the deepest
 * folder with it), else the setting (`ecsEksArchitect.kubernetes.version`, `.ecs-eks-architect.json`
 * `kubernetes.version`), else the newest version in EKS standard support when the package was built.
 */
import type { RuleSettings } from '../../types';
import type { WorkspaceIndex } from '../../workspace';
import { asArr, asObj } from '../objects';
import { kustomizations } from '../kustomize';
import { DEFAULT_TARGET } from './eksCalendar';
import { parseMinor } from './minor';

export interface Target {
  version: string;
  source: 'eksctl' | 'setting' | 'default';
  /** the eksctl config's uri when source is eksctl */
  uri?: string;
  /** the cluster's name when source is eksctl */
  cluster?: string;
}

interface ClusterVersion {
  uri: string;
  dir: string;
  version: string;
  cluster?: string;
}

function clusterVersions(ws: WorkspaceIndex): ClusterVersion[] {
  return ws.memo('k8s.clusterVersions', () => {
    const out: ClusterVersion[] = [];
    for (const { file, doc } of ws.eksctl()) {
      const meta = asObj(asObj(doc.value).metadata);
      const version = parseMinor(meta.version);
      if (!version) continue;
      const name = typeof meta.name === 'string' ? meta.name : undefined;
      out.push({ uri: file.uri, dir: file.uri.slice(0, file.uri.lastIndexOf('/') + 1), version, cluster: name });
    }
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  });
}

/** number of folders two directories (`file:///a/b/`) have in common below the root */
function sharedDepth(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).filter(Boolean).length - 1; // minus the scheme (`file:`)
}

const resolveIn = (dir: string, rel: string) => {
  try {
    return new URL(rel, dir).toString();
  } catch {
    return '';
  }
};

function fromKustomization(ws: WorkspaceIndex, uri: string, clusters: ClusterVersion[]): ClusterVersion | undefined {
  for (const k of kustomizations(ws)) {
    const listed = asArr(k.value.resources)
      .filter((r): r is string => typeof r === 'string')
      .map((r) => resolveIn(k.dir, r));
    if (!listed.includes(uri)) continue;
    const c = clusters.find((x) => listed.includes(x.uri));
    if (c) return c;
  }
  return undefined;
}

/**
 * The eksctl config a file belongs to, per file while the configs and kustomizations stand: two
 * rules ask for every document, and each asking resolved every kustomization's resources.
 */
function clusterFor(ws: WorkspaceIndex, uri: string, clusters: ClusterVersion[]): ClusterVersion | undefined {
  // what the answer reads (the configs, the kustomizations) is what the table's memo depends on
  const byUri = ws.memo('k8s.clusterForFile', () => {
    clusterVersions(ws);
    kustomizations(ws);
    return new Map<string, ClusterVersion | undefined>();
  });
  if (byUri.has(uri)) return byUri.get(uri);
  const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
  let best = fromKustomization(ws, uri, clusters);
  if (!best) {
    let depth = 0;
    for (const c of clusters) {
      const d = sharedDepth(dir, c.dir);
      if (d > depth) [best, depth] = [c, d];
    }
  }
  // uris come from the workspace: keep the table bounded
  if (byUri.size >= 100_000) byUri.clear();
  byUri.set(uri, best);
  return best;
}

/** the setting's minor version, read again only when the setting changes */
let lastSetting: { text: unknown; minor: string | undefined } | undefined;
function settingMinor(text: unknown): string | undefined {
  if (!lastSetting || lastSetting.text !== text) lastSetting = { text, minor: parseMinor(text) };
  return lastSetting.minor;
}

export function targetFor(ws: WorkspaceIndex, uri: string, settings: RuleSettings): Target {
  const fixed = settings.kubernetesVersionFixed ? parseMinor(settings.kubernetesVersion) : undefined;
  if (fixed) return { version: fixed, source: 'setting' };
  const clusters = clusterVersions(ws);
  if (clusters.length) {
    const best = clusterFor(ws, uri, clusters);
    if (best) return { version: best.version, source: 'eksctl', uri: best.uri, cluster: best.cluster };
  }
  const set = settingMinor(settings.kubernetesVersion);
  if (set) return { version: set, source: 'setting' };
  return { version: DEFAULT_TARGET, source: 'default' };
}

/** "1.33 (eksctl config cluster.yaml)" — for the status item and messages */
export function describeTarget(t: Target): string {
  if (t.source === 'eksctl') return `${t.version} (from the eksctl config ${t.uri?.slice(t.uri.lastIndexOf('/') + 1)})`;
  if (t.source === 'setting') return `${t.version} (from the setting kubernetes.version)`;
  return `${t.version} (newest in EKS standard support; set kubernetes.version or add an eksctl config to change it)`;
}
