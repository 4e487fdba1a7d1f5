/** The eksctl family's document kind (apiVersion eksctl.io/…): ClusterConfig and its siblings. */
export interface EksctlKind {
  family: 'eksctl';
  kind: string;
}

/** the index key of every eksctl document (`WorkspaceIndex.docs`) */
export const EKSCTL_KEY = 'eksctl';

declare module '../types' {
  interface FamilyKinds {
    eksctl: EksctlKind;
  }
}
