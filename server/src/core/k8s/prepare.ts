/** Kubernetes documents as the API server sees them before validation. */
import type { DocUnit, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';

/** kubectl drops nulls (`creationTimestamp: null`, `status: {}` with nulls): so do we, before the schema check. */
export function prepareK8sValue(doc: DocUnit): unknown {
  return stripNulls(doc.value, 0);
}

function stripNulls(v: unknown, depth: number): unknown {
  if (depth > 200 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => stripNulls(x, depth + 1));
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) o[k] = stripNulls(x, depth + 1);
  return o;
}

/**
 * A kustomize patch is a partial object: `$patch` anywhere, or the file is listed under
 * patches/patchesStrategicMerge of a kustomization.yaml in the workspace.
 */
export function isKustomizePatch(file: SourceFile, doc: DocUnit, workspace: WorkspaceIndex): boolean {
  if (hasPatchDirective(doc.value, 0)) return true;
  const name = file.uri.replace(/\\/g, '/');
  const dir = name.slice(0, name.lastIndexOf('/') + 1);
  for (const f of workspace.allFiles()) {
    if (!/\/kustomization\.ya?ml$/.test(f.uri)) continue;
    const kdir = f.uri.slice(0, f.uri.lastIndexOf('/') + 1);
    if (!dir.startsWith(kdir)) continue;
    for (const d of f.docs) {
      const v = d.value as Record<string, unknown> | null;
      if (!v || typeof v !== 'object') continue;
      const entries = [...asArray(v.patchesStrategicMerge), ...asArray(v.patches), ...asArray(v.patchesJson6902)];
      for (const e of entries) {
        const path = typeof e === 'string' ? e : e && typeof e === 'object' ? (e as Record<string, unknown>).path : undefined;
        if (typeof path === 'string' && new URL(path, kdir.startsWith('file:') ? kdir : `file://${kdir}`).pathname === new URL(name.startsWith('file:') ? name : `file://${name}`).pathname) return true;
      }
    }
  }
  return false;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function hasPatchDirective(v: unknown, depth: number): boolean {
  if (depth > 50 || !v || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => hasPatchDirective(x, depth + 1));
  for (const [k, x] of Object.entries(v)) if (k.startsWith('$patch') || k.startsWith('$setElementOrder') || k.startsWith('$retainKeys') || hasPatchDirective(x, depth + 1)) return true;
  return false;
}
