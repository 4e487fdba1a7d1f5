/** Which workloads a Service selects: the service-selects-nothing rule, navigation and code lenses ask the same question. */
import { namespaceOf, sameNamespace, selectorMatches, workloads, type PodTemplate, type Workload } from './objects';
import { DERIVED, type WorkspaceIndex } from '../workspace';

/** The Service (of namespace `ns`, with this selector) sends traffic to the pods of `w`. */
export function selectsWorkload(ns: string | undefined, selector: Record<string, string>, w: Workload): boolean {
  return selectorMatches({ matchLabels: selector }, w.template.labels) && sameNamespace(ns, namespaceOf(w.entry.doc.value));
}

/** The workloads of the workspace whose pods a Service selects (none for an empty selector). */
export function selectedWorkloads(ws: WorkspaceIndex, ns: string | undefined, selector: Record<string, string>): Workload[] {
  // the answer holds the workloads themselves (where they stand): it depends on every workload, not only their labels
  workloads(ws);
  // start from the rarest label of the selector: a lens or "find references" asks this for every Service
  const fewest = fewestByLabel(ws, selector);
  return fewest ? fewest.filter((w) => selectsWorkload(ns, selector, w)) : [];
}

/**
 * Whether the Service selects any workload (false for an empty selector): the rarest label's
 * workloads only, not all. Depends only on the workloads' labels and namespaces (see byLabel).
 */
export function selectsAny(ws: WorkspaceIndex, ns: string | undefined, selector: Record<string, string>): boolean {
  const fewest = fewestByLabel(ws, selector);
  return !!fewest && fewest.some((w) => selectsWorkload(ns, selector, w));
}

/**
 * Every workload, for a reader that looks only at their labels, namespaces and files (the rule's
 * message for a Service that selects nothing): it depends on those only, as selectsAny does.
 */
export function labelledWorkloads(ws: WorkspaceIndex): readonly Workload[] {
  return ws.derived(BY_LABEL, () => labelTable(ws), sameSelection).from;
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

interface LabelTable {
  /** the workloads it was made from */
  from: readonly Workload[];
  table: Map<string, Workload[]>;
}

/**
 * The last table made per workspace and the workload list it was made from, brought up to date in
 * place when it can be (see patched); nothing keeps the table beyond one call (fewestByLabel's
 * callers filter or test its lists at once).
 */
const lastTable = new WeakMap<WorkspaceIndex, LabelTable>();

const BY_LABEL = `${DERIVED}k8s.workloadsByLabel`;

/**
 * Workloads by each `key=value` label of their pod template, made again when a workload changes.
 * Its readers depend on the workloads' labels, namespaces and files only (WorkspaceIndex.derived): a
 * keystroke in a Deployment's replicas or image on the real big file made every Service's
 * service-selects-nothing check run again (about 300 of them, half the keystroke's validation).
 */
function byLabel(ws: WorkspaceIndex): Map<string, Workload[]> {
  return ws.derived(BY_LABEL, () => labelTable(ws), sameSelection).table;
}

function labelTable(ws: WorkspaceIndex): LabelTable {
  const list = workloads(ws);
  const last = lastTable.get(ws);
  const table = (last && patched(last, list)) ?? add(new Map(), list, 0);
  const made = { from: list, table };
  lastTable.set(ws, made);
  return made;
}

/** more replaced workloads than this: the table is made again */
const MAX_REPLACED = 8;

/**
 * The last table brought to `list` in place: when workloads only came at its end (a burst of
 * opens), or a few were replaced by workloads with the same labels (a keystroke re-parses one
 * document and the next; 1.6 ms of each keystroke on the real big file was making it again).
 * Undefined when anything else changed.
 */
function patched(last: LabelTable, list: readonly Workload[]): Map<string, Workload[]> | undefined {
  if (startsWith(list, last.from)) return add(last.table, list, last.from.length);
  if (list.length !== last.from.length) return undefined;
  const replaced: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] === last.from[i]) continue;
    if (replaced.push(i) > MAX_REPLACED || !sameKeys(labelKeys(list[i].template), labelKeys(last.from[i].template))) return undefined;
  }
  // the same labels: the new workload takes the old one's place in each of its lists (index order is kept)
  for (const i of replaced) {
    for (const key of labelKeys(list[i].template)) {
      const l = last.table.get(key)!;
      l[l.indexOf(last.from[i])] = list[i];
    }
  }
  return last.table;
}

/** files `list[from..]` under each of their labels */
function add(m: Map<string, Workload[]>, list: readonly Workload[], from: number): Map<string, Workload[]> {
  for (let j = from; j < list.length; j++) {
    const w = list[j];
    const keys = labelKeys(w.template);
    for (let i = 0; i < keys.length; i++) {
      const l = m.get(keys[i]);
      if (l) l.push(w);
      else m.set(keys[i], [w]);
    }
  }
  return m;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

/** Both tables answer every selector alike: the same workloads in order, with the same labels, namespaces and files. */
function sameSelection(a: LabelTable, b: LabelTable): boolean {
  if (a.from.length !== b.from.length) return false;
  for (let i = 0; i < a.from.length; i++) {
    const x = a.from[i];
    const y = b.from[i];
    if (x === y) continue;
    if (x.entry.file.uri !== y.entry.file.uri || namespaceOf(x.entry.doc.value) !== namespaceOf(y.entry.doc.value)) return false;
    if (!sameKeys(labelKeys(x.template), labelKeys(y.template))) return false;
  }
  return true;
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
