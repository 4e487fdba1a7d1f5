/**
 * The schema a Kubernetes object is checked against: its CRD's in the workspace when there is one
 * (the cluster serves that CRD, which may be newer or older than the add-on schema we bundle), else
 * a built-in or bundled add-on kind's.
 */
import type { SchemaStore } from '../schema/store';
import { K8S_ID } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
import { crdSchema } from './crd';
import type { K8sKind } from './kind';

export function k8sSchemaId(kind: K8sKind, store: SchemaStore, workspace?: WorkspaceIndex): string | undefined {
  // the id hashes the CRD's schema, so validators compiled for it are reused until the CRD changes
  const crd = workspace && kind.group ? crdSchema(workspace, kind) : undefined;
  if (crd) {
    store.add(crd.id, crd.schema);
    return crd.id;
  }
  const def = store.k8sKinds()[`${kind.apiVersion}/${kind.kind}`];
  return def ? `${K8S_ID}#/definitions/${def}` : undefined;
}
