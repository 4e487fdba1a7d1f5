/**
 * eksctl ClusterConfig → graph: the EKS cluster with its managed and self-managed node groups,
 * Fargate profiles, and the service accounts and pod identities eksctl creates.
 */
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { asArr, asObj, isObj, str, stringMap } from '../k8s/objects';
import { nodeId, type GraphBuilder, type GraphShared } from './model';
import { roleNode } from './aws';
import { docSpan, pathSpan, sorted } from './sources';
import { asText } from '../text/asText';

export const eksGroup = (cluster: string): string => `eks:${cluster}`;
export const nsGroup = (ns: string): string => `ns:${ns}`;
export const serviceAccountId = (ns: string, name: string): string => nodeId('service-account', ns, name);

export interface NodeGroupInfo {
  id: string;
  labels: Record<string, string>;
}

export interface EksctlResult {
  /** the only EKS cluster in the workspace: namespaces nest inside it */
  clusterGroup?: string;
  nodeGroups: NodeGroupInfo[];
}

export function addEksctl(b: GraphBuilder, ws: WorkspaceIndex, shared: GraphShared): void {
  const nodeGroups: NodeGroupInfo[] = [];
  const clusters = new Set<string>();
  for (const e of sorted(ws.eksctl())) {
    const v = asObj(e.doc.value);
    if (e.doc.kind.family !== 'eksctl' || e.doc.kind.kind !== 'ClusterConfig') continue;
    const meta = asObj(v.metadata);
    const name = str(meta.name);
    if (!name) continue;
    clusters.add(name);
    addCluster(b, e, v, name, nodeGroups);
  }
  shared.eks = { clusterGroup: clusters.size === 1 ? eksGroup([...clusters][0]) : undefined, nodeGroups };
}

function addCluster(b: GraphBuilder, e: DocEntry, v: Record<string, unknown>, name: string, nodeGroups: NodeGroupInfo[]): void {
  const meta = asObj(v.metadata);
  const group = eksGroup(name);
  const iam = asObj(v.iam);
  const facts: string[] = [];
  if (meta.region !== undefined) facts.push(`region ${asText(meta.region)}`);
  if (meta.version !== undefined) facts.push(`Kubernetes ${asText(meta.version)}`);
  if (iam.withOIDC === true) facts.push('OIDC provider on (IRSA)');
  const addons = asArr(v.addons)
    .map((a) => str(asObj(a).name))
    .filter((x): x is string => !!x);
  if (addons.length) facts.push(`add-ons: ${addons.join(', ')}`);
  b.group(group, { kind: 'eks-cluster', label: `EKS cluster ${name}`, source: docSpan(e) });
  const cid = b.node('eks-cluster', nodeId('eks-cluster', name), { label: `EKS cluster ${name}`, group, facts, source: docSpan(e) }).id;

  for (const [key, managed] of [
    ['managedNodeGroups', true],
    ['nodeGroups', false],
  ] as const) {
    asArr(v[key]).forEach((ng, i) => {
      const o = asObj(ng);
      const ngName = str(o.name);
      if (!ngName) return;
      const types = [str(o.instanceType), ...asArr(o.instanceTypes).map(asText)].filter(Boolean);
      const labels = stringMap(o.labels);
      const f = [managed ? 'EKS managed node group' : 'self-managed node group'];
      if (types.length) f.push(`instances ${types.join(', ')}${o.spot === true ? ' (Spot)' : ''}`);
      if (o.minSize !== undefined || o.maxSize !== undefined || o.desiredCapacity !== undefined)
        f.push(`size min ${asText(o.minSize ?? '-')} / desired ${asText(o.desiredCapacity ?? '-')} / max ${asText(o.maxSize ?? '-')}`);
      if (Object.keys(labels).length)
        f.push(
          `labels ${Object.entries(labels)
            .map(([k, x]) => `${k}=${x}`)
            .join(', ')}`,
        );
      const id = b.node('node-group', nodeId('node-group', name, ngName), {
        label: `${managed ? 'Managed node group' : 'Node group'} ${ngName}`,
        group,
        facts: f,
        source: pathSpan(e, [key, i]),
      }).id;
      b.edge(cid, id, 'has-capacity');
      nodeGroups.push({ id, labels });
      // the instance profile/role of the nodes, only when the file names it
      const ngIam = asObj(o.iam);
      const profile = str(ngIam.instanceProfileARN);
      if (profile) {
        const pname = profile.split('/').pop() ?? profile;
        const pid = b.node('instance-profile', nodeId('instance-profile', pname), {
          label: `Instance profile ${pname}`,
          group: 'aws',
          facts: [`ARN ${profile}`],
        }).id;
        b.edge(id, pid, 'uses-role', 'instance profile');
      }
      const role = str(ngIam.instanceRoleARN);
      const rid = role ? roleNode(b, role, `node role of ${ngName}`) : undefined;
      if (rid) b.edge(id, rid, 'uses-role', 'node role');
    });
  }

  asArr(v.fargateProfiles).forEach((p, i) => {
    const o = asObj(p);
    const pName = str(o.name);
    if (!pName) return;
    const selectors = asArr(o.selectors)
      .filter(isObj)
      .map((s) => {
        const labels = Object.entries(stringMap(s.labels)).map(([k, x]) => `${k}=${x}`);
        return `namespace ${asText(s.namespace ?? '?')}${labels.length ? ` with ${labels.join(', ')}` : ''}`;
      });
    const id = b.node('fargate-profile', nodeId('fargate-profile', name, pName), {
      label: `Fargate profile ${pName}`,
      group,
      facts: selectors.map((s) => `selects ${s}`),
      source: pathSpan(e, ['fargateProfiles', i]),
    }).id;
    b.edge(cid, id, 'has-capacity');
  });

  // IRSA service accounts eksctl creates, and EKS Pod Identity associations
  asArr(iam.serviceAccounts).forEach((sa, i) => {
    const o = asObj(sa);
    const m = asObj(o.metadata);
    const saName = str(m.name);
    if (!saName) return;
    const ns = str(m.namespace) ?? 'default';
    const policies = asArr(o.attachPolicyARNs).map(asText);
    const sid = b.node('service-account', serviceAccountId(ns, saName), {
      label: `ServiceAccount ${saName}`,
      group: nsGroup(ns),
      facts: ['created by eksctl (iam.serviceAccounts)'],
      source: pathSpan(e, ['iam', 'serviceAccounts', i]),
    }).id;
    b.group(nsGroup(ns), { kind: 'namespace', label: `namespace ${ns}`, parent: group });
    const roleArn = str(o.attachRoleARN);
    const roleName = str(o.roleName);
    const rid = roleArn
      ? roleNode(b, roleArn)
      : roleNode(
          b,
          roleName ?? `eksctl-${name}-${ns}-${saName}`,
          policies.length ? `policies ${policies.map((p) => p.split('/').pop()).join(', ')}` : 'created by eksctl',
        );
    if (rid) b.edge(sid, rid, 'assumes', 'IRSA');
  });
  for (const key of ['podIdentityAssociations'] as const) {
    for (const src of [iam, asObj(v.addonsConfig)]) {
      for (const a of asArr(src[key])) {
        const o = asObj(a);
        const saName = str(o.serviceAccountName);
        if (!saName) continue;
        const ns = str(o.namespace) ?? 'default';
        b.group(nsGroup(ns), { kind: 'namespace', label: `namespace ${ns}`, parent: group });
        const sid =
          o.createServiceAccount === true
            ? b.node('service-account', serviceAccountId(ns, saName), {
                label: `ServiceAccount ${saName}`,
                group: nsGroup(ns),
                facts: ['created by eksctl (pod identity)'],
              }).id
            : b.ref('service-account', serviceAccountId(ns, saName), {
                label: `ServiceAccount ${saName}`,
                group: nsGroup(ns),
                facts: ['named by a pod identity association; not in the workspace'],
              }).id;
        const roleArn = str(o.roleARN);
        const rid = roleNode(b, roleArn ?? str(o.roleName) ?? `eksctl-${name}-${ns}-${saName}`, roleArn ? undefined : 'created by eksctl');
        if (rid) b.edge(sid, rid, 'assumes', 'Pod Identity');
      }
    }
  }
}
