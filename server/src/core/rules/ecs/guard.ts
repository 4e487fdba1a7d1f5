/** Shared gate for ECS rules: our family, parsed, and (optionally) only some document types. */
import type { DocUnit } from '../../types';
import type { EcsDocType, EcsKind } from '../../ecs/kind';

export function isEcs(doc: DocUnit, types?: readonly EcsDocType[]): doc is DocUnit & { readonly kind: EcsKind } {
  if (doc.kind.family !== 'ecs' || doc.templated || !doc.root) return false;
  return !types || types.includes(doc.kind.type);
}
