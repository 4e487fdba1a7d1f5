/**
 * Which pods EKS Fargate would run: the Fargate profiles of the eksctl ClusterConfigs in the
 * workspace select pods by namespace (with `*` and `?` wildcards) and labels.
 */
import type { WorkspaceIndex } from '../workspace';
import {
  asArr,
  asObj,
  hasLabels,
  isObj,
  namespaceOf,
  sameNamespace,
  selectorMatches,
  str,
  stringMap,
  workloads,
  type Workload,
} from './objects';

export interface FargateProfile {
  name: string;
  cluster: string;
  namespace: RegExp;
  namespaceText: string;
  labels: Record<string, string>;
}

export function fargateProfiles(ws: WorkspaceIndex): FargateProfile[] {
  return ws.memo('eks.fargateProfiles', () => readProfiles(ws));
}

function readProfiles(ws: WorkspaceIndex): FargateProfile[] {
  const profiles: FargateProfile[] = [];
  for (const { doc } of ws.eksctl()) {
    if (doc.templated) continue;
    const v = asObj(doc.value);
    const cluster = str(asObj(v.metadata).name) ?? '';
    for (const p of asArr(v.fargateProfiles)) {
      if (!isObj(p)) continue;
      for (const s of asArr(p.selectors)) {
        const ns = isObj(s) ? str(s.namespace) : undefined;
        if (!ns) continue;
        profiles.push({ name: str(p.name) ?? '', cluster, namespace: wildcard(ns), namespaceText: ns, labels: stringMap(asObj(s).labels) });
      }
    }
  }
  return profiles;
}

function wildcard(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The profile that would take a pod, or undefined (it runs on EC2 nodes or stays Pending). */
/** the profiles whose namespace pattern takes a namespace, per list of profiles (asked for every workload) */
const byNamespace = new WeakMap<FargateProfile[], Map<string, FargateProfile[]>>();

function profilesFor(all: FargateProfile[], ns: string): FargateProfile[] {
  let m = byNamespace.get(all);
  if (!m) byNamespace.set(all, (m = new Map()));
  let list = m.get(ns);
  if (!list) {
    if (m.size >= 1000) m.clear(); // namespaces come from what users type
    m.set(ns, (list = all.filter((p) => p.namespace.test(ns))));
  }
  return list;
}

export function fargateProfileFor(
  ws: WorkspaceIndex,
  namespace: string | undefined,
  labels: Record<string, string>,
): FargateProfile | undefined {
  const ns = namespace ?? 'default';
  const matches = profilesFor(fargateProfiles(ws), ns).filter((p) => hasLabels(p.labels, labels));
  if (!matches.length) return undefined;
  // EKS picks the alphabetically first profile unless the pod names one
  const wanted = labels['eks.amazonaws.com/fargate-profile'];
  return matches.find((m) => m.name === wanted) ?? [...matches].sort((a, b) => a.name.localeCompare(b.name))[0];
}

export function describeProfile(p: FargateProfile): string {
  return `Fargate profile \`${p.name}\`${p.cluster ? ` (cluster \`${p.cluster}\`)` : ''}`;
}

/** eksctl `iam.podIdentityAssociations` for a service account. */
export function podIdentityAssociation(
  ws: WorkspaceIndex,
  namespace: string | undefined,
  serviceAccount: string,
): { cluster: string } | undefined {
  const ns = namespace ?? 'default';
  for (const { doc } of ws.eksctl()) {
    const v = asObj(doc.value);
    for (const a of [...asArr(asObj(v.iam).podIdentityAssociations), ...asArr(asObj(v.addonsConfig).podIdentityAssociations)]) {
      if (isObj(a) && str(a.namespace) === ns && str(a.serviceAccountName) === serviceAccount)
        return { cluster: str(asObj(v.metadata).name) ?? '' };
    }
  }
  return undefined;
}

/** The Fargate profile taking the pods a Service selects, if any. */
export function fargateBehind(ws: WorkspaceIndex, svc: unknown): FargateProfile | undefined {
  if (!fargateProfiles(ws).length) return undefined;
  const selector = stringMap(asObj(asObj(svc).spec).selector);
  if (!Object.keys(selector).length) return undefined;
  const ns = namespaceOf(svc);
  for (const w of workloads(ws)) {
    const wns = namespaceOf(w.entry.doc.value);
    if (!sameNamespace(ns, wns) || !selectorMatches({ matchLabels: selector }, w.template.labels)) continue;
    const p = fargateProfileFor(ws, wns ?? ns, w.template.labels);
    if (p) return p;
  }
  return undefined;
}

/** The workloads whose pods EKS would run on this Fargate profile (the one `fargateProfileFor` picks for them). */
export function workloadsOnProfile(ws: WorkspaceIndex, cluster: string, profile: string): Workload[] {
  if (!fargateProfiles(ws).length) return [];
  return workloads(ws).filter((w) => {
    const p = fargateProfileFor(ws, namespaceOf(w.entry.doc.value), w.template.labels);
    return !!p && p.name === profile && p.cluster === cluster;
  });
}
