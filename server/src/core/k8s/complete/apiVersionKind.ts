/** `apiVersion` and `kind` values that exist together (from the schema's kind map and the workspace's CRDs). */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { crdKinds } from '../crd';
import { asObj, str } from '../objects';
import { valueEntry } from './entries';

export const apiVersionKindCompletion: CompletionContributor = (ctx, { store, workspace }) => {
  if (ctx.atKey || ctx.path.length !== 1 || ctx.file.language !== 'yaml' || ctx.doc.templated) return [];
  const field = ctx.path[0];
  if (field !== 'apiVersion' && field !== 'kind') return [];
  const k = ctx.doc.kind.family;
  if (k === 'ecs' || k === 'eksctl') return [];
  const pairs = Object.keys(store.k8sKinds()).map((p) => ({
    apiVersion: p.slice(0, p.lastIndexOf('/')),
    kind: p.slice(p.lastIndexOf('/') + 1),
    crd: false,
  }));
  for (const c of crdKinds(workspace)) pairs.push({ apiVersion: `${c.group}/${c.version}`, kind: c.kind, crd: true });
  pairs.push({ apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', crd: false });
  const v = asObj(ctx.doc.value);
  const other = str(field === 'kind' ? v.apiVersion : v.kind)?.trim();
  const partnerOf = (p: { apiVersion: string; kind: string }) => (field === 'kind' ? p.apiVersion : p.kind);
  const matching = other ? pairs.filter((p) => partnerOf(p) === other) : pairs;
  // the other field names something unknown: offer everything
  const list = matching.length ? matching : pairs;
  const out: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const p of list) {
    const value = field === 'kind' ? p.kind : p.apiVersion;
    if (seen.has(value)) continue;
    seen.add(value);
    // stable versions first, then beta, then alpha
    const rank = /alpha/.test(p.apiVersion) ? 3 : /beta/.test(p.apiVersion) ? 2 : 1;
    out.push(
      valueEntry(ctx, value, {
        kind: 'value',
        detail: p.crd ? `custom resource (${partnerOf(p)})` : matching.length && other ? `with ${partnerOf(p)}` : undefined,
        sortText: `${rank}${value}`,
      }),
    );
  }
  return out;
};
