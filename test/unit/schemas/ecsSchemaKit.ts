/** The bundled ECS schemas loaded once under ajv strict mode, and small assertions over them (shared by the schema tests). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { packageRoot } from '../../../server/src/node/packageRoot';
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DIR = join(packageRoot(), 'schemas', 'ecs');
export const BASE = 'https://ecs-eks-architect.local/schemas/ecs/';
export const EXTRA_KEYWORDS = ['x-doc-url', 'x-read-only', 'x-pattern-hint', 'patternErrorMessage', 'deprecationMessage', 'markdownDescription', 'defaultSnippets'];
export const FILES = readdirSync(DIR).filter((f) => f.endsWith('.schema.json')).sort();
export const SCHEMAS: Json[] = FILES.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')));

export function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const k of EXTRA_KEYWORDS) ajv.addKeyword(k);
  for (const s of SCHEMAS) ajv.addSchema(s);
  return ajv;
}
export const ajv = makeAjv();
export const validator = (name: string): ValidateFunction => {
  const v = ajv.getSchema(`${BASE}${name}.schema.json`);
  assert.ok(v, `schema ${name} not found`);
  return v;
};
export const errorsOf = (name: string, doc: unknown): string[] => {
  const v = validator(name);
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
};
export const assertValid = (name: string, doc: unknown) => assert.deepEqual(errorsOf(name, doc), [], `${name} should accept ${JSON.stringify(doc).slice(0, 200)}`);
export const assertInvalid = (name: string, doc: unknown, path: string) => {
  const errs = errorsOf(name, doc);
  assert.ok(errs.some((e) => e.startsWith(`${path} `)), `${name} should report ${path}; got ${JSON.stringify(errs)}`);
};

// ---------- documents ----------
