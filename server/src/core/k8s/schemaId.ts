/** The schema a Kubernetes object is checked against: a built-in kind's, or its CRD's in the workspace. */
import type { SchemaStore } from '../schema/store';
import { K8S_ID } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
import { crdSchema } from './crd';
import type { K8sKind } from './kind';

export function k8sSchemaId(kind: K8sKind, store: SchemaStore, workspace?: WorkspaceIndex): string | undefined {
  const def = store.k8sKinds()[`${kind.apiVersion}/${kind.kind}`];
  if (def) return `${K8S_ID}#/definitions/${def}`;
  // a custom resource gets the schema of its CRD in the workspace; the id hashes that schema,
  // so validators compiled for it are reused until the CRD changes
  const crd = workspace ? crdSchema(workspace, kind) : undefined;
  if (!crd) return undefined;
  store.add(crd.id, crd.schema);
  return crd.id;
}
