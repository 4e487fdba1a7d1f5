/**
 * What each Kubernetes minor serves, for the kinds and fields of the generated schema: the first
 * release (from 1.29 on) since which a kind or field is in every release's API models. Read at build
 * time from `@kubernetes/client-node` releases installed under aliases (`k8s-client-1-NN`), each
 * generated from one Kubernetes release's OpenAPI; the newest release is the schema's own package.
 * Only what arrived after the oldest release is written: the table stays a few KB.
 *
 * Which release each client tracks: read from what it carries, not its README's table (which is off by
 * one before 1.0): 0.21.0 has flowcontrol v1 and 1.29's alpha fields (sleep hooks, volume attributes
 * classes) but none of 1.30's; 0.22.3 has 1.30's (Job successPolicy, trafficDistribution) but none
 * of 1.31's; from 1.0 on the repository's `settings` file names the release (1.1.2 → v1.32.0,
 * 1.3.0 → v1.33.0, 1.4.0 → v1.34.0, 2.0.x → v1.35.0). No release carries 1.31: see GAP.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './readModels.mjs';

/** Kubernetes minor → the npm alias carrying its API models */
export const CLIENTS = {
  1.29: 'k8s-client-1-29',
  '1.30': 'k8s-client-1-30',
  1.32: 'k8s-client-1-32',
  1.33: 'k8s-client-1-33',
  1.34: 'k8s-client-1-34',
  1.35: 'k8s-client-1-35',
};

/**
 * 1.31, which no package carries: what first shows in 1.32's models is dated 1.31 (the earliest it can
 * be, so a 1.31 cluster never gets a false error), except what the 1.32 changelog says arrived in 1.32.
 */
const GAP = {
  minor: '1.31',
  source: 'no npm package carries 1.31: first seen in 1.32, dated 1.31 unless the 1.32 changelog says 1.32',
  changelog: {
    'io.k8s.api.core.v1.PodSpec.resources': 'Kubernetes 1.32 changelog: pod-level resources (alpha, PodLevelResources)',
    'io.k8s.api.core.v1.PodSecurityContext.seLinuxChangePolicy': 'Kubernetes 1.32 changelog: SELinuxChangePolicy (alpha)',
  },
};

/** model name → { JSON field → type text }, and the served `apiVersion/kind` pairs → model name */
function readClient(dir) {
  const gen = join(dir, 'dist', 'gen');
  const modelsDir = existsSync(join(gen, 'models')) ? join(gen, 'models') : join(gen, 'model');
  const apisDir = existsSync(join(gen, 'apis')) ? join(gen, 'apis') : join(gen, 'api');
  const models = new Map();
  for (const f of readdirSync(modelsDir)) {
    if (!f.endsWith('.js')) continue;
    const text = readFileSync(join(modelsDir, f), 'utf8');
    const head = /(\w+)\.attributeTypeMap = \[/.exec(text);
    if (!head) continue;
    const fields = {};
    const body = text.slice(head.index, text.indexOf('];', head.index));
    for (const m of body.matchAll(/"baseName": "([^"]*)",\s*"type": "([^"]*)"/g)) fields[m[1]] = m[2];
    models.set(head[1], fields);
  }
  const kinds = new Map();
  for (const f of readdirSync(apisDir)) {
    if (!f.endsWith('.js')) continue;
    const js = readFileSync(join(apisDir, f), 'utf8');
    const path = /'\/apis\/([^/']+)\/([^/']+)\//.exec(js) ?? /'\/api\/(v1)\//.exec(js);
    if (!path) continue;
    const apiVersion = path[2] ? `${path[1]}/${path[2]}` : 'v1';
    const dts = readFileSync(join(apisDir, f.replace(/\.js$/, '.d.ts')), 'utf8');
    for (const m of dts.matchAll(/\bcreate(?:Namespaced)?\w*\((?:namespace: string, )?(?:name: string, )?body: (\w+)/g)) {
      const kind = /V\d+(?:(?:alpha|beta)\d+)?([A-Z]\w*)$/.exec(m[1])?.[1];
      if (kind) kinds.set(`${apiVersion}/${kind}`, m[1]);
    }
  }
  return { models, kinds };
}

/** the model a field's type text refers to (`Array<V1Container>`, `{ [key: string]: V1X; }`), if any */
const modelIn = (type, models) => {
  const m = /([A-Z]\w+)(?:>|; })?$/.exec(type.trim().replace(/;\s*}$/, '; }'));
  return m && models.has(m[1]) ? m[1] : undefined;
};
/** the definition a schema property refers to, through arrays, maps and unions */
const defIn = (s) => {
  const ref = s?.$ref ?? s?.items?.$ref ?? s?.additionalProperties?.$ref ?? s?.anyOf?.find((x) => x.$ref)?.$ref;
  return ref?.replace('#/definitions/', '');
};

/** Walk the schema and one client's models side by side from each kind: which schema fields it has. */
function fieldsServed(schema, client) {
  const present = new Set();
  const absent = new Set();
  const seen = new Set();
  const visit = (defName, model) => {
    if (seen.has(`${defName} ${model}`)) return;
    seen.add(`${defName} ${model}`);
    const def = schema.definitions[defName];
    const fields = client.models.get(model);
    if (!def?.properties || !fields) return;
    for (const [name, prop] of Object.entries(def.properties)) {
      if (name === 'apiVersion' || name === 'kind') continue;
      const key = `${defName}.${name}`;
      if (!(name in fields)) {
        absent.add(key);
        continue;
      }
      present.add(key);
      const childDef = defIn(prop);
      const childModel = modelIn(fields[name], client.models);
      if (childDef && childModel) visit(childDef, childModel);
    }
  };
  for (const [pair, defName] of Object.entries(schema['x-kinds'])) {
    const model = client.kinds.get(pair);
    if (model) visit(defName, model);
  }
  return { present, absent };
}

/**
 * @returns {{ oldest, newest, sources: Record<minor, where its entries come from>, changelog: Record<entry, source>,
 *   kinds: Record<pair, minor>, fields: Record<definition, Record<field, minor>> }}
 * where a minor is the first release since which every later release serves it.
 */
export function versionTable(schema, root, newest, newestSource) {
  const minors = Object.keys(CLIENTS);
  const sources = {};
  const perMinor = [];
  for (const minor of minors) {
    const dir = packageDir(root, CLIENTS[minor]);
    const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    sources[minor] = `@kubernetes/client-node ${version}`;
    const client = readClient(dir);
    perMinor.push({ minor, kinds: new Set(client.kinds.keys()), ...fieldsServed(schema, client) });
  }
  sources[newest] = newestSource;
  sources[GAP.minor] = GAP.source;
  // since: the first minor from which it is in every later one (the newest, the schema itself, has all)
  const since = (has, key) => {
    if (!perMinor.some(has)) return undefined; // in no client (added by the generator, e.g. v1/List)
    let i = perMinor.length;
    while (i > 0 && has(perMinor[i - 1])) i--;
    if (i === 0) return undefined; // served by the oldest: nothing to say
    if (i === perMinor.length) return newest;
    const first = perMinor[i].minor;
    // first seen in 1.32 and absent from 1.30: 1.31 unless the changelog dates it 1.32
    if (first === '1.32' && perMinor[i - 1].minor === '1.30' && !GAP.changelog[key]) return GAP.minor;
    return first;
  };
  const kinds = {};
  for (const pair of Object.keys(schema['x-kinds']).sort()) {
    const s = since((v) => v.kinds.has(pair), pair);
    if (s) kinds[pair] = s;
  }
  const fields = {};
  const all = new Set(perMinor.flatMap((v) => [...v.absent]));
  for (const key of [...all].sort()) {
    const s = since((v) => v.present.has(key), key);
    if (!s) continue;
    const dot = key.lastIndexOf('.');
    (fields[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = s;
  }
  const changelog = Object.fromEntries(Object.entries(GAP.changelog).filter(([k]) => all.has(k)));
  return { oldest: minors[0], newest, sources, changelog, kinds, fields };
}
