/** Kubernetes documents as the API server sees them before validation. */
import type { DocUnit, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { asArray } from '../value';
import { KUSTOMIZATION } from './kustomize';

/**
 * The value the schema sees. kubectl drops nulls (`creationTimestamp: null`, an empty `env:`), so
 * do we; strategic-merge-patch directives (`$patch`, `$setElementOrder/…`) are instructions to the
 * patcher, not fields, so they are not checked either.
 */
export function prepareK8sValue(doc: DocUnit): unknown {
  const v = doc.value;
  sawDirective = false;
  const out = strip(v, 0);
  // the walk met every key hasDirective would look at: the kustomize check needs no walk of its own
  if (v && typeof v === 'object' && !directives.has(v)) directives.set(v, sawDirective);
  return out;
}

/** set by strip: a directive key in an object at most DIRECTIVE_DEPTH deep (where hasPatchDirective looks) */
let sawDirective = false;
const DIRECTIVE_DEPTH = 50;

// every directive starts with `$`: one character code rules out almost every key
const isDirective = (key: string) =>
  key.charCodeAt(0) === 36 &&
  (key.startsWith('$patch') ||
    key.startsWith('$setElementOrder/') ||
    key.startsWith('$retainKeys') ||
    key.startsWith('$deleteFromPrimitiveList/'));

/**
 * The value without nulls and directives. A subtree with nothing to drop is returned as it is
 * (validation only reads it): a copy of every document made most of the garbage of a big open.
 */
function strip(v: unknown, depth: number): unknown {
  if (depth > 200 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const y = strip(x, depth + 1);
      if (y !== x && !copy) copy = v.slice(0, i);
      if (copy) copy.push(y);
    }
    return copy ?? v;
  }
  // for…in, not Object.keys: no list per object (values are plain objects from parse/tree.ts toValue)
  const o = v as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  let i = 0;
  for (const k in o) {
    const x = o[k];
    const directive = isDirective(k);
    if (directive && depth <= DIRECTIVE_DEPTH) sawDirective = true;
    const drop = x === null || directive;
    const y = drop ? undefined : strip(x, depth + 1);
    if (!copy && (drop || y !== x)) copy = firstKeys(o, i);
    if (copy && !drop) copy[k] = y;
    i++;
  }
  return copy ?? o;
}

/**
 * A kustomize patch is a partial object: `$patch` anywhere, the file is listed under
 * patches/patchesStrategicMerge of a kustomization.yaml in the workspace, or it is named as one
 * (`patches/…`, `…-patch.yaml`, `patch_….yaml`: kubebuilder and overlays keep unlisted patches so).
 */
export function isKustomizePatch(file: SourceFile, doc: DocUnit, workspace: WorkspaceIndex): boolean {
  if (hasDirective(doc.value)) return true;
  if (PATCH_NAME.test(file.uri)) return true;
  const lists = patchedFiles(workspace);
  if (!lists.byPath.size) return false;
  // per file, while the lists stand: many rules ask for every document, and the answer parses a URL
  let listed = lists.listed.get(file.uri);
  if (listed === undefined) {
    const name = file.uri.replace(/\\/g, '/');
    const dir = name.slice(0, name.lastIndexOf('/') + 1);
    const own = pathnameOf(name);
    const kdirs = own === undefined ? undefined : lists.byPath.get(own);
    listed = !!kdirs && kdirs.some((kdir) => dir.startsWith(kdir));
    lists.listed.set(file.uri, listed);
  }
  return listed;
}

/**
 * Patch file pathname → folders of the kustomizations that list it, built again only when a
 * kustomization changes: rules ask this for every Kubernetes document, and a scan of every file
 * each time made it the hottest spot of validating a large manifest.
 */
function patchedFiles(workspace: WorkspaceIndex): { byPath: Map<string, string[]>; listed: Map<string, boolean> } {
  return workspace.memo('kustomize.patches', () => ({ byPath: readPatchLists(workspace), listed: new Map() }));
}

function readPatchLists(workspace: WorkspaceIndex): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const f of workspace.matching(KUSTOMIZATION)) {
    const kdir = f.uri.slice(0, f.uri.lastIndexOf('/') + 1);
    for (const d of f.docs) {
      const v = d.value as Record<string, unknown> | null;
      if (!v || typeof v !== 'object') continue;
      const entries = [...asArray(v.patchesStrategicMerge), ...asArray(v.patches), ...asArray(v.patchesJson6902)];
      for (const e of entries) {
        const path = typeof e === 'string' ? e : e && typeof e === 'object' ? (e as Record<string, unknown>).path : undefined;
        if (typeof path !== 'string') continue;
        const target = pathnameOf(path, kdir);
        if (target !== undefined) byPath.set(target, [...(byPath.get(target) ?? []), kdir]);
      }
    }
  }
  return byPath;
}

function pathnameOf(path: string, base?: string): string | undefined {
  try {
    return base === undefined
      ? new URL(path.startsWith('file:') ? path : `file://${path}`).pathname
      : new URL(path, base.startsWith('file:') ? base : `file://${base}`).pathname;
  } catch {
    return undefined;
  }
}

const PATCH_NAME = /\/patches\/[^/]*$|\/([^/]*[-_.])?patch(es)?([-_.][^/]*)?\.ya?ml$/i;

/** whether a document's value holds a patch directive, per value object (asked by many rules per document) */
const directives = new WeakMap<object, boolean>();
function hasDirective(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  let has = directives.get(v);
  if (has === undefined) {
    has = hasPatchDirective(v, 0);
    directives.set(v, has);
  }
  return has;
}

/** a copy of the first `n` fields of `o` */
function firstKeys(o: Record<string, unknown>, n: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  let j = 0;
  for (const k in o) {
    if (j++ >= n) break;
    copy[k] = o[k];
  }
  return copy;
}

function hasPatchDirective(v: unknown, depth: number): boolean {
  if (depth > DIRECTIVE_DEPTH || !v || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (hasPatchDirective(v[i], depth + 1)) return true;
    return false;
  }
  // for…in, not entries: this walks every document once, and entries made a pair per field
  const o = v as Record<string, unknown>;
  for (const k in o) if (isDirective(k) || hasPatchDirective(o[k], depth + 1)) return true;
  return false;
}
