/**
 * ajv validators, one per schema and mode, cached for the life of the process. The bundled schemas
 * (built-in Kubernetes kinds, ECS, eksctl) come precompiled from the build (scripts/gen-validators.mjs)
 * when those files were made from the schema files loaded here; anything else (workspace CRDs, a build
 * without them) is compiled here, with the same options.
 */
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { Schema, SchemaStore } from './store';
import { K8S_ID } from './store';
import { AJV_OPTIONS, k8sForValidation, loosen } from './prepare';

/** dist/schemas/validators/index.json */
interface BuildIndex {
  fingerprints: { k8s?: string; bundled?: string };
  strict: Record<string, string>;
  loose: Record<string, string>;
}

export class Validators {
  private strictAjv?: Ajv;
  private looseAjv?: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();
  private index?: BuildIndex | null;
  private readonly chunks = new Map<string, Record<string, unknown> | null>();

  /** `usePrecompiled` false always compiles at run time (tests compare both ways). */
  constructor(
    private readonly store: SchemaStore,
    private readonly usePrecompiled = true,
  ) {}

  /** `strict` false drops `additionalProperties: false` (unknown fields allowed). */
  get(id: string, strict = true): ValidateFunction | undefined {
    const key = `${strict ? 's' : 'l'}:${id}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    let fn: ValidateFunction | null = null;
    try {
      fn = this.fromBuild(id, strict) ?? this.compile(id, strict);
    } catch {
      fn = null; // a schema we cannot compile means no schema check, never a crash
    }
    this.cache.set(key, fn);
    return fn ?? undefined;
  }

  /** Whether `get` answers this id from the build's precompiled code (tests, diagnostics of the build). */
  precompiled(id: string, strict = true): boolean {
    return !!this.fromBuild(id, strict);
  }

  private compile(id: string, strict: boolean): ValidateFunction {
    const ajv = this.ajv(strict);
    // schemas loaded after the ajv instance was made (Kubernetes, workspace CRDs) are added on first use
    this.ensure(ajv, id.startsWith(K8S_ID) ? K8S_ID : id.split('#')[0], strict);
    return ajv.compile({ $ref: id });
  }

  /** The build's function for a bundled schema, if it was made from the files this store loaded. */
  private fromBuild(id: string, strict: boolean): ValidateFunction | undefined {
    if (!this.usePrecompiled) return undefined;
    const index = this.buildIndex();
    const file = index?.[strict ? 'strict' : 'loose'][id];
    if (!index || !file) return undefined;
    const source = id.startsWith(K8S_ID) ? 'k8s' : 'bundled';
    if (!index.fingerprints[source] || index.fingerprints[source] !== this.store.fingerprint(source)) return undefined;
    const fn = this.chunk(file)?.[id];
    return typeof fn === 'function' ? (fn as ValidateFunction) : undefined;
  }

  private buildIndex(): BuildIndex | null {
    if (this.index !== undefined) return this.index;
    try {
      const text = this.store.source.validatorIndex();
      const parsed = (text ? JSON.parse(text) : null) as BuildIndex | null;
      this.index = parsed?.fingerprints && parsed.strict && parsed.loose ? parsed : null;
    } catch {
      this.index = null; // no precompiled validators (a build without them): compile at run time
    }
    return this.index;
  }

  private chunk(file: string): Record<string, unknown> | null {
    let mod = this.chunks.get(file);
    if (mod !== undefined) return mod;
    mod = this.store.source.validatorChunk(file) ?? null;
    this.chunks.set(file, mod);
    return mod;
  }

  private ajv(strict: boolean): Ajv {
    const existing = strict ? this.strictAjv : this.looseAjv;
    if (existing) return existing;
    // loaded on first need: with precompiled validators, most sessions never need ajv itself
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: AjvClass } = require('ajv') as typeof import('ajv');
    const ajv = new AjvClass({ ...AJV_OPTIONS });
    for (const s of this.store.all()) if (typeof s.$id === 'string') ajv.addSchema(prepared(s, strict));
    if (strict) this.strictAjv = ajv;
    else this.looseAjv = ajv;
    return ajv;
  }

  private ensure(ajv: Ajv, id: string, strict: boolean): void {
    if (ajv.getSchema(id)) return;
    const s = this.store.get(id);
    if (s) ajv.addSchema(prepared(s, strict), id);
  }
}

/** The copy ajv compiles: the Kubernetes schema exactly as the build precompiles it. */
function prepared(s: Schema, strict: boolean): Schema {
  if (s.$id === K8S_ID) return k8sForValidation(s, strict);
  return strict ? s : loosen(s);
}
