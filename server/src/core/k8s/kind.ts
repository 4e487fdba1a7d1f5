/** The Kubernetes family's document kind: one object, routed by apiVersion and kind. */
export interface K8sKind {
  family: 'k8s';
  apiVersion: string;
  kind: string;
  /** '' for the core group */
  group: string;
  version: string;
}

/** the index key of the Kubernetes objects of one kind (`WorkspaceIndex.docs`); `K8S_ALL` holds them all */
export const k8sKey = (kind: string): string => `k8s:${kind}`;
export const K8S_ALL = 'k8s';

declare module '../types' {
  interface FamilyKinds {
    k8s: K8sKind;
  }
}
