/**
 * CustomResourceDefinitions found in the workspace give schemas to their custom resources.
 * The schema id carries a hash of the CRD's schema, so a compiled validator is reused until
 * that CRD's text changes (validators are cached by id).
 */
import { createHash } from 'node:crypto';
import type { WorkspaceIndex } from '../workspace';
import type { K8sKind } from './kind';
import type { Schema } from '../schema/store';
import { asArr, asObj, isObj, str } from './objects';

export const CRD_ID_BASE = 'https://ecs-eks-architect.local/schemas/crd/';

export interface CrdVersion {
  group: string;
  version: string;
  kind: string;
  /** the CRD's openAPIV3Schema, as written (undefined: the CRD gives no schema) */
  openApi: Schema | undefined;
  uri: string;
}

interface Index {
  byKey: Map<string, CrdVersion>;
  converted: Map<string, { id: string; schema: Schema }>;
}
/** converted schemas survive edits of the CRDs: they are keyed by content */
const converted = new WeakMap<WorkspaceIndex, Index['converted']>();

const keyOf = (group: string, version: string, kind: string) => `${group}/${version}/${kind}`;

function index(ws: WorkspaceIndex): Index {
  let conv = converted.get(ws);
  if (!conv) converted.set(ws, (conv = new Map()));
  return { byKey: ws.memo('k8s.crds', () => readCrds(ws)), converted: conv };
}

function readCrds(ws: WorkspaceIndex): Map<string, CrdVersion> {
  const byKey = new Map<string, CrdVersion>();
  for (const { file, doc } of ws.k8s('CustomResourceDefinition')) {
    if (doc.templated || doc.kind.family !== 'k8s' || doc.kind.group !== 'apiextensions.k8s.io') continue;
    const spec = asObj(asObj(doc.value).spec);
    const group = str(spec.group);
    const kind = str(asObj(spec.names).kind);
    if (!group || !kind) continue;
    // v1: per-version schemas; v1beta1: one `validation` for all versions
    const shared = asObj(asObj(spec.validation).openAPIV3Schema);
    const versions = asArr(spec.versions).filter(isObj);
    if (!versions.length && str(spec.version)) versions.push({ name: spec.version });
    for (const v of versions) {
      const name = str(v.name);
      if (!name) continue;
      const own = asObj(v.schema).openAPIV3Schema;
      const openApi = isObj(own) ? own : Object.keys(shared).length ? shared : undefined;
      byKey.set(keyOf(group, name, kind), { group, version: name, kind, openApi, uri: file.uri });
    }
  }
  return byKey;
}

export function crdFor(ws: WorkspaceIndex, group: string, version: string, kind: string): CrdVersion | undefined {
  return index(ws).byKey.get(keyOf(group, version, kind));
}

/** Every custom resource kind defined in the workspace (for completion). */
export function crdKinds(ws: WorkspaceIndex): CrdVersion[] {
  return [...index(ws).byKey.values()];
}

/** The JSON schema (with its $id) for a custom resource, or undefined without a CRD schema. */
export function crdSchema(ws: WorkspaceIndex, kind: K8sKind): { id: string; schema: Schema } | undefined {
  const idx = index(ws);
  const crd = idx.byKey.get(keyOf(kind.group, kind.version, kind.kind));
  if (!crd?.openApi) return undefined;
  const text = JSON.stringify(crd.openApi);
  const hash = createHash('sha1').update(`${crd.group}/${crd.version}/${crd.kind}\n${text}`).digest('hex').slice(0, 16);
  const cached = idx.converted.get(hash);
  if (cached) return cached;
  const id = `${CRD_ID_BASE}${encodeURIComponent(crd.group)}/${crd.version}/${crd.kind}-${hash}.json`;
  const schema = { ...toJsonSchema(crd.openApi, 0, true), $id: id };
  const out = { id, schema };
  if (idx.converted.size > 200) idx.converted.clear(); // bound memory when many CRDs churn
  idx.converted.set(hash, out);
  return out;
}

/**
 * OpenAPI v3 (structural schema) → JSON Schema as the API server applies it: unknown fields are
 * rejected unless `x-kubernetes-preserve-unknown-fields`, int-or-string takes both, nullable
 * allows null, embedded resources carry apiVersion/kind/metadata.
 */
export function toJsonSchema(s: Schema, depth = 0, root = false): Schema {
  if (!isObj(s) || depth > 64) return {};
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' && isObj(v))
      out.properties = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, toJsonSchema(ps as Schema, depth + 1)]));
    else if ((k === 'items' || k === 'not') && isObj(v)) out[k] = toJsonSchema(v as Schema, depth + 1);
    else if (k === 'additionalProperties' && isObj(v)) out[k] = toJsonSchema(v as Schema, depth + 1);
    else if ((k === 'allOf' || k === 'anyOf' || k === 'oneOf') && Array.isArray(v))
      out[k] = v.map((x) => toJsonSchema(x as Schema, depth + 1));
    else if (k === 'x-kubernetes-validations' || k === '$schema' || k === 'id') continue;
    else out[k] = v;
  }
  if (s['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }, ...(Array.isArray(out.anyOf) ? out.anyOf : [])];
    // OpenAPI int-or-string schemas often repeat the two shapes in anyOf: harmless
  }
  if (s.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (s['x-kubernetes-embedded-resource'] || root) {
    out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, ...(out.properties ?? {}), metadata: { type: 'object' } };
  }
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  const isObject =
    out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object')) || (out.type === undefined && isObj(out.properties));
  if (isObject && !preserve && out.additionalProperties === undefined && isObj(out.properties) && !root) out.additionalProperties = false;
  if (root && !preserve && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}
