/** Which workloads a Service selects: the service-selects-nothing rule, navigation and code lenses ask the same question. */
import { namespaceOf, sameNamespace, selectorMatches, workloads, type PodTemplate, type Workload } from './objects';
import type { WorkspaceIndex } from '../workspace';

/** The Service (of namespace `ns`, with this selector) sends traffic to the pods of `w`. */
export function selectsWorkload(ns: string | undefined, selector: Record<string, string>, w: Workload): boolean {
  return selectorMatches({ matchLabels: selector }, w.template.labels) && sameNamespace(ns, namespaceOf(w.entry.doc.value));
}

/** The workloads of the workspace whose pods a Service selects (none for an empty selector). */
export function selectedWorkloads(ws: WorkspaceIndex, ns: string | undefined, selector: Record<string, string>): Workload[] {
  // start from the rarest label of the selector: a lens or "find references" asks this for every Service
  const fewest = fewestByLabel(ws, selector);
  return fewest ? fewest.filter((w) => selectsWorkload(ns, selector, w)) : [];
}

/** Whether the Service selects any workload (false for an empty selector): the rarest label's workloads only, not all. */
export function selectsAny(ws: WorkspaceIndex, ns: string | undefined, selector: Record<string, string>): boolean {
  const fewest = fewestByLabel(ws, selector);
  return !!fewest && fewest.some((w) => selectsWorkload(ns, selector, w));
}

/** The workloads that have the selector's rarest `key=value` label (a superset of those it selects); none for an empty selector. */
function fewestByLabel(ws: WorkspaceIndex, selector: Record<string, string>): Workload[] | undefined {
  const index = byLabel(ws);
  let fewest: Workload[] | undefined;
  for (const k in selector) {
    if (!Object.prototype.hasOwnProperty.call(selector, k)) continue;
    const list = index.get(`${k}=${selector[k]}`) ?? [];
    if (!fewest || list.length < fewest.length) fewest = list;
  }
  return fewest;
}

/**
 * The last table made per workspace and the workload list it was made from. While workloads only
 * come (a burst of opens: the list grows at its end), the table is extended in place rather than
 * made again over every workload; nothing keeps the table beyond one call (fewestByLabel's callers
 * filter or test its lists at once).
 */
const lastTable = new WeakMap<WorkspaceIndex, { from: readonly Workload[]; table: Map<string, Workload[]> }>();

/** workloads by each `key=value` label of their pod template, rebuilt when a workload changes */
function byLabel(ws: WorkspaceIndex): Map<string, Workload[]> {
  return ws.memo('k8s.workloadsByLabel', () => {
    const list = workloads(ws);
    const last = lastTable.get(ws);
    const grown = !!last && startsWith(list, last.from);
    const m = grown ? last.table : new Map<string, Workload[]>();
    for (let j = grown ? last.from.length : 0; j < list.length; j++) {
      const w = list[j];
      const keys = labelKeys(w.template);
      for (let i = 0; i < keys.length; i++) {
        const l = m.get(keys[i]);
        if (l) l.push(w);
        else m.set(keys[i], [w]);
      }
    }
    lastTable.set(ws, { from: list, table: m });
    return m;
  });
}

function startsWith<T>(list: readonly T[], head: readonly T[]): boolean {
  if (head.length > list.length) return false;
  for (let i = 0; i < head.length; i++) if (list[i] !== head[i]) return false;
  return true;
}

/**
 * A template's `key=value` strings, made once: opening 2,000 files rebuilds the table each time a
 * batch of them comes in, and new strings each time cost their making and their hashing.
 */
const labelKeysOf = new WeakMap<PodTemplate, readonly string[]>();

function labelKeys(t: PodTemplate): readonly string[] {
  let keys = labelKeysOf.get(t);
  if (!keys) labelKeysOf.set(t, (keys = Object.entries(t.labels).map(([k, v]) => `${k}=${v}`)));
  return keys;
}
