/** Shared for the eksctl ClusterConfig rules: the gate and the node groups of both flavours. */
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asArr, isObj, type Obj } from '../../k8s/objects';

export function isClusterConfig(doc: DocUnit): boolean {
  return doc.kind.family === 'eksctl' && doc.kind.kind === 'ClusterConfig' && !doc.templated && !!doc.root;
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
