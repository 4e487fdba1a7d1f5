/**
 * The custom resources of the add-ons most EKS clusters run, from the MIT `@kubernetes-models/*`
 * packages (generated from each project's CRDs). Their `.d.ts` files give the shape and the field
 * docs, read like kubernetes-models' own (readModels.mjs); what the TypeScript types cannot say
 * (patterns, length and item limits, enums typed as `string`) is in the package's precompiled ajv
 * validators (`_schemas/<Type>.js`), read here from the error objects each check builds
 * (`schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"…"}`). Every subschema of those
 * validators is its own function, so a property's checks are the function called on `data.<name>`,
 * and an array's item checks the function called on `data[i0]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** package folder of `name`, resolved from the project root (readModels.mjs has the same; this file stays free of TypeScript for esbuild.mjs) */
const packageDir = (root, name) => dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`));

/** package → the API groups of it that the schema reads (the CRDs EKS setups apply, and the types they use) */
export const ADDONS = {
  '@kubernetes-models/karpenter': ['karpenter.sh', 'karpenter.k8s.aws'],
  '@kubernetes-models/keda': ['keda.sh'],
  '@kubernetes-models/gateway-api': ['gateway.networking.k8s.io'],
  '@kubernetes-models/prometheus-operator': ['monitoring.coreos.com'],
  '@kubernetes-models/cert-manager': ['cert-manager.io', 'acme.cert-manager.io'],
  '@kubernetes-models/external-secrets': ['external-secrets.io'],
};

/**
 * The kinds people write, by group (every version the package has): what a controller creates
 * (NodeClaim, Challenge, Order) and the big operator objects (Prometheus, Alertmanager) stay out,
 * which keeps the shipped schema small. `*`: every kind of the group.
 */
export const ADDON_KINDS = {
  'karpenter.sh': ['NodePool', 'NodeOverlay'],
  'karpenter.k8s.aws': ['EC2NodeClass'],
  'keda.sh': ['ScaledObject', 'ScaledJob', 'TriggerAuthentication', 'ClusterTriggerAuthentication'],
  'gateway.networking.k8s.io': ['*'],
  'monitoring.coreos.com': ['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe'],
  'cert-manager.io': ['Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer'],
  'external-secrets.io': [
    'ExternalSecret',
    'ClusterExternalSecret',
    'SecretStore',
    'ClusterSecretStore',
    'PushSecret',
    'ClusterPushSecret',
  ],
};

/** whether `apiVersion`/`kind` of an add-on module is one the schema offers */
export function addonKindWanted(apiVersion, kind) {
  const wanted = ADDON_KINDS[apiVersion.split('/')[0]];
  return !!wanted && (wanted.includes('*') || wanted.includes(kind));
}

/** `karpenter.sh/v1/NodePool` → `karpenter.sh/v1`; `github.com/awslabs/operatorpkg/status/Condition` → its folder */
export function addonModule(relPath) {
  return relPath.slice(0, relPath.lastIndexOf('/'));
}

/** an add-on module's definition prefix: `karpenter.sh/v1` → `addon.karpenter-sh.v1` (chunked by group and version) */
export function addonPrefix(mod) {
  const parts = mod.split('/');
  const version = parts.pop();
  return `addon.${parts.join('-').replace(/\./g, '-')}.${version}`;
}

/** whether a file of an add-on package belongs to the groups taken (shared `github.com/…` types always do) */
export function addonFileWanted(pkg, relPath) {
  const top = relPath.split('/')[0];
  return top === 'github.com' || ADDONS[pkg].includes(top);
}

export function addonVersions(root) {
  return Object.fromEntries(
    Object.keys(ADDONS).map((p) => [p, JSON.parse(readFileSync(join(packageDir(root, p), 'package.json'), 'utf8')).version]),
  );
}

const CALL = /(validate\d+)\(data(?:\.([$\w]+)|\[("(?:[^"\\]|\\.)*")\]),\{instancePath/g;
const ITEMS = /(validate\d+)\(data\[i\d+\],/;
const ERROR = /schemaPath:"#\/(\w+)",keyword:"\w+",params:\{(\w+):((?:"(?:[^"\\]|\\.)*")|[\w.]+)/g;
const NUMERIC = new Set(['maxItems', 'minItems', 'maxLength', 'minLength', 'maximum', 'minimum', 'maxProperties', 'minProperties']);

/** the validator module of one type, split into its functions' bodies, and its enum constants */
function readValidator(file) {
  if (!existsSync(file)) return undefined;
  const code = readFileSync(file, 'utf8');
  const consts = new Map();
  for (const m of code.matchAll(/let (schema\d+_enum)=(\[[^\]]*\])/g)) consts.set(m[1], JSON.parse(m[2]));
  const fns = new Map();
  const heads = [...code.matchAll(/function (validate\d+)\(data,/g)];
  heads.forEach((h, i) => fns.set(h[1], code.slice(h.index, heads[i + 1]?.index ?? code.length)));
  return { consts, fns };
}

/** the checks one validator function makes on its value (not those of the functions it calls) */
function checksOf(v, fn, depth = 0) {
  const body = v.fns.get(fn);
  if (!body || depth > 3) return {};
  const out = {};
  for (const [, kw, param, raw] of body.matchAll(ERROR)) {
    if (kw === 'pattern' && param === 'pattern') out.pattern = JSON.parse(raw);
    else if (kw === 'enum' && param === 'allowedValues') {
      const values = raw.startsWith('schema') ? v.consts.get(raw) : undefined;
      if (values?.every((x) => typeof x === 'string')) out.enum = values;
    } else if (kw === 'type' && param === 'type' && raw === '"number"') out.number = true;
    else if (NUMERIC.has(kw) && param === 'limit' && /^\d+(\.\d+)?$/.test(raw)) out[kw] = Number(raw);
  }
  // a nullable value: ajv lets `null` through its type check
  if (/"(?:string|number|boolean|object)"!=typeof data&&null!==data/.test(body)) out.nullable = true;
  const items = ITEMS.exec(body);
  if (items) {
    const inner = checksOf(v, items[1], depth + 1);
    if (Object.keys(inner).length) out.items = inner;
  }
  return out;
}

/**
 * The checks of each property of one type (`{ field: checks }`), and the type's own checks (for an
 * alias such as an enum of strings). `schemaFile`: the package's `_schemas/<LongName>.js`.
 */
export function ajvChecks(schemaFile) {
  const v = readValidator(schemaFile);
  if (!v) return { own: {}, fields: {} };
  const fields = {};
  for (const [, fn, dotted, quoted] of (v.fns.get('validate0') ?? '').matchAll(CALL)) {
    const name = dotted ?? JSON.parse(quoted);
    fields[name] ??= checksOf(v, fn);
  }
  return { own: checksOf(v, 'validate0'), fields };
}

/**
 * Apply ajv checks to a JSON schema made from the TypeScript type. Only scalars and arrays take
 * them: an object's checks are its own definition's.
 */
export function withChecks(schema, checks) {
  if (!checks || schema.$ref) return schema;
  const out = { ...schema };
  const scalar = out.type === 'string' || out.type === 'integer' || out.type === 'number';
  if (checks.number && out.type === 'integer') out.type = 'number';
  if (scalar && checks.pattern) out.pattern = checks.pattern;
  if (scalar && checks.enum && !out.enum) out.enum = checks.enum;
  for (const kw of ['maxLength', 'minLength', 'maximum', 'minimum']) if (scalar && checks[kw] !== undefined) out[kw] = checks[kw];
  if (out.type === 'array') {
    for (const kw of ['maxItems', 'minItems']) if (checks[kw] !== undefined) out[kw] = checks[kw];
    if (checks.items && out.items) out.items = withChecks(out.items, checks.items);
  }
  if (out.type === 'object' && out.additionalProperties !== undefined)
    for (const kw of ['maxProperties', 'minProperties']) if (checks[kw] !== undefined) out[kw] = checks[kw];
  if (checks.nullable && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/** The `_schemas` file of a type, from its `.d.ts` (`export type { INodePool as IIoK8s…NodePool, …}`). */
export function schemaFileOf(pkgDir, dtsText) {
  const m = /export type \{ I\w+ as I(\w+)/.exec(dtsText);
  return m ? join(pkgDir, '_schemas', `${m[1]}.js`) : undefined;
}
