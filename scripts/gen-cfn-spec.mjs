#!/usr/bin/env node
/**
 * Generates the CloudFormation resource specification the cfn/ rules, completion and hover read,
 * from `@aws-cdk/aws-service-spec` (its db.json.gz: every resource type of the CloudFormation
 * registry with property types, required flags, allowed values, attributes and docs). Only what we
 * use is kept, in two gzip files so that diagnostics never pay for the docs. Both are JSON lines
 * (server/src/core/cfn/specLines.ts), gzipped:
 *
 *   dist/schemas/cfn-spec.json.gz   {"v": version, "r": ["AWS::X::Y", …]}      the header
 *                                   {"p": {Prop: [type, required?]}, "a": [attr…]}   one line per resource type, in r's order
 *                                   {Prop: [type, required?]}                  one line per property type, by index
 *   dist/schemas/cfn-docs.json.gz   the same header, then [doc, {Prop: doc}] per resource type and {Prop: doc} per property type
 *
 * Only the header is parsed when a file is read: a template reads a few dozen of the 1,800
 * resource types and 9,500 property types, each parsed on first use (spec.ts).
 *
 * A type is 's' string, 'i' integer, 'n' number, 'b' boolean, 'j' any JSON, 'd' date-time, 'g' a tag
 * ({Key, Value}), a number (the property type t[n]), ['a', T] a list, ['m', T] a map of T,
 * ['u', T…] any of them (a property's earlier types are kept this way: CloudFormation still takes
 * them), ['e', [values…]] a string of these values.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve('@aws-cdk/aws-service-spec/package.json'));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const OUT = process.env.GEN_CFN_OUT || join(root, 'dist', 'schemas');

const db = JSON.parse(gunzipSync(readFileSync(join(pkgDir, 'db.json.gz'))).toString('utf8'));
const typeDefs = new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t]));

/** property type $id → index in `t`, given in the order met (deterministic: resources sorted by name) */
const typeIndex = new Map();
const types = [];
const typeDocs = [];

function encode(t) {
  switch (t.type) {
    case 'string':
      return t.allowedValues?.length ? ['e', [...t.allowedValues]] : 's';
    case 'integer':
      return 'i';
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'json':
      return 'j';
    case 'date-time':
      return 'd';
    case 'tag':
      return 'g';
    case 'null':
      return 'j';
    case 'array':
      return ['a', encode(t.element)];
    case 'map':
      return ['m', encode(t.element)];
    case 'union':
      return union(t.types.map(encode));
    case 'ref':
      return refIndex(t.reference.$ref);
    default:
      return 'j';
  }
}

/** One flat union without repeats (a property's history nests unions in unions); one left is itself. */
function union(types) {
  const flat = types.flatMap((x) => (Array.isArray(x) && x[0] === 'u' ? x.slice(1) : [x]));
  const seen = new Set();
  const out = flat.filter((x) => {
    const k = JSON.stringify(x);
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return out.length === 1 ? out[0] : ['u', ...out];
}

function refIndex(id) {
  if (typeIndex.has(id)) return typeIndex.get(id);
  const def = typeDefs.get(id);
  if (!def) return 'j';
  const i = types.length;
  typeIndex.set(id, i);
  types.push(null);
  typeDocs.push(null);
  const [props, docs] = properties(def.properties ?? {});
  types[i] = props;
  typeDocs[i] = docs;
  return i;
}

function properties(ps) {
  const out = {};
  const docs = {};
  for (const name of Object.keys(ps).sort()) {
    const p = ps[name];
    const current = encode(p.type);
    const earlier = (p.previousTypes ?? []).map(encode);
    const type = earlier.length ? union([current, ...earlier]) : current;
    out[name] = p.required ? [type, 1] : [type];
    const d = shortDoc(p.documentation);
    if (d) docs[name] = d;
  }
  return [out, docs];
}

/** The first paragraph, cut at a sentence end within ~300 characters: enough for a hover. */
function shortDoc(text) {
  if (!text) return '';
  let s = text
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > 300) {
    const cut = s.slice(0, 300);
    const end = cut.lastIndexOf('. ');
    s = end > 80 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
  }
  return s;
}

const resources = {};
const resourceDocs = {};
const sorted = [...db.schema.resource.entities].sort((a, b) => (a.cloudFormationType < b.cloudFormationType ? -1 : 1));
for (const r of sorted) {
  const [p, docs] = properties(r.properties ?? {});
  resources[r.cloudFormationType] = { p, a: Object.keys(r.attributes ?? {}).sort() };
  resourceDocs[r.cloudFormationType] = [shortDoc(r.documentation), docs];
}

mkdirSync(OUT, { recursive: true });
const write = (file, value) => {
  const bytes = gzipSync(Buffer.from(value), { level: 9 });
  writeFileSync(join(OUT, file), bytes);
  return bytes.length;
};
/** JSON lines (server/src/core/cfn/specLines.ts): a header with the resource names, then one entry per line */
const lines = (r, t) => {
  const names = Object.keys(r);
  return (
    [JSON.stringify({ v: version, r: names }), ...names.map((n) => JSON.stringify(r[n])), ...t.map((x) => JSON.stringify(x))].join('\n') +
    '\n'
  );
};
const specBytes = write('cfn-spec.json.gz', lines(resources, types));
const docBytes = write('cfn-docs.json.gz', lines(resourceDocs, typeDocs));
if (process.env.GEN_CFN_VERBOSE)
  console.log(
    `cfn spec ${version}: ${sorted.length} resource types, ${types.length} property types; ` +
      `spec ${Math.round(specBytes / 1024)} KB, docs ${Math.round(docBytes / 1024)} KB (gzip)`,
  );
