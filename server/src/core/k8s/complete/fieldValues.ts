/**
 * Values of Kubernetes fields that accept a fixed set of words. The API types describe these
 * sets only in prose (the generated schema has no `enum` for them), so completion lists them here.
 */
import type { CompletionContributor } from '../../complete/types';
import { endsWith, isK8sCtx, kindAt, valueEntry } from './entries';
import { asText } from '../../text/asText';

type Seg = string | RegExp;
interface FieldValues {
  tail: Seg[];
  kinds?: string[];
  values: string[];
  doc: string;
}

const ITEM = /^\d+$/;
const CONTAINERS = /^(containers|initContainers|ephemeralContainers)$/;
const POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate'];

const FIELDS: FieldValues[] = [
  {
    tail: [CONTAINERS, ITEM, 'imagePullPolicy'],
    values: ['IfNotPresent', 'Always', 'Never'],
    doc: 'When the kubelet pulls the image: only if missing, on every start, or never.',
  },
  {
    tail: [CONTAINERS, ITEM, 'terminationMessagePolicy'],
    values: ['File', 'FallbackToLogsOnError'],
    doc: 'Where the termination message comes from.',
  },
  { tail: [CONTAINERS, ITEM, 'ports', ITEM, 'protocol'], values: ['TCP', 'UDP', 'SCTP'], doc: 'Port protocol (default TCP).' },
  {
    tail: ['spec', 'restartPolicy'],
    kinds: POD_KINDS,
    values: ['Always', 'OnFailure', 'Never'],
    doc: 'Pod restart policy; Jobs need OnFailure or Never.',
  },
  {
    tail: ['spec', 'dnsPolicy'],
    kinds: POD_KINDS,
    values: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
    doc: 'How the pod resolves names.',
  },
  {
    tail: ['spec', 'preemptionPolicy'],
    kinds: POD_KINDS,
    values: ['PreemptLowerPriority', 'Never'],
    doc: 'Whether this pod may evict lower-priority pods.',
  },
  {
    tail: ['seccompProfile', 'type'],
    values: ['RuntimeDefault', 'Localhost', 'Unconfined'],
    doc: 'Seccomp profile of the pod or container.',
  },
  { tail: ['tolerations', ITEM, 'operator'], values: ['Exists', 'Equal'], doc: 'Equal compares the value; Exists matches any value.' },
  {
    tail: ['tolerations', ITEM, 'effect'],
    values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
    doc: 'Which taint effect this toleration matches (empty: all).',
  },
  { tail: ['matchExpressions', ITEM, 'operator'], values: ['In', 'NotIn', 'Exists', 'DoesNotExist'], doc: 'Label selector operator.' },
  {
    tail: ['spec', 'type'],
    kinds: ['Service'],
    values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    doc: 'How the Service is exposed (default ClusterIP).',
  },
  {
    tail: ['spec', /^(externalTrafficPolicy|internalTrafficPolicy)$/],
    kinds: ['Service'],
    values: ['Cluster', 'Local'],
    doc: 'Local keeps traffic on the node that received it (and the client IP).',
  },
  { tail: ['spec', 'sessionAffinity'], kinds: ['Service'], values: ['None', 'ClientIP'], doc: 'ClientIP sends a client to the same pod.' },
  {
    tail: ['spec', 'ipFamilyPolicy'],
    kinds: ['Service'],
    values: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    doc: 'IPv4/IPv6 families of the Service.',
  },
  { tail: ['ports', ITEM, 'protocol'], kinds: ['Service'], values: ['TCP', 'UDP', 'SCTP'], doc: 'Port protocol (default TCP).' },
  {
    tail: ['paths', ITEM, 'pathType'],
    kinds: ['Ingress'],
    values: ['Prefix', 'Exact', 'ImplementationSpecific'],
    doc: 'How the path is matched.',
  },
  {
    tail: ['spec', 'strategy', 'type'],
    kinds: ['Deployment'],
    values: ['RollingUpdate', 'Recreate'],
    doc: 'Replace pods gradually, or all at once.',
  },
  {
    tail: ['spec', 'updateStrategy', 'type'],
    kinds: ['StatefulSet', 'DaemonSet'],
    values: ['RollingUpdate', 'OnDelete'],
    doc: 'Update pods automatically, or only when you delete them.',
  },
  {
    tail: ['spec', 'podManagementPolicy'],
    kinds: ['StatefulSet'],
    values: ['OrderedReady', 'Parallel'],
    doc: 'Start and stop pods one by one, or all together.',
  },
  {
    tail: ['spec', 'concurrencyPolicy'],
    kinds: ['CronJob'],
    values: ['Allow', 'Forbid', 'Replace'],
    doc: 'What to do when a run is due while the previous one still runs.',
  },
  {
    tail: ['spec', 'completionMode'],
    kinds: ['Job', 'CronJob'],
    values: ['NonIndexed', 'Indexed'],
    doc: 'Indexed gives each pod a completion index.',
  },
  {
    tail: ['accessModes', ITEM],
    values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
    doc: 'EBS volumes are ReadWriteOnce; EFS supports ReadWriteMany.',
  },
  { tail: ['volumeMode'], values: ['Filesystem', 'Block'], doc: 'Mount a file system, or hand the raw block device to the pod.' },
  {
    tail: ['reclaimPolicy'],
    kinds: ['StorageClass'],
    values: ['Delete', 'Retain'],
    doc: 'What happens to the volume when its claim is deleted.',
  },
  {
    tail: ['volumeBindingMode'],
    kinds: ['StorageClass'],
    values: ['WaitForFirstConsumer', 'Immediate'],
    doc: 'WaitForFirstConsumer creates EBS volumes in the zone of the pod that uses them.',
  },
  {
    tail: ['spec', 'persistentVolumeReclaimPolicy'],
    kinds: ['PersistentVolume'],
    values: ['Retain', 'Delete', 'Recycle'],
    doc: 'What happens to the volume when its claim is released.',
  },
  {
    tail: ['metrics', ITEM, 'type'],
    kinds: ['HorizontalPodAutoscaler'],
    values: ['Resource', 'ContainerResource', 'Pods', 'Object', 'External'],
    doc: 'Kind of metric the autoscaler follows.',
  },
  {
    tail: ['target', 'type'],
    kinds: ['HorizontalPodAutoscaler'],
    values: ['Utilization', 'AverageValue', 'Value'],
    doc: 'Utilization is a percentage of the requests.',
  },
  { tail: ['policyTypes', ITEM], kinds: ['NetworkPolicy'], values: ['Ingress', 'Egress'], doc: 'Directions this policy restricts.' },
];

export const fieldValueCompletion: CompletionContributor = (ctx) => {
  if (!isK8sCtx(ctx)) return [];
  // `- |` in a list reads as the start of a key; for lists of words it is a value
  if (ctx.atKey && typeof ctx.path[ctx.path.length - 1] !== 'number') return [];
  const kind = kindAt(ctx)!;
  const f = FIELDS.find((x) => (!x.kinds || x.kinds.includes(kind)) && endsWith(ctx.path, ...x.tail));
  if (!f) return [];
  return f.values.map((v, i) => valueEntry(ctx, v, { kind: 'enum', documentation: f.doc, sortText: asText(i).padStart(2, '0') }));
};
