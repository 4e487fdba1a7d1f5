/** The core's runtime on Node: schemas and precompiled validators read from the extension's folder. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { CoreRuntime, SchemaSource } from '../core/runtime';
import { packageRoot } from './packageRoot';
import { bundledSchemaFiles } from './schemaFiles';
import { cacheFolder } from './codeCache';
import { requireCached } from './cachedRequire';

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // not built (no Kubernetes schema, no precompiled validators): the core copes
  }
}

function gunzipText(bytes: Buffer | undefined): string | undefined {
  try {
    return bytes && gunzipSync(bytes).toString('utf8');
  } catch {
    return undefined; // a damaged file: templates get no property checks rather than a crash
  }
}

export interface NodeRuntimeOptions {
  /**
   * Load the validator chunks through V8's code cache (`dist/.code-cache`, see cachedRequire.ts):
   * the server, which starts often and loads the same chunks each time. The CLI and tests leave it
   * off and write nothing.
   */
  codeCache?: boolean;
}

export function nodeSchemaSource(root = packageRoot(), opts: NodeRuntimeOptions = {}): SchemaSource {
  const validators = join(root, 'dist', 'schemas', 'validators');
  const cache = opts.codeCache ? cacheFolder(join(root, 'dist')) : undefined;
  return {
    bundledSchemas: () => bundledSchemaFiles(root),
    kubernetesSchema: () => readOrUndefined(join(root, 'dist', 'schemas', 'kubernetes.json')),
    kubernetesDocs: () => readOrUndefined(join(root, 'dist', 'schemas', 'kubernetes-docs.json')),
    cfnSpec: () => gunzipText(readOrUndefined(join(root, 'dist', 'schemas', 'cfn-spec.json.gz'))),
    awsCliSchema: () => readOrUndefined(join(root, 'dist', 'schemas', 'aws-cli.json')),
    cfnDocs: () => gunzipText(readOrUndefined(join(root, 'dist', 'schemas', 'cfn-docs.json.gz'))),
    validatorIndex: () => readOrUndefined(join(validators, 'index.json'))?.toString('utf8'),
    validatorChunk(file) {
      try {
        // a run-time require of a build output, not bundled into the server
        if (cache) return requireCached(join(validators, file), cache) as Record<string, unknown>;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(join(validators, file)) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}

export function nodeRuntime(root?: string, opts?: NodeRuntimeOptions): CoreRuntime {
  return { schemas: nodeSchemaSource(root, opts) };
}

/** the host's clock for the EKS calendar (the server and the CLI; tests leave it out) */
export const utcToday = (): string => new Date().toISOString().slice(0, 10);
