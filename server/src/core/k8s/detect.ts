/** Recognising a Kubernetes object: an apiVersion of the form `[group/]vN[alphaN|betaN]` and a kind. */
import type { DetectInput, Detected } from '../family';
import { isObj } from '../value';
import { k8sKindOf, type K8sKind } from './kind';
import { headerlessK8s } from './headerless';

const API_VERSION = /^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

export function detectK8s({ root, value }: DetectInput): Detected<K8sKind> | undefined {
  if (!isObj(value)) return undefined;
  // an object kubectl would refuse to read (no apiVersion, or no kind): ours to report (k8s/object-header)
  const headerless = headerlessK8s(value);
  if (headerless) return { kind: headerless, body: root };
  if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
  const apiVersion = value.apiVersion.trim();
  const kind = value.kind.trim();
  // eksctl's configs look like Kubernetes objects but are read by eksctl alone
  if (apiVersion.startsWith('eksctl.io/') || !API_VERSION.test(apiVersion) || !KIND.test(kind)) return undefined;
  return { kind: k8sKindOf(apiVersion, kind), body: root };
}
