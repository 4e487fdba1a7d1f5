/** Shared for the eksctl rules: the gate and the node groups of both flavours. */
import type { DocUnit } from '../../types';
import type { EksctlKind } from '../../eksctl/kind';
import type { JsonPath } from '../../parse/tree';
import { asArr, isObj, type Obj } from '../../k8s/objects';

/** Shared gate for eksctl rules: our family, not templated, and (optionally) only some kinds. */
export function isEksctl(doc: DocUnit, kinds?: readonly string[]): doc is DocUnit & { readonly kind: EksctlKind } {
  if (doc.kind.family !== 'eksctl' || doc.templated || !doc.root) return false;
  return !kinds || kinds.includes(doc.kind.kind);
}

export interface NodeGroupRef {
  ng: Obj;
  path: JsonPath;
  managed: boolean;
}

export function nodeGroups(v: Obj): NodeGroupRef[] {
  const out: NodeGroupRef[] = [];
  for (const key of ['nodeGroups', 'managedNodeGroups'])
    asArr(v[key]).forEach((ng, i) => {
      if (isObj(ng)) out.push({ ng, path: [key, i], managed: key === 'managedNodeGroups' });
    });
  return out;
}
