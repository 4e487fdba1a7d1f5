/**
 * Allowed values of string fields, for completion and checks. kubernetes-types types them as plain
 * strings; these are the fields whose values the API server validates exactly (case-sensitive),
 * taken from the Kubernetes API reference. Fields where an empty string or free text is also
 * accepted (Toleration, HostPathVolumeSource.type, Secret.type…) are left out on purpose.
 * Key: `<module>.<Type>.<field>`; an array field gets the values on its items.
 */
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
const PULL = ['Always', 'IfNotPresent', 'Never'];
const PROFILE = ['RuntimeDefault', 'Unconfined', 'Localhost'];
const RETAIN_DELETE = ['Retain', 'Delete'];

export const ENUMS = {
  'core/v1.Container.imagePullPolicy': PULL,
  'core/v1.EphemeralContainer.imagePullPolicy': PULL,
  'core/v1.Container.terminationMessagePolicy': ['File', 'FallbackToLogsOnError'],
  'core/v1.Container.restartPolicy': ['Always'],
  'core/v1.ContainerPort.protocol': PROTOCOLS,
  'core/v1.ServicePort.protocol': PROTOCOLS,
  'core/v1.EndpointPort.protocol': PROTOCOLS,
  'discovery/v1.EndpointPort.protocol': PROTOCOLS,
  'networking/v1.NetworkPolicyPort.protocol': PROTOCOLS,
  'core/v1.PodSpec.restartPolicy': ['Always', 'OnFailure', 'Never'],
  'core/v1.PodSpec.dnsPolicy': ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  'core/v1.PodSpec.preemptionPolicy': ['Never', 'PreemptLowerPriority'],
  'scheduling/v1.PriorityClass.preemptionPolicy': ['Never', 'PreemptLowerPriority'],
  'core/v1.PodSecurityContext.fsGroupChangePolicy': ['OnRootMismatch', 'Always'],
  'core/v1.SeccompProfile.type': PROFILE,
  'core/v1.AppArmorProfile.type': PROFILE,
  'core/v1.HTTPGetAction.scheme': ['HTTP', 'HTTPS'],
  'core/v1.VolumeMount.mountPropagation': ['None', 'HostToContainer', 'Bidirectional'],
  'core/v1.TopologySpreadConstraint.whenUnsatisfiable': ['DoNotSchedule', 'ScheduleAnyway'],
  'core/v1.TopologySpreadConstraint.nodeAffinityPolicy': ['Honor', 'Ignore'],
  'core/v1.TopologySpreadConstraint.nodeTaintsPolicy': ['Honor', 'Ignore'],
  'core/v1.NodeSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
  'meta/v1.LabelSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist'],
  'core/v1.Taint.effect': ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
  'core/v1.ServiceSpec.type': ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  'core/v1.ServiceSpec.externalTrafficPolicy': ['Cluster', 'Local'],
  'core/v1.ServiceSpec.internalTrafficPolicy': ['Cluster', 'Local'],
  'core/v1.ServiceSpec.sessionAffinity': ['ClientIP', 'None'],
  'core/v1.ServiceSpec.ipFamilyPolicy': ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
  'core/v1.ServiceSpec.ipFamilies': ['IPv4', 'IPv6'],
  'core/v1.PersistentVolumeClaimSpec.accessModes': ACCESS_MODES,
  'core/v1.PersistentVolumeSpec.accessModes': ACCESS_MODES,
  'core/v1.PersistentVolumeClaimSpec.volumeMode': ['Filesystem', 'Block'],
  'core/v1.PersistentVolumeSpec.volumeMode': ['Filesystem', 'Block'],
  'core/v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy': ['Retain', 'Delete', 'Recycle'],
  'apps/v1.DeploymentStrategy.type': ['Recreate', 'RollingUpdate'],
  'apps/v1.DaemonSetUpdateStrategy.type': ['RollingUpdate', 'OnDelete'],
  'apps/v1.StatefulSetUpdateStrategy.type': ['RollingUpdate', 'OnDelete'],
  'apps/v1.StatefulSetSpec.podManagementPolicy': ['OrderedReady', 'Parallel'],
  'apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted': RETAIN_DELETE,
  'apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled': RETAIN_DELETE,
  'batch/v1.CronJobSpec.concurrencyPolicy': ['Allow', 'Forbid', 'Replace'],
  'batch/v1.JobSpec.completionMode': ['NonIndexed', 'Indexed'],
  'batch/v1.JobSpec.podReplacementPolicy': ['TerminatingOrFailed', 'Failed'],
  'batch/v1.PodFailurePolicyRule.action': ['FailJob', 'FailIndex', 'Ignore', 'Count'],
  'batch/v1.PodFailurePolicyOnExitCodesRequirement.operator': ['In', 'NotIn'],
  'networking/v1.HTTPIngressPath.pathType': ['Exact', 'Prefix', 'ImplementationSpecific'],
  'networking/v1.NetworkPolicySpec.policyTypes': ['Ingress', 'Egress'],
  'storage/v1.StorageClass.reclaimPolicy': ['Delete', 'Retain'],
  'storage/v1.StorageClass.volumeBindingMode': ['Immediate', 'WaitForFirstConsumer'],
  'autoscaling/v2.MetricSpec.type': ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'],
  'autoscaling/v2.MetricTarget.type': ['AverageValue', 'Utilization', 'Value'],
  'autoscaling/v2.HPAScalingRules.selectPolicy': ['Max', 'Min', 'Disabled'],
  'autoscaling/v2.HPAScalingPolicy.type': ['Pods', 'Percent'],
  'rbac/v1.Subject.kind': ['User', 'Group', 'ServiceAccount'],
  'admissionregistration/v1.ValidatingWebhook.failurePolicy': ['Fail', 'Ignore'],
  'admissionregistration/v1.MutatingWebhook.failurePolicy': ['Fail', 'Ignore'],
  'admissionregistration/v1.ValidatingWebhook.sideEffects': ['None', 'NoneOnDryRun'],
  'admissionregistration/v1.MutatingWebhook.sideEffects': ['None', 'NoneOnDryRun'],
  'admissionregistration/v1.ValidatingWebhook.matchPolicy': ['Exact', 'Equivalent'],
  'admissionregistration/v1.MutatingWebhook.matchPolicy': ['Exact', 'Equivalent'],
  'admissionregistration/v1.MutatingWebhook.reinvocationPolicy': ['Never', 'IfNeeded'],
  'admissionregistration/v1.RuleWithOperations.operations': ['*', 'CREATE', 'UPDATE', 'DELETE', 'CONNECT'],
  'apiextensions/v1.CustomResourceDefinitionSpec.scope': ['Cluster', 'Namespaced'],
  'apiextensions/v1.CustomResourceConversion.strategy': ['None', 'Webhook'],
};

/** The schema of a field with its allowed values added (on the items of an array). */
export function withEnum(where, schema) {
  const values = ENUMS[where];
  // the package's own enum (from the API's OpenAPI) wins over ours
  if (!values || schema.enum || schema.items?.enum) return schema;
  if (schema.type === 'array' && schema.items?.type === 'string') return { ...schema, items: { ...schema.items, enum: values } };
  if (schema.type === 'string') return { ...schema, enum: values };
  throw new Error(`gen-k8s-schema: enum for ${where}, which is not a string field`);
}
