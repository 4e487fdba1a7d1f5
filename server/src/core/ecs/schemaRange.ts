/**
 * Ranges and patterns belong to the schema. A rule that also knows one asks here first, so that
 * the user sees one finding: the rule only speaks when the bundled schema says nothing.
 */
import type { DocKind } from '../types';
import type { JsonPath } from '../parse/tree';
import type { SchemaStore } from '../schema/store';
import { schemasAtPath } from '../schema/navigate';
import { ecsSchemaId } from './schemaId';

function schemasAt(store: SchemaStore | undefined, kind: DocKind, path: JsonPath) {
  if (!store) return [];
  const id = kind.family === 'ecs' ? ecsSchemaId(kind) : undefined;
  const root = id ? store.resolve(id) : undefined;
  if (!id || !root) return [];
  return schemasAtPath(store, { schema: root, base: id }, path);
}

export function schemaHasRange(store: SchemaStore | undefined, kind: DocKind, path: JsonPath): boolean {
  return schemasAt(store, kind, path).some((l) => typeof l.schema.minimum === 'number' || typeof l.schema.maximum === 'number');
}

/** the schema's `pattern` at `path` rejects `value` (the schema then reports it) */
export function schemaPatternRejects(store: SchemaStore | undefined, kind: DocKind, path: JsonPath, value: string): boolean {
  return schemasAt(store, kind, path).some((l) => {
    if (typeof l.schema.pattern !== 'string') return false;
    try {
      return !new RegExp(l.schema.pattern, 'u').test(value);
    } catch {
      return false;
    }
  });
}
