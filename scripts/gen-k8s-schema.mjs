#!/usr/bin/env node
/**
 * Generates dist/schemas/kubernetes.json (draft-07) from the `kubernetes-models` package (built from
 * the newest Kubernetes release's OpenAPI): its .d.ts files carry every built-in kind, field types,
 * enums, optionality and the API's field descriptions. Read with the TypeScript parser only (no type
 * checker: fast and deterministic); see k8s-schema/readModels.mjs.
 *
 * The field descriptions go to dist/schemas/kubernetes-docs.json, read on the first hover or
 * completion (k8s-schema/output.mjs). Output shape (read by server/src/core/schema/store.ts and the
 * completion/hover code):
 *   $id            https://ecs-eks-architect.local/schemas/kubernetes.json
 *   definitions    `io.k8s.api.<group>.<version>.<Kind>` and apimachinery types (ObjectMeta…)
 *   x-kinds        "<apiVersion>/<kind>" → definition name, for every object one can apply
 * Objects are closed (`additionalProperties: false`, strict mode); the validator loosens a copy.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDescription, defaultFrom, isDeprecated } from './k8s-schema/describe.mjs';
import { extraDefinitions } from './k8s-schema/extras.mjs';
import { ENUMS, withEnum } from './k8s-schema/enums.mjs';
import { modelsVersion, readModels, typeMetaFields } from './k8s-schema/readModels.mjs';
import { ADDONS, addonKindWanted, addonPrefix, addonVersions, ajvChecks, withChecks } from './k8s-schema/addons.mjs';
import { versionTable } from './k8s-schema/versions.mjs';
import { writeSchema } from './k8s-schema/output.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The oldest Kubernetes minor the extension checks against: kinds it no longer serves are left out. */
const OLDEST_MINOR = 29;
const pkgVersion = modelsVersion(root);
/**
 * The Kubernetes release each kubernetes-models version is generated from (its scripts/generate.ts,
 * VERSIONS' last entry). A new package version must be added here: the schema states its release.
 */
const KUBERNETES_OF_MODELS = { '5.1.0': '1.36' };
const kubernetesVersion = KUBERNETES_OF_MODELS[pkgVersion];
if (!kubernetesVersion)
  throw new Error(
    `gen-k8s-schema: which Kubernetes release is kubernetes-models ${pkgVersion} built from? Add it to KUBERNETES_OF_MODELS.`,
  );
// GEN_K8S_OUT: write elsewhere (the determinism test compares two runs)
const OUT = process.env.GEN_K8S_OUT || join(root, 'dist', 'schemas', 'kubernetes.json');
const ID = 'https://ecs-eks-architect.local/schemas/kubernetes.json';

/** the add-ons' modules (named by API group, e.g. `karpenter.sh/v1`), filled once the models are read */
const addonModules = new Set();

/** module (e.g. `apps/v1`, named like Go's packages) → the OpenAPI definition prefix Kubernetes uses */
function prefixOf(mod) {
  if (addonModules.has(mod)) return addonPrefix(mod);
  const fixed = {
    'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
    runtime: 'io.k8s.apimachinery.pkg.runtime',
    'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
    'util/intstr': 'io.k8s.apimachinery.pkg.util.intstr',
    version: 'io.k8s.apimachinery.pkg.version',
    'apiextensions/v1': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1',
    'apiextensions/v1beta1': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1',
    'apiregistration/v1': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1',
    'apiregistration/v1beta1': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1',
  };
  return fixed[mod] ?? `io.k8s.api.${mod.replace('/', '.')}`;
}

/** Scalar aliases of apimachinery, written inline where used. */
const SCALARS = {
  'api/resource.Quantity': { type: ['string', 'number'] },
  'meta/v1.Time': { type: 'string' },
  'meta/v1.MicroTime': { type: 'string' },
  'util/intstr.IntOrString': { type: ['integer', 'string'] },
};
/**
 * Empty interfaces that hold any JSON: JSON, RawExtension, and the JSON-schema unions the Go code
 * marshals by hand (an `items` that is a schema or a list of them, `additionalProperties` that is a
 * schema or a boolean, a dependency that is a schema or a list of names).
 */
const ANY_VALUE = new Set(['apiextensions/v1.JSON', 'apiextensions/v1beta1.JSON', 'runtime.RawExtension']);
/**
 * The JSON-schema unions the Go code marshals by hand (empty interfaces in the package), written
 * inline: `items` is a schema or a list of them, `additionalProperties` a schema or a boolean, a
 * dependency a schema or a list of property names.
 */
const SCHEMA_UNIONS = {
  JSONSchemaPropsOrArray: (props) => ({ anyOf: [props, { type: 'array', items: props }] }),
  JSONSchemaPropsOrBool: (props) => ({ anyOf: [props, { type: 'boolean' }] }),
  JSONSchemaPropsOrStringArray: (props) => ({ anyOf: [props, { type: 'array', items: { type: 'string' } }] }),
};
/** The few Kubernetes fields that are floats; every other TS `number` is an int32/int64. */
const FLOATS = new Set([
  'apiextensions/v1.JSONSchemaProps.maximum',
  'apiextensions/v1.JSONSchemaProps.minimum',
  'apiextensions/v1.JSONSchemaProps.multipleOf',
]);

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

/** server/src/core/k8s/removedApis.ts, compiled on the fly: one removals table for the generator and the server */
async function loadRemovedApis() {
  const src = readFileSync(join(root, 'server/src/core/k8s/removedApis.ts'), 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)).removedApis();
}
const removed = await loadRemovedApis();
/** kubernetes-models keeps the removed beta APIs of old releases; those no supported cluster serves are left out (smaller schema) */
const goneBy = (r) => Number(r.removedIn.split('.')[1]) <= OLDEST_MINOR;
const goneBeforeOldest = (apiVersion, kind) => {
  const r = removed.get(`${apiVersion}/${kind}`);
  if (r) return goneBy(r);
  // a subresource kind (Scale, Eviction, DeploymentRollback) of a group version removed as a whole
  const same = [...removed].filter(([pair]) => pair.slice(0, pair.lastIndexOf('/')) === apiVersion);
  return same.length > 0 && same.every(([, x]) => goneBy(x));
};

function generate() {
  const modules = readModels(root);
  const typeMeta = typeMetaFields(root);
  for (const [mod, m] of modules) if (m.addon) addonModules.add(mod);
  /** an add-on type's ajv checks, read once per type */
  const checksCache = new Map();
  const checksOf = (mod, name) => {
    const file = modules.get(mod)?.schemaFiles?.get(name);
    if (!file) return undefined;
    if (!checksCache.has(file)) checksCache.set(file, ajvChecks(file));
    return checksCache.get(file);
  };
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
    if (mod.startsWith('apiextensions/') && SCHEMA_UNIONS[name]) return SCHEMA_UNIONS[name](refTo(`${mod}.JSONSchemaProps`));
    const decl = modules.get(mod)?.decls.get(name);
    if (!decl) throw new Error(`gen-k8s-schema: unresolved type ${qualified}`);
    if (ts.isTypeAliasDeclaration(decl)) return withChecks(convert(decl.type, mod, qualified), checksOf(mod, name)?.own);
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
        // an add-on's status codes (Gateway API redirects: `301 | 302`)
        if (ts.isNumericLiteral(t.literal)) return { type: 'integer', enum: [Number(t.literal.text)] };
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
        // enum values from the API's OpenAPI (`"Never" | "PreemptLowerPriority"`)
        if (t.types.every((x) => ts.isLiteralTypeNode(x) && ts.isStringLiteral(x.literal)))
          return { type: 'string', enum: t.types.map((x) => x.literal.text) };
        if (t.types.every((x) => ts.isLiteralTypeNode(x) && ts.isNumericLiteral(x.literal)))
          return { type: 'integer', enum: t.types.map((x) => Number(x.literal.text)) };
        const kinds = t.types.map((x) => x.kind);
        // IntOrString: the API takes either an integer or a string such as "25%" or a port name
        if (kinds.length === 2 && kinds.includes(ts.SyntaxKind.NumberKeyword) && kinds.includes(ts.SyntaxKind.StringKeyword))
          return { type: ['integer', 'string'] };
        return { anyOf: t.types.map((x) => convert(x, mod, where)) };
      }
      case ts.SyntaxKind.TypeLiteral: {
        const index = t.members.find(ts.isIndexSignatureDeclaration);
        if (index && t.members.length === 1) return { type: 'object', additionalProperties: convert(index.type, mod, where) };
        // kubernetes-models writes the PersistentVolumeClaim out in place (its generator's patch)
        if (/StatefulSetSpec\.volumeClaimTemplates$/.test(where)) return refTo('core/v1.PersistentVolumeClaim');
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
      const s = withChecks(
        withEnum(`${qualified}.${name}`, convert(m.type, mod, `${qualified}.${name}`)),
        checksOf(mod, qualified.slice(dot + 1))?.fields[name],
      );
      enumsUsed.add(`${qualified}.${name}`);
      // a kind's literal `apiVersion`/`kind` has no words of its own: TypeMeta's describe them
      const doc = docOf(m) || (ts.isLiteralTypeNode(m.type) && typeMeta.has(name) ? docOf(typeMeta.get(name)) : '');
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
      // a document is routed by apiVersion + kind; an embedded object (a StatefulSet's claim templates) may leave them out
      if (!m.questionToken && name !== 'apiVersion' && name !== 'kind') required.push(name);
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
      if (!apiVersion || !kind || goneBeforeOldest(apiVersion, kind)) continue;
      if (m.addon && !addonKindWanted(apiVersion, kind)) continue;
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

  // a key that matched no field is a typo or a field the package renamed: fail loudly
  const unused = Object.keys(ENUMS).filter((k) => !enumsUsed.has(k));
  if (unused.length) throw new Error(`gen-k8s-schema: enum keys that match no field: ${unused.join(', ')}`);

  const extra = extraDefinitions({
    // a List's add-on items stay unchecked, as custom resources were: the List validator reaches every
    // kind it checks, and the add-ons would double its size
    kinds: Object.fromEntries(Object.entries(kinds).filter(([, def]) => !def.startsWith('addon.'))),
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
    description: `Generated from kubernetes-models ${pkgVersion} (Kubernetes ${kubernetesVersion}) by scripts/gen-k8s-schema.mjs. Do not edit.`,
    'x-kubernetes-version': kubernetesVersion,
    // the add-ons' API groups → the package their schemas come from (hover and docs name it)
    'x-addons': Object.fromEntries(
      Object.entries(ADDONS).flatMap(([pkg, groups]) => groups.map((g) => [g, `${pkg} ${addonVersions(root)[pkg]}`])),
    ),
    'x-kinds': sortObj(kinds),
    definitions: sortObj(definitions),
  };
}

/**
 * Fields the models leave out: the admission `Rule` that Go inlines into RuleWithOperations,
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
schema['x-versions'] = versionTable(schema, root, kubernetesVersion, `kubernetes-models ${pkgVersion}`);
const text = writeSchema(schema, OUT);
if (process.env.GEN_K8S_VERBOSE) {
  console.log(
    `kubernetes.json: ${Object.keys(schema['x-kinds']).length} kinds, ${Object.keys(schema.definitions).length} definitions, ${(text.length / 1024).toFixed(0)} KB in ${Date.now() - started} ms`,
  );
}
