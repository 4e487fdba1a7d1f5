/**
 * PLACEHOLDER written by the Kubernetes-rules helper so the build links while the schema helper
 * (who owns this file) is still writing it: replace this file wholesale. Signature as agreed:
 * `removedApi(apiVersion, kind) → { removedIn, replacement? } | undefined`.
 * Facts: Kubernetes deprecated API migration guide (kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
export interface RemovedApi { removedIn: string; replacement?: string }

const R = (removedIn: string, replacement?: string): RemovedApi => ({ removedIn, replacement });

const TABLE: Record<string, RemovedApi> = {
  'extensions/v1beta1/Ingress': R('1.22', 'networking.k8s.io/v1'),
  'networking.k8s.io/v1beta1/Ingress': R('1.22', 'networking.k8s.io/v1'),
  'networking.k8s.io/v1beta1/IngressClass': R('1.22', 'networking.k8s.io/v1'),
  'extensions/v1beta1/Deployment': R('1.16', 'apps/v1'),
  'apps/v1beta1/Deployment': R('1.16', 'apps/v1'),
  'apps/v1beta2/Deployment': R('1.16', 'apps/v1'),
  'extensions/v1beta1/DaemonSet': R('1.16', 'apps/v1'),
  'apps/v1beta2/DaemonSet': R('1.16', 'apps/v1'),
  'extensions/v1beta1/ReplicaSet': R('1.16', 'apps/v1'),
  'apps/v1beta1/ReplicaSet': R('1.16', 'apps/v1'),
  'apps/v1beta2/ReplicaSet': R('1.16', 'apps/v1'),
  'apps/v1beta1/StatefulSet': R('1.16', 'apps/v1'),
  'apps/v1beta2/StatefulSet': R('1.16', 'apps/v1'),
  'extensions/v1beta1/NetworkPolicy': R('1.16', 'networking.k8s.io/v1'),
  'extensions/v1beta1/PodSecurityPolicy': R('1.16', 'policy/v1beta1'),
  'policy/v1beta1/PodSecurityPolicy': R('1.25'),
  'policy/v1beta1/PodDisruptionBudget': R('1.25', 'policy/v1'),
  'batch/v1beta1/CronJob': R('1.25', 'batch/v1'),
  'batch/v2alpha1/CronJob': R('1.21', 'batch/v1'),
  'autoscaling/v2beta1/HorizontalPodAutoscaler': R('1.25', 'autoscaling/v2'),
  'autoscaling/v2beta2/HorizontalPodAutoscaler': R('1.26', 'autoscaling/v2'),
  'discovery.k8s.io/v1beta1/EndpointSlice': R('1.25', 'discovery.k8s.io/v1'),
  'events.k8s.io/v1beta1/Event': R('1.25', 'events.k8s.io/v1'),
  'node.k8s.io/v1beta1/RuntimeClass': R('1.25', 'node.k8s.io/v1'),
  'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': R('1.22', 'apiextensions.k8s.io/v1'),
  'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': R('1.22', 'admissionregistration.k8s.io/v1'),
  'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': R('1.22', 'admissionregistration.k8s.io/v1'),
  'apiregistration.k8s.io/v1beta1/APIService': R('1.22', 'apiregistration.k8s.io/v1'),
  'authentication.k8s.io/v1beta1/TokenReview': R('1.22', 'authentication.k8s.io/v1'),
  'authorization.k8s.io/v1beta1/SubjectAccessReview': R('1.22', 'authorization.k8s.io/v1'),
  'certificates.k8s.io/v1beta1/CertificateSigningRequest': R('1.22', 'certificates.k8s.io/v1'),
  'coordination.k8s.io/v1beta1/Lease': R('1.22', 'coordination.k8s.io/v1'),
  'rbac.authorization.k8s.io/v1beta1/ClusterRole': R('1.22', 'rbac.authorization.k8s.io/v1'),
  'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': R('1.22', 'rbac.authorization.k8s.io/v1'),
  'rbac.authorization.k8s.io/v1beta1/Role': R('1.22', 'rbac.authorization.k8s.io/v1'),
  'rbac.authorization.k8s.io/v1beta1/RoleBinding': R('1.22', 'rbac.authorization.k8s.io/v1'),
  'scheduling.k8s.io/v1beta1/PriorityClass': R('1.22', 'scheduling.k8s.io/v1'),
  'storage.k8s.io/v1beta1/CSIDriver': R('1.22', 'storage.k8s.io/v1'),
  'storage.k8s.io/v1beta1/CSINode': R('1.22', 'storage.k8s.io/v1'),
  'storage.k8s.io/v1beta1/StorageClass': R('1.22', 'storage.k8s.io/v1'),
  'storage.k8s.io/v1beta1/VolumeAttachment': R('1.22', 'storage.k8s.io/v1'),
  'storage.k8s.io/v1beta1/CSIStorageCapacity': R('1.27', 'storage.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': R('1.26', 'flowcontrol.apiserver.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': R('1.26', 'flowcontrol.apiserver.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': R('1.29', 'flowcontrol.apiserver.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': R('1.29', 'flowcontrol.apiserver.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': R('1.32', 'flowcontrol.apiserver.k8s.io/v1'),
  'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': R('1.32', 'flowcontrol.apiserver.k8s.io/v1'),
};

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return TABLE[`${apiVersion.trim()}/${kind.trim()}`];
}
