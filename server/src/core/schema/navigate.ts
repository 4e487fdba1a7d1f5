/** Walks a schema along a document path, following $ref and the anyOf/oneOf/allOf branches. */
import type { JsonPath } from '../parse/tree';
import type { Schema, SchemaStore } from './store';
import { asText } from '../text/asText';

export interface Located {
  schema: Schema;
  base: string;
}

/** Expand $ref and combinators into the flat list of schemas that apply at one spot. */
export function expand(store: SchemaStore, s: Located, depth = 0): Located[] {
  if (!s.schema || typeof s.schema !== 'object' || depth > 32) return [];
  let cur = s;
  if (typeof cur.schema.$ref === 'string') {
    const target = store.resolve(cur.schema.$ref, cur.base);
    if (!target) return [];
    const base = cur.schema.$ref.startsWith('#') ? cur.base : resolveBase(cur.schema.$ref, cur.base);
    // sibling keywords next to $ref (description, default) still count
    const { $ref: _ignored, ...rest } = cur.schema;
    const expanded = expand(store, { schema: target, base }, depth + 1);
    return Object.keys(rest).length ? [{ schema: rest, base: cur.base }, ...expanded] : expanded;
  }
  if (typeof cur.schema.$id === 'string') cur = { schema: cur.schema, base: cur.schema.$id };
  const out: Located[] = [cur];
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = cur.schema[key];
    if (Array.isArray(list)) for (const sub of list) out.push(...expand(store, { schema: sub, base: cur.base }, depth + 1));
  }
  return out;
}

function resolveBase(ref: string, base: string): string {
  const file = ref.split('#')[0];
  return /^[a-z]+:/.test(file) ? file : new URL(file, base.split('#')[0]).toString();
}

export function schemasAtPath(store: SchemaStore, root: Located, path: JsonPath): Located[] {
  let current = expand(store, root);
  for (const seg of path) {
    const next: Located[] = [];
    for (const s of current) {
      const sch = s.schema;
      if (typeof seg === 'number' || (/^\d+$/.test(asText(seg)) && sch.items)) {
        if (sch.items && typeof sch.items === 'object')
          next.push(...expand(store, { schema: Array.isArray(sch.items) ? sch.items[0] : sch.items, base: s.base }));
        continue;
      }
      const prop = sch.properties?.[seg];
      if (prop) {
        next.push(...expand(store, { schema: prop, base: s.base }));
        continue;
      }
      if (sch.patternProperties) {
        for (const [re, ps] of Object.entries(sch.patternProperties)) {
          try {
            if (new RegExp(re, 'u').test(asText(seg))) next.push(...expand(store, { schema: ps as Schema, base: s.base }));
          } catch {
            /* bad pattern */
          }
        }
      }
      if (sch.additionalProperties && typeof sch.additionalProperties === 'object')
        next.push(...expand(store, { schema: sch.additionalProperties, base: s.base }));
    }
    current = next;
    if (!current.length) break;
  }
  return current;
}

/** Properties offered at an object position, merged across branches (first definition wins). */
export function propertiesOf(located: Located[]): Map<string, { schema: Schema; base: string; required: boolean }> {
  const out = new Map<string, { schema: Schema; base: string; required: boolean }>();
  for (const l of located) {
    const req = new Set<string>(Array.isArray(l.schema.required) ? l.schema.required : []);
    for (const [k, v] of Object.entries(l.schema.properties ?? {})) {
      if (!out.has(k)) out.set(k, { schema: v as Schema, base: l.base, required: req.has(k) });
    }
  }
  return out;
}

/** A short type name for hover and completion details. */
export function typeName(store: SchemaStore, located: Located[]): string {
  const types = new Set<string>();
  for (const l of located) {
    const t = l.schema.type;
    if (Array.isArray(t)) t.forEach((x: string) => types.add(x));
    else if (typeof t === 'string') types.add(t);
    else if (l.schema.enum) types.add('enum');
    else if (l.schema.properties) types.add('object');
  }
  void store;
  return [...types].join(' | ') || 'any';
}
