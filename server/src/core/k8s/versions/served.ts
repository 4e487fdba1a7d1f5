/**
 * Kinds and fields of a Kubernetes document that its target version does not serve yet: walks the
 * document beside the schema's definitions and asks the version table when each field arrived.
 */
import type { AstNode } from '../../parse/tree';
import { propertyKey, propertyValue } from '../../parse/tree';
import type { SchemaStore } from '../../schema/store';
import { K8S_ID } from '../../schema/store';
import { fieldArrives, kindArrives, type VersionTable } from './table';
import { definitionsWithPending, refName } from './pending';

export interface NotServed {
  /** the key (field) or the apiVersion value (kind) */
  node: AstNode;
  /** `VolumeAttributesClass` in `storage.k8s.io/v1`, or the field path `spec.nodeAllocatableUpdatePeriodSeconds` */
  what: string;
  kind: 'kind' | 'field';
  arrives: string;
}

type Schema = Record<string, unknown>;

export function notServed(
  store: SchemaStore,
  t: VersionTable,
  root: AstNode | undefined,
  apiVersion: string,
  kind: string,
  version: string,
  apiVersionNode: AstNode | undefined,
): NotServed[] {
  const out: NotServed[] = [];
  const kindSince = kindArrives(t, apiVersion, kind, version);
  if (kindSince) {
    if (apiVersionNode) out.push({ node: apiVersionNode, what: `\`${kind}\` in \`${apiVersion}\``, kind: 'kind', arrives: kindSince });
    return out; // its fields are all new too: one finding says it
  }
  const defs = (store.get(K8S_ID)?.definitions ?? {}) as Record<string, Schema>;
  const start = store.k8sKinds()[`${apiVersion}/${kind}`];
  if (!start || !root) return out;
  const pending = definitionsWithPending(t, defs, version);
  const walk = (node: AstNode | undefined, def: string, path: string, depth: number) => {
    if (!node || node.type !== 'object' || depth > 40 || !pending.has(def)) return;
    const props = defs[def]?.properties as Record<string, Schema> | undefined;
    if (!props) return;
    for (const p of node.children ?? []) {
      const key = propertyKey(p);
      if (key === undefined || !Object.hasOwn(props, key)) continue;
      const here = path ? `${path}.${key}` : key;
      const since = fieldArrives(t, def, key, version);
      if (since) {
        out.push({ node: p.children![0], what: `\`${here}\``, kind: 'field', arrives: since });
        continue;
      }
      const s = props[key];
      const value = propertyValue(p);
      const direct = refName(s);
      if (direct) walk(value, direct, here, depth + 1);
      const items = refName(s.items as Schema | undefined);
      if (items && value?.type === 'array') for (const it of value.children ?? []) walk(it, items, `${here}[]`, depth + 1);
      const map = refName(s.additionalProperties as Schema | undefined);
      if (map && value?.type === 'object')
        for (const e of value.children ?? []) walk(propertyValue(e), map, `${here}.${propertyKey(e)}`, depth + 1);
    }
  };
  walk(root, start, '', 0);
  return out;
}
