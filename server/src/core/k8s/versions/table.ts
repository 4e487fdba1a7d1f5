/**
 * What a Kubernetes minor serves, from the table the schema generator writes (`x-versions` of
 * dist/schemas/kubernetes.json: the release that brings each kind and field, derived from each
 * release's API models) and the removals table (removedApis.ts).
 */
import type { SchemaStore } from '../../schema/store';
import { K8S_ID } from '../../schema/store';
import { deprecatedApi, removedApi } from '../removedApis';
import { compareMinor } from './minor';

export interface VersionTable {
  oldest: string;
  newest: string;
  sources: Record<string, string>;
  changelog: Record<string, string>;
  kinds: Record<string, string>;
  fields: Record<string, Record<string, string>>;
}

const EMPTY: VersionTable = { oldest: '1.29', newest: '1.36', sources: {}, changelog: {}, kinds: {}, fields: {} };

/** keys come from documents (`toString:` is a valid YAML key): never read inherited properties */
const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);

export function versionTable(store: SchemaStore): VersionTable {
  const t = store.get(K8S_ID)?.['x-versions'] as VersionTable | undefined;
  return t ?? EMPTY;
}

/** The release that brings `apiVersion/kind` when `version` does not serve it yet, else undefined. */
export function kindArrives(t: VersionTable, apiVersion: string, kind: string, version: string): string | undefined {
  const since = own(t.kinds, `${apiVersion}/${kind}`);
  return since && compareMinor(version, since) < 0 ? since : undefined;
}

/** The release that brings field `field` of definition `def` when `version` does not have it yet. */
export function fieldArrives(t: VersionTable, def: string, field: string, version: string): string | undefined {
  const byField = own(t.fields, def);
  const since = byField && own(byField, field);
  return since && compareMinor(version, since) < 0 ? since : undefined;
}

export interface ApiState {
  state: 'removed' | 'deprecated';
  /** the release that stops serving it (none: deprecated, served with a warning) */
  removedIn?: string;
  /** the release from which the API server warns (deprecations without a removal) */
  deprecatedIn?: string;
  /** what to write instead (`apps/v1`, or `discovery.k8s.io/v1` EndpointSlice); none: nothing replaces it */
  replacement?: { apiVersion: string; kind: string };
  /** what else the move takes */
  note?: string;
}

/**
 * Removed at `version` (the cluster rejects it), or deprecated: still served there but removed by a
 * later release (with a replacement the cluster already serves), or served with a warning.
 */
export function apiState(t: VersionTable, apiVersion: string, kind: string, version: string): ApiState | undefined {
  const removal = removedApi(apiVersion, kind);
  if (!removal) {
    const dep = deprecatedApi(apiVersion, kind);
    return dep && compareMinor(version, dep.deprecatedIn) >= 0
      ? { state: 'deprecated', deprecatedIn: dep.deprecatedIn, replacement: dep.replacement, note: dep.note }
      : undefined;
  }
  const replacement = removal.replacement ? { apiVersion: removal.replacement, kind } : undefined;
  if (compareMinor(version, removal.removedIn) >= 0) return { state: 'removed', removedIn: removal.removedIn, replacement };
  const replacementServed = replacement && !kindArrives(t, replacement.apiVersion, kind, version);
  return replacementServed ? { state: 'deprecated', removedIn: removal.removedIn, replacement } : undefined;
}

/** `apps/v1` for the same kind, `discovery.k8s.io/v1` EndpointSlice for another */
export function describeReplacement(st: ApiState, kind: string): string | undefined {
  const r = st.replacement;
  if (!r) return undefined;
  const what = r.kind === kind ? `\`${r.apiVersion}\`` : `\`${r.apiVersion}\` ${r.kind}`;
  return st.note ? `${what}, ${st.note}` : what;
}
