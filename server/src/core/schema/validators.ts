/** ajv validators, compiled once per schema and mode, then cached for the life of the process. */
import Ajv, { type ValidateFunction } from 'ajv';
import type { Schema, SchemaStore } from './store';
import { K8S_ID } from './store';

export class Validators {
  private strictAjv?: Ajv;
  private looseAjv?: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor(private readonly store: SchemaStore) {}

  /** `strict` false drops `additionalProperties: false` (unknown fields allowed). */
  get(id: string, strict = true): ValidateFunction | undefined {
    const key = `${strict ? 's' : 'l'}:${id}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    let fn: ValidateFunction | null = null;
    try {
      const ajv = this.ajv(strict);
      // schemas loaded after the ajv instance was made (Kubernetes, workspace CRDs) are added on first use
      this.ensure(ajv, id.startsWith(K8S_ID) ? K8S_ID : id.split('#')[0], strict);
      fn = ajv.compile({ $ref: id });
    } catch {
      fn = null; // a schema we cannot compile means no schema check, never a crash
    }
    this.cache.set(key, fn);
    return fn ?? undefined;
  }

  private ajv(strict: boolean): Ajv {
    const existing = strict ? this.strictAjv : this.looseAjv;
    if (existing) return existing;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false, validateSchema: false, verbose: true, inlineRefs: false });
    for (const s of this.store.all()) if (typeof s.$id === 'string') ajv.addSchema(strict ? s : loosen(s));
    if (strict) this.strictAjv = ajv; else this.looseAjv = ajv;
    return ajv;
  }

  private ensure(ajv: Ajv, id: string, strict: boolean): void {
    if (ajv.getSchema(id)) return;
    const s = this.store.get(id);
    if (s) ajv.addSchema(strict ? s : loosen(s), id);
  }
}

/** A copy of the schema where unknown properties are allowed everywhere. */
function loosen(s: Schema): Schema {
  return JSON.parse(JSON.stringify(s), (k, v) => (k === 'additionalProperties' && v === false ? undefined : v));
}
