/**
 * `metadata.name` and `metadata.namespace` in the format the API server wants for the kind:
 * a DNS-1035 label for Services, a DNS-1123 label for Namespaces, a path segment for RBAC
 * objects and a DNS-1123 subdomain for the other built-in kinds; CronJob names leave room
 * for the Job suffix (52), Job names fit the `job-name` label the Job controller adds (63).
 */
import type { Rule, RuleFinding } from '../rule';
import { asObj, isPlaceholder, str } from '../../k8s/objects';
import { dns1035LabelProblem, dnsLabelProblem, dnsSubdomainProblem, pathSegmentProblem } from '../../k8s/validation/names';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

const SUBDOMAIN_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'StorageClass',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'PriorityClass',
  'LimitRange',
  'ResourceQuota',
];
const RBAC_KINDS = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'];
const KINDS = [...SUBDOMAIN_KINDS, ...RBAC_KINDS, 'Service', 'Namespace'];
/** the `kind` is the built-in one only in these groups (a CRD may reuse a kind name) */
const BUILT_IN_GROUP =
  /^(|apps|batch|policy|autoscaling|networking\.k8s\.io|storage\.k8s\.io|scheduling\.k8s\.io|rbac\.authorization\.k8s\.io)$/;

export const objectNameRule: Rule = {
  id: 'k8s/object-name',
  severity: 'error',
  description: 'Object names and namespaces in the format the API server requires for the kind (DNS label or subdomain, length).',
  appliesTo: (doc) => isK8s(doc, KINDS) && BUILT_IN_GROUP.test(doc.kind.group),
  check(doc) {
    if (doc.kind.family !== 'k8s') return [];
    const kind = doc.kind.kind;
    const meta = asObj(asObj(doc.value).metadata);
    const out: RuleFinding[] = [];
    const name = str(meta.name);
    if (name !== undefined && !isPlaceholder(name)) {
      const problem = nameProblem(kind, name);
      if (problem) out.push(at(pathSpan(doc, ['metadata', 'name']), `${kind} name \`${name}\` ${problem}.`));
    }
    const ns = str(meta.namespace);
    // an empty namespace is read as unset (the default, or none for cluster-wide kinds)
    if (ns && !isPlaceholder(ns)) {
      const problem = dnsLabelProblem(ns);
      if (problem) out.push(at(pathSpan(doc, ['metadata', 'namespace']), `Namespace \`${ns}\` ${problem}.`));
    }
    return out;
  },
};

function nameProblem(kind: string, name: string): string | undefined {
  if (kind === 'Service') return dns1035LabelProblem(name);
  if (kind === 'Namespace') return dnsLabelProblem(name);
  if (RBAC_KINDS.includes(kind)) return pathSegmentProblem(name);
  const p = dnsSubdomainProblem(name);
  if (p) return p;
  if (kind === 'CronJob' && name.length > 52)
    return `is ${name.length} characters long; CronJob names hold at most 52, so that the Jobs it creates (name + 11 characters) stay within 63`;
  if (kind === 'Job' && name.length > 63)
    return `is ${name.length} characters long; Job names hold at most 63, since the name becomes the value of the \`job-name\` label on its pods`;
  return undefined;
}
