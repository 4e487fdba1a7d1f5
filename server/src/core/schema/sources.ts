/**
 * The bundled schema files and their fingerprints. Shared by the store (run time) and
 * scripts/gen-validators.mjs (build time): precompiled validators carry the fingerprint of the
 * files they were made from, and are used only when the server loaded the very same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ID_BASE = 'https://ecs-eks-architect.local/schemas/';

export interface SchemaFile {
  id: string;
  text: string;
  schema: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A string hashes as its UTF-8 bytes: the same digest as the file's content. */
export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

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

/** One hash for a set of schema files, whatever order the folder listing gave. */
export function bundledFingerprint(files: Array<Pick<SchemaFile, 'id' | 'text'>>): string {
  return sha1(
    files
      .map((f) => `${f.id}\n${sha1(f.text)}`)
      .sort()
      .join('\n'),
  );
}
