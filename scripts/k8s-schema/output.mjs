/**
 * Writes the generated Kubernetes schema as two files: `kubernetes.json` without the field
 * descriptions, which every Kubernetes document's first diagnosis reads and parses, and
 * `kubernetes-docs.json` with them (two thirds of the bytes), which the server reads on the first
 * hover or completion (SchemaStore.wantDocs puts them back in place). Parsing the 1.3 MB file
 * took ~50 ms of each cold start; the 0.45 MB one takes ~10.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** Keywords whose value maps names to subschemas, and those whose value is a subschema or a list of them (as prepare.ts). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
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
 * Moves each schema's `description` into a tree of the same shape holding only them. Schema-aware:
 * a property *named* `description`, a default value's or the version table's keys stay.
 * Returns the docs tree, or undefined when `s` holds none.
 */
export function splitDescriptions(s) {
  if (Array.isArray(s)) {
    const out = {};
    s.forEach((x, i) => {
      const d = splitDescriptions(x);
      if (d) out[i] = d;
    });
    return Object.keys(out).length ? out : undefined;
  }
  if (!s || typeof s !== 'object') return undefined;
  const out = {};
  if (typeof s.description === 'string') {
    out.description = s.description;
    delete s.description;
  }
  for (const [k, v] of Object.entries(s)) {
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      const m = {};
      for (const [name, sub] of Object.entries(v)) {
        const d = Array.isArray(sub) ? undefined : splitDescriptions(sub);
        if (d) m[name] = d;
      }
      if (Object.keys(m).length) out[k] = m;
    } else if (SUBSCHEMAS.has(k)) {
      const d = splitDescriptions(v);
      if (d) out[k] = d;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** JSON with every non-ASCII character escaped: an ASCII file decodes to a one-byte string, several times quicker than UTF-8 with a few accents */
export const asciiJson = (v) =>
  `${JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

/** the docs file beside `out`: kubernetes.json → kubernetes-docs.json */
export const docsPath = (out) => join(dirname(out), `${basename(out, '.json')}-docs.json`);

function writeIfChanged(path, text) {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    /* first build */
  }
  if (old !== text) writeFileSync(path, text); // unchanged output keeps its mtime (watch mode, caches)
}

/** Writes `schema` (its descriptions taken out) to `out` and the descriptions beside it; returns the schema file's text. */
export function writeSchema(schema, out) {
  const docs = splitDescriptions(schema) ?? {};
  const text = asciiJson(schema);
  mkdirSync(dirname(out), { recursive: true });
  writeIfChanged(out, text);
  writeIfChanged(docsPath(out), asciiJson(docs));
  return text;
}
