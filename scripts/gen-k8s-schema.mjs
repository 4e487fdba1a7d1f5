#!/usr/bin/env node
/**
 * Generates dist/schemas/kubernetes.json (draft-07) from the `kubernetes-types` package: its .d.ts
 * files carry every built-in kind, field types, optionality and the API's field descriptions.
 * Read with the TypeScript parser only (no type checker: fast and deterministic).
 *
 * Output shape (read by server/src/core/schema/store.ts and the completion/hover code):
 *   $id            https://ecs-eks-architect.local/schemas/kubernetes.json
 *   definitions    `io.k8s.api.<group>.<version>.<Kind>` and apimachinery types (ObjectMeta…)
 *   x-kinds        "<apiVersion>/<kind>" → definition name, for every object one can apply
 * Objects are closed (`additionalProperties: false`, strict mode); the validator loosens a copy.
 */
import ts from 'typescript';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDescription, defaultFrom, isDeprecated } from './k8s-schema/describe.mjs';
import { extraDefinitions } from './k8s-schema/extras.mjs';
import { ENUMS, withEnum } from './k8s-schema/enums.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve('kubernetes-types/package.json'));
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
// GEN_K8S_OUT: write elsewhere (the determinism test compares two runs)
const OUT = process.env.GEN_K8S_OUT || join(root, 'dist', 'schemas', 'kubernetes.json');
const ID = 'https://ecs-eks-architect.local/schemas/kubernetes.json';

/** kubernetes-types module (e.g. `apps/v1`) → the OpenAPI definition prefix Kubernetes uses */
function prefixOf(mod) {
  const fixed = {
    'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
    runtime: 'io.k8s.apimachinery.pkg.runtime',
    'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
    version: 'io.k8s.apimachinery.pkg.version',
    'apiextensions/v1': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1',
  };
  return fixed[mod] ?? `io.k8s.api.${mod.replace('/', '.')}`;
}

/** Scalar aliases of apimachinery, written inline where used. */
const SCALARS = {
  'api/resource.Quantity': { type: ['string', 'number'] },
  'meta/v1.Time': { type: 'string' },
  'meta/v1.MicroTime': { type: 'string' },
};
/** Empty interfaces hold any JSON (JSON, RawExtension) or any object (FieldsV1, Patch, …). */
const ANY_VALUE = new Set(['apiextensions/v1.JSON', 'runtime.RawExtension']);
/** The few Kubernetes fields that are floats; every other TS `number` is an int32/int64. */
const FLOATS = new Set([
  'apiextensions/v1.JSONSchemaProps.maximum',
  'apiextensions/v1.JSONSchemaProps.minimum',
  'apiextensions/v1.JSONSchemaProps.multipleOf',
]);

function listModules(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listModules(p));
    else if (name.endsWith('.d.ts'))
      out.push(
        relative(pkgDir, p)
          .replace(/\\/g, '/')
          .replace(/\.d\.ts$/, ''),
      );
  }
  return out;
}

/** Parse every module: its imports (local name → module) and its declarations. */
function readModules() {
  const modules = new Map();
  for (const mod of listModules(pkgDir)) {
    const text = readFileSync(join(pkgDir, `${mod}.d.ts`), 'utf8');
    const sf = ts.createSourceFile(`${mod}.d.ts`, text, ts.ScriptTarget.Latest, true);
    const imports = new Map();
    const decls = new Map();
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
        const from = join(dirname(mod), st.moduleSpecifier.text).replace(/\\/g, '/');
        for (const el of st.importClause.namedBindings.elements) imports.set(el.name.text, `${from}.${(el.propertyName ?? el.name).text}`);
      } else if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) {
        decls.set(st.name.text, st);
      }
    }
    modules.set(mod, { imports, decls });
  }
  return modules;
}

/** code-point order: the same on every machine and locale (localeCompare is not) */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const docOf = (node) => {
  const parts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '');
  return parts.join('\n\n');
};
const nameOf = (prop) => (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText());

function generate() {
  const modules = readModules();
  const definitions = {};
  const kinds = {};
  const pending = [];
  const emitted = new Set();
  const enumsUsed = new Set();

  /** `mod.Name` → a schema to use at a reference site (a $ref, or an inline scalar) */
  function refTo(qualified) {
    if (SCALARS[qualified]) return { ...SCALARS[qualified] };
    const dot = qualified.lastIndexOf('.');
    const mod = qualified.slice(0, dot);
    const name = qualified.slice(dot + 1);
    const decl = modules.get(mod)?.decls.get(name);
    if (!decl) throw new Error(`gen-k8s-schema: unresolved type ${qualified}`);
    if (ts.isTypeAliasDeclaration(decl)) return convert(decl.type, mod, qualified);
    if (!emitted.has(qualified)) {
      emitted.add(qualified);
      pending.push(qualified);
    }
    return { $ref: `#/definitions/${prefixOf(mod)}.${name}` };
  }

  function resolveName(name, mod) {
    const m = modules.get(mod);
    if (m.decls.has(name)) return `${mod}.${name}`;
    const imported = m.imports.get(name);
    if (!imported) throw new Error(`gen-k8s-schema: unknown type ${name} in ${mod}`);
    return imported;
  }

  /** A TypeScript type node → JSON schema. `where` (`mod.Type.field`) picks float fields. */
  function convert(t, mod, where) {
    switch (t.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: FLOATS.has(where) ? 'number' : 'integer' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return {};
      case ts.SyntaxKind.LiteralType:
        if (ts.isStringLiteral(t.literal)) return { type: 'string', enum: [t.literal.text] };
        throw new Error(`gen-k8s-schema: unsupported literal ${t.getText()} at ${where}`);
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: convert(t.elementType, mod, where) };
      case ts.SyntaxKind.ParenthesizedType:
        return convert(t.type, mod, where);
      case ts.SyntaxKind.TypeReference: {
        const name = t.typeName.getText();
        if (name === 'Array' && t.typeArguments?.length === 1) return { type: 'array', items: convert(t.typeArguments[0], mod, where) };
        return refTo(resolveName(name, mod));
      }
      case ts.SyntaxKind.UnionType: {
        const kinds = t.types.map((x) => x.kind);
        // IntOrString: the API takes either an integer or a string such as "25%" or a port name
        if (kinds.length === 2 && kinds.includes(ts.SyntaxKind.NumberKeyword) && kinds.includes(ts.SyntaxKind.StringKeyword))
          return { type: ['integer', 'string'] };
        return { anyOf: t.types.map((x) => convert(x, mod, where)) };
      }
      case ts.SyntaxKind.TypeLiteral: {
        const index = t.members.find(ts.isIndexSignatureDeclaration);
        if (index && t.members.length === 1) return { type: 'object', additionalProperties: convert(index.type, mod, where) };
        throw new Error(`gen-k8s-schema: unsupported object type at ${where}`);
      }
      default:
        throw new Error(`gen-k8s-schema: unsupported type ${ts.SyntaxKind[t.kind]} at ${where}`);
    }
  }

  function interfaceSchema(qualified) {
    const dot = qualified.lastIndexOf('.');
    const mod = qualified.slice(0, dot);
    const decl = modules.get(mod).decls.get(qualified.slice(dot + 1));
    const description = cleanDescription(docOf(decl));
    const members = decl.members.filter(ts.isPropertySignature);
    if (!members.length) {
      // an empty interface is a free-form value in the API
      return { ...(description ? { description } : {}), ...(ANY_VALUE.has(qualified) ? {} : { type: 'object' }) };
    }
    const properties = {};
    const required = [];
    for (const m of [...members].sort((a, b) => cmp(nameOf(a), nameOf(b)))) {
      const name = nameOf(m);
      const s = withEnum(`${qualified}.${name}`, convert(m.type, mod, `${qualified}.${name}`));
      enumsUsed.add(`${qualified}.${name}`);
      const doc = docOf(m);
      const text = cleanDescription(doc);
      const prop = { ...(text ? { description: text } : {}), ...s };
      const def = defaultFrom(doc, s);
      if (def !== undefined) prop.default = def;
      if (isDeprecated(doc)) prop.deprecated = true;
      // an object's status and server-set metadata are not for authors (completion skips them);
      // a plain `status: string` (a condition pattern in a Job's podFailurePolicy) is
      const statusObject = name === 'status' && typeof s.$ref === 'string';
      if (
        m.modifiers?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword) ||
        statusObject ||
        (qualified === 'meta/v1.ObjectMeta' && READ_ONLY_META.has(name))
      )
        prop['x-read-only'] = true;
      properties[name] = prop;
      if (!m.questionToken) required.push(name);
    }
    for (const [name, s] of Object.entries(missingFields(qualified, refTo))) if (!properties[name]) properties[name] = s;
    return {
      ...(description ? { description } : {}),
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  }

  // every declared interface is a candidate; top-level kinds are those with apiVersion + kind literals
  for (const [mod, m] of [...modules].sort(([a], [b]) => cmp(a, b))) {
    if (mod === 'meta/v1') continue; // Status, DeleteOptions, WatchEvent…: API responses, not objects one applies
    for (const [name, decl] of [...m.decls].sort(([a], [b]) => cmp(a, b))) {
      if (!ts.isInterfaceDeclaration(decl) || name.endsWith('List')) continue;
      const lit = (field) => {
        const p = decl.members.find((x) => ts.isPropertySignature(x) && nameOf(x) === field);
        return p?.type && ts.isLiteralTypeNode(p.type) && ts.isStringLiteral(p.type.literal) ? p.type.literal.text : undefined;
      };
      const apiVersion = lit('apiVersion');
      const kind = lit('kind');
      if (!apiVersion || !kind) continue;
      kinds[`${apiVersion}/${kind}`] = `${prefixOf(mod)}.${name}`;
      refTo(`${mod}.${name}`);
    }
  }
  refTo('meta/v1.ListMeta'); // for v1/List
  // every type reachable from the kinds (refTo queues each one once)
  while (pending.length) {
    const q = pending.shift();
    const dot = q.lastIndexOf('.');
    definitions[`${prefixOf(q.slice(0, dot))}.${q.slice(dot + 1)}`] = interfaceSchema(q);
  }

  // a key that matched no field is a typo or a field kubernetes-types renamed: fail loudly
  const unused = Object.keys(ENUMS).filter((k) => !enumsUsed.has(k));
  if (unused.length) throw new Error(`gen-k8s-schema: enum keys that match no field: ${unused.join(', ')}`);

  const extra = extraDefinitions({
    kinds,
    listMeta: `#/definitions/${prefixOf('meta/v1')}.ListMeta`,
    objectMeta: `#/definitions/${prefixOf('meta/v1')}.ObjectMeta`,
  });
  Object.assign(definitions, extra.definitions);
  Object.assign(kinds, extra.kinds);

  const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b)));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: ID,
    title: 'Kubernetes built-in kinds',
    description: `Generated from kubernetes-types ${pkgVersion} by scripts/gen-k8s-schema.mjs. Do not edit.`,
    'x-kubernetes-version': pkgVersion,
    'x-kinds': sortObj(kinds),
    definitions: sortObj(definitions),
  };
}

/**
 * Fields kubernetes-types leaves out: the admission `Rule` that Go inlines into RuleWithOperations,
 * and the `x-kubernetes-*` extensions of a CRD's schema. Without them real webhook configurations
 * and CRDs fail. Descriptions are ours.
 */
function missingFields(qualified, refTo) {
  if (/^admissionregistration\/v1\w*\.(Named)?RuleWithOperations$/.test(qualified)) {
    return {
      resources: {
        description:
          'Resources the rule applies to, e.g. `pods`, `pods/status` for a subresource, `*` for all, `*/scale` for a subresource of all.',
        type: 'array',
        items: { type: 'string' },
      },
      scope: {
        description: 'Which objects the rule matches: `Cluster` (cluster-scoped only), `Namespaced` (namespaced only) or `*` (both).',
        type: 'string',
        enum: ['Cluster', 'Namespaced', '*'],
        default: '*',
      },
    };
  }
  if (qualified === 'apiextensions/v1.JSONSchemaProps') {
    const bool = (description) => ({ description, type: 'boolean' });
    return {
      'x-kubernetes-embedded-resource': bool(
        'The value is a whole Kubernetes object: `apiVersion`, `kind` and `metadata` are allowed and checked.',
      ),
      'x-kubernetes-int-or-string': bool('The value may be an integer or a string (like a port number or name).'),
      'x-kubernetes-list-map-keys': {
        description: 'With `x-kubernetes-list-type: map`: the item fields that identify an item (used by server-side apply to merge).',
        type: 'array',
        items: { type: 'string' },
      },
      'x-kubernetes-list-type': {
        description:
          'How server-side apply merges the list: `atomic` (replace whole), `set` (unique scalars) or `map` (items keyed by `x-kubernetes-list-map-keys`).',
        type: 'string',
        enum: ['atomic', 'set', 'map'],
      },
      'x-kubernetes-map-type': {
        description: 'How server-side apply merges the object: `granular` (field by field) or `atomic` (replace whole).',
        type: 'string',
        enum: ['granular', 'atomic'],
      },
      'x-kubernetes-preserve-unknown-fields': bool(
        'Keep fields the schema does not list instead of dropping them (no pruning below this point).',
      ),
      'x-kubernetes-validations': {
        description: 'CEL rules the API server checks on create and update, e.g. `rule: self.min <= self.max`.',
        type: 'array',
        items: refTo('apiextensions/v1.ValidationRule'),
      },
    };
  }
  return {};
}

const READ_ONLY_META = new Set([
  'creationTimestamp',
  'deletionGracePeriodSeconds',
  'deletionTimestamp',
  'generation',
  'managedFields',
  'resourceVersion',
  'selfLink',
  'uid',
]);

const started = Date.now();
const schema = generate();
const text = `${JSON.stringify(schema)}\n`;
mkdirSync(dirname(OUT), { recursive: true });
let old = '';
try {
  old = readFileSync(OUT, 'utf8');
} catch {
  /* first build */
}
if (old !== text) writeFileSync(OUT, text); // unchanged output keeps its mtime (watch mode, caches)
if (process.env.GEN_K8S_VERBOSE) {
  console.log(
    `kubernetes.json: ${Object.keys(schema['x-kinds']).length} kinds, ${Object.keys(schema.definitions).length} definitions, ${(text.length / 1024).toFixed(0)} KB in ${Date.now() - started} ms`,
  );
}
