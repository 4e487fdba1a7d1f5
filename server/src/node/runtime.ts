/** The core's runtime on Node: schemas and precompiled validators read from the extension's folder. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { CoreRuntime, SchemaSource } from '../core/runtime';
import { packageRoot } from './packageRoot';
import { bundledSchemaFiles } from './schemaFiles';

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

export function nodeSchemaSource(root = packageRoot()): SchemaSource {
  const validators = join(root, 'dist', 'schemas', 'validators');
  return {
    bundledSchemas: () => bundledSchemaFiles(root),
    kubernetesSchema: () => readOrUndefined(join(root, 'dist', 'schemas', 'kubernetes.json')),
    cfnSpec: () => gunzipText(readOrUndefined(join(root, 'dist', 'schemas', 'cfn-spec.json.gz'))),
    awsCliSchema: () => readOrUndefined(join(root, 'dist', 'schemas', 'aws-cli.json')),
    cfnDocs: () => gunzipText(readOrUndefined(join(root, 'dist', 'schemas', 'cfn-docs.json.gz'))),
    validatorIndex: () => readOrUndefined(join(validators, 'index.json'))?.toString('utf8'),
    validatorChunk(file) {
      try {
        // a run-time require of a build output, not bundled into the server
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(join(validators, file)) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}

export function nodeRuntime(root?: string): CoreRuntime {
  return { schemas: nodeSchemaSource(root) };
}

/** the host's clock for the EKS calendar (the server and the CLI; tests leave it out) */
export const utcToday = (): string => new Date().toISOString().slice(0, 10);
