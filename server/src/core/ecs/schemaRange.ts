/**
 * Ranges belong to the schema. A rule that also knows a range asks this first, so that the
 * user sees one finding: the rule only speaks when the bundled schema says nothing.
 */
import type { DocKind } from '../types';
import type { JsonPath } from '../parse/tree';
import type { SchemaStore } from '../schema/store';
import { schemasAtPath } from '../schema/navigate';

export function schemaHasRange(store: SchemaStore | undefined, kind: DocKind, path: JsonPath): boolean {
  if (!store) return false;
  const id = store.schemaIdFor(kind);
  const root = id ? store.resolve(id) : undefined;
  if (!id || !root) return false;
  return schemasAtPath(store, { schema: root, base: id }, path).some((l) => typeof l.schema.minimum === 'number' || typeof l.schema.maximum === 'number');
}
