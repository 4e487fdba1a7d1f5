/**
 * Documents that are plainly Kubernetes objects but lack what kubectl needs to read them: a
 * built-in `kind` with `metadata` and no `apiVersion`, or an `apiVersion` of a Kubernetes API
 * group with no (or an empty) `kind`. kubectl refuses both ("apiVersion not set", "kind not
 * set"), so they are ours to report (k8s/object-header); anything else stays none of ours.
 */
import type { DocKind } from '../types';
import { k8sKindOf, type K8sKind } from './kind';
import { isObj, type Obj } from '../value';

/** the kinds people write by hand most; a kind outside this list without apiVersion may be anything */
const BUILT_IN_KINDS = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Service',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Namespace',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'StorageClass',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'LimitRange',
  'ResourceQuota',
  'PriorityClass',
  'CustomResourceDefinition',
]);

/** API groups served by every cluster (a version must follow: `apps/v1`) */
const K8S_GROUP =
  /^(apps|batch|policy|autoscaling|networking\.k8s\.io|storage\.k8s\.io|rbac\.authorization\.k8s\.io|apiextensions\.k8s\.io|admissionregistration\.k8s\.io|scheduling\.k8s\.io|coordination\.k8s\.io|node\.k8s\.io|discovery\.k8s\.io|certificates\.k8s\.io|apiregistration\.k8s\.io)\/v\d+((alpha|beta)\d+)?$/;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim());

export function headerlessK8s(value: Obj): K8sKind | undefined {
  const { apiVersion, kind } = value;
  if (blank(apiVersion) && typeof kind === 'string' && BUILT_IN_KINDS.has(kind.trim()) && isObj(value.metadata))
    return { family: 'k8s', apiVersion: '', kind: kind.trim(), group: '', version: '' };
  if (typeof apiVersion !== 'string' || !blank(kind)) return undefined;
  const av = apiVersion.trim();
  // a bare `v1` is also a Helm chart's or a kubeconfig's: only with object metadata
  if (!K8S_GROUP.test(av) && !(av === 'v1' && isObj(value.metadata) && typeof value.metadata.name === 'string')) return undefined;
  return k8sKindOf(av, '');
}

/** A document detected by headerlessK8s. */
export const isHeaderless = (kind: DocKind): boolean => kind.family === 'k8s' && (!kind.apiVersion || !kind.kind);
