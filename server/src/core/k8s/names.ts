/** Names of the objects of one kind that a reference from namespace `ns` could reach (for "did you mean"). */
import type { WorkspaceIndex } from '../workspace';
import { nameOf, namespaceOf, objectsOfKind, sameNamespace } from './objects';

export function namesInNamespace(ws: WorkspaceIndex, kind: string, ns: string | undefined): string[] {
  const out: string[] = [];
  for (const e of objectsOfKind(ws, kind)) {
    const n = nameOf(e.doc.value);
    if (n && sameNamespace(namespaceOf(e.doc.value), ns)) out.push(n);
  }
  return out;
}
