/** Shared gate for Kubernetes rules: our family, not templated, and (optionally) only some kinds. */
import type { DocUnit } from '../../types';
import type { RuleContext } from '../rule';
import type { K8sKind } from '../../k8s/kind';
import { isKustomizePatch } from '../../k8s/prepare';

export function isK8s(doc: DocUnit, kinds?: readonly string[]): doc is DocUnit & { readonly kind: K8sKind } {
  // an object without apiVersion or kind gets k8s/object-header only
  if (doc.kind.family !== 'k8s' || doc.templated || !doc.root || !doc.kind.apiVersion || !doc.kind.kind) return false;
  return !kinds || kinds.includes(doc.kind.kind);
}

/** Patches are partial objects: rules about missing fields must stay silent on them. */
export function isPatch(doc: DocUnit, ctx: RuleContext): boolean {
  return isKustomizePatch(ctx.file, doc, ctx.workspace);
}
