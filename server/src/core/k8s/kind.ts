/** The Kubernetes family's document kind: one object, routed by apiVersion and kind. */
export interface K8sKind {
  family: 'k8s';
  apiVersion: string;
  kind: string;
  /** '' for the core group */
  group: string;
  version: string;
}

/** the kind an apiVersion (`group/version`, or a core group's `version`) and a kind name */
export function k8sKindOf(apiVersion: string, kind: string): K8sKind {
  const slash = apiVersion.indexOf('/');
  return {
    family: 'k8s',
    apiVersion,
    kind,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
  };
}

/** the index key of the Kubernetes objects of one kind (`WorkspaceIndex.docs`); `K8S_ALL` holds them all */
export const k8sKey = (kind: string): string => `k8s:${kind}`;
export const K8S_ALL = 'k8s';

declare module '../types' {
  interface FamilyKinds {
    k8s: K8sKind;
  }
}
