/**
 * What the validators compile, shared by the run-time compile (validators.ts) and the build-time
 * precompile (scripts/gen-validators.mjs bundles this file), so both produce the same functions.
 * No imports: the generator loads this module on its own.
 */

/** ajv options for every validator; `verbose` because the error mapping reads `parentSchema`. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  validateFormats: false,
  validateSchema: false,
  verbose: true,
  inlineRefs: false,
} as const;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the schema where unknown properties are allowed everywhere. */
export function loosen<T>(s: T): T {
  return JSON.parse(JSON.stringify(s), (k, v) => (k === 'additionalProperties' && v === false ? undefined : v));
}

/** Keywords that only document (hover, completion): validation never reads them. */
const ANNOTATIONS = new Set(['description', 'default', 'deprecated', 'title', 'examples', 'x-read-only']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
/** Keywords whose value is a subschema or a list of them. */
const SUBSCHEMAS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'allOf',
  'anyOf',
  'oneOf',
]);

/**
 * A copy of the schema without annotations. The Kubernetes schema is mostly descriptions; the
 * precompiled validators embed each subschema (errors carry `parentSchema`), so this keeps that
 * code small. Schema-aware: a property *named* `description` stays.
 */
export function stripAnnotations(s: Json): Json {
  if (Array.isArray(s)) return s.map(stripAnnotations);
  if (!s || typeof s !== 'object') return s;
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (ANNOTATIONS.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, Array.isArray(sub) ? sub : stripAnnotations(sub)]));
    } else out[k] = SUBSCHEMAS.has(k) ? stripAnnotations(v) : v;
  }
  return out;
}

/** A List's item in the bundled schema routes to every kind (hover, completion use that). */
const LIST_ITEM = 'io.k8s.api.core.v1.ListItem';

/**
 * The Kubernetes schema as the validators compile it, strict or loosened. A List's items only
 * have to name their kind here: each is checked against that kind's own validator
 * (k8s/listItems.ts), so the List's validator is not one of every kind.
 */
export function k8sForValidation(s: Json, strict: boolean): Json {
  const bare = stripAnnotations(s);
  if (bare.definitions?.[LIST_ITEM])
    bare.definitions[LIST_ITEM] = {
      type: 'object',
      properties: { apiVersion: { type: 'string' }, kind: { type: 'string' } },
      required: ['apiVersion', 'kind'],
    };
  return strict ? bare : loosen(bare);
}
