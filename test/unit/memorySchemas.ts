/** A schema source held in memory: tests give the core tiny schemas without writing files. */
import type { SchemaSource } from '../../server/src/core/runtime';
import { ID_BASE } from '../../server/src/core/schema/sources';

type Json = Record<string, unknown>;

export function memorySchemaSource(opts: { bundled?: Json[]; kubernetes?: Json }): SchemaSource {
  const bundled = (opts.bundled ?? []).map((schema, i) => {
    const id = typeof schema.$id === 'string' ? schema.$id : `${ID_BASE}test-${i}.schema.json`;
    return { id, text: JSON.stringify(schema), schema };
  });
  const kubernetes = opts.kubernetes ? new TextEncoder().encode(JSON.stringify(opts.kubernetes)) : undefined;
  return {
    bundledSchemas: () => bundled,
    kubernetesSchema: () => kubernetes,
    validatorIndex: () => undefined,
    validatorChunk: () => undefined,
  };
}
