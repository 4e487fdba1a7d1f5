/** Recognising a Kubernetes object: an apiVersion of the form `[group/]vN[alphaN|betaN]` and a kind. */
import type { DetectInput, Detected } from '../family';
import { isObj } from '../value';
import type { K8sKind } from './kind';

const API_VERSION = /^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

export function detectK8s({ root, value }: DetectInput): Detected<K8sKind> | undefined {
  if (!isObj(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
  const apiVersion = value.apiVersion.trim();
  const kind = value.kind.trim();
  // eksctl's configs look like Kubernetes objects but are read by eksctl alone
  if (apiVersion.startsWith('eksctl.io/') || !API_VERSION.test(apiVersion) || !KIND.test(kind)) return undefined;
  const slash = apiVersion.indexOf('/');
  return {
    kind: {
      family: 'k8s',
      apiVersion,
      kind,
      group: slash < 0 ? '' : apiVersion.slice(0, slash),
      version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    },
    body: root,
  };
}
