/** StorageClasses and claims in the workspace, and which CSI driver backs them. */
import type { WorkspaceIndex } from '../workspace';
import type { DocEntry } from '../workspace';
import { asObj, findNamed, objectsOfKind, str } from './objects';
import { asText } from '../text/asText';

export const EBS_PROVISIONERS = ['ebs.csi.aws.com', 'ebs.csi.eks.amazonaws.com', 'kubernetes.io/aws-ebs'];
export const EFS_PROVISIONERS = ['efs.csi.aws.com'];
export const FSX_PROVISIONERS = ['fsx.csi.aws.com'];

export const isEbs = (p: string | undefined) => !!p && EBS_PROVISIONERS.includes(p);

export function storageClass(ws: WorkspaceIndex, name: string): DocEntry | undefined {
  // StorageClasses are cluster-scoped: the namespace does not matter
  return findNamed(ws, 'StorageClass', name, undefined)[0];
}

export function defaultStorageClass(ws: WorkspaceIndex): DocEntry | undefined {
  return objectsOfKind(ws, 'StorageClass').find((e) => {
    const a = asObj(asObj(asObj(e.doc.value).metadata).annotations);
    return asText(a['storageclass.kubernetes.io/is-default-class']) === 'true';
  });
}

export const provisionerOf = (e: DocEntry | undefined) => str(asObj(e?.doc.value).provisioner);

/** The provisioner behind a claim spec: its class, or the workspace's default class. */
export function claimProvisioner(ws: WorkspaceIndex, claimSpec: unknown): { provisioner: string; className: string } | undefined {
  const spec = asObj(claimSpec);
  const className = str(spec.storageClassName);
  if (className === '') return undefined; // static binding, no class
  const sc = className ? storageClass(ws, className) : defaultStorageClass(ws);
  const provisioner = provisionerOf(sc);
  return provisioner ? { provisioner, className: className ?? str(asObj(asObj(sc?.doc.value).metadata).name) ?? '' } : undefined;
}

/** A PVC by name in a namespace. */
export function claim(ws: WorkspaceIndex, name: string, ns: string | undefined): DocEntry | undefined {
  return findNamed(ws, 'PersistentVolumeClaim', name, ns)[0];
}
