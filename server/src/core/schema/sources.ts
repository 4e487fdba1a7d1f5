/**
 * The bundled schemas' ids and fingerprints. Shared by the store (run time) and
 * scripts/gen-validators.mjs (build time): precompiled validators carry the fingerprint of the
 * files they were made from, and are used only when the server loaded the very same files.
 */
import { createHash } from 'node:crypto';

export const ID_BASE = 'https://ecs-eks-architect.local/schemas/';

export interface SchemaFile {
  id: string;
  text: string;
  schema: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A string hashes as its UTF-8 bytes: the same digest as the file's content. */
export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

/** One hash for a set of schema files, whatever order the folder listing gave. */
export function bundledFingerprint(files: Array<Pick<SchemaFile, 'id' | 'text'>>): string {
  return sha1(
    files
      .map((f) => `${f.id}\n${sha1(f.text)}`)
      .sort()
      .join('\n'),
  );
}
