/**
 * apiVersion/kind pairs that Kubernetes stopped serving, with the release that removed them and
 * the apiVersion to use instead. Source: the Kubernetes deprecated API migration guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide/) through 1.32, plus the alpha/beta
 * versions removed without a guide entry (batch/v2alpha1, settings.k8s.io PodPreset, …).
 */
export interface RemovedApi {
  /** the first Kubernetes minor release that no longer serves it, e.g. `1.22` */
  removedIn: string;
  /** apiVersion serving the same kind now; undefined when the API is gone for good */
  replacement?: string;
}

/** [removedIn, replacement or '' for none, ...`apiVersion kind` entries] */
type Group = [string, string, ...string[]];

const GROUPS: Group[] = [
  // 1.14: the alpha initializers
  ['1.14', '', 'admissionregistration.k8s.io/v1alpha1 InitializerConfiguration'],
  // 1.16: workloads, NetworkPolicy and PodSecurityPolicy leave extensions/v1beta1 and apps/v1beta*
  [
    '1.16',
    'apps/v1',
    'extensions/v1beta1 Deployment',
    'apps/v1beta1 Deployment',
    'apps/v1beta2 Deployment',
    'extensions/v1beta1 DaemonSet',
    'apps/v1beta2 DaemonSet',
    'extensions/v1beta1 ReplicaSet',
    'apps/v1beta1 ReplicaSet',
    'apps/v1beta2 ReplicaSet',
    'apps/v1beta1 StatefulSet',
    'apps/v1beta2 StatefulSet',
    'apps/v1beta1 ControllerRevision',
    'apps/v1beta2 ControllerRevision',
  ],
  ['1.16', 'networking.k8s.io/v1', 'extensions/v1beta1 NetworkPolicy'],
  // policy/v1beta1 was itself removed in 1.25 (see below): there is nothing to move to today
  ['1.16', '', 'extensions/v1beta1 PodSecurityPolicy'],
  // 1.20–1.21: alpha APIs
  ['1.20', '', 'settings.k8s.io/v1alpha1 PodPreset'],
  ['1.21', 'batch/v1', 'batch/v2alpha1 CronJob'],
  [
    '1.21',
    'flowcontrol.apiserver.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1alpha1 FlowSchema',
    'flowcontrol.apiserver.k8s.io/v1alpha1 PriorityLevelConfiguration',
  ],
  // 1.22: the large beta clean-up
  [
    '1.22',
    'admissionregistration.k8s.io/v1',
    'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration',
  ],
  ['1.22', 'apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1 CustomResourceDefinition'],
  ['1.22', 'apiregistration.k8s.io/v1', 'apiregistration.k8s.io/v1beta1 APIService'],
  ['1.22', 'authentication.k8s.io/v1', 'authentication.k8s.io/v1beta1 TokenReview'],
  [
    '1.22',
    'authorization.k8s.io/v1',
    'authorization.k8s.io/v1beta1 SubjectAccessReview',
    'authorization.k8s.io/v1beta1 LocalSubjectAccessReview',
    'authorization.k8s.io/v1beta1 SelfSubjectAccessReview',
    'authorization.k8s.io/v1beta1 SelfSubjectRulesReview',
  ],
  ['1.22', 'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1 CertificateSigningRequest'],
  ['1.22', 'coordination.k8s.io/v1', 'coordination.k8s.io/v1beta1 Lease'],
  [
    '1.22',
    'networking.k8s.io/v1',
    'extensions/v1beta1 Ingress',
    'networking.k8s.io/v1beta1 Ingress',
    'networking.k8s.io/v1beta1 IngressClass',
  ],
  [
    '1.22',
    'rbac.authorization.k8s.io/v1',
    'rbac.authorization.k8s.io/v1beta1 ClusterRole',
    'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding',
    'rbac.authorization.k8s.io/v1beta1 Role',
    'rbac.authorization.k8s.io/v1beta1 RoleBinding',
    'rbac.authorization.k8s.io/v1alpha1 ClusterRole',
    'rbac.authorization.k8s.io/v1alpha1 ClusterRoleBinding',
    'rbac.authorization.k8s.io/v1alpha1 Role',
    'rbac.authorization.k8s.io/v1alpha1 RoleBinding',
  ],
  ['1.22', 'scheduling.k8s.io/v1', 'scheduling.k8s.io/v1beta1 PriorityClass', 'scheduling.k8s.io/v1alpha1 PriorityClass'],
  [
    '1.22',
    'storage.k8s.io/v1',
    'storage.k8s.io/v1beta1 CSIDriver',
    'storage.k8s.io/v1beta1 CSINode',
    'storage.k8s.io/v1beta1 StorageClass',
    'storage.k8s.io/v1beta1 VolumeAttachment',
    'storage.k8s.io/v1alpha1 VolumeAttachment',
  ],
  ['1.22', 'node.k8s.io/v1', 'node.k8s.io/v1alpha1 RuntimeClass'],
  ['1.24', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1 CSIStorageCapacity'],
  // 1.25
  ['1.25', 'batch/v1', 'batch/v1beta1 CronJob'],
  ['1.25', 'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1 EndpointSlice'],
  ['1.25', 'events.k8s.io/v1', 'events.k8s.io/v1beta1 Event'],
  ['1.25', 'autoscaling/v2', 'autoscaling/v2beta1 HorizontalPodAutoscaler'],
  ['1.25', 'policy/v1', 'policy/v1beta1 PodDisruptionBudget'],
  // replaced by Pod Security Admission (namespace labels), not by another apiVersion
  ['1.25', '', 'policy/v1beta1 PodSecurityPolicy'],
  ['1.25', 'node.k8s.io/v1', 'node.k8s.io/v1beta1 RuntimeClass'],
  // 1.26
  [
    '1.26',
    'flowcontrol.apiserver.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema',
    'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration',
  ],
  ['1.26', 'autoscaling/v2', 'autoscaling/v2beta2 HorizontalPodAutoscaler'],
  // 1.27
  ['1.27', 'storage.k8s.io/v1', 'storage.k8s.io/v1beta1 CSIStorageCapacity'],
  // 1.29
  [
    '1.29',
    'flowcontrol.apiserver.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema',
    'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration',
  ],
  // 1.32
  [
    '1.32',
    'flowcontrol.apiserver.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema',
    'flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration',
  ],
];

const TABLE = new Map<string, RemovedApi>();
for (const [removedIn, replacement, ...entries] of GROUPS) {
  for (const e of entries) {
    const [apiVersion, kind] = e.split(' ');
    TABLE.set(`${apiVersion}/${kind}`, replacement ? { removedIn, replacement } : { removedIn });
  }
}

/** The removal of `apiVersion` `kind`, or undefined when current Kubernetes still serves it (or never did). */
export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return TABLE.get(`${apiVersion.trim()}/${kind.trim()}`);
}

/** Every removed pair, for tests and documentation. */
export function removedApis(): ReadonlyMap<string, RemovedApi> {
  return TABLE;
}

/**
 * APIs still served but deprecated with no removal planned: from `deprecatedIn` on, the API server
 * answers every request for them with a deprecation warning (kubectl prints it). Source: the
 * Kubernetes 1.33 release notes (KEP-4974, core/v1 Endpoints).
 */
export interface DeprecatedApi {
  deprecatedIn: string;
  /** what to write instead: apiVersion and kind */
  replacement: { apiVersion: string; kind: string };
  /** what else the move takes */
  note?: string;
}
const DEPRECATED = new Map<string, DeprecatedApi>([
  [
    'v1/Endpoints',
    {
      deprecatedIn: '1.33',
      replacement: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
      note: 'labelled `kubernetes.io/service-name` with the Service it serves',
    },
  ],
]);

/** The deprecation of `apiVersion` `kind` that is served with a warning and not scheduled for removal. */
export function deprecatedApi(apiVersion: string, kind: string): DeprecatedApi | undefined {
  return DEPRECATED.get(`${apiVersion.trim()}/${kind.trim()}`);
}
