/**
 * Which definitions can hold a field that a given Kubernetes version does not serve yet, worked out
 * once per version table and version: the not-served check walks every document, and on the usual
 * target (the newest EKS version) almost no definition can, so most walks stop at the root.
 */
import { fieldArrives, type VersionTable } from './table';

type Schema = Record<string, unknown>;

export const refName = (s: Schema | undefined): string | undefined => {
  const ref = (s?.$ref ?? (s?.anyOf as Schema[] | undefined)?.find((x) => x.$ref)?.$ref) as string | undefined;
  return ref?.replace('#/definitions/', '');
};

/** the definitions a property leads to, the way the walk follows it (itself, its items, its map values) */
export function refsOf(s: Schema): string[] {
  const out: string[] = [];
  for (const r of [refName(s), refName(s.items as Schema | undefined), refName(s.additionalProperties as Schema | undefined)])
    if (r) out.push(r);
  return out;
}

const cache = new WeakMap<VersionTable, WeakMap<Record<string, Schema>, Map<string, Set<string>>>>();

/** definitions that have, or lead through properties to one that has, a field `version` lacks */
export function definitionsWithPending(t: VersionTable, defs: Record<string, Schema>, version: string): Set<string> {
  let byDefs = cache.get(t);
  if (!byDefs) cache.set(t, (byDefs = new WeakMap()));
  let byVersion = byDefs.get(defs);
  if (!byVersion) byDefs.set(defs, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;

  const reach = new Set<string>();
  for (const def of Object.keys(t.fields))
    if (Object.keys(t.fields[def]).some((f) => fieldArrives(t, def, f, version) !== undefined)) reach.add(def);
  // who refers to whom, reversed: everything that can get to a definition in `reach`
  const referrers = new Map<string, string[]>();
  for (const [def, s] of Object.entries(defs)) {
    const props = s?.properties as Record<string, Schema> | undefined;
    if (!props) continue;
    for (const p of Object.values(props))
      for (const r of p && typeof p === 'object' ? refsOf(p) : []) {
        let l = referrers.get(r);
        if (!l) referrers.set(r, (l = []));
        l.push(def);
      }
  }
  const queue = [...reach];
  while (queue.length) {
    for (const d of referrers.get(queue.pop()!) ?? [])
      if (!reach.has(d)) {
        reach.add(d);
        queue.push(d);
      }
  }
  byVersion.set(version, reach);
  return reach;
}
