/** Reads the committed ECS and eksctl schema files (the Node runtime's part of the schema source). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ID_BASE, type SchemaFile } from '../core/schema/sources';

/** ECS and eksctl schemas under `<root>/schemas` (committed JSON), keyed by their `$id`. */
export function bundledSchemaFiles(root: string): SchemaFile[] {
  const out: SchemaFile[] = [];
  for (const dir of [join(root, 'schemas', 'ecs'), join(root, 'schemas')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.schema.json')) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      const schema = JSON.parse(text);
      out.push({ id: typeof schema.$id === 'string' ? schema.$id : `${ID_BASE}${dir.endsWith('ecs') ? 'ecs/' : ''}${f}`, text, schema });
    }
  }
  return out;
}
