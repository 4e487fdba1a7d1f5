/** Kubernetes hover facts: load balancer annotations, IRSA role ARNs, removed apiVersions, CSI provisioners. */
import type { HoverContributor } from '../../hover/contributors';
import { annotationInfo } from '../annotationValues';
import { annotationDoc } from '../complete/annotations';
import { removedApi } from '../removedApis';
import { provisioner } from '../csiParameters';
import { IRSA_KEY, ROLE_ARN } from '../irsa';
import { asObj, nameOf, namespaceOf, sameNamespace, str, workloads } from '../objects';
import { asText } from '../../text/asText';

export const annotationHover: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'k8s' || t.path.length !== 3 || t.path[0] !== 'metadata' || t.path[1] !== 'annotations') return undefined;
  const a = annotationInfo(asText(t.path[2]));
  return a && t.isKey ? `**${a.key}**\n\n${annotationDoc(a)}` : undefined;
};

export const irsaHover: HoverContributor = (t, { workspace }) => {
  if (t.doc.kind.family !== 'k8s' || t.doc.kind.kind !== 'ServiceAccount' || t.isKey) return undefined;
  if (t.path.length !== 3 || t.path[0] !== 'metadata' || t.path[1] !== 'annotations' || t.path[2] !== IRSA_KEY) return undefined;
  const m = ROLE_ARN.exec(asText(t.node.value ?? '').trim());
  if (!m) return undefined;
  const [, partition, account, rolePath, role] = m;
  const sa = nameOf(t.doc.value) ?? '?';
  const ns = namespaceOf(t.doc.value);
  const users = workloads(workspace)
    .filter((w) => {
      const spec = w.template.spec;
      return (str(spec.serviceAccountName) ?? str(spec.serviceAccount)) === sa && sameNamespace(ns, namespaceOf(w.entry.doc.value));
    })
    .map((w) => `${w.entry.doc.kind.family === 'k8s' ? w.entry.doc.kind.kind : ''} \`${nameOf(w.entry.doc.value) ?? '?'}\``);
  const lines = [
    `**IAM role for service account (IRSA)**`,
    `Role \`${role}\`${rolePath ? ` (path \`/${rolePath}\`)` : ''} in account \`${account}\`${partition !== 'aws' ? ` (partition \`${partition}\`)` : ''}.`,
    `Pods using ServiceAccount \`${sa}\` get this role's AWS permissions through a web identity token; the role's trust policy must allow the cluster's OIDC provider for \`system:serviceaccount:${ns ?? '<namespace>'}:${sa}\`.`,
  ];
  if (users.length) lines.push(`Used here by: ${users.slice(0, 8).join(', ')}${users.length > 8 ? ', …' : ''}`);
  lines.push('[IRSA in the EKS User Guide](https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html)');
  return lines.join('\n\n');
};

export const removedApiHover: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'k8s' || t.path.length !== 1 || t.path[0] !== 'apiVersion' || t.isKey) return undefined;
  const gone = removedApi(t.doc.kind.apiVersion, t.doc.kind.kind);
  if (!gone) return undefined;
  return `**Removed API.** \`${t.doc.kind.apiVersion}\` ${t.doc.kind.kind} is no longer served from Kubernetes ${gone.removedIn}.${gone.replacement ? ` Use \`${gone.replacement}\`.` : ''}\n\n[Deprecated API migration guide](https://kubernetes.io/docs/reference/using-api/deprecation-guide/)`;
};

export const provisionerHover: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'k8s' || t.doc.kind.kind !== 'StorageClass') return undefined;
  // the driver on its value; a parameter on its key or its value
  if (t.path.length === 1 && t.path[0] === 'provisioner' && !t.isKey) {
    const p = provisioner(asText(t.node.value ?? ''));
    return p ? `${p.description}\n\n[Driver parameters](${p.url})` : undefined;
  }
  if (t.path.length === 2 && t.path[0] === 'parameters') {
    const p = provisioner(str(asObj(t.doc.value).provisioner) ?? '');
    const param = p?.parameters.find((x) => x.key.toLowerCase() === asText(t.path[1]).toLowerCase());
    return param
      ? `**${param.key}** (${p!.name}) — ${param.description}${param.values ? `\n\nValues: ${param.values.map((v) => `\`${v}\``).join(', ')}` : ''}`
      : undefined;
  }
  return undefined;
};

export const k8sHoverContributors: HoverContributor[] = [annotationHover, irsaHover, removedApiHover, provisionerHover];
